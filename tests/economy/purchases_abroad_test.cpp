// Households' purchases abroad (household_purchases_abroad): a share of their spending paid to the rest
// of the world, out of their spending, in the agents' imports and free of Russian VAT.
#include "sancsim/economy/purchases_abroad.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

TEST(PurchasesAbroad, AShareOfSpendingAndNeverNegative) {
  EXPECT_DOUBLE_EQ(purchases_abroad_rub(1000.0, 4.0), 40.0);
  EXPECT_DOUBLE_EQ(purchases_abroad_rub(1000.0, -1.0), 0.0);
  EXPECT_DOUBLE_EQ(purchases_abroad_rub(-5.0, 4.0), 0.0);
}

std::vector<EconomyReadings> run_2021(const AgentEconomyParams& p, int months) {
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  std::vector<EconomyReadings> out;
  for (int m = 0; m < months; ++m) {
    e.step(p, test::month_of_2021(m));
    EXPECT_EQ(e.check_balances(), "") << m;  // every ruble paid abroad is a ruble the households paid
    EXPECT_LT(std::abs(test::net_worth_imbalance(e)), 1e-9) << m;
    out.push_back(e.readings());
  }
  return out;
}

TEST(PurchasesAbroad, OffNothingIsSpentAbroad) {
  const AgentEconomyParams p = test::small_economy_params();
  ASSERT_FALSE(p.household_purchases_abroad);
  for (const EconomyReadings& r : run_2021(p, 2)) EXPECT_EQ(r.household_purchases_abroad_usd_bn, 0.0);
}

TEST(PurchasesAbroad, RaiseImportsOutOfHouseholdSpendingFreeOfVat) {
  const AgentEconomyParams off = test::small_economy_params();
  AgentEconomyParams on = off;
  on.household_purchases_abroad = true;
  const double share_pct = 8.0;  // large, so that the effects stand out of the small economy's noise
  on.household_purchases_abroad_pct_of_spending = YearPath{{{2021, share_pct}}};
  const int months = 12;
  const std::vector<EconomyReadings> a = run_2021(off, months), b = run_2021(on, months);
  const double usd_rub = test::month_of_2021(0).usd_rub;
  for (int m = 0; m < months; ++m) {
    const EconomyReadings& r = b[static_cast<std::size_t>(m)];
    const double abroad_rub_bn = r.household_purchases_abroad_usd_bn * usd_rub;
    // The share of the month's spending at purchasers' prices, in the dollar bill.
    EXPECT_NEAR(abroad_rub_bn, share_pct / 100.0 * r.household_spending_rub_bn, 1e-9 * abroad_rub_bn) << m;
    EXPECT_GT(r.imports_usd_bn, r.household_purchases_abroad_usd_bn) << m;
    // No VAT on what is bought abroad: the households' VAT is on the rest of their spending.
    const double at_home_rub_bn = r.household_spending_rub_bn - abroad_rub_bn;
    EXPECT_NEAR(r.vat_households_rub_bn, at_home_rub_bn * 0.2 / 1.2, 1e-9 * r.vat_households_rub_bn) << m;
  }
  // Out of the households' spending, not on top of it: the first month's spending is the same (it is set
  // by their income and saving), and imports rise by the purchases less the imports that the spending they
  // leave at home would have carried (the basket's imported share and the firms' imported inputs).
  const double purchases = b[0].household_purchases_abroad_usd_bn;
  EXPECT_GT(purchases, 0.0);
  EXPECT_NEAR(b[0].household_spending_rub_bn, a[0].household_spending_rub_bn,
              0.01 * a[0].household_spending_rub_bn);
  const double rise = b[0].imports_usd_bn - a[0].imports_usd_bn;
  EXPECT_GT(rise, 0.6 * purchases);
  EXPECT_LT(rise, purchases);
  // Less domestic demand at the start's calibration: less output for the same spending.
  double out_a = 0, out_b = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    out_a += a[0].output_rub_bn[s];
    out_b += b[0].output_rub_bn[s];
  }
  EXPECT_LT(out_b, out_a);
  // Over the year the dollar bill stays higher by most of the purchases.
  double bill_a = 0, bill_b = 0, abroad = 0;
  for (int m = 0; m < months; ++m) {
    bill_a += a[static_cast<std::size_t>(m)].imports_usd_bn;
    bill_b += b[static_cast<std::size_t>(m)].imports_usd_bn;
    abroad += b[static_cast<std::size_t>(m)].household_purchases_abroad_usd_bn;
  }
  EXPECT_GT(bill_b - bill_a, 0.5 * abroad);
}

}  // namespace
}  // namespace sancsim
