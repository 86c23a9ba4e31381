#include "sancsim/engine/smooth_year_path.hpp"

#include <gtest/gtest.h>

namespace sancsim {
namespace {

const YearPath kAccess{{{2021, 1.0}, {2022, 0.8}, {2023, 0.88}, {2024, 0.88}}};
const Date kSanctions = Date::from_ymd(2022, 2, 24);

double at(const YearPath& path, int year, unsigned month, Date start = kSanctions) {
  return smooth_path_from(path, YearMonth::from(year, month), start);
}

// The year before's value before the break; 5 of February's 28 days in 2022 at the new value; the
// break year's value from March to December (its mean over the months since the break is kept).
TEST(SmoothYearPath, StepsOnceOnTheDayOfTheBreak) {
  EXPECT_DOUBLE_EQ(at(kAccess, 2021, 7), 1.0);
  EXPECT_DOUBLE_EQ(at(kAccess, 2022, 1), 1.0);
  EXPECT_NEAR(at(kAccess, 2022, 2), 1.0 - 0.2 * 5.0 / 28.0, 1e-12);
  for (unsigned m = 3; m <= 12; ++m) EXPECT_DOUBLE_EQ(at(kAccess, 2022, m), 0.8) << m;
}

// After the break year the path reaches the next year's value at its mid-year: June's centre is half
// a month short of it on the six-month leg from the year's end; flat after the last year.
TEST(SmoothYearPath, ReachesTheNextYearsValueAtMidYear) {
  EXPECT_NEAR(at(kAccess, 2023, 6), 0.8 + 0.08 * 5.5 / 6.0, 1e-12);
  EXPECT_NEAR(at(kAccess, 2023, 7), 0.88, 1e-12);
  EXPECT_DOUBLE_EQ(at(kAccess, 2026, 1), 0.88);
}

// January after the break year moves by as much as each month to mid-year: 1/12 of the 0.08 (the old
// reading added all of it on 1 January 2023).
TEST(SmoothYearPath, HasNoStepOnTheFirstOfJanuary) {
  EXPECT_NEAR(at(kAccess, 2023, 1) - at(kAccess, 2022, 12), 0.08 / 12.0, 1e-12);
  for (unsigned m = 2; m <= 6; ++m)
    EXPECT_NEAR(at(kAccess, 2023, m) - at(kAccess, 2023, m - 1), 0.08 / 6.0, 1e-12);
}

// Later years: linear between mid-year anchors, so the change at each 1 January equals that of its
// December; a year missing from the path (2025) takes the earlier value, as YearPath::at does.
TEST(SmoothYearPath, MovesBetweenMidYearAnchorsInLaterYears) {
  const YearPath outflow{{{2021, 2.2}, {2022, 8.0}, {2023, 5.5}, {2024, 4.3}, {2026, 1.9}}};
  const Date start = Date::from_ymd(2022, 1, 1);
  EXPECT_DOUBLE_EQ(at(outflow, 2021, 12, start), 2.2);
  EXPECT_DOUBLE_EQ(at(outflow, 2022, 1, start), 8.0);
  EXPECT_NEAR(at(outflow, 2024, 1, start) - at(outflow, 2023, 12, start), (4.3 - 5.5) / 12.0, 1e-12);
  EXPECT_NEAR(at(outflow, 2023, 12, start) - at(outflow, 2023, 11, start), (4.3 - 5.5) / 12.0, 1e-12);
  EXPECT_NEAR(at(outflow, 2025, 6, start), 4.3, 1e-12);  // 2025 = 2024: flat between their anchors
  EXPECT_NEAR(at(outflow, 2026, 1, start) - at(outflow, 2025, 12, start), (1.9 - 4.3) / 12.0, 1e-12);
  EXPECT_DOUBLE_EQ(at(outflow, 2030, 3, start), 1.9);
}

}  // namespace
}  // namespace sancsim
