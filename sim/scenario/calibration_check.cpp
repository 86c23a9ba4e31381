// Checking a scenario's runs against calibration targets.
#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "sancsim/scenario/calibration.hpp"
#include "suggest.hpp"

namespace sancsim {

double target_value(const RunResult& run, const CalibrationTarget& t) {
  const auto& months = run.series.months();
  const auto& v = run.series.values(t.series);
  for (std::size_t i = 0; i < months.size(); ++i)
    if (!(months[i] < t.from) && !(t.to < months[i]) && !std::isnan(v[i]))
      return evaluate_outcome(t.outcome(), run.series);
  return std::numeric_limits<double>::quiet_NaN();  // no month of the window has a value
}

std::vector<CalibrationCheck> check_calibration(const Scenario& scenario, const CalibrationTargets& targets,
                                                int seeds, Diagnostics& problems) {
  std::vector<RunResult> runs;
  for (int k = 1; k <= seeds; ++k) runs.push_back(run_scenario(scenario, static_cast<std::uint64_t>(k)));
  std::vector<CalibrationCheck> out;
  for (const auto& t : targets.targets) {
    if (runs.empty()) break;
    if (!t.applies_to(scenario)) continue;
    if (!runs.front().series.has_column(t.series)) {
      problems.add({t.file, t.line, 1, "series",
                    scenario_detail::unknown_with_hint(fmt::format("series \"{}\"", t.series), t.series,
                                                       runs.front().series.names())});
      continue;
    }
    CalibrationCheck c;
    c.target = &t;
    c.seed_min = std::numeric_limits<double>::infinity();
    c.seed_max = -c.seed_min;
    for (const auto& r : runs) {
      const double x = target_value(r, t);
      c.model += x / static_cast<double>(runs.size());
      c.seed_min = std::min(c.seed_min, x);
      c.seed_max = std::max(c.seed_max, x);
    }
    c.ok = c.model >= t.low && c.model <= t.high;  // false for NaN (no months in the run)
    out.push_back(c);
  }
  return out;
}

}  // namespace sancsim
