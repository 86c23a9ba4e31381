#pragma once
// A calibration end to end: the search (a global NLopt method, then a local one from its best
// point), then inference at the estimate: the simulated moments' Jacobian (central differences),
// standard errors, each parameter's identifying moments and a loss profile. Every evaluation goes
// through the evaluation log, so a killed calibration rerun with the same DIR resumes.
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "sancsim/calibrate/evaluation_log.hpp"
#include "sancsim/calibrate/moment_evaluator.hpp"

namespace sancsim {

struct ProfilePoint {
  double value = 0;
  double loss = 0;
};

struct CalibrationResult {
  ParamVector start, estimate;
  MomentVector model_start, model;  // moments at the start and at the estimate
  double loss_start = 0, loss = 0;
  double loss_global = 0;  // best loss after the global stage
  // The lowest loss of any evaluation, the Jacobian's and profiles' included: below `loss` when the
  // estimate is not a local minimum on the profiles' grid (a rough, step-like loss surface).
  double best_loss_seen = 0;
  int evaluations = 0;                             // vectors evaluated (including replayed ones)
  std::size_t replayed = 0;                        // answered from an earlier run's log
  std::vector<std::vector<double>> jacobian;       // [moment][param]: d model moment / d parameter
  std::vector<double> step;                        // per parameter: the difference taken
  std::vector<double> standard_error;              // NaN where not identified
  std::vector<std::vector<double>> information;    // [moment][param]: share of the parameter's information
  std::vector<std::vector<ProfilePoint>> profile;  // per parameter
  double condition_number = 0;                     // of G'WG
};

// Runs the calibration; progress lines (evaluations, loss, best so far) go to `progress`.
CalibrationResult run_calibration(const MomentEvaluator& evaluator, EvaluationLog& log,
                                  std::ostream& progress);

// The log's identity: what the moments depend on (the resolved scenarios, the estimated keys, the
// moments' definitions, the seeds) and the build (its version, commit and executable's digest); not the
// search settings or the data values.
std::uint64_t calibration_identity(const MomentEvaluator& evaluator);

}  // namespace sancsim
