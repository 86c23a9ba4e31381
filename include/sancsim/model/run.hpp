#pragma once
// One simulation run: inputs already loaded and validated (no files, no flags), outputs as a
// monthly table and per-run metrics.
#include <cstdint>
#include <string>
#include <utility>
#include <limits>
#include <vector>

#include "sancsim/engine/date.hpp"
#include "sancsim/engine/run_result.hpp"
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

// One value by month over consecutive months (a scenario's pinned Urals FOB, $/bbl, or key rate, %).
struct MonthlyPath {
  std::vector<YearMonth> months;
  std::vector<double> values;
  // The value for month `m`, or NaN outside the path.
  double at(YearMonth m) const {
    if (months.empty() || m.index < months.front().index || m.index > months.back().index)
      return std::numeric_limits<double>::quiet_NaN();
    return values[static_cast<std::size_t>(m.index - months.front().index)];
  }
};

struct RunInput {
  const Params* params = nullptr;
  const std::vector<PolicyEvent>* events = nullptr;  // sorted by date, stable
  const BrentData* brent = nullptr;                  // may be empty
  const MonthlyPath* urals_fob = nullptr;            // pinned Urals FOB by month; may be null or empty
  const MonthlyPath* key_rate = nullptr;             // pinned key rate by month (%); may be null or empty
  Date start;
  Date end;
  YearMonth report_from;  // rows before this month are simulated but not reported
  std::uint64_t seed = 1;
  std::uint32_t replication = 0;
};

// Runs one world from start to end. Throws std::runtime_error if an invariant breaks or a value
// is not finite (NonFiniteSeries), std::logic_error on a model bug.
RunResult simulate(const RunInput& input);
// The same, but a run that stops part-way keeps the months it completed (RunAttempt) instead of
// throwing them away; only bad input (an end before the start) still throws.
RunAttempt try_simulate(const RunInput& input);

}  // namespace sancsim
