#pragma once
// Calibration targets and their check: public data for the calibration windows, each compared with
// the mean over seeds of a run's monthly series. One file of targets
// (scenarios/data/calibration_targets.toml) drives the test of the history run, the calibration
// tables in the docs and `sancsim calibration`, so that every documented figure comes from a run.
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "sancsim/engine/date.hpp"
#include "sancsim/engine/outcome.hpp"
#include "sancsim/scenario/diagnostics.hpp"
#include "sancsim/scenario/scenario.hpp"

namespace sancsim {

struct CalibrationTarget {
  std::string quantity;  // what is measured, for people
  std::string series;    // a column of series.csv
  YearMonth from, to;    // the months compared (inclusive)
  // Mean (default), Sum (a yearly flow), Change (the `to` month's value less the `from` month's: a stock's
  // flow) or GrowthPct (their ratio less 1, in percent); for the last two only those two months are read,
  // so only they must lie in the windows.
  OutcomeStat stat = OutcomeStat::Mean;
  // "" = every run; "agents" or "aggregate": only runs whose `economy.model` is that one (the
  // agent economy's own columns, such as deposits, exist only in its runs).
  std::string economy;
  std::string data;          // the public figure as published, e.g. "30-35"
  double low = 0, high = 0;  // the band the model's mean over seeds must fall in
  std::string source;        // where the figure is from
  std::string known_miss;    // why the model is known to miss it ("" = it must fall in the band)
  // For a known miss, the range the model must stay in so that the miss cannot grow unnoticed
  // (`guard = [low, high]`); unbounded if not given.
  double guard_low = -HUGE_VAL, guard_high = HUGE_VAL;
  std::string file;  // where the target is written, for messages
  int line = 0;
  std::string window() const;                       // "2024", "2022-04" or "2024-04..2024-06"
  OutcomeDef outcome() const;                       // the statistic as an outcome of a run's table
  bool applies_to(const Scenario& scenario) const;  // whether runs of `scenario` are checked on it
};

struct CalibrationTargets {
  std::vector<std::pair<YearMonth, YearMonth>> windows;  // the calibration windows
  std::vector<CalibrationTarget> targets;
};

// A window as targets write it: "2024" (a year), "2024-04" (a month) or "2024-04..2024-06"
// (inclusive); nullopt if malformed.
std::optional<std::pair<YearMonth, YearMonth>> parse_calibration_window(const std::string& text);
// Whether `w` lies inside one of the calibration windows `all`.
bool inside_calibration_windows(const std::pair<YearMonth, YearMonth>& w,
                                const std::vector<std::pair<YearMonth, YearMonth>>& all);

// Reads a targets file; every problem (syntax, missing or malformed keys, a band with low > high,
// a window outside the calibration windows) is reported as file:line:col.
std::variant<CalibrationTargets, Diagnostics> load_calibration_targets(const std::string& path);

struct CalibrationCheck {
  const CalibrationTarget* target = nullptr;
  double model = 0;  // mean over seeds
  double seed_min = 0, seed_max = 0;
  bool ok = false;                                            // model within [low, high]
  bool counts() const { return target->known_miss.empty(); }  // a miss here is a failure
  bool guarded() const { return model >= target->guard_low && model <= target->guard_high; }
  // What a test requires: a target that counts in its band, a known miss within its guard.
  bool acceptable() const { return counts() ? ok : guarded(); }
};

// The value of `t` in one run: its statistic of the series over the target's months; NaN if the
// run has none of them.
double target_value(const RunResult& run, const CalibrationTarget& t);

// Runs `scenario` with seeds 1..seeds and checks every target that applies to it (`applies_to`;
// the others are left out). A target naming a series the run does not have is reported in
// `problems` (with a suggestion) and left out.
std::vector<CalibrationCheck> check_calibration(const Scenario& scenario, const CalibrationTargets& targets,
                                                int seeds, Diagnostics& problems);

}  // namespace sancsim
