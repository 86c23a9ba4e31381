// Calibration targets: the file format and its errors, the statistics over a window, and the check
// of a run against its bands.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "sancsim/scenario/calibration.hpp"

namespace {
using namespace sancsim;

const std::string kTests = SANCSIM_SCENARIO_FIXTURES;

CalibrationTargets targets(const std::string& file) {
  auto r = load_calibration_targets(file);
  if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
  return std::get<CalibrationTargets>(std::move(r));
}

Scenario small() {
  auto r = load_scenario(kTests + "/small.toml");
  if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
  return std::get<Scenario>(std::move(r));
}

TEST(CalibrationTargets, TheShippedFileReadsAndStaysInsideTheCalibrationWindows) {
  const auto t = targets(kTests + "/../data/calibration_targets.toml");
  ASSERT_EQ(t.windows.size(), 2u);
  EXPECT_EQ(t.windows[0].first, YearMonth::from(2015, 1));
  EXPECT_EQ(t.windows[0].second, YearMonth::from(2022, 12));  // annual 2022 figures include December
  EXPECT_EQ(t.windows[1].first, YearMonth::from(2023, 12));   // stocks on 1 Jan 2024
  EXPECT_GE(t.targets.size(), 20u);
  for (const auto& c : t.targets) {
    SCOPED_TRACE(c.quantity + " " + c.window());
    // A change or growth reads its two end months only, a growth of year means its first and last twelve;
    // every other statistic each month of its window.
    using Spans = std::vector<std::pair<YearMonth, YearMonth>>;
    const Spans months =
        c.stat == OutcomeStat::Change || c.stat == OutcomeStat::GrowthPct
            ? Spans{{c.from, c.from}, {c.to, c.to}}
        : c.stat == OutcomeStat::YearMeanGrowthPct
            ? Spans{{c.from, YearMonth{c.from.index + 11}}, {YearMonth{c.to.index - 11}, c.to}}
            : Spans{{c.from, c.to}};
    for (const auto& [from, to] : months) {
      const bool first = !(from < t.windows[0].first) && !(t.windows[0].second < to);
      const bool second = !(from < t.windows[1].first) && !(t.windows[1].second < to);
      EXPECT_TRUE(first || second);
    }
    EXPECT_LE(c.low, c.high);
    EXPECT_FALSE(c.source.empty());
    if (!c.known_miss.empty()) {
      EXPECT_LE(c.guard_low, c.low);  // a guard is wider than the band
    }
  }
}

TEST(CalibrationTargets, ReportsEveryMistakeWithItsPlace) {
  auto r = load_calibration_targets(kTests + "/calibration/bad_targets.toml");
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  const std::string text = std::get<Diagnostics>(r).str();
  EXPECT_NE(text.find("bad_targets.toml:7:10: target[0].window: \"2023\" is not inside a calibration window"),
            std::string::npos)
      << text;
  EXPECT_NE(
      text.find(
          "target[1].window: expected \"YYYY\", \"YYYY-MM\" or \"YYYY-MM..YYYY-MM\", got \"April 2022\""),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("target[1].band: expected [low, high] with low <= high"), std::string::npos) << text;
  EXPECT_NE(text.find("target[2].statistic: expected \"mean\", \"sum\", \"change\", \"growth_pct\" or "
                      "\"year_mean_growth_pct\", got \"median\""),
            std::string::npos)
      << text;
  // A change whose end month is held out, and an economy model that does not exist.
  EXPECT_NE(text.find("target[3].window: \"2022-06..2023-06\" is not inside a calibration window"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("target[3].economy: expected \"agents\" or \"aggregate\""), std::string::npos) << text;
  // A growth of year means needs two whole years, and both inside the windows (2022-06..2023-05 is not).
  EXPECT_NE(
      text.find("target[4].window: \"year_mean_growth_pct\" compares the window's first and last twelve "
                "months: expected a window of at least 24 months, got \"2021-01..2022-06\""),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("target[5].window: \"2022-06..2024-12\" is not inside a calibration window"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("target[2].sources: unknown key; did you mean \"source\"?"), std::string::npos) << text;
  EXPECT_NE(text.find("target[2].source: missing"), std::string::npos) << text;
  EXPECT_NE(text.find("target[2].guard: only a known_miss has a guard"), std::string::npos) << text;
}

TEST(CalibrationTargets, AMissingFileIsReported) {
  auto r = load_calibration_targets(kTests + "/calibration/none.toml");
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  EXPECT_NE(std::get<Diagnostics>(r).str().find("cannot read"), std::string::npos);
}

TEST(CalibrationTargets, MeanAndSumOverTheWindowSkipMissingMonths) {
  RunResult run;
  const auto x = run.series.add_column("x");
  for (unsigned m = 1; m <= 12; ++m) {
    run.series.begin_row(YearMonth::from(2024, m));
    run.series.set(x, m == 5 ? std::nan("") : static_cast<double>(m));
  }
  CalibrationTarget t;
  t.series = "x";
  t.from = YearMonth::from(2024, 4);
  t.to = YearMonth::from(2024, 6);
  EXPECT_DOUBLE_EQ(target_value(run, t), 5.0);  // (4 + 6) / 2: May is missing
  t.stat = OutcomeStat::Sum;
  EXPECT_DOUBLE_EQ(target_value(run, t), 10.0);
  t.stat = OutcomeStat::Change;
  EXPECT_DOUBLE_EQ(target_value(run, t), 6.0 - 4.0);  // June less April
  t.to = YearMonth::from(2024, 5);
  EXPECT_TRUE(std::isnan(target_value(run, t)));  // May has no value
  t.stat = OutcomeStat::Mean;
  t.from = t.to = YearMonth::from(2025, 1);
  EXPECT_TRUE(std::isnan(target_value(run, t)));
  EXPECT_EQ(t.window(), "2025-01");
  t.from = YearMonth::from(2024, 1);
  t.to = YearMonth::from(2024, 12);
  EXPECT_EQ(t.window(), "2024");
}

TEST(CalibrationCheck, ComparesTheMeanOverSeedsWithEachBand) {
  auto t = targets(kTests + "/calibration/small_targets.toml");
  Diagnostics problems;
  const auto checks = check_calibration(small(), t, 2, problems);
  EXPECT_TRUE(problems.empty()) << problems.str();
  ASSERT_EQ(checks.size(), 2u);  // the file's third target is for the agent economy: not this run's
  EXPECT_EQ(std::count_if(t.targets.begin(), t.targets.end(),
                          [&](const CalibrationTarget& c) { return !c.applies_to(small()); }),
            1);
  EXPECT_TRUE(checks[0].ok);
  EXPECT_TRUE(checks[0].counts());
  EXPECT_LE(checks[0].seed_min, checks[0].model);
  EXPECT_GE(checks[0].seed_max, checks[0].model);
  EXPECT_FALSE(checks[1].ok);  // a sum of 11 months of output cannot be below 1
  EXPECT_FALSE(checks[1].counts());
  EXPECT_GT(checks[1].model, 11 * 1000.0);  // above 1 mb/d every month

  t.targets[0].series = "urals_discount_usd_per_bb";
  Diagnostics unknown;
  EXPECT_EQ(check_calibration(small(), t, 1, unknown).size(), 1u);
  EXPECT_NE(unknown.str().find("did you mean \"urals_discount_usd_per_bbl\"?"), std::string::npos)
      << unknown.str();
}

}  // namespace
