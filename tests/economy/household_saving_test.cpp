// Households' saving beyond deposits (household_saving.hpp): purchases of cash and securities that
// fall with the real deposit rate, consumption out of income that answers to it, firms' deposits by
// kind, and the deposit market's state in the state hash.
#include "sancsim/economy/household_saving.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

AgentEconomyParams saving_params(bool other_assets, double income_saving_per_pp) {
  AgentEconomyParams p = test::small_economy_params();
  p.saving.other_financial_assets = other_assets;
  p.saving.income_saving_per_real_rate_pp = income_saving_per_pp;
  return p;
}

std::uint64_t hash_of(const AgentEconomy& e) {
  StateHasher h;
  e.hash(h);
  return h.digest();
}

TEST(HouseholdSaving, ConsumptionOutOfIncomeFallsWithTheRealRateAndIsUnchangedWhenOff) {
  HouseholdSavingParams p;
  EXPECT_EQ(consumption_share_of_income(p, 0.9, 10.0), 0.9);  // off: exactly c_y
  p.income_saving_per_real_rate_pp = 0.4;
  EXPECT_DOUBLE_EQ(consumption_share_of_income(p, 0.9, 10.0), 0.86);
  EXPECT_DOUBLE_EQ(consumption_share_of_income(p, 0.9, -5.0), 0.92);
  EXPECT_DOUBLE_EQ(consumption_share_of_income(p, 0.9, 0.0), 0.9);
}

TEST(HouseholdSaving, OtherAssetsBoughtFallLinearlyWithTheRealRate) {
  HouseholdSavingParams p;
  HouseholdOtherAssets a;
  a.share_per_month = 0.01;
  EXPECT_EQ(a.share_this_month(p, 0.0), 0.0);  // off
  p.other_financial_assets = true;
  EXPECT_DOUBLE_EQ(a.share_this_month(p, 0.0), 0.01);
  EXPECT_NEAR(a.share_this_month(p, 10.0), 0.01 * (1.0 - 0.55), 1e-15);
  EXPECT_EQ(a.share_this_month(p, 40.0), 0.0);  // floored at none
}

// At the start's rates households buy the 2021 flow of other assets; after a hike they buy less and
// keep more in deposits, and credit slows.
TEST(HouseholdSaving, AHikeMovesSavingFromOtherAssetsIntoDepositsAndSlowsCredit) {
  const AgentEconomyParams p = saving_params(true, 0.0);
  AgentEconomy base(p, test::start_2021(), test::month_of_2021(0));
  AgentEconomy hike(p, test::start_2021(), test::month_of_2021(0));
  base.step(p, test::month_of_2021(0));
  const double rub_per_bn = 1e9 / p.persons_per_agent;
  const double start_flow = p.saving.other_assets_start_rub_bn_per_year * rub_per_bn / 12.0;
  EXPECT_NEAR(base.household_other_assets().bought_rub, start_flow, 0.1 * start_flow);
  hike.step(p, test::month_of_2021(0));
  double base_bought = 0, hike_bought = 0, base_lent = 0, hike_lent = 0;
  for (int m = 1; m < 18; ++m) {
    base.step(p, test::month_of_2021(m));
    hike.step(p, test::month_of_2021(m, m >= 3 ? 16.0 : 6.0));
    if (m >= 3) {
      base_bought += base.household_other_assets().bought_rub;
      hike_bought += hike.household_other_assets().bought_rub;
      base_lent += base.readings().new_household_loans_rub_bn;
      hike_lent += hike.readings().new_household_loans_rub_bn;
    }
  }
  EXPECT_LT(hike_bought, 0.6 * base_bought);
  EXPECT_GT(hike.readings().household_deposits_rub_bn, base.readings().household_deposits_rub_bn);
  EXPECT_LT(hike_lent, 0.9 * base_lent);
}

// With consumption out of income answering to the real rate, a hike raises deposits by more than
// without the response.
TEST(HouseholdSaving, TheIncomeResponseRaisesDepositsMoreAfterAHike) {
  const AgentEconomyParams off = saving_params(false, 0.0), on = saving_params(false, 0.4);
  const auto deposit_gain = [](const AgentEconomyParams& p) {
    AgentEconomy base(p, test::start_2021(), test::month_of_2021(0));
    AgentEconomy hike(p, test::start_2021(), test::month_of_2021(0));
    for (int m = 0; m < 12; ++m) {
      base.step(p, test::month_of_2021(m));
      hike.step(p, test::month_of_2021(m, m >= 3 ? 16.0 : 6.0));
    }
    return hike.readings().household_deposits_rub_bn - base.readings().household_deposits_rub_bn;
  };
  const double gain_off = deposit_gain(off), gain_on = deposit_gain(on);
  EXPECT_GT(gain_off, 0.0);
  EXPECT_GT(gain_on, gain_off * 1.1);
}

// The books close and net worth sums to zero every month with the other assets, the income response,
// both deposit kinds and firms' deposits by kind, through a hike, a cut and emigration.
TEST(HouseholdSaving, TheBooksAddUpWithOtherAssetsThroughAHikeACutAndEmigration) {
  AgentEconomyParams p = saving_params(true, 0.4);
  p.deposits.deposit_kinds = true;
  p.deposits.firm_deposits_by_kind = true;
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  for (int m = 0; m < 30; ++m) {
    if (m == 10) p.emigrated_k = 650;
    const double key = m < 6 ? 6.0 : (m < 18 ? 20.0 : 8.0);
    e.step(p, test::month_of_2021(m, key));
    ASSERT_EQ(e.check_balances(), "") << m;
    EXPECT_NEAR(test::net_worth_imbalance(e), 0.0, 1e-9) << m;
  }
  const HouseholdOtherAssets& a = e.household_other_assets();
  EXPECT_GT(a.cash_rub, 0.0);
  EXPECT_NEAR(a.cash_rub / a.total_rub(), p.saving.other_assets_cash_share, 1e-9);
}

TEST(HouseholdSaving, FirmsEarnTheTermRateOnTheirTermShareOnly) {
  HouseholdDepositParams p;
  p.firm_deposits_by_kind = true;
  EXPECT_DOUBLE_EQ(firm_deposit_rate_pct(p, 16.0), 0.5 * 15.0);
  p.firm_term_deposit_share = 1.0;
  EXPECT_DOUBLE_EQ(firm_deposit_rate_pct(p, 0.5), 0.0);  // no negative rate
}

// The deposit market's state is in the state hash: two runs whose only difference is the term share
// (the key rate moves in the last month, so the share's target differs but no interest has yet been
// paid on it) hash differently with deposit_kinds on, and alike with it off.
TEST(HouseholdSaving, TheStateHashSeesTheDepositMarketsState) {
  for (const bool kinds : {true, false}) {
    AgentEconomyParams a = test::small_economy_params(), b = a;
    a.deposits.deposit_kinds = b.deposits.deposit_kinds = kinds;
    b.deposits.term_share_per_pp = 0.05;
    AgentEconomy ea(a, test::start_2021(), test::month_of_2021(0));
    AgentEconomy eb(b, test::start_2021(), test::month_of_2021(0));
    for (int m = 0; m < 4; ++m) {
      ea.step(a, test::month_of_2021(m));
      eb.step(b, test::month_of_2021(m));
    }
    EXPECT_EQ(hash_of(ea), hash_of(eb)) << kinds;
    ea.step(a, test::month_of_2021(4, 16.0));
    eb.step(b, test::month_of_2021(4, 16.0));
    EXPECT_EQ(ea.readings().household_deposits_rub_bn, eb.readings().household_deposits_rub_bn) << kinds;
    if (kinds) {
      EXPECT_NE(ea.household_deposits().term_share, eb.household_deposits().term_share);
      EXPECT_NE(hash_of(ea), hash_of(eb));
    } else {
      EXPECT_EQ(hash_of(ea), hash_of(eb));
    }
  }
}

}  // namespace
}  // namespace sancsim
