// A run that stops part-way (here the state's numerical guard, with parameters inside their ranges)
// keeps the months it completed; run_scenario still throws what stopped it, with its type.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "sancsim/scenario/scenario.hpp"

using namespace sancsim;

namespace {

std::string fixture(const std::string& name) { return std::string(SANCSIM_SCENARIO_FIXTURES) + "/" + name; }

Scenario loaded(const std::string& path, const std::vector<Override>& overrides = {}) {
  LoadResult r = load_scenario(path, overrides);
  if (auto* d = std::get_if<Diagnostics>(&r)) ADD_FAILURE() << d->str();
  return std::holds_alternative<Scenario>(r) ? std::get<Scenario>(std::move(r)) : Scenario{};
}

// Prices and the key rate swing ever wider until the wage curve's logarithm is NaN (2026-11 with
// the small fixture; docs/RELIABILITY.md, "Numerical guards").
const std::vector<Override> kRunaway = {{"state.economy.phillips_slope", "5"},
                                        {"state.cbr.inflation_weight", "5"}};

std::vector<Override> runaway_until(const std::string& end) {
  std::vector<Override> o = kRunaway;
  o.push_back({"end", end});
  return o;
}

// Both tables have the same columns, months and values (NaN equal to NaN).
void expect_same_table(const SeriesTable& a, const SeriesTable& b) {
  ASSERT_EQ(a.names(), b.names());
  ASSERT_EQ(a.months(), b.months());
  for (std::size_t c = 0; c < a.cols(); ++c)
    for (std::size_t r = 0; r < a.rows(); ++r) {
      const double x = a.at(r, c), y = b.at(r, c);
      if (!(std::isnan(x) && std::isnan(y))) {
        EXPECT_EQ(x, y) << a.names()[c] << " " << a.months()[r].str();
      }
    }
}

}  // namespace

TEST(TryRunScenario, ARunThatStopsKeepsTheMonthsBeforeTheOneItStoppedIn) {
  const Scenario s = loaded(fixture("small.toml"), runaway_until("2030-12-31"));
  const RunAttempt a = try_run_scenario(s, 3);
  ASSERT_TRUE(a.failure);
  EXPECT_EQ(a.failure->month, YearMonth::from(2026, 11));
  EXPECT_EQ(a.failure->run, "");
  EXPECT_NE(a.failure->error.find("2026-11: real_wage_yoy_pct would be"), std::string::npos)
      << a.failure->error;
  EXPECT_TRUE(a.result.metrics.empty());
  ASSERT_GT(a.result.series.rows(), 0u);
  EXPECT_EQ(a.result.series.months().front(), s.report_from);
  EXPECT_EQ(a.result.series.months().back(), YearMonth::from(2026, 10));

  // The same run told to end before that month completes, with the same months, cell for cell.
  const Scenario shorter = loaded(fixture("small.toml"), runaway_until("2026-10-31"));
  const RunResult whole = run_scenario(shorter, 3);
  expect_same_table(a.result.series, whole.series);

  EXPECT_THROW(run_scenario(s, 3), NonFiniteSeries);
}

TEST(TryRunScenario, ACompleteRunIsTheRunOfRunScenario) {
  const Scenario s = loaded(fixture("small.toml"));
  const RunAttempt a = try_run_scenario(s, 5);
  ASSERT_FALSE(a.failure);
  const RunResult r = run_scenario(s, 5);
  expect_same_table(a.result.series, r.series);
  EXPECT_EQ(a.result.state_hash, r.state_hash);
  ASSERT_EQ(a.result.metrics.size(), r.metrics.size());
  for (std::size_t i = 0; i < r.metrics.size(); ++i) EXPECT_EQ(a.result.metrics[i].name, r.metrics[i].name);
}

// The counterfactual stops, the run itself is whole: its series stays, no metric is given.
TEST(TryRunScenario, ACounterfactualThatStopsLeavesTheRunsWholeSeries) {
  const auto dir = std::filesystem::temp_directory_path() / ("sancsim_cf_stops_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "cf.toml") << "extends = \"" << fixture("small.toml")
                                 << "\"\nname = \"cf\"\n[state.economy]\nphillips_slope = 5\n"
                                    "[state.cbr]\ninflation_weight = 5\n";
  std::ofstream(dir / "main.toml") << "extends = \"" << fixture("small.toml")
                                   << "\"\nname = \"main\"\ncompare_to = \"cf.toml\"\n";
  const Scenario s = loaded((dir / "main.toml").string(), {{"end", "2027-06-30"}});
  ASSERT_NE(s.counterfactual, nullptr);
  const RunAttempt a = try_run_scenario(s, 2);
  ASSERT_TRUE(a.failure);
  EXPECT_EQ(a.failure->run, "counterfactual run");
  EXPECT_EQ(a.failure->month, YearMonth::from(2026, 11));
  EXPECT_TRUE(a.result.metrics.empty());
  EXPECT_EQ(a.result.series.months().back(), YearMonth::from(2027, 6));
  const Scenario alone = loaded(fixture("small.toml"), {{"end", "2027-06-30"}});
  expect_same_table(a.result.series, run_scenario(alone, 2).series);
  std::filesystem::remove_all(dir);
}

// The agent economy's runaway (wages indexed twice to expectations that follow the month's CPI, and
// bid up with tightness) stops the run as a numerical guard that names the economy's series, not as a
// broken identity: a sweep or a calibration records the point as failed and goes on.
TEST(TryRunScenario, TheAgentEconomysRunawayStopsAsANumericalGuard) {
  const Scenario s = loaded(fixture("../history.toml"), {{"economy.model", "\"agents\""},
                                                         {"economy.wage_indexation", "2"},
                                                         {"economy.expectations_anchor", "0"},
                                                         {"economy.expectations_speed", "1"},
                                                         {"economy.wage_tightness_per_year", "2"}});
  const RunAttempt a = try_run_scenario(s, 1);
  ASSERT_TRUE(a.failure);
  EXPECT_NE(a.failure->error.find(": economy."), std::string::npos) << a.failure->error;
  EXPECT_NE(a.failure->error.find("the agent economy ran away"), std::string::npos) << a.failure->error;
  EXPECT_EQ(a.result.series.months().back().index + 1, a.failure->month.index);
  EXPECT_THROW(run_scenario(s, 1), NonFiniteSeries);
}
