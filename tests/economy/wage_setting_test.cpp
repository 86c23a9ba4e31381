// The nominal anchor: expectations on the CPI's scale, the error-correcting wage equation with its
// wage curve, and prices on the expected unit cost (docs/ECONOMY.md, "Wages, prices and the nominal
// anchor").
#include "sancsim/economy/wage_setting.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {
namespace {

TEST(ExpectationsAnchor, IsTheSurveyLessItsBiasWeighedWithTheTarget) {
  // 2021: the survey's 12.9% less the Bank's measured 6.8 pp.
  EXPECT_NEAR(expectations_anchor_on_cpi_scale_pct(12.9, 6.8, 4.0, 0.0), 6.1, 1e-12);
  EXPECT_NEAR(expectations_anchor_on_cpi_scale_pct(12.9, 6.8, 4.0, 1.0), 4.0, 1e-12);
  EXPECT_NEAR(expectations_anchor_on_cpi_scale_pct(12.9, 6.8, 4.0, 0.5), 5.05, 1e-12);
}

TEST(WageEquation, AtTheNaturalRateWithExpectationsAtTargetWagesGrowByTargetPlusProductivity) {
  const WageEquation w{.error_correction_per_year = 0.3, .wage_curve_elasticity = 0.1};
  const double trend = std::pow(1.015, 1.0 / 12.0) - 1.0;  // 1.5% a year
  // On the wage curve (real wage where productivity and unemployment put it): no correction.
  const double productivity = 1.015;
  const double justified = wage_curve_real_wage(w, productivity, 5.0, 5.0);
  EXPECT_DOUBLE_EQ(justified, productivity);
  const double g = common_wage_growth_per_month(w, 4.0, trend, justified, justified);
  EXPECT_NEAR(g, 0.04 / 12.0 + trend, 1e-15);
  // A year of it: about target + productivity (4% + 1.5%).
  EXPECT_NEAR(std::pow(1.0 + g, 12.0), 1.04 * 1.015, 1e-3);
}

TEST(WageEquation, TheWageCurveRaisesTheJustifiedRealWageWhenUnemploymentFalls) {
  const WageEquation w{
      .wage_curve_elasticity = 0.1, .lowest_unemployment_pct = 2.3, .highest_unemployment_pct = 15.0};
  // Unemployment halves: the real wage the curve justifies rises by 2^0.1 = 7.2%.
  EXPECT_NEAR(wage_curve_real_wage(w, 1.0, 2.5, 5.0), std::pow(2.0, 0.1), 1e-12);
  EXPECT_LT(wage_curve_real_wage(w, 1.0, 10.0, 5.0), 1.0);
  // Below the curve's range it is read at its lowest: an empty pool does not explode wages.
  EXPECT_DOUBLE_EQ(wage_curve_real_wage(w, 1.0, 0.3, 5.0), wage_curve_real_wage(w, 1.0, 2.3, 5.0));
  EXPECT_DOUBLE_EQ(wage_curve_real_wage(w, 1.0, 40.0, 5.0), wage_curve_real_wage(w, 1.0, 15.0, 5.0));
}

TEST(WageEquation, TheRealWageClosesItsGapToTheWageCurveAtTheCorrectionSpeed) {
  const WageEquation w{.error_correction_per_year = 0.3};
  // Real wage 10% below the curve's: nominal wages grow by expected inflation plus 0.3 / 12 of the log gap.
  const double below = common_wage_growth_per_month(w, 6.0, 0.0, 1.0, 1.1);
  EXPECT_NEAR(below, 0.06 / 12.0 + 0.3 / 12.0 * std::log(1.1), 1e-15);
  const double above = common_wage_growth_per_month(w, 6.0, 0.0, 1.1, 1.0);
  EXPECT_LT(above, 0.06 / 12.0);
  // Prices growing at expected inflation: the log gap decays by (1 - 0.3 / 12) a month.
  double real = 1.0;
  for (int m = 0; m < 120; ++m)
    real *= (1.0 + common_wage_growth_per_month(w, 6.0, 0.0, real, 1.1)) / (1.0 + 0.005);
  EXPECT_NEAR(std::log(1.1 / real), std::log(1.1) * std::pow(1.0 - 0.3 / 12.0, 120), 2e-3);
}

// A firm that closes lambda of the gap to a target growing at g a month lags it by (1 - lambda) /
// lambda months of growth; pricing on the unit cost expected that far ahead removes the lag, for a
// falling unit cost (productivity outgrowing wages) as for a rising one.
TEST(ExpectedUnitCost, RemovesThePartialAdjustmentsLagUpAndDown) {
  for (const double g : {0.01, -0.005}) {
    const double lambda = 0.2;
    double cost = 1.0, plain = 1.0, expected = 1.0;
    for (int m = 0; m < 400; ++m) {
      cost *= 1.0 + g;
      plain += lambda * (cost - plain);
      expected += lambda * (cost * expected_unit_cost_factor(g, lambda) - expected);
    }
    EXPECT_NEAR(expected / cost, 1.0, 1e-9) << g;
    EXPECT_GT(std::abs(plain / cost - 1.0), 3.0 * std::abs(g)) << g;
  }
  EXPECT_DOUBLE_EQ(expected_unit_cost_factor(0.01, 1.0), 1.0);  // prices set each month: no lag
  EXPECT_LT(expected_unit_cost_factor(-0.01, 0.2), 1.0);        // unit cost expected to fall
}

// In the agent economy: a productivity rise that wages do not take lowers unit labour cost and,
// with it, prices.
TEST(AgentEconomy, AProductivityRiseLowersUnitLabourCostAndPrices) {
  AgentEconomyParams flat = test::small_economy_params();
  flat.wage_productivity_passthrough = 0.0;
  AgentEconomyParams rising = flat;
  rising.productivity_growth_pct = YearPath{{{2021, 10.0}}};
  const auto run = [](const AgentEconomyParams& p) {
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    for (int m = 0; m < 12; ++m) {
      e.step(p, test::month_of_2021(m));
      EXPECT_EQ(e.check_balances(), "");
    }
    return e.readings();
  };
  const EconomyReadings a = run(flat), b = run(rising);
  EXPECT_LT(b.price_level, a.price_level * 0.99);
  // The wages are the same offers (the productivity passthrough is off), so the unit labour cost
  // falls by about the productivity rise and the CPI with a share of it.
  EXPECT_NEAR(b.average_wage_rub / a.average_wage_rub, 1.0, 0.03);
}

// With the error correction on, a demand boom that takes unemployment below the start's raises real
// wages toward the wage curve's: the average wage ends above the run without the correction.
TEST(AgentEconomy, TheErrorCorrectionRaisesWagesWhenADemandBoomLowersUnemployment) {
  AgentEconomyParams off = test::small_economy_params();
  // Written before the state's purchases paid VAT (docs/ECONOMY.md, "Where the state's war spending
  // goes"): with it the boom of this test is smaller and the correction's wage gain falls below the bound.
  off.state_purchases_pay_vat = false;
  AgentEconomyParams on = off;
  on.wage_error_correction_per_year = 0.5;
  const auto run = [](const AgentEconomyParams& p) {
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    for (int m = 0; m < 18; ++m) {
      EconomyMonthInputs in = test::month_of_2021(m);
      in.other_rub_bn *= 1.5;  // the state's purchases half as large again
      e.step(p, in);
    }
    return e.readings();
  };
  const EconomyReadings a = run(off), b = run(on);
  ASSERT_LT(a.unemployment_pct, test::start_2021().unemployment_pct - 1.0);
  EXPECT_GT(b.average_wage_rub, a.average_wage_rub * 1.005);
}

// The May-decree rule: public pay at a fixed ratio to the average wage, so a rise in the average wage
// raises the public pay index in the same proportion; before any wage is measured the index is 1.
TEST(WageSetting, PublicPayIndexRisesWithTheAverageWageByTheRatio) {
  EXPECT_DOUBLE_EQ(public_pay_index_by_ratio(50'000.0, 50'000.0), 1.0);
  EXPECT_DOUBLE_EQ(public_pay_index_by_ratio(60'000.0, 50'000.0), 1.2);
  const double before = public_pay_index_by_ratio(70'000.0, 50'000.0);
  const double after = public_pay_index_by_ratio(77'000.0, 50'000.0);
  EXPECT_NEAR(after / before, 1.1, 1e-12);
  EXPECT_DOUBLE_EQ(public_pay_index_by_ratio(60'000.0, 0.0), 1.0);
}

}  // namespace
}  // namespace sancsim
