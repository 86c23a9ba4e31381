#pragma once
// The simulated moments of a calibration at a parameter vector: each scenario is loaded with the
// file's fixed `set` overrides and the estimates as `--set` overrides, run once per replication
// with the same seeds at every point (common random numbers), and each moment is the mean over
// replications of its declared outcome (evaluate_outcome). Points are run in parallel.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "sancsim/economy/steady_path.hpp"
#include "sancsim/model/params.hpp"
#include "sancsim/scenario/calibration_file.hpp"
#include "sancsim/scenario/scenario.hpp"

namespace sancsim {

// A calibration cannot go on (a scenario does not load, a moment has no value); the message says why.
class CalibrationError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The loss of a point whose runs failed: finite, so that NLopt's methods go on, and far above any fit.
inline constexpr double kFailedLoss = 1e12;

using ParamVector = std::vector<double>;   // one value per EstimatedParam, in the file's order
using MomentVector = std::vector<double>;  // one value per Moment, in the file's order

class MomentEvaluator {
 public:
  // Loads every scenario once, reads the start values and checks the moments' series; throws
  // CalibrationError with every problem.
  MomentEvaluator(const CalibrationSpec& spec, unsigned threads);

  const CalibrationSpec& spec() const { return *spec_; }
  // The start of the search: each parameter's `start`, else the scenario's value (clamped to the bounds).
  const ParamVector& start() const { return start_; }
  // The scenarios' own values of the estimated parameters (before clamping).
  const ParamVector& defaults() const { return defaults_; }
  // The resolved scenarios' hashes (without estimates), for the log's identity.
  const std::vector<std::string>& scenario_hashes() const { return hashes_; }
  unsigned threads() const { return threads_; }

  // The `--set` overrides that put `x` into a scenario (year paths written whole).
  std::vector<Override> overrides(const ParamVector& x) const;
  // The model moments at each point; NaN where a run failed (a numerical guard) or a statistic
  // has no value. Throws CalibrationError if a scenario does not load with the estimates.
  std::vector<MomentVector> evaluate(const std::vector<ParamVector>& points) const;
  // sum over moments of ((model - data) / scale)^2 (a guard's: its distance outside the band over the
  // scale); kFailedLoss if a moment is NaN.
  double loss(const MomentVector& model) const;

 private:
  const CalibrationSpec* spec_;
  unsigned threads_;
  ParamVector start_, defaults_;
  std::vector<YearPath> base_paths_;  // per parameter: the first scenario's path (for year points)
  std::vector<std::string> hashes_;
  // The steady economy's paths that guards read (inflation, real growth) and months run; per moment its path.
  std::vector<SteadyPath> steady_paths_;
  std::vector<int> steady_months_;
  std::vector<std::size_t> steady_path_of_;
};

}  // namespace sancsim
