#pragma once
// A calibration file (`sancsim calibrate CALIB.toml`): which parameters to estimate, within which
// bounds, against which moments of which scenario runs, and how to search. Read and validated
// once; every problem is reported as file:line:col like a scenario's.
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "sancsim/economy/steady_path.hpp"
#include "sancsim/engine/date.hpp"
#include "sancsim/engine/outcome.hpp"
#include "sancsim/scenario/diagnostics.hpp"
#include "sancsim/scenario/scenario.hpp"

namespace sancsim {

// One estimated parameter: a real registry key, or one year's point of a year path.
struct EstimatedParam {
  std::string key;
  std::optional<int> year;  // for a year path: the point estimated (the others keep their values)
  double low = 0, high = 0;
  std::optional<double> start;  // default: the scenario's value
  std::string label() const;    // "key" or "key@2024"
};

// One target moment: a statistic of a series over a window in one scenario's runs (mean over
// replications), its data value and scale. The loss adds ((model - data) / scale)^2.
// A guard (`[[guard]]`) is no data: a band that a projection must keep to (a working economy); the loss
// adds ((distance outside the band) / scale)^2 and nothing inside it. Guards lie after the calibration
// windows and do not enter the standard errors.
struct Moment {
  std::string quantity;      // for people
  std::size_t scenario = 0;  // index into CalibrationSpec::scenarios
  // A guard on a response (`compare_to`): the statistic in `scenario` less the same in this scenario,
  // seed by seed alike (what a mechanism must do: the peace shrinks the defence industry).
  std::optional<std::size_t> compare_to;
  // A guard on the steady economy (`economy = "steady"`): the statistic of the agent economy alone on its
  // steady path (sancsim/economy/steady_path.hpp) at the estimates, its months from January 2021 (a
  // synthetic path: no data), on the path of its `inflation_pct` and `real_growth_pct` (the path's defaults
  // where not given); `scenario` is unused.
  std::optional<SteadyPath> steady;
  OutcomeDef def;         // series, window, statistic
  std::string window;     // as written, for tables
  std::string data_text;  // the figure as published
  double data = 0;        // the value fitted
  double scale = 1;       // the standard deviation taken for it (half the band's width)
  double band_low = 0, band_high = 0;
  std::string source;
  bool known_miss = false;
  bool guard = false;
  std::string file;
  int line = 0;
  // The standardised miss that the loss squares: (model - data) / scale, or for a guard the distance
  // outside its band over the scale (0 inside).
  double weighted_miss(double model) const;
};

enum class GlobalMethod { None, Crs2, Isres };
enum class LocalMethod { None, Bobyqa, NelderMead };

struct SearchSettings {
  GlobalMethod global = GlobalMethod::Crs2;
  int global_evaluations = 200;
  LocalMethod local = LocalMethod::Bobyqa;
  int local_evaluations = 200;       // per round
  int local_rounds = 1;              // the local method restarted from the best point so far (fresh steps)
  double relative_tolerance = 1e-4;  // on the parameters, for the local method
  unsigned rng_seed = 1;             // NLopt's generator (the global method's population)
  double jacobian_step = 0.01;       // central differences: this share of each parameter's bounds
  int profile_points = 9;       // loss profile: points across +-profile_width around the estimate (0: none)
  double profile_width = 0.05;  // share of the bounds
};

struct CalibrationSpec {
  std::string file;                    // absolute path
  std::vector<std::string> scenarios;  // absolute paths
  std::vector<Override> fixed;         // `set = [...]`: applied to every run, before the estimates
  int replications = 2;  // seeds first_seed .. first_seed + replications - 1, the same each evaluation
  std::uint64_t first_seed = 1;
  std::vector<EstimatedParam> params;
  std::vector<Moment> moments;
  std::vector<std::pair<YearMonth, YearMonth>> windows;  // calibration windows every moment lies in
  SearchSettings search;
};

// Reads and checks a calibration file (not the scenarios it names: see the calibrate layer).
std::variant<CalibrationSpec, Diagnostics> load_calibration_spec(const std::string& path);

}  // namespace sancsim
