// Balanced growth (docs/ECONOMY.md, "Balanced growth"): with a labour-augmenting productivity trend g and
// every nominal input growing with nominal output, (1 + pi)(1 + g), the economy grows at g with its
// unemployment, its real wage per unit of productivity and its inflation steady (Solow 1956; Harrod-neutral
// progress keeps capital per unit of output constant).
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

constexpr double kInflationPct = 5.2;

double prices(int m) { return std::pow(1.0 + kInflationPct / 100.0, m / 12.0); }
double real(int m, double g_pct) { return std::pow(1.0 + g_pct / 100.0, m / 12.0); }

YearPath indexed(double start_value, double g_pct) {
  YearPath path;
  for (int y = 2021; y <= 2035; ++y)
    path.points.push_back(
        {y, start_value * std::pow((1.0 + kInflationPct / 100.0) * (1.0 + g_pct / 100.0), y - 2021)});
  return path;
}

AgentEconomyParams growth_params(double g_pct) {
  AgentEconomyParams p = test::small_economy_params();
  const double nominal = (1.0 + kInflationPct / 100.0) * (1.0 + g_pct / 100.0) - 1.0;
  p.contract_soldiers_target_k = YearPath{{{2021, 400}}};
  p.army_exit_share_per_month = YearPath{{{2021, 0.01}}};
  p.military_pay_rub_per_month = indexed(50000, g_pct);
  p.signup_bonus_rub = YearPath{{{2021, 0}}};
  p.pension_rub_per_month = indexed(17000, g_pct);
  p.defence_loan_spread_pct = YearPath{{{2021, 3.0}}};
  p.import_cost_wedge = YearPath{{{2021, 0.0}}};
  p.profit_tax_pct = YearPath{{{2021, 20}}};
  p.profit_tax_federal_share = YearPath{{{2021, 0.15}}};
  p.pit_progressive = YearPath{{{2021, 0}}};
  p.household_saving_start_rub_bn_per_year = nominal * p.initial_household_deposits_rub_bn;
  p.credit.consumer_credit_flow_start_rub_bn_per_year = nominal * p.credit.initial_consumer_loans_rub_bn;
  p.credit.mortgage_flow_start_rub_bn_per_year = nominal * p.credit.initial_mortgages_rub_bn;
  p.household_dividends_start_rub_bn_per_year = 1e6;
  p.state_dividends_start_rub_bn_per_year = 0;
  p.productivity_growth_pct = YearPath{{{2021, g_pct}}};
  p.world_food_price_growth_pct = YearPath{{{2021, 0.0}}};
  p.expectations_anchor_pct = YearPath{{{2021, kInflationPct}}};
  p.expectations_survey_bias_pp = 0;
  p.start_price_lag_share = 1.0;
  p.wage_down_per_month = 0;
  p.dividends_on_real_profit =
      true;  // the steady start's: the firms keep their real debt (steady_start_test)
  return p;
}

EconomyStart growth_start(double g_pct) {
  EconomyStart s = test::start_2021();
  s.inflation_target_pct = kInflationPct;
  s.cpi_yoy_pct = kInflationPct;
  s.wage_yoy_pct = (1.0 + kInflationPct / 100.0) * (1.0 + g_pct / 100.0) * 100.0 - 100.0;
  s.gdp_yoy_pct = g_pct;
  return s;
}

EconomyMonthInputs growth_month(int m, double g_pct) {
  EconomyMonthInputs in = test::month_of_2021(m);
  const double n = prices(m) * real(m, g_pct);
  in.usd_rub *= prices(m);  // the ruble keeps its real value (the world price level is flat)
  in.defence_rub_bn *= n;
  in.security_rub_bn *= n;
  in.social_rub_bn *= n;
  in.other_rub_bn *= n;
  in.interest_rub_bn *= n;
  in.oil_gas_taxes_rub_bn *= n;
  in.energy_exports_usd_bn *= real(m, g_pct);
  in.energy_export_volume_index *= real(m, g_pct);
  in.non_energy_exports_usd_bn *= real(m, g_pct);
  in.inflation_target_pct = kInflationPct;
  return in;
}

// Ten years of a path: the last month's real GDP over its trend, the real wage's mean growth a year from
// the first year's December to the last's, and mean unemployment.
struct GrowthPath {
  double gdp_over_trend = 0, real_wage_growth_pct = 0, mean_u = 0, min_u = 1e9, max_u = -1e9;
};

GrowthPath run(double g_pct) {
  const AgentEconomyParams p = growth_params(g_pct);
  AgentEconomy e(p, growth_start(g_pct), growth_month(0, g_pct));
  GrowthPath out;
  double wage_year1 = 0;
  constexpr int kMonths = 120;
  for (int m = 0; m < kMonths; ++m) {
    e.step(p, growth_month(m, g_pct));
    const EconomyReadings& r = e.readings();
    const double real_wage = r.average_wage_rub / r.price_level;
    if (m == 11) wage_year1 = real_wage;
    if (m == kMonths - 1) {
      out.gdp_over_trend = r.real_gdp_index / real(m, g_pct);
      out.real_wage_growth_pct = (std::pow(real_wage / wage_year1, 12.0 / (kMonths - 12)) - 1.0) * 100.0;
    }
    out.mean_u += r.unemployment_pct / kMonths;
    out.min_u = std::min(out.min_u, r.unemployment_pct);
    out.max_u = std::max(out.max_u, r.unemployment_pct);
  }
  return out;
}

// A 2% productivity trend is growth, not unemployment: after ten years output stands within 3% of the trend,
// the real wage has grown by the trend (within a point a year) and unemployment averages within 1.5 points
// of the same economy's without the trend (measured: output 1.01 of the trend, real wage +2.5% a year, mean
// unemployment 6.2% against 6.1%, at most 8.5%). Demand has to follow supply: firms that need fewer workers
// for the same sales hire fewer, and only wages and incomes that grow with productivity buy the extra output.
TEST(BalancedGrowth, AProductivityTrendRaisesOutputAndRealWagesNotUnemployment) {
  const GrowthPath flat = run(0.0);
  const GrowthPath growing = run(2.0);
  EXPECT_NEAR(flat.gdp_over_trend, 1.0, 0.03);
  EXPECT_NEAR(flat.real_wage_growth_pct, 0.0, 1.0);
  EXPECT_NEAR(growing.gdp_over_trend, 1.0, 0.03);
  EXPECT_NEAR(growing.real_wage_growth_pct, 2.0, 1.0);
  EXPECT_NEAR(growing.mean_u, flat.mean_u, 1.5);
  EXPECT_LT(growing.max_u, 10.0);
}

}  // namespace
}  // namespace sancsim
