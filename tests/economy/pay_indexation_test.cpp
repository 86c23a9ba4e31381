// Pensions indexed after their path (docs/ECONOMY.md, "Pensions indexed after their path").
#include "sancsim/economy/pay_indexation.hpp"

#include <gtest/gtest.h>

namespace sancsim {
namespace {

// A path ending in 2024 at 200: 2025 pays 200 times 2024's December CPI over a year (10%), 2026 times the
// two years' (10% and 21%); off, 200 flat. The Decembers before the run read as the start's level.
TEST(PayIndexation, AfterItsLastPointAPathGrowsWithEachDecembersCpi) {
  const YearPath path{{{2021, 100}, {2024, 200}}};
  DecemberPrices decembers(2021, 20, 1.0);
  decembers.record(2021, 1.0);
  decembers.record(2022, 1.0);
  decembers.record(2023, 1.1);
  decembers.record(2024, 1.21);
  EXPECT_DOUBLE_EQ(indexed_pay(path, 2023, true, decembers), 100.0);
  EXPECT_DOUBLE_EQ(indexed_pay(path, 2024, true, decembers), 200.0);
  EXPECT_DOUBLE_EQ(indexed_pay(path, 2025, true, decembers), 220.0);
  decembers.record(2025, 1.4641);
  EXPECT_DOUBLE_EQ(indexed_pay(path, 2026, true, decembers), 200.0 * 1.4641 / 1.1);
  EXPECT_DOUBLE_EQ(indexed_pay(path, 2026, false, decembers), 200.0);
}

// A set event leaves a one-point path in its year: it pays the set value that year and is indexed from the
// next; a path set in the run's first year reads the start's level for the December before it.
TEST(PayIndexation, ASetPathStartsItsIndexationInItsOwnYear) {
  DecemberPrices decembers(2021, 20, 2.0);
  decembers.record(2026, 2.2);
  decembers.record(2027, 2.42);
  const YearPath set_in_2027{{{2027, 120000}}};
  EXPECT_DOUBLE_EQ(indexed_pay(set_in_2027, 2027, true, decembers), 120000.0);
  EXPECT_DOUBLE_EQ(indexed_pay(set_in_2027, 2028, true, decembers), 120000.0 * 1.1);
  const YearPath set_in_2021{{{2021, 50}}};
  EXPECT_DOUBLE_EQ(indexed_pay(set_in_2021, 2022, true, decembers), 50.0);  // no December recorded yet
}

}  // namespace
}  // namespace sancsim
