#include "sancsim/state/budget.hpp"

#include <string>

#include <gtest/gtest.h>

using namespace sancsim;

TEST(BudgetRule, ComparesActualRevenueWithRevenueAtTheCutoff) {
  // A hand-computed 2024 month: Urals_tax $70, 90 RUB/USD, 10,000 kb/d for 30 days, MET only.
  TaxParams tax;
  tax.met_effective_share = 0.5;
  tax.ndd_output_share = 0;
  tax.damper_base_share = 0;
  tax.gas_revenue_usd_bn_per_month = YearPath{{{2021, 0.0}}};
  tax.gazprom_extra_met_rub_bn_per_month = YearPath{{{2021, 0.0}}};
  TaxInputs in;
  in.year = 2024;
  in.month = 6;
  in.days = 30;
  in.urals_tax_usd_per_bbl = 70;
  in.brent_usd_per_bbl = 80;
  in.usd_rub = 90;
  in.crude_output_kbd = 10000;
  // 300 m bbl = 41.0959 Mt. Kc = 55*90/261 = 18.9655; 919 Kc = 17,429.3 RUB/t; Kman = (29.2 + 0.3 *
  // (511 - 182.5)) * 90 = 11,497.5 RUB/t; MET = 0.5 * 28,926.8 * 41.0959e6 / 1e9 = 594.39 bn RUB.
  const OilGasMonth og = oil_gas_revenue(tax, in);
  EXPECT_NEAR(og.met_crude_rub_bn, 594.39, 0.05);
  EXPECT_DOUBLE_EQ(og.export_duty_rub_bn, 0.0);
  // At the $60 cut-off: Kc = 45*90/261 = 15.5172 -> 14,260.3; Kman = (29.2 + 0.3*(438-182.5))*90 = 9,526.5;
  // base = 0.5 * 23,786.8 * 41.0959e6 / 1e9 = 488.77 bn; extra = 105.62 bn buys FX.
  BudgetRuleParams rule;
  const RuleFlows f = budget_rule(rule, tax, in, og.accrual_total_rub_bn());
  EXPECT_NEAR(f.base_rub_bn, 488.77, 0.05);
  EXPECT_NEAR(f.purchases_rub_bn, 105.62, 0.1);
  EXPECT_EQ(f.sales_rub_bn, 0);
  // In 2022 purchases were suspended; in 2023 the base was a fixed 8 trn a year.
  in.year = 2022;
  EXPECT_EQ(budget_rule(rule, tax, in, og.accrual_total_rub_bn()).purchases_rub_bn, 0);
  in.year = 2023;
  EXPECT_NEAR(budget_rule(rule, tax, in, 500).sales_rub_bn, 8000.0 / 12 - 500, 1e-9);
}

TEST(Financing, SplitsTheNeedAndKeepsTheIdentity) {
  FinancingParams p;
  p.nwf_deficit_share = YearPath{{{2021, 0.5}}};
  Spending s;
  s.other_rub_bn = 1000;
  RuleFlows rule;
  rule.sales_rub_bn = 100;
  const Financing f = finance_month(p, YearMonth::from(2024, 6), 600, s, rule, 1e6, 20000);
  // need 400: 100 by the rule, then half of the remaining 300 from the NWF, the rest borrowed.
  EXPECT_NEAR(f.nwf_sales_rub_bn, 250, 1e-9);
  EXPECT_NEAR(f.borrowing_rub_bn, 150, 1e-9);
  EXPECT_NEAR(600 - s.total_rub_bn(), -(f.borrowing_rub_bn + f.nwf_sales_rub_bn + f.printed_rub_bn), 1e-9);
}

TEST(Financing, UnderADatedOrderTheOrdersAmountGoesOverItsMonthsAndTheRestOfThePlanInDecember) {
  // The PM's order of 20 Oct 2022 (1 trn) within the draft budget's 3.19 trn for 2022.
  FinancingParams p;
  p.nwf_deficit_from_yyyymm = 202210;
  p.nwf_deficit_plan_rub_bn_per_year = YearPath{{{2021, 0.0}, {2022, 3190.0}, {2023, 1950.0}, {2024, 0.0}}};
  p.nwf_deficit_order_rub_bn = 1000;
  EXPECT_EQ(nwf_planned_deficit_rub_bn(p, YearMonth::from(2022, 9)), 0);
  EXPECT_NEAR(nwf_planned_deficit_rub_bn(p, YearMonth::from(2022, 10)), 1000.0 / 3, 1e-9);
  EXPECT_NEAR(nwf_planned_deficit_rub_bn(p, YearMonth::from(2022, 11)), 1000.0 / 3, 1e-9);
  EXPECT_NEAR(nwf_planned_deficit_rub_bn(p, YearMonth::from(2022, 12)), 1000.0 / 3 + 2190, 1e-9);
  double year_rub_bn = 0;
  for (unsigned mo = 1; mo <= 12; ++mo)
    year_rub_bn += nwf_planned_deficit_rub_bn(p, YearMonth::from(2022, mo));
  EXPECT_NEAR(year_rub_bn, 3190, 1e-9);  // the plan's total is kept; only its months move
  // Later years are spread evenly, December included; an order above the plan is capped by it.
  EXPECT_NEAR(nwf_planned_deficit_rub_bn(p, YearMonth::from(2023, 12)), 1950.0 / 12, 1e-9);
  p.nwf_deficit_order_rub_bn = 5000;
  EXPECT_NEAR(nwf_planned_deficit_rub_bn(p, YearMonth::from(2022, 12)), 3190.0 / 3, 1e-9);
}

TEST(Financing, NoFundMoneyForTheDeficitBeforeTheDatedStartThenThePlanOverTheRemainingMonths) {
  // The sourced accounting (the default of scenarios/history.toml): from Oct 2022; 3.19 trn planned for 2022,
  // 1.95 trn for 2023; the 2024 share 0.72.
  FinancingParams p;
  p.nwf_deficit_from_yyyymm = 202210;
  p.nwf_deficit_plan_rub_bn_per_year = YearPath{{{2021, 0.0}, {2022, 3190.0}, {2023, 1950.0}, {2024, 0.0}}};
  RuleFlows rule;
  const auto month_of = [&](int year, unsigned month) {
    Spending s;
    s.other_rub_bn = 1000;  // a 400 bn deficit against 600 of revenue
    return finance_month(p, YearMonth::from(year, month), 600, s, rule, 1e6, 20000);
  };
  for (unsigned mo = 1; mo <= 9; ++mo) {
    EXPECT_EQ(month_of(2022, mo).nwf_sales_rub_bn, 0) << mo;
    EXPECT_NEAR(month_of(2022, mo).borrowing_rub_bn, 400, 1e-9) << mo;
  }
  // October to December share 2022's plan; the part beyond the deficit replaces borrowing (repays debt).
  for (unsigned mo = 10; mo <= 12; ++mo) {
    const Financing f = month_of(2022, mo);
    EXPECT_NEAR(f.nwf_sales_rub_bn, 3190.0 / 3, 1e-9) << mo;
    EXPECT_NEAR(f.borrowing_rub_bn, 400 - 3190.0 / 3, 1e-9) << mo;
  }
  EXPECT_NEAR(month_of(2023, 5).nwf_sales_rub_bn, 1950.0 / 12, 1e-9);
  // Without a plan the share applies, and the date still holds: a share in 2022 pays nothing before October.
  EXPECT_NEAR(month_of(2024, 5).nwf_sales_rub_bn, 0.72 * 400, 1e-9);
  p.nwf_deficit_plan_rub_bn_per_year = YearPath{{{2021, 0.0}}};
  p.nwf_deficit_share = YearPath{{{2021, 0.5}}};
  EXPECT_EQ(month_of(2022, 9).nwf_sales_rub_bn, 0);
  EXPECT_NEAR(month_of(2022, 10).nwf_sales_rub_bn, 200, 1e-9);
  p.nwf_deficit_from_yyyymm = 0;  // no date: the share from the start
  EXPECT_NEAR(month_of(2021, 1).nwf_sales_rub_bn, 200, 1e-9);
}

TEST(Financing, ExhaustedFundFallsBackOnTheChosenOption) {
  FinancingParams p;
  p.nwf_deficit_share = YearPath{{{2021, 1.0}}};
  RuleFlows rule;
  for (const char* option : {"borrow", "cut_spending", "print"}) {
    p.on_nwf_exhausted = option;
    Spending s;
    s.defence_rub_bn = 500;
    s.other_rub_bn = 500;
    const Financing f = finance_month(p, YearMonth::from(2027, 6), 600, s, rule, 100, 20000);
    EXPECT_NEAR(f.nwf_sales_rub_bn, 100, 1e-9) << option;
    EXPECT_NEAR(f.shortfall_rub_bn, 300, 1e-9) << option;
    EXPECT_NEAR(600 - s.total_rub_bn(), -(f.borrowing_rub_bn + f.nwf_sales_rub_bn + f.printed_rub_bn), 1e-9)
        << option;
    if (std::string(option) == "borrow") {
      EXPECT_NEAR(f.borrowing_rub_bn, 300, 1e-9);
    }
    if (std::string(option) == "cut_spending") {
      EXPECT_NEAR(s.cut_rub_bn, 300, 1e-9);
    }
    if (std::string(option) == "print") {
      EXPECT_NEAR(f.printed_rub_bn, 300, 1e-9);
    }
  }
}

TEST(SpendingPaths, IndexWithInflationAfterTheLastYear) {
  SpendingParams p;
  SpendingPaths paths;
  paths.new_year(p, 2026, 8.0);  // within the paths: no indexation
  EXPECT_NEAR(paths.month(p, 2026).defence_rub_bn, 12600.0 / 12, 1e-9);
  paths.new_year(p, 2027, 5.0);
  EXPECT_NEAR(paths.month(p, 2027).defence_rub_bn, 12600.0 * 1.05 / 12, 1e-9);
}
