#pragma once
// Small worlds for model tests: default parameters, events written in code, no files.
#include <limits>
#include <vector>

#include "sancsim/model/run.hpp"

namespace sancsim::test {

inline Date day(const char* iso) { return *Date::parse(iso); }

inline PolicyEvent event(const char* date, EventKind kind, const char* jurisdiction = "",
                         const char* target = "", double value = std::numeric_limits<double>::quiet_NaN()) {
  PolicyEvent e;
  e.date = day(date);
  e.kind = kind;
  e.jurisdiction = jurisdiction;
  e.target = target;
  e.value = value;
  return e;
}

// A run of the oil trade alone (the state off) with a flat Brent.
struct SmallRun {
  Params params;
  std::vector<PolicyEvent> events;
  BrentData brent;
  Date start = day("2021-01-01");
  Date end = day("2021-12-31");
  std::uint64_t seed = 7;

  SmallRun() {
    params.oil = default_oil_params();
    params.state.enabled = false;
    params.oil.brent_mode = "baseline";
    params.oil.brent_baseline_usd_per_bbl = 80;
    params.oil.demand_elasticity = 1e3;  // no feedback: Brent stays at the baseline
  }
  RunInput input() const {
    RunInput in;
    in.params = &params;
    in.events = &events;
    in.brent = &brent;
    in.start = start;
    in.end = end;
    in.report_from = YearMonth::of(start);
    in.seed = seed;
    return in;
  }
  RunResult run() const { return simulate(input()); }
};

// Mean of a series over the last `months` rows.
inline double tail_mean(const RunResult& r, const char* column, std::size_t months) {
  const auto& v = r.series.values(column);
  double s = 0;
  for (std::size_t i = v.size() - months; i < v.size(); ++i) s += v[i];
  return s / static_cast<double>(months);
}

}  // namespace sancsim::test
