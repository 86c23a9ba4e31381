// Parameter recovery: moments made by the model at known parameter values (with other seeds than
// the calibration's, so the data carry simulation noise) are handed to the calibration, which must
// find the known values again within two of its reported standard errors, and say something:
// standard errors well inside the bounds.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>

#include "sancsim/calibrate/calibration_run.hpp"
#include "sancsim/calibrate/evaluation_log.hpp"
#include "sancsim/calibrate/moment_evaluator.hpp"
#include "../temp_dir.hpp"

namespace {
using namespace sancsim;

const std::string kTests = SANCSIM_SCENARIO_FIXTURES;

CalibrationSpec recovery_spec() {
  auto r = load_calibration_spec(kTests + "/calibration/recovery.toml");
  if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
  return std::get<CalibrationSpec>(std::move(r));
}

// Runs the calibration with its evaluation log in the test's temporary directory (removed after).
CalibrationResult calibrate_in_temp_dir(const MomentEvaluator& evaluator) {
  const auto& spec = evaluator.spec();
  const test::TempDir dir;
  EvaluationLog log(dir / "evaluations.csv", calibration_identity(evaluator), spec.params.size(),
                    spec.moments.size(), "log");
  std::ostringstream progress;
  return run_calibration(evaluator, log, progress);
}

TEST(ParameterRecovery, CalibrateFindsTheTrueValuesWithinItsStandardErrors) {
  const ParamVector truth = {0.62, 0.55};
  CalibrationSpec data_spec = recovery_spec();
  data_spec.first_seed = 11;  // the "observed" world: other draws than the calibration's seeds 1-2
  const MomentVector data = MomentEvaluator(data_spec, 2).evaluate({truth}).front();

  CalibrationSpec spec = recovery_spec();
  ASSERT_EQ(spec.params.size(), truth.size());
  for (std::size_t i = 0; i < spec.moments.size(); ++i) {
    spec.moments[i].data = data[i];
    spec.moments[i].band_low = data[i] - spec.moments[i].scale;
    spec.moments[i].band_high = data[i] + spec.moments[i].scale;
  }
  const MomentEvaluator evaluator(spec, 2);
  const CalibrationResult r = calibrate_in_temp_dir(evaluator);

  EXPECT_LT(r.loss, r.loss_start);
  EXPECT_LT(r.loss, 1.0) << "the model can reproduce its own moments";
  for (std::size_t j = 0; j < truth.size(); ++j) {
    SCOPED_TRACE(spec.params[j].label());
    RecordProperty(spec.params[j].label() + "_estimate", std::to_string(r.estimate[j]));
    RecordProperty(spec.params[j].label() + "_standard_error", std::to_string(r.standard_error[j]));
    const double width = spec.params[j].high - spec.params[j].low;
    ASSERT_TRUE(std::isfinite(r.standard_error[j]));
    EXPECT_GT(r.standard_error[j], 0);
    EXPECT_LT(r.standard_error[j], 0.1 * width) << "the moments pin the parameter";
    EXPECT_LE(std::fabs(r.estimate[j] - truth[j]), 2 * r.standard_error[j])
        << "estimate " << r.estimate[j] << ", truth " << truth[j] << ", se " << r.standard_error[j];
    // The profile's lowest point lies at (or next to) the estimate.
    ASSERT_EQ(r.profile[j].size(), 3u);
    EXPECT_LE(r.profile[j][1].loss, std::min(r.profile[j][0].loss, r.profile[j][2].loss) + 1e-9);
  }
  // The Jacobian's signs and the identification table say what the model does: collecting more
  // of the MET raises O&G revenue and leaves more in the NWF; financing more of the deficit from
  // the NWF leaves less there and does not touch O&G revenue, so only the NWF moments pin it.
  EXPECT_GT(r.jacobian[0][0], 0);
  EXPECT_GT(r.jacobian[3][0], 0);
  EXPECT_LT(r.jacobian[3][1], 0);
  EXPECT_GT(r.information[2][1] + r.information[3][1], 0.999);
}

// A guard on the projection (the months after the windows) that the true values break moves the
// estimate to where the projection keeps to it, at the price of the moments' fit; it carries no weight
// in the standard errors.
TEST(ParameterRecovery, AGuardThatTheTruthBreaksMovesTheEstimate) {
  const ParamVector truth = {0.62, 0.55};
  CalibrationSpec spec = recovery_spec();
  Moment guard;
  guard.quantity = "NWF liquid assets, Q1 2023 (guard)";
  guard.guard = true;
  guard.def = OutcomeDef{.name = "nwf_guard",
                         .series = "nwf_liquid_rub_bn",
                         .stat = OutcomeStat::Mean,
                         .from = YearMonth::from(2023, 1),
                         .to = YearMonth::from(2023, 3)};
  guard.window = "2023-01..2023-03";
  guard.scale = 20;
  spec.moments.push_back(guard);
  CalibrationSpec data_spec = spec;
  data_spec.first_seed = 11;
  const MomentVector data = MomentEvaluator(data_spec, 2).evaluate({truth}).front();
  for (std::size_t i = 0; i + 1 < spec.moments.size(); ++i) {
    spec.moments[i].data = data[i];
    spec.moments[i].band_low = data[i] - spec.moments[i].scale;
    spec.moments[i].band_high = data[i] + spec.moments[i].scale;
  }
  // The projection must keep 200 bn RUB more in the NWF than the truth leaves there.
  Moment& g = spec.moments.back();
  g.band_low = data.back() + 200;
  g.band_high = 1e9;
  g.data = 0.5 * (g.band_low + g.band_high);
  const MomentEvaluator evaluator(spec, 2);
  const CalibrationResult r = calibrate_in_temp_dir(evaluator);

  const double truth_loss = evaluator.loss(evaluator.evaluate({truth}).front());
  EXPECT_GT(truth_loss, 25.0) << "the truth breaks the guard by more than five scales";
  EXPECT_LT(r.loss, 0.5 * truth_loss);
  EXPECT_GT(r.model.back(), g.band_low - 3 * g.scale) << "the estimate's projection comes close to the band";
  // Collecting more of the MET (more O&G revenue, more left in the NWF) is the estimate's way there.
  EXPECT_GT(r.estimate[0], truth[0] + 0.03);
  for (std::size_t j = 0; j < spec.params.size(); ++j) EXPECT_EQ(r.information.back()[j], 0.0);
}

TEST(ParameterRecovery, TheSameCalibrationTwiceGivesTheSameEstimate) {
  // Determinism across thread counts: the log's replay after a kill relies on it.
  const CalibrationSpec spec = recovery_spec();
  const MomentEvaluator one(spec, 1), two(spec, 2);
  const std::vector<ParamVector> points = {{0.5, 0.3}, {0.7, 0.6}, {0.45, 0.85}};
  EXPECT_EQ(one.evaluate(points), two.evaluate(points));
}

}  // namespace
