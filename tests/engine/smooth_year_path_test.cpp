#include "sancsim/engine/smooth_year_path.hpp"

#include <gtest/gtest.h>

namespace sancsim {
namespace {

const YearPath kPath{{{2021, 2.0}, {2022, 8.0}, {2023, 5.0}, {2025, 1.0}}};

double mean_of_year(const YearPath& path, int year) {
  double sum = 0;
  for (unsigned m = 1; m <= 12; ++m) sum += smooth_path_at(path, YearMonth::from(year, m));
  return sum / 12.0;
}

// Each year's mean over its twelve months is the path's value: the calibrated annual means stay.
TEST(SmoothYearPath, KeepsEachYearsMean) {
  for (int year = 2021; year <= 2025; ++year) EXPECT_NEAR(mean_of_year(kPath, year), kPath.at(year), 1e-12) << year;
}

// Where the path is linear through a year, the year's value is the level at mid-year (June and July
// lie half a month either side of it). The flat ends bend the anchors of the years next to them; the
// bend shrinks by 3 - 2 sqrt(2) (~0.17) a year inward, so the middle of a long path is linear.
TEST(SmoothYearPath, MidYearIsTheYearsValueOnALinearPath) {
  YearPath linear;
  for (int year = 2010; year <= 2030; ++year) linear.points.emplace_back(year, 0.5 * (year - 2010));
  for (int year = 2019; year <= 2021; ++year) {
    const double june = smooth_path_at(linear, YearMonth::from(year, 6));
    const double july = smooth_path_at(linear, YearMonth::from(year, 7));
    EXPECT_NEAR((june + july) / 2.0, linear.at(year), 1e-6) << year;
  }
}

// A constant path reads as the constant in every month.
TEST(SmoothYearPath, AConstantPathIsConstant) {
  const YearPath flat{{{2021, 31.5}}};
  EXPECT_DOUBLE_EQ(smooth_path_at(flat, YearMonth::from(2019, 1)), 31.5);
  EXPECT_DOUBLE_EQ(smooth_path_at(flat, YearMonth::from(2030, 7)), 31.5);
}

// January moves as much as December and November do: no step on the first of January.
TEST(SmoothYearPath, HasNoStepOnTheFirstOfJanuary) {
  for (int year = 2021; year <= 2025; ++year) {
    const double nov = smooth_path_at(kPath, YearMonth::from(year - 1, 11));
    const double dec = smooth_path_at(kPath, YearMonth::from(year - 1, 12));
    const double jan = smooth_path_at(kPath, YearMonth::from(year, 1));
    EXPECT_NEAR(jan - dec, dec - nov, 1e-12) << year;
  }
}

// Far from its first and last years the path is flat at its end values.
TEST(SmoothYearPath, IsFlatFarOutsideItsYears) {
  EXPECT_DOUBLE_EQ(smooth_path_at(kPath, YearMonth::from(2015, 3)), 2.0);
  EXPECT_DOUBLE_EQ(smooth_path_at(kPath, YearMonth::from(2035, 12)), 1.0);
}

// A dated break: the year before's value before it; from it the start year's value to the end of
// that year (5 of February's 28 days in 2022); then a linear move to the next year's value at its
// mid-year anchor.
TEST(SmoothYearPath, FromADatedStartStepsOnceAtTheStart) {
  const YearPath access{{{2021, 1.0}, {2022, 0.8}, {2023, 0.88}}};
  const Date start = Date::from_ymd(2022, 2, 24);
  EXPECT_DOUBLE_EQ(smooth_path_from(access, YearMonth::from(2021, 7), start), 1.0);
  EXPECT_DOUBLE_EQ(smooth_path_from(access, YearMonth::from(2022, 1), start), 1.0);
  EXPECT_NEAR(smooth_path_from(access, YearMonth::from(2022, 2), start), 1.0 - 0.2 * 5.0 / 28.0, 1e-12);
  for (unsigned m = 3; m <= 12; ++m) EXPECT_DOUBLE_EQ(smooth_path_from(access, YearMonth::from(2022, m), start), 0.8);
  EXPECT_NEAR(smooth_path_from(access, YearMonth::from(2023, 1), start), 0.8 + 0.08 * 0.5 / 6.0, 1e-12);
  EXPECT_NEAR(smooth_path_from(access, YearMonth::from(2023, 6), start), 0.8 + 0.08 * 5.5 / 6.0, 1e-12);
  EXPECT_NEAR(smooth_path_from(access, YearMonth::from(2023, 7), start), 0.88, 1e-12);
  EXPECT_DOUBLE_EQ(smooth_path_from(access, YearMonth::from(2026, 1), start), 0.88);
}

}  // namespace
}  // namespace sancsim
