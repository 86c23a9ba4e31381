// The bank's lending standard for firms: the limit is what a firm's expected cash flow or its plant can
// carry, and with it the agent economy under fixed inputs stays bounded for 50 years (its books add up,
// firm loans stay a bounded multiple of household deposits, prices stay near the start).
#include "sancsim/economy/firm_credit.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {
namespace {

TEST(FirmCredit, LimitIsTheCashFlowCapacityOrTheCollateralWhicheverIsLarger) {
  FirmCreditParams p;
  p.max_debt_to_ebitda_years = 4;
  p.min_interest_cover = 2;
  p.collateral_share = 0.5;
  // EBITDA 10 a month: 4 years of it is 480; interest cover 2 at 1% a month allows 10 / 0.02 = 500.
  EXPECT_DOUBLE_EQ(firm_credit_limit_rub(p, 10, 0.01, 0), 480);
  // At 2% a month interest cover binds: 10 / 0.04 = 250.
  EXPECT_DOUBLE_EQ(firm_credit_limit_rub(p, 10, 0.02, 0), 250);
  // A plant of 1,200 secures 600, more than the cash flow carries.
  EXPECT_DOUBLE_EQ(firm_credit_limit_rub(p, 10, 0.02, 1200), 600);
  // A loss-making firm borrows against its plant only, and without plant not at all.
  EXPECT_DOUBLE_EQ(firm_credit_limit_rub(p, -5, 0.01, 100), 50);
  EXPECT_DOUBLE_EQ(firm_credit_limit_rub(p, -5, 0.01, 0), 0);
}

// The benchmark's economy (bench/bench_economy.cpp): the default parameters at 1:10,000 and the same
// 2021 month's flows each year (economy_fixture.hpp), with the world's food prices held. Fixed inputs must
// hold world prices too: the 2021 path of world food prices (23.1% a year) repeated for 50 years passes
// into farm prices by export parity, then into every sector's costs and wages, and compounds to a price
// level of ~4e2 even with the credit limit (which still keeps loans over deposits below ~9): an input
// artefact, not a property of the economy. So with the world goods prices, on since session 33 (6.4% a
// year repeated: a price level of 12.6 in 50 years, measured 2026-12-06), and the export prices.
EconomyMonthInputs fixed_month(int m) { return test::month_of_2021(m % 12); }

AgentEconomyParams fixed_input_params() {
  AgentEconomyParams p;
  p.persons_per_agent = 10000;
  p.world_food_price_growth_pct = YearPath{{{2021, 0.0}}};
  hold_world_goods_and_export_prices(p);
  p.firm_credit.enabled = true;
  return p;
}

// The most firm loans over household deposits and the price level's range over `months` months.
struct Bounds {
  double max_loans_per_deposit = 0, min_price = 1e300, max_price = 0;
  std::string problem;
};

Bounds run_fixed_inputs(const AgentEconomyParams& p, int months) {
  Bounds b;
  AgentEconomy e(p, EconomyStart{}, fixed_month(0));
  for (int m = 1; m < months && b.problem.empty(); ++m) {
    e.step(p, fixed_month(m));
    b.problem = e.check_balances();
    const EconomyReadings& r = e.readings();
    const double ratio = r.firm_loans_rub_bn / r.household_deposits_rub_bn;
    if (!std::isfinite(ratio) || !std::isfinite(r.price_level)) b.problem = "not finite";
    b.max_loans_per_deposit = std::max(b.max_loans_per_deposit, ratio);
    b.min_price = std::min(b.min_price, r.price_level);
    b.max_price = std::max(b.max_price, r.price_level);
  }
  return b;
}

// Books that add up, firm loans within 2.5 times household deposits, prices within 0.7-1.5 of the start.
void expect_bounded(const Bounds& b) {
  EXPECT_EQ(b.problem, "");
  EXPECT_LT(b.max_loans_per_deposit, 2.5);
  EXPECT_GT(b.min_price, 0.7);
  EXPECT_LT(b.max_price, 1.5);
}

// Without the lending standard the bank lends loss-making firms whatever keeps their deposits at their
// buffer: their loans compound at the loan rate, to three times household deposits after 48 years and
// ~18 times after 104 (then an invariant fails on a numerical blow-up). With it they stay near the start's
// ratio (0.86-1.72 in 50 years, measured 2026-12-04).
TEST(FirmCredit, FixedInputsStayBoundedFor600Months) {
  expect_bounded(run_fixed_inputs(fixed_input_params(), 600));
}

// The same with firms that keep only the staff they can pay (firm_credit_funded_payroll, off by default).
// Written at the wage curve's international elasticity 0.1: at Russia's 0.23 this switch's slow cycle is
// wider (loans reach 2.73 times deposits within 50 years, measured 2026-12-05).
TEST(FirmCredit, FixedInputsWithFundedPayrollsStayBoundedFor600Months) {
  AgentEconomyParams p = fixed_input_params();
  p.firm_credit.funded_payroll = true;
  p.wage_curve_elasticity = 0.1;
  expect_bounded(run_fixed_inputs(p, 600));
}

// The same with credit unlimited (the rule before the standard): the loans run away. At session 32's
// defaults (the J34 estimate) the runaway starts later: loans reach 1.96 times household deposits in 50
// years, 7.0 in 75 and 19.7 in 100, where the limit holds them at 1.35 in 75 years (2.13 in 100), all
// measured 2026-12-06. The test reads 75 years.
TEST(FirmCredit, FixedInputsWithoutTheLimitLetFirmLoansRunAway) {
  AgentEconomyParams p = fixed_input_params();
  p.firm_credit.enabled = false;
  const Bounds b = run_fixed_inputs(p, 900);
  EXPECT_EQ(b.problem, "");
  EXPECT_GT(b.max_loans_per_deposit, 2.5);
}

}  // namespace
}  // namespace sancsim
