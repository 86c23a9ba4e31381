#pragma once
// Outcomes: a statistic of one column of a run's monthly table over a window of months. The
// built-in metrics and the `[[outcome]]` entries of scenario and sweep files are both defined this
// way and computed by one function, so a user's outcome lands wherever a built-in metric does.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sancsim/engine/date.hpp"
#include "sancsim/engine/run_result.hpp"
#include "sancsim/engine/series_table.hpp"

namespace sancsim {

enum class OutcomeStat {
  Sum,          // of the months with a value (0 when none)
  Mean,         // of the months with a value (NaN when none)
  Last,         // the value of the window's last month (NaN if it has none)
  Min,          // over the months with a value (NaN when none)
  Max,          //
  ArgmaxMonth,  // the month of the largest value, as YYYYMM (first such month on ties)
  ArgminMonth,  // the month of the smallest value, as YYYYMM
  FirstBelow,   // the first month with a value below `threshold`, as YYYYMM (NaN if none)
  FirstAbove,   // the first month with a value above `threshold`, as YYYYMM (NaN if none)
  Change,       // the window's last month's value less its first month's (a stock's flow; NaN if either is
                // missing)
  GrowthPct,    // the window's last month's value over its first month's less 1, in percent (a stock's
                // growth where its level is not comparable; NaN if either is missing or the first is <= 0)
  YearMeanGrowthPct,  // the mean of the window's last twelve months over the mean of its first twelve less
                      // 1, in percent (growth between two annual averages; NaN if the window has fewer than
                      // 24 months, the table does not reach its first or last month, either twelve has no
                      // value or the first mean is <= 0)
};

// The spans of the window [from, to] whose months the statistic reads: the two end months for a change or a
// growth, the first and last twelve for a growth of year means, the whole window for every other statistic
// (what a calibration target's window must keep inside the calibration windows).
std::vector<std::pair<YearMonth, YearMonth>> months_read(OutcomeStat s, YearMonth from, YearMonth to);

// The statistic's name in files ("sum", "argmax_month", "first_below", ...); nullopt if unknown.
std::optional<OutcomeStat> parse_outcome_stat(std::string_view name);
const char* outcome_stat_name(OutcomeStat s);
// Every statistic's name, for messages.
const std::vector<std::string>& outcome_stat_names();
bool stat_needs_threshold(OutcomeStat s);

struct OutcomeDef {
  std::string name;    // the metric's name in summary.json and the sweep's tables
  std::string series;  // a column of series.csv
  OutcomeStat stat = OutcomeStat::Sum;
  std::optional<YearMonth> from = std::nullopt;  // first month of the window; none: the first reported month
  std::optional<YearMonth> to = std::nullopt;    // last month (inclusive); none: the last simulated month
  double threshold = 0;                          // FirstBelow / FirstAbove only
  bool vs_compare_to = false;                    // the paired difference: this run minus its `compare_to` run
};

// A definition over the whole reported window.
OutcomeDef outcome_def(std::string name, std::string series, OutcomeStat stat);

// The outcome's value in one run's table. Throws std::out_of_range if the column is absent.
double evaluate_outcome(const OutcomeDef& def, const SeriesTable& table);

// Appends {name, value} for each definition (in order) to `out`.
void evaluate_outcomes(const std::vector<OutcomeDef>& defs, const SeriesTable& table,
                       std::vector<Metric>& out);

}  // namespace sancsim
