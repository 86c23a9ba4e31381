// A response guard (`[[guard]]` with `compare_to`): its value is the statistic in its scenario less the
// same in the compared one, replication by replication with the same seeds; the file names both.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "calibration_text.hpp"
#include "sancsim/calibrate/moment_evaluator.hpp"
#include "sancsim/model/run.hpp"
#include "sancsim/scenario/outcomes.hpp"

namespace {
using namespace sancsim;
namespace fs = std::filesystem;

const std::string kTests = SANCSIM_SCENARIO_FIXTURES;

// A calibration file beside the fixtures: small.toml's MET share estimated; a guard on the price cap's
// effect on O&G revenue in the months after the windows (small.toml against small_no_cap.toml).
std::string file_text(const std::string& compare_to) {
  return R"toml(scenario = ["small.toml", "small_no_cap.toml"]
replications = 2
calibration_windows = ["2015-01..2022-12"]
)toml" + test::kMetShareParameter +
         test::kNwfMoment + R"toml([[guard]]
quantity = "The cap's effect on O&G revenue, Q1 2023"
scenario = "small.toml"
compare_to = ")toml" +
         compare_to + R"toml("
series = "oil_gas_budget_revenue_rub_bn"
window = "2023-01..2023-03"
statistic = "sum"
band = [-1e9, 0]
sd = 10
source = "test"
)toml";
}

std::variant<CalibrationSpec, Diagnostics> load_text(const std::string& text) {
  return test::load_calibration_text("response_guard", text);
}

double statistic(const std::string& scenario, const OutcomeDef& def, std::uint64_t seed) {
  auto loaded = load_scenario(kTests + "/" + scenario, {{"state.tax.met_effective_share", "0.7"}});
  const Scenario s = std::get<Scenario>(std::move(loaded));
  return evaluate_outcome(def, simulate(run_input(s, seed, 0)).series);
}

TEST(ResponseGuard, IsTheStatisticLessTheSameInTheComparedScenarioSeedBySeed) {
  auto r = load_text(file_text("small_no_cap.toml"));
  ASSERT_TRUE(std::holds_alternative<CalibrationSpec>(r)) << std::get<Diagnostics>(r).str();
  const CalibrationSpec spec = std::get<CalibrationSpec>(std::move(r));
  ASSERT_EQ(spec.moments.size(), 2u);
  const Moment& g = spec.moments[1];
  ASSERT_TRUE(g.guard);
  ASSERT_TRUE(g.compare_to);
  EXPECT_EQ(g.scenario, 0u);
  EXPECT_EQ(*g.compare_to, 1u);
  const MomentVector m = MomentEvaluator(spec, 2).evaluate({{0.7}}).front();
  const double expected =
      0.5 * ((statistic("small.toml", g.def, 1) - statistic("small_no_cap.toml", g.def, 1)) +
             (statistic("small.toml", g.def, 2) - statistic("small_no_cap.toml", g.def, 2)));
  EXPECT_NEAR(m[1], expected, 1e-9 * (1.0 + std::abs(expected)));
  EXPECT_LT(m[1], 0.0) << "the cap lowers O&G revenue";
  EXPECT_EQ(g.weighted_miss(m[1]), 0.0);
}

TEST(ResponseGuard, ComparedWithItselfOrAnUnlistedScenarioIsRefused) {
  auto r = load_text(file_text("small.toml"));
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  EXPECT_NE(std::get<Diagnostics>(r).str().find("guard[0].compare_to: expected another scenario"),
            std::string::npos)
      << std::get<Diagnostics>(r).str();
  r = load_text(file_text("small_same.toml"));
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  EXPECT_NE(std::get<Diagnostics>(r).str().find(
                "guard[0].compare_to: \"small_same.toml\" is not one of the file's `scenario` entries"),
            std::string::npos)
      << std::get<Diagnostics>(r).str();
}

}  // namespace
