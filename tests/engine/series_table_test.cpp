#include "sancsim/engine/series_table.hpp"

#include <cmath>
#include <limits>
#include <string>

#include <gtest/gtest.h>

namespace sancsim {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(SeriesTable, AFiniteColumnRefusesInfAndNaNAnEmptyOneOnlyInf) {
  SeriesTable t;
  const auto price = t.add_column("price");
  const auto cap = t.add_column("cap", Cell::MayBeEmpty);
  t.begin_row(YearMonth::from(2030, 1));
  t.set(price, 70.0);
  EXPECT_FALSE(t.first_non_finite(0));  // NaN in the empty-able column: no cap that month
  t.set(cap, kInf);
  EXPECT_EQ(t.first_non_finite(0), cap);
  t.set(cap, 60.0);
  t.set(price, kNaN);  // never set, or 0/0
  EXPECT_EQ(t.first_non_finite(0), price);
  t.set(price, -kInf);
  EXPECT_EQ(t.first_non_finite(0), price);
}

TEST(SeriesTable, TheCheckNamesTheEarliestMonthAndItsSeries) {
  SeriesTable t;
  const auto a = t.add_column("a");
  const auto b = t.add_column("b");
  t.allow_empty(b);
  for (unsigned m = 1; m <= 4; ++m) {
    t.begin_row(YearMonth::from(2031, m));
    t.set(a, m == 3 ? kInf : 1.0);
    t.set(b, m == 4 ? kInf : kNaN);
  }
  try {
    check_series_finite(t, "counterfactual run");
    FAIL() << "no error";
  } catch (const NonFiniteSeries& e) {
    EXPECT_EQ(e.month(), YearMonth::from(2031, 3));
    EXPECT_EQ(e.series(), "a");
    EXPECT_STREQ(e.what(),
                 "2031-03: series a would be inf in the counterfactual run; the run stops here rather than "
                 "write it (the months before are finite: --set end=2031-02-28 writes them)");
  }
}

TEST(SeriesTable, ASoundTablePasses) {
  SeriesTable t;
  const auto a = t.add_column("a");
  for (unsigned m = 1; m <= 12; ++m) {
    t.begin_row(YearMonth::from(2024, m));
    t.set(a, 1e300);
  }
  EXPECT_NO_THROW(check_series_finite(t));
}

// A run that stopped in a month keeps the rows before it, in every column.
TEST(SeriesTable, DropFromKeepsTheMonthsBeforeAMonth) {
  SeriesTable t;
  const auto a = t.add_column("a");
  const auto b = t.add_column("b");
  for (unsigned m = 1; m <= 6; ++m) {
    t.begin_row(YearMonth::from(2026, m));
    t.set(a, m);
    t.set(b, 10.0 * m);
  }
  t.drop_from(YearMonth::from(2026, 5));
  ASSERT_EQ(t.rows(), 4u);
  EXPECT_EQ(t.months().back(), YearMonth::from(2026, 4));
  EXPECT_EQ(t.values(a).size(), 4u);
  EXPECT_EQ(t.at(3, b), 40.0);
  t.drop_from(YearMonth::from(2030, 1));  // a month after the last: nothing goes
  EXPECT_EQ(t.rows(), 4u);
  t.drop_from(YearMonth::from(2025, 1));  // before the first: every row goes, the columns stay
  EXPECT_EQ(t.rows(), 0u);
  EXPECT_EQ(t.cols(), 2u);
  EXPECT_TRUE(t.values(b).empty());
}

}  // namespace
}  // namespace sancsim
