// Outcome statistics on a small hand-made table.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "sancsim/engine/outcome.hpp"

using namespace sancsim;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// 2025-11 .. 2026-04: x = 5, NaN, 3, 9, 9, 1.
SeriesTable table() {
  SeriesTable t;
  const auto x = t.add_column("x");
  const double values[] = {5, kNaN, 3, 9, 9, 1};
  for (int i = 0; i < 6; ++i) {
    t.begin_row(YearMonth{YearMonth::from(2025, 11).index + i});
    t.set(x, values[i]);
  }
  return t;
}

double eval(OutcomeStat stat, std::optional<YearMonth> from = {}, std::optional<YearMonth> to = {},
            double threshold = 0) {
  OutcomeDef d = outcome_def("o", "x", stat);
  d.from = from;
  d.to = to;
  d.threshold = threshold;
  return evaluate_outcome(d, table());
}

}  // namespace

TEST(Outcome, StatisticsOverTheWholeTableSkipMissingMonths) {
  EXPECT_EQ(eval(OutcomeStat::Sum), 27.0);
  EXPECT_EQ(eval(OutcomeStat::Mean), 27.0 / 5);
  EXPECT_EQ(eval(OutcomeStat::Last), 1.0);
  EXPECT_EQ(eval(OutcomeStat::Min), 1.0);
  EXPECT_EQ(eval(OutcomeStat::Max), 9.0);
  EXPECT_EQ(eval(OutcomeStat::ArgmaxMonth), 202602.0);  // the first of the tied months
  EXPECT_EQ(eval(OutcomeStat::ArgminMonth), 202604.0);
  EXPECT_EQ(eval(OutcomeStat::FirstBelow, {}, {}, 4.0), 202601.0);
  EXPECT_EQ(eval(OutcomeStat::FirstAbove, {}, {}, 5.0), 202602.0);
  EXPECT_TRUE(std::isnan(eval(OutcomeStat::FirstAbove, {}, {}, 9.0)));
}

TEST(Outcome, AWindowKeepsItsMonthsOnly) {
  const auto y2026 = YearMonth::from(2026, 1), dec = YearMonth::from(2026, 12);
  EXPECT_EQ(eval(OutcomeStat::Sum, y2026, dec), 22.0);
  EXPECT_EQ(eval(OutcomeStat::Sum, {}, YearMonth::from(2025, 12)), 5.0);
  EXPECT_EQ(eval(OutcomeStat::Last, {}, YearMonth::from(2025, 11)), 5.0);
  EXPECT_TRUE(std::isnan(eval(OutcomeStat::Last, {}, YearMonth::from(2025, 12))));  // no value that month
  EXPECT_TRUE(std::isnan(eval(OutcomeStat::Last, YearMonth::from(2025, 12), YearMonth::from(2025, 12))));
  EXPECT_TRUE(std::isnan(eval(OutcomeStat::Mean, YearMonth::from(2025, 12), YearMonth::from(2025, 12))));
  EXPECT_EQ(eval(OutcomeStat::Sum, YearMonth::from(2027, 1), {}), 0.0);
  EXPECT_TRUE(std::isnan(eval(OutcomeStat::Max, YearMonth::from(2027, 1), {})));
}

TEST(Outcome, ChangeIsTheLastMonthLessTheFirst) {
  EXPECT_EQ(eval(OutcomeStat::Change), 1.0 - 5.0);
  EXPECT_EQ(eval(OutcomeStat::Change, YearMonth::from(2026, 1), YearMonth::from(2026, 3)), 9.0 - 3.0);
  EXPECT_EQ(eval(OutcomeStat::Change, YearMonth::from(2026, 2), YearMonth::from(2026, 2)), 0.0);
  // A missing end month leaves the change undefined, however the months between look.
  EXPECT_TRUE(std::isnan(eval(OutcomeStat::Change, YearMonth::from(2025, 12), YearMonth::from(2026, 4))));
  EXPECT_TRUE(std::isnan(eval(OutcomeStat::Change, {}, YearMonth::from(2025, 12))));
  EXPECT_TRUE(std::isnan(eval(OutcomeStat::Change, YearMonth::from(2027, 1), {})));
}

TEST(Outcome, GrowthIsTheLastMonthOverTheFirstInPercent) {
  EXPECT_DOUBLE_EQ(eval(OutcomeStat::GrowthPct, YearMonth::from(2026, 1), YearMonth::from(2026, 3)),
                   (9.0 / 3.0 - 1.0) * 100.0);
  EXPECT_DOUBLE_EQ(eval(OutcomeStat::GrowthPct), (1.0 / 5.0 - 1.0) * 100.0);
  EXPECT_TRUE(std::isnan(eval(OutcomeStat::GrowthPct, YearMonth::from(2025, 12), YearMonth::from(2026, 4))));
}

// Two calendar years of a monthly series: 2024 at 100 a month (one month missing), 2025 at 110 for six
// months and 130 for six, so the growth of the year means is 20%.
TEST(Outcome, YearMeanGrowthComparesTheWindowsFirstAndLastTwelveMonths) {
  SeriesTable t;
  const auto x = t.add_column("x");
  for (int i = 0; i < 24; ++i) {
    t.begin_row(YearMonth{YearMonth::from(2024, 1).index + i});
    t.set(x, i == 5 ? kNaN : i < 12 ? 100.0 : i < 18 ? 110.0 : 130.0);
  }
  const auto growth = [&](std::optional<YearMonth> from, std::optional<YearMonth> to) {
    OutcomeDef d = outcome_def("o", "x", OutcomeStat::YearMeanGrowthPct);
    d.from = from;
    d.to = to;
    return evaluate_outcome(d, t);
  };
  EXPECT_NEAR(growth({}, {}), 20.0, 1e-12);
  EXPECT_NEAR(growth(YearMonth::from(2024, 1), YearMonth::from(2025, 12)), 20.0, 1e-12);
  // Fewer than 24 months, or a window the table does not reach, leave it undefined.
  EXPECT_TRUE(std::isnan(growth(YearMonth::from(2024, 2), YearMonth::from(2025, 12))));
  EXPECT_TRUE(std::isnan(growth(YearMonth::from(2023, 12), YearMonth::from(2025, 12))));
  EXPECT_TRUE(std::isnan(growth(YearMonth::from(2024, 1), YearMonth::from(2026, 1))));
}

TEST(Outcome, NamesOfStatisticsReadBack) {
  for (const auto& name : outcome_stat_names()) {
    const auto stat = parse_outcome_stat(name);
    ASSERT_TRUE(stat) << name;
    EXPECT_EQ(outcome_stat_name(*stat), name);
  }
  EXPECT_FALSE(parse_outcome_stat("average"));
}

TEST(Outcome, AnAbsentSeriesThrows) {
  EXPECT_THROW(evaluate_outcome(outcome_def("o", "y", OutcomeStat::Sum), table()), std::out_of_range);
}
