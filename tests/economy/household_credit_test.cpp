// Household credit in the agent economy: the books add up with loans, repayments, interest and the
// state's mortgage subsidy; lending answers to the key rate and the preferential programme.
#include "sancsim/economy/agent_economy.hpp"

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

AgentEconomyParams small_params() { return test::small_economy_params(); }

EconomyMonthInputs month_inputs(int m, double key_rate_pct = 6) {
  return test::month_of_2021(m, key_rate_pct);
}

using test::start_2021;

double bank_loans_rub_bn(const AgentEconomy& e) { return e.bank().loans_rub * e.scale_bn(); }

TEST(HouseholdCredit, StartsAtTheDatasStocksAndTheBankHoldsThem) {
  const AgentEconomyParams p = small_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  e.step(p, month_inputs(0));
  ASSERT_EQ(e.check_balances(), "");
  const EconomyReadings& r = e.readings();
  const double start = p.credit.initial_consumer_loans_rub_bn + p.credit.initial_mortgages_rub_bn;
  // One month of the 2021 flows (4.55 trn a year net) on the start's 19.9 trn.
  EXPECT_NEAR(r.household_loans_rub_bn, start + 4550 / 12.0, 0.01 * start);
  EXPECT_NEAR(r.mortgages_rub_bn, p.credit.initial_mortgages_rub_bn + 2800 / 12.0, 0.01 * start);
  EXPECT_NEAR(bank_loans_rub_bn(e), r.household_loans_rub_bn + r.firm_loans_rub_bn, 1e-6 * start);
  EXPECT_GT(r.new_household_loans_rub_bn, 4550 / 12.0);  // gross lending also replaces repayments
  EXPECT_GT(r.mortgage_subsidy_rub_bn, 0.0);  // a 6% key rate: the market rate is above the programme's
}

// With credit, every month's books close (loans create deposits, repayments destroy them, interest is
// paid to the bank, the state pays the subsidy) through a hike, a programme change and emigration.
TEST(HouseholdCredit, TheBooksAddUpThroughAHikeAProgrammeChangeAndEmigration) {
  AgentEconomyParams p = small_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  for (int m = 0; m < 30; ++m) {
    if (m == 8) p.credit.mortgage_programme_rate_pct = 12;
    if (m == 10) p.emigrated_k = 650;
    if (m == 20) p.credit.mortgage_subsidised_share = 0.8;
    e.step(p, month_inputs(m, m >= 6 ? 20.0 : 6.0));
    ASSERT_EQ(e.check_balances(), "") << m;
    double worth = 0, scale = 0;
    for (double w : e.net_financial_worth_rub()) {
      worth += w;
      scale += std::abs(w);
    }
    EXPECT_NEAR(worth, 0.0, 1e-9 * scale);
  }
}

TEST(HouseholdCredit, ALoanWithoutTheBanksSideIsCaught) {
  const AgentEconomyParams p = small_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  e.step(p, month_inputs(0));
  ASSERT_EQ(e.check_balances(), "");
  const_cast<HouseholdCredit&>(e.household_credit()).consumer_rub[0] += 1000.0;
  EXPECT_NE(e.check_balances().find("loans"), std::string::npos) << e.check_balances();
}

TEST(HouseholdCredit, AKeyRateHikeSlowsNewLendingAndTheLoanStock) {
  const AgentEconomyParams p = small_params();
  AgentEconomy base(p, start_2021(), month_inputs(0)), hike(p, start_2021(), month_inputs(0));
  for (int m = 0; m < 18; ++m) {
    base.step(p, month_inputs(m));
    hike.step(p, month_inputs(m, m >= 3 ? 16.0 : 6.0));
    if (m == 4) {  // new lending falls at once (about 40% less at 10 pp of real rate)
      EXPECT_LT(hike.readings().new_household_loans_rub_bn, 0.7 * base.readings().new_household_loans_rub_bn);
    }
  }
  EXPECT_LT(hike.readings().household_loans_rub_bn, base.readings().household_loans_rub_bn - 500);
}

TEST(HouseholdCredit, AMortgageSubsidyRaisesMortgageLendingAndCostsTheState) {
  AgentEconomyParams p = small_params();
  AgentEconomy market(p, start_2021(), month_inputs(0)), subsidised(p, start_2021(), month_inputs(0));
  AgentEconomyParams lever = p;
  lever.credit.mortgage_subsidised_share = 0.9;
  lever.credit.mortgage_programme_rate_pct = 6;
  p.credit.mortgage_subsidised_share = 0.0;  // from month 3 on: market-rate mortgages only
  for (int m = 0; m < 12; ++m) {
    const EconomyMonthInputs in = month_inputs(m, m >= 3 ? 16.0 : 6.0);
    market.step(m >= 3 ? p : lever, in);
    subsidised.step(lever, in);
  }
  EXPECT_GT(subsidised.readings().new_mortgages_rub_bn, 1.3 * market.readings().new_mortgages_rub_bn);
  EXPECT_GT(subsidised.readings().mortgages_rub_bn, market.readings().mortgages_rub_bn);
  EXPECT_GT(subsidised.readings().mortgage_subsidy_rub_bn, market.readings().mortgage_subsidy_rub_bn);
}

// Emigrants repay what their deposits allow before they leave; the rest is written off by the bank.
TEST(HouseholdCredit, EmigrantsLoansLeaveTheBanksBooks) {
  AgentEconomyParams p = small_params();
  AgentEconomy e(p, start_2021(), month_inputs(0)), stay(p, start_2021(), month_inputs(0));
  for (int m = 0; m < 3; ++m) {
    e.step(p, month_inputs(m));
    stay.step(p, month_inputs(m));
  }
  stay.step(p, month_inputs(3));
  p.emigrated_k = 650;
  e.step(p, month_inputs(3));
  ASSERT_EQ(e.check_balances(), "");
  const auto& hh = e.households();
  const auto& credit = e.household_credit();
  for (std::size_t h = 0; h < hh.size(); ++h)
    if (hh.status[h] == Status::Emigrated) {
      EXPECT_EQ(credit.consumer_rub[h], 0.0);
      EXPECT_EQ(credit.mortgage_rub[h], 0.0);
    }
  EXPECT_LT(e.readings().household_loans_rub_bn, stay.readings().household_loans_rub_bn - 50);
}

TEST(HouseholdCredit, TheSameSeedGivesTheSameLoans) {
  const AgentEconomyParams p = small_params();
  auto hash = [&] {
    AgentEconomy e(p, start_2021(), month_inputs(0));
    for (int m = 0; m < 24; ++m) e.step(p, month_inputs(m, m >= 12 ? 16.0 : 6.0));
    StateHasher h;
    e.hash(h);
    return h.digest();
  };
  EXPECT_EQ(hash(), hash());
}

}  // namespace
}  // namespace sancsim
