// Households' deposits by kind (deposit_kinds): term deposits reprice as they mature and gain share
// when the spread widens; interest is paid by kind on the stocks; the books add up; the bank prices
// its loans on its cost of funds (loans_priced_on_funding).
#include "sancsim/economy/household_deposits.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

AgentEconomyParams kinds_params(bool priced_on_funding = false) {
  AgentEconomyParams p = test::small_economy_params();
  p.deposits.deposit_kinds = true;
  p.deposits.loans_priced_on_funding = priced_on_funding;
  return p;
}

TEST(HouseholdDeposits, AHikeRepricesTermDepositsAsTheyMatureAndRaisesTheirShare) {
  HouseholdDepositParams p;
  p.deposit_kinds = true;
  HouseholdDeposits d;
  d.start(p, 6.0);
  EXPECT_DOUBLE_EQ(d.term_rate_pct, 5.0);
  EXPECT_DOUBLE_EQ(d.term_share, p.term_deposit_share_start);
  const double deposits = 1000.0;
  d.close_month(p, 16.0, deposits, deposits);
  // A sixth of the way to the target share; a sixth of the term stock is placed again at the new 15%,
  // and the money moved from demand accounts is placed at it too.
  const double spread_gain = (15.0 - 0.3 * 16.0) - (5.0 - 0.3 * 6.0);
  const double target = p.term_deposit_share_start + p.term_share_per_pp * spread_gain;
  const double share = p.term_deposit_share_start + (target - p.term_deposit_share_start) / 6.0;
  EXPECT_NEAR(d.term_share, share, 1e-9);
  const double kept = 5.0 / 6.0 * p.term_deposit_share_start * deposits;
  EXPECT_NEAR(d.term_rate_pct, (kept * 5.0 + (share * deposits - kept) * 15.0) / (share * deposits), 1e-9);
  for (int m = 0; m < 60; ++m) d.close_month(p, 16.0, deposits, deposits);
  EXPECT_NEAR(d.term_rate_pct, 15.0, 0.01);
  EXPECT_NEAR(d.term_share, target, 1e-3);
  // The bank's cost of funds passes the key rate on once the stock has repriced; not before.
  HouseholdDepositParams priced = p;
  priced.loans_priced_on_funding = true;
  EXPECT_NEAR(d.lending_key_rate_pct(priced, 16.0), 16.0, 0.01);
  HouseholdDeposits fresh;
  fresh.start(priced, 6.0);
  fresh.close_month(priced, 20.0, deposits, deposits);
  EXPECT_LT(fresh.lending_key_rate_pct(priced, 20.0), 10.0);
  EXPECT_DOUBLE_EQ(fresh.lending_key_rate_pct(p, 20.0), 20.0);  // off: the month's key rate
}

// The interest credited household by household equals each kind's rate times its stock.
TEST(HouseholdDeposits, InterestPaidIsEachKindsRateTimesItsStock) {
  const AgentEconomyParams p = kinds_params();
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  for (int m = 0; m < 12; ++m) {
    const double key = m >= 3 ? 16.0 : 6.0;
    const HouseholdDeposits before = e.household_deposits();
    e.step(p, test::month_of_2021(m, key));
    const HouseholdDeposits& d = e.household_deposits();
    const double paid = e.household_interest_rub();
    EXPECT_NEAR(paid, d.term_interest_rub + d.demand_interest_rub, 1e-9 * paid) << m;
    // The demand accounts earn their share of the key rate, the term stock its portfolio rate.
    const double stock = d.term_interest_rub / (before.term_share * before.term_rate_pct / 1200.0);
    EXPECT_NEAR(d.demand_interest_rub, stock * (1.0 - before.term_share) * 0.3 * key / 1200.0, 1e-9 * paid)
        << m;
    EXPECT_GT(d.term_interest_rub, d.demand_interest_rub) << m;
  }
}

// A hike to 16% raises term deposits (their share and the households' deposits) and lowers new
// household credit, with or without loans priced on the bank's cost of funds.
TEST(HouseholdDeposits, AKeyRateHikeRaisesTermDepositsAndLowersCredit) {
  for (const bool funding : {false, true}) {
    const AgentEconomyParams p = kinds_params(funding);
    AgentEconomy base(p, test::start_2021(), test::month_of_2021(0));
    AgentEconomy hike(p, test::start_2021(), test::month_of_2021(0));
    double base_lent = 0, hike_lent = 0;
    for (int m = 0; m < 18; ++m) {
      base.step(p, test::month_of_2021(m));
      hike.step(p, test::month_of_2021(m, m >= 3 ? 16.0 : 6.0));
      base_lent += base.readings().new_household_loans_rub_bn;
      hike_lent += hike.readings().new_household_loans_rub_bn;
    }
    const auto term = [](const AgentEconomy& e) {
      return e.household_deposits().term_share * e.readings().household_deposits_rub_bn;
    };
    EXPECT_GT(hike.household_deposits().term_share, base.household_deposits().term_share + 0.03) << funding;
    EXPECT_GT(term(hike), term(base)) << funding;
    EXPECT_LT(hike_lent, 0.9 * base_lent) << funding;
    EXPECT_LT(hike.readings().household_loans_rub_bn, base.readings().household_loans_rub_bn) << funding;
  }
}

// Priced on the cost of funds, a three-month spike of the key rate slows lending less than priced on
// the month's key rate: the term stock reprices over its maturity. The spike raises the cost of spot-priced
// credit by 14 points; lending answers by credit_rate_sensitivity a point, so what pricing on funds spares
// scales with it (measured: 1.103 times at 0.0153, 1.19 at 0.0253, over 1.2 at 0.04).
TEST(HouseholdDeposits, ACostOfFundsPricingDampsAShortSpike) {
  const AgentEconomyParams spot = kinds_params(false), funding = kinds_params(true);
  AgentEconomy a(spot, test::start_2021(), test::month_of_2021(0));
  AgentEconomy b(funding, test::start_2021(), test::month_of_2021(0));
  double lent_spot = 0, lent_funding = 0;
  for (int m = 0; m < 6; ++m) {
    const double key = m >= 2 && m < 5 ? 20.0 : 6.0;
    a.step(spot, test::month_of_2021(m, key));
    b.step(funding, test::month_of_2021(m, key));
    if (m >= 2) {
      lent_spot += a.readings().new_household_loans_rub_bn;
      lent_funding += b.readings().new_household_loans_rub_bn;
    }
  }
  EXPECT_GT(lent_funding, (1.0 + 5.0 * funding.credit.credit_rate_sensitivity) * lent_spot);
}

// The books close every month with both kinds and loans priced on the cost of funds, through a hike,
// a cut and emigration.
TEST(HouseholdDeposits, TheBooksAddUpThroughAHikeACutAndEmigration) {
  AgentEconomyParams p = kinds_params(true);
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  for (int m = 0; m < 30; ++m) {
    if (m == 10) p.emigrated_k = 650;
    const double key = m < 6 ? 6.0 : (m < 18 ? 20.0 : 8.0);
    e.step(p, test::month_of_2021(m, key));
    ASSERT_EQ(e.check_balances(), "") << m;
    EXPECT_NEAR(test::net_worth_imbalance(e), 0.0, 1e-9) << m;
    EXPECT_GT(e.household_deposits().term_share, 0.2) << m;
    EXPECT_LT(e.household_deposits().term_share, 0.9) << m;
  }
}

}  // namespace
}  // namespace sancsim
