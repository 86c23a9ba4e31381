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

}  // namespace
}  // namespace sancsim
