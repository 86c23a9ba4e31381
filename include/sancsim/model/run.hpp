#pragma once
// One simulation run: inputs already loaded and validated (no files, no flags), outputs as a
// monthly table and per-run metrics.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "sancsim/engine/date.hpp"
#include "sancsim/engine/series_table.hpp"
#include "sancsim/model/params.hpp"
#include "sancsim/model/policy_event.hpp"

namespace sancsim {

// Brent as data: daily and/or monthly observations. Days without a quote take the last quote;
// months without daily data take the monthly average; beyond the data the baseline path applies.
struct BrentData {
  std::vector<Date> days;
  std::vector<double> daily_usd_per_bbl;
  std::vector<YearMonth> months;
  std::vector<double> monthly_usd_per_bbl;
};

struct RunInput {
  const Params* params = nullptr;
  const std::vector<PolicyEvent>* events = nullptr;  // sorted by date, stable
  const BrentData* brent = nullptr;                  // may be empty
  Date start;
  Date end;
  YearMonth report_from;  // rows before this month are simulated but not reported
  std::uint64_t seed = 1;
  std::uint32_t replication = 0;
};

struct Metric {
  std::string name;
  double value;
};

struct RunResult {
  SeriesTable series;
  std::vector<Metric> metrics;   // in a fixed order
  std::uint64_t state_hash = 0;  // of the world at the end of the run
};

// Runs one world from start to end. Throws std::runtime_error if an invariant breaks.
RunResult simulate(const RunInput& input);

// Looks up a metric by name; NaN if absent.
double metric(const RunResult& r, std::string_view name);

}  // namespace sancsim
