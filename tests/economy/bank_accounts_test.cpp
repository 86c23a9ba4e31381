// The bank's profit and loss (bank_accounts.cpp, bank_pnl).
#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {
namespace {

struct BankMonth {
  EconomyReadings readings;
  double equity_above_capital_rub = 0;  // equity less the capital ratio times loans, month end
};

std::vector<BankMonth> run_bank(const AgentEconomyParams& p, int months) {
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  std::vector<BankMonth> out;
  for (int m = 0; m < months; ++m) {
    const EconomyMonthInputs in = test::month_of_2021(m);
    e.step(p, in);
    EXPECT_EQ(e.check_balances(), "") << in.month.str();
    out.push_back({e.readings(), e.bank().equity_rub - p.bank_capital_ratio * e.bank().loans_rub});
  }
  return out;
}

AgentEconomyParams with_pnl() {
  AgentEconomyParams p = test::small_economy_params();
  p.bank_pnl = true;
  p.bank_cost_to_income_share = 0.45;
  p.bank_payout_share = 0.4;
  p.bank_dividend_state_share = 0.45;
  p.bank_dividend_abroad_share = 0.2;
  return p;
}

// Without the profit tax (non_oil_bases off) the costs are the cost-to-income share of the operating
// income and the net profit the rest: costs / net = 0.45 / 0.55; the dividend declared is 0.4 of the
// net profit, and next month the budget receives 0.45 of it.
TEST(BankAccounts, CostsPayoutAndTheStatesShareHaveTheirRatios) {
  AgentEconomyParams untaxed = with_pnl();
  untaxed.non_oil_bases = false;
  const auto path = run_bank(untaxed, 12);
  for (std::size_t m = 1; m < path.size(); ++m) {
    const EconomyReadings& r = path[m].readings;
    ASSERT_GT(r.bank_net_profit_rub_bn, 0) << "month " << m;
    EXPECT_NEAR(r.bank_operating_costs_rub_bn / r.bank_net_profit_rub_bn, 0.45 / 0.55, 1e-9) << m;
    EXPECT_NEAR(r.bank_dividends_rub_bn, 0.4 * r.bank_net_profit_rub_bn, 1e-9 * r.bank_net_profit_rub_bn);
    const double declared = path[m - 1].readings.bank_dividends_rub_bn;
    EXPECT_NEAR(r.bank_dividends_state_rub_bn, 0.45 * declared, 1e-9 * declared) << m;
    EXPECT_GE(r.federal_dividends_rub_bn, r.bank_dividends_state_rub_bn);
  }
}

// The retained 60% builds the bank's equity above its capital requirement; the old rule (off) pays all
// of it out every month, so nothing builds.
TEST(BankAccounts, RetainedProfitBuildsEquityWhichTheOldRulePaysOut) {
  const auto on = run_bank(with_pnl(), 12);
  AgentEconomyParams off = test::small_economy_params();
  const auto old_rule = run_bank(off, 12);
  double retained = 0;
  for (std::size_t m = 1; m < on.size(); ++m) {
    const EconomyReadings& r = on[m].readings;
    retained += r.bank_net_profit_rub_bn - r.bank_dividends_rub_bn;
  }
  EXPECT_GT(retained, 0);
  EXPECT_GT(on.back().equity_above_capital_rub, on[1].equity_above_capital_rub);
  // Off: the equity above the capital ratio is the dividend due, paid next month; no costs are booked.
  for (const BankMonth& b : old_rule) {
    EXPECT_EQ(b.readings.bank_operating_costs_rub_bn, 0.0);
    EXPECT_EQ(b.readings.bank_dividends_state_rub_bn, 0.0);
  }
}

// With the profit tax on (non_oil_bases) the costs come off its taxable profit: the bank's federal tax is
// lower with the costs than without them (cost-to-income 0), at the same inputs.
TEST(BankAccounts, OperatingCostsLowerTheBanksProfitTax) {
  AgentEconomyParams costs = with_pnl();
  costs.non_oil_bases = true;
  AgentEconomyParams none = costs;
  none.bank_cost_to_income_share = 0;
  const auto a = run_bank(costs, 2), b = run_bank(none, 2);
  EXPECT_GT(a[0].readings.bank_operating_costs_rub_bn, 0);
  EXPECT_EQ(b[0].readings.bank_operating_costs_rub_bn, 0.0);
  EXPECT_LT(a[0].readings.bank_profit_tax_federal_rub_bn, b[0].readings.bank_profit_tax_federal_rub_bn);
}

}  // namespace
}  // namespace sancsim
