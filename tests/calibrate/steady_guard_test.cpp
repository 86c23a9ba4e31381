// A guard on the steady economy (`[[guard]]` with `economy = "steady"`): its value is the statistic of the
// agent economy alone on its steady path (sancsim/economy/steady_path.hpp) at the code's defaults with the
// file's `set` and the estimates, replication by replication on the economy's seeds; the scenario's own
// economy (its dated events) does not reach it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "calibration_text.hpp"
#include "sancsim/calibrate/moment_evaluator.hpp"
#include "sancsim/economy/steady_path.hpp"

namespace {
using namespace sancsim;
namespace fs = std::filesystem;

const std::string kTests = SANCSIM_SCENARIO_FIXTURES;

// small.toml's MET share and the wage error correction estimated; the small economy of the economy tests
// (50,000 persons an agent, 8 firms a sector) in `set`; one guard on the steady economy's lowest
// unemployment over its first two years (`guard` replaces the guard's lines).
std::string file_text(const std::string& guard) {
  return R"toml(scenario = ["small.toml"]
set = ["economy.persons_per_agent = 50000", "economy.firms_per_sector = 8"]
replications = 2
calibration_windows = ["2015-01..2022-12"]
)toml" + test::kMetShareParameter +
         R"toml([[parameter]]
key = "economy.wage_error_correction_per_year"
low = 0
high = 1
)toml" + test::kNwfMoment +
         R"toml([[moment]]
quantity = "NWF a quarter earlier"
series = "nwf_liquid_rub_bn"
window = "2022-09"
value = 1360
sd = 60
source = "test"
[[guard]]
quantity = "The steady economy's lowest unemployment, 2021-2022"
)toml" + guard +
         R"toml(
band = [3, 1e9]
sd = 0.5
source = "test"
)toml";
}

const std::string kGuard = R"toml(economy = "steady"
series = "unemployment_pct"
window = "2021-01..2022-12"
statistic = "min")toml";

std::variant<CalibrationSpec, Diagnostics> load_text(const std::string& text) {
  return test::load_calibration_text("steady_guard", text);
}

std::string problems(const std::variant<CalibrationSpec, Diagnostics>& r) {
  return std::holds_alternative<Diagnostics>(r) ? std::get<Diagnostics>(r).str() : std::string("loaded");
}

// The statistic on the steady path (real growth g), computed here from the economy's own defaults.
double statistic(const OutcomeDef& def, double error_correction, int seed, double g = 0, double pi = 5.2) {
  AgentEconomyParams base;
  base.persons_per_agent = 50000;
  base.firms_per_sector = 8;
  base.wage_error_correction_per_year = error_correction;
  const SteadyPath path{.inflation_pct = pi, .real_growth_pct = g};
  AgentEconomyParams p = path.params(base);
  p.seed = seed;
  return evaluate_outcome(def, run_steady_path(p, path, 24));
}

TEST(SteadyGuard, IsTheStatisticOfTheSteadyPathAtTheDefaultsWithTheSetsAndTheEstimates) {
  auto r = load_text(file_text(kGuard));
  ASSERT_TRUE(std::holds_alternative<CalibrationSpec>(r)) << problems(r);
  const CalibrationSpec spec = std::get<CalibrationSpec>(std::move(r));
  ASSERT_EQ(spec.moments.size(), 3u);
  const Moment& g = spec.moments[2];
  ASSERT_TRUE(g.guard);
  ASSERT_TRUE(g.steady);
  const std::vector<MomentVector> m = MomentEvaluator(spec, 2).evaluate({{0.7, 0.1}, {0.7, 0.9}});
  for (const auto& [point, correction] : {std::pair{0u, 0.1}, std::pair{1u, 0.9}}) {
    const double expected = 0.5 * (statistic(g.def, correction, 1) + statistic(g.def, correction, 2));
    EXPECT_NEAR(m[point][2], expected, 1e-12 * expected) << correction;
  }
  EXPECT_NE(m[0][2], m[1][2]) << "the estimate reaches the steady economy";
  EXPECT_GT(m[0][2], 0.0);
}

// A second guard on the path with a 2% productivity trend and real growth: its own run, read on its own.
TEST(SteadyGuard, AGuardWithRealGrowthReadsThePathWithThatTrend) {
  auto r = load_text(file_text(kGuard + R"toml(
band = [3, 1e9]
sd = 0.5
source = "test"
[[guard]]
quantity = "The growing economy's real GDP over its trend, end of 2022"
economy = "steady"
real_growth_pct = 2
series = "real_gdp_over_trend"
window = "2022-12"
statistic = "last")toml"));
  ASSERT_TRUE(std::holds_alternative<CalibrationSpec>(r)) << problems(r);
  const CalibrationSpec spec = std::get<CalibrationSpec>(std::move(r));
  ASSERT_EQ(spec.moments.size(), 4u);
  const Moment &flat = spec.moments[2], &growing = spec.moments[3];
  EXPECT_EQ(flat.steady->real_growth_pct, 0.0);
  EXPECT_EQ(growing.steady->real_growth_pct, 2.0);
  const MomentVector m = MomentEvaluator(spec, 2).evaluate({{0.7, 0.3}}).front();
  EXPECT_NEAR(m[2], 0.5 * (statistic(flat.def, 0.3, 1) + statistic(flat.def, 0.3, 2)), 1e-12 * m[2]);
  const double on_trend = 0.5 * (statistic(growing.def, 0.3, 1, 2.0) + statistic(growing.def, 0.3, 2, 2.0));
  EXPECT_NEAR(m[3], on_trend, 1e-12 * on_trend);
  EXPECT_NE(on_trend, 0.5 * (statistic(growing.def, 0.3, 1) + statistic(growing.def, 0.3, 2)));
  // Only a steady-economy guard has a growth rate.
  r = load_text(file_text(R"toml(scenario = "small.toml"
real_growth_pct = 2
series = "nwf_liquid_rub_bn"
window = "2023-03")toml"));
  EXPECT_NE(problems(r).find("guard[0].real_growth_pct: only a guard on the steady economy"),
            std::string::npos)
      << problems(r);
}

// A guard at zero inflation reads the path whose prices, anchor and target stay flat.
TEST(SteadyGuard, AGuardAtZeroInflationReadsTheFlatPath) {
  auto r = load_text(file_text(R"toml(economy = "steady"
inflation_pct = 0
series = "unemployment_pct"
window = "2021-01..2022-12"
statistic = "mean")toml"));
  ASSERT_TRUE(std::holds_alternative<CalibrationSpec>(r)) << problems(r);
  const CalibrationSpec spec = std::get<CalibrationSpec>(std::move(r));
  const Moment& g = spec.moments[2];
  EXPECT_EQ(g.steady->inflation_pct, 0.0);
  const double m = MomentEvaluator(spec, 2).evaluate({{0.7, 0.3}}).front()[2];
  const double flat = 0.5 * (statistic(g.def, 0.3, 1, 0, 0) + statistic(g.def, 0.3, 2, 0, 0));
  EXPECT_NEAR(m, flat, 1e-12 * flat);
  EXPECT_NE(flat, 0.5 * (statistic(g.def, 0.3, 1) + statistic(g.def, 0.3, 2)));
}

TEST(SteadyGuard, RunsNoScenarioAndItsMonthsNeedNotLieAfterTheWindows) {
  // Inside the calibration windows, yet no data is read: accepted.
  EXPECT_TRUE(std::holds_alternative<CalibrationSpec>(load_text(file_text(kGuard))));
  auto r = load_text(file_text("scenario = \"small.toml\"\n" + kGuard));
  EXPECT_NE(problems(r).find("guard[0].scenario: a guard on the steady economy runs no scenario"),
            std::string::npos)
      << problems(r);
  r = load_text(file_text(R"toml(economy = "boom"
series = "unemployment_pct"
window = "2021-01..2022-12")toml"));
  EXPECT_NE(problems(r).find("guard[0].economy: expected \"steady\""), std::string::npos) << problems(r);
}

TEST(SteadyGuard, ASeriesTheSteadyPathLacksOrAMonthBeforeItIsRefused) {
  auto r = load_text(file_text(R"toml(economy = "steady"
series = "key_rate_pct"
window = "2021-01..2022-12")toml"));
  ASSERT_TRUE(std::holds_alternative<CalibrationSpec>(r)) << problems(r);
  try {
    MomentEvaluator(std::get<CalibrationSpec>(r), 1);
    ADD_FAILURE() << "accepted a series the steady economy has not";
  } catch (const CalibrationError& e) {
    EXPECT_NE(std::string(e.what()).find("the steady economy has no series \"key_rate_pct\""),
              std::string::npos)
        << e.what();
  }
  r = load_text(file_text(R"toml(economy = "steady"
series = "unemployment_pct"
window = "2020-06..2022-12")toml"));
  ASSERT_TRUE(std::holds_alternative<CalibrationSpec>(r)) << problems(r);
  try {
    MomentEvaluator(std::get<CalibrationSpec>(r), 1);
    ADD_FAILURE() << "accepted a month before the steady path";
  } catch (const CalibrationError& e) {
    EXPECT_NE(std::string(e.what()).find("begins before the steady path's first month"), std::string::npos)
        << e.what();
  }
}

}  // namespace
