// A start in the steady state of the start's measured inflation (docs/ECONOMY.md, "A steady state at the
// start's inflation"): every nominal input grows at 5.2% a year, and the economy's real quantities stay
// near the start while its prices rise at about 5.2% a year.
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

constexpr double kInflationPct = 5.2;

double growth(int m) { return std::pow(1.0 + kInflationPct / 100.0, m / 12.0); }

// A year path that steps up by the steady inflation each January (annual indexation).
YearPath indexed(double start_value) {
  YearPath path;
  for (int y = 2021; y <= 2035; ++y)
    path.points.push_back({y, start_value * std::pow(1.0 + kInflationPct / 100.0, y - 2021)});
  return path;
}

AgentEconomyParams steady_params() {
  AgentEconomyParams p = test::small_economy_params();
  p.contract_soldiers_target_k = YearPath{{{2021, 400}}};
  p.army_exit_share_per_month = YearPath{{{2021, 0.01}}};
  p.military_pay_rub_per_month = indexed(50000);
  p.signup_bonus_rub = YearPath{{{2021, 0}}};
  p.pension_rub_per_month = indexed(17000);
  p.defence_loan_spread_pct = YearPath{{{2021, 3.0}}};
  p.import_cost_wedge = YearPath{{{2021, 0.0}}};
  p.profit_tax_pct = YearPath{{{2021, 20}}};
  p.profit_tax_federal_share = YearPath{{{2021, 0.15}}};
  p.pit_progressive = YearPath{{{2021, 0}}};
  // Real deposits hold when households save the inflation's share of their deposits.
  p.household_saving_start_rub_bn_per_year = kInflationPct / 100.0 * p.initial_household_deposits_rub_bn;
  // Household credit grows with nominal incomes (the start's data have it grow at 17-30% a year).
  p.credit.consumer_credit_flow_start_rub_bn_per_year =
      kInflationPct / 100.0 * p.credit.initial_consumer_loans_rub_bn;
  p.credit.mortgage_flow_start_rub_bn_per_year = kInflationPct / 100.0 * p.credit.initial_mortgages_rub_bn;
  p.household_dividends_start_rub_bn_per_year = 1e6;
  p.state_dividends_start_rub_bn_per_year = 0;
  p.productivity_growth_pct = YearPath{{{2021, 0.0}}};
  p.world_food_price_growth_pct = YearPath{{{2021, 0.0}}};
  p.expectations_anchor_pct = YearPath{{{2021, kInflationPct}}};
  p.expectations_survey_bias_pp = 0;  // the anchor is on the CPI's scale
  p.start_price_lag_share = 1.0;
  // The shedding firms' wage cut does not average zero in the small economy's lumpy churn (docs/ECONOMY.md,
  // "The start's wage drift"); it drags wages below expected inflation at any inflation, so it is left out.
  p.wage_down_per_month = 0;
  return p;
}

EconomyStart steady_start() {
  EconomyStart s = test::start_2021();
  s.inflation_target_pct = kInflationPct;
  s.cpi_yoy_pct = kInflationPct;
  s.wage_yoy_pct = kInflationPct;
  s.gdp_yoy_pct = 0;
  return s;
}

// The fixture's 2021 month with every nominal flow grown by the steady inflation since January 2021; the
// ruble depreciates with it (the world price level is flat), so dollar flows grow in rubles too.
EconomyMonthInputs steady_month(int m) {
  EconomyMonthInputs in = test::month_of_2021(m);
  const double g = growth(m);
  in.usd_rub *= g;
  in.defence_rub_bn *= g;
  in.security_rub_bn *= g;
  in.social_rub_bn *= g;
  in.other_rub_bn *= g;
  in.interest_rub_bn *= g;
  in.oil_gas_taxes_rub_bn *= g;
  in.inflation_target_pct = kInflationPct;
  return in;
}

// The range of a path's real quantities and its inflation over the years after the first one.
struct SteadyRange {
  double u_min = 1e9, u_max = -1e9, gdp_min = 1e9, gdp_max = -1e9, c_min = 1e9, c_max = -1e9;
  double real_wage_min = 1e9, real_wage_max = -1e9, deposits_min = 1e9, deposits_max = -1e9;
  double annual_inflation_pct = 0;  // the price level's growth from month 12 to the last, a year
  double real_firm_loans = 0;       // in the last month, over the first's
};

SteadyRange steady_range(const AgentEconomyParams& p, int months) {
  AgentEconomy e(p, steady_start(), steady_month(0));
  SteadyRange out;
  double c0 = 0, w0 = 0, d0 = 0, l0 = 0, p12 = 1;
  for (int m = 0; m < months; ++m) {
    e.step(p, steady_month(m));
    const EconomyReadings& r = e.readings();
    const double real_wage = r.average_wage_rub / r.price_level;
    const double real_deposits = r.household_deposits_rub_bn / r.price_level;
    if (m == 0) {
      c0 = r.household_spending_real_rub_bn;
      w0 = real_wage;
      d0 = real_deposits;
      l0 = r.firm_loans_rub_bn / r.price_level;
    }
    const auto widen = [](double& lo, double& hi, double x) {
      lo = std::min(lo, x);
      hi = std::max(hi, x);
    };
    widen(out.u_min, out.u_max, r.unemployment_pct);
    widen(out.gdp_min, out.gdp_max, r.real_gdp_index);
    widen(out.c_min, out.c_max, r.household_spending_real_rub_bn / c0);
    widen(out.real_wage_min, out.real_wage_max, real_wage / w0);
    widen(out.deposits_min, out.deposits_max, real_deposits / d0);
    if (m == 12) p12 = r.price_level;
    out.real_firm_loans = r.firm_loans_rub_bn / r.price_level / l0;
    if (m == months - 1)
      out.annual_inflation_pct = (std::pow(r.price_level / p12, 12.0 / (m - 12)) - 1.0) * 100.0;
  }
  return out;
}

// Within the bounds of a steady state: real quantities near the start (the zero-inflation economy's own
// wage-curve cycle, AgentEconomy.WithoutShocksItStaysNearItsSteadyStateForTenYears, moves unemployment by
// a few points too) and prices rising at the start's inflation, 4-6.5% a year after the first year.
bool steady(const SteadyRange& r) {
  return r.u_min > 3.0 && r.u_max < 8.0 && r.gdp_min > 0.965 && r.gdp_max < 1.03 && r.c_min > 0.95 &&
         r.real_wage_min > 0.965 && r.real_wage_max < 1.03 && r.deposits_min > 0.97 &&
         r.deposits_max < 1.03 && r.annual_inflation_pct > 4.0 && r.annual_inflation_pct < 6.5;
}

// Every nominal flow grows at the start's 5.2% a year and prices start on their steady path: with the
// firms' dividends on real profit the economy stays near its start for five years while its prices rise
// at about 5.2% a year. On nominal profit (the switch off) the dividend lags its growing aim and inflation
// repays the firms' debt, so the firms keep cash and repay loans, real demand falls, unemployment rises
// toward 10% and inflation falls below 4%.
TEST(SteadyStart, AtTheStartsInflationRealQuantitiesStayNearTheStart) {
  for (int seed = 1; seed <= 3; ++seed) {
    SCOPED_TRACE(seed);
    AgentEconomyParams p = steady_params();
    p.seed = seed;
    p.dividends_on_real_profit = true;
    const SteadyRange r = steady_range(p, 60);
    EXPECT_TRUE(steady(r)) << "u " << r.u_min << "-" << r.u_max << ", real GDP " << r.gdp_min << "-"
                           << r.gdp_max << ", consumption " << r.c_min << ", real wage " << r.real_wage_min
                           << "-" << r.real_wage_max << ", deposits " << r.deposits_min << "-"
                           << r.deposits_max << ", inflation " << r.annual_inflation_pct;
    // The firms keep their real debt (to the slow drift of the repayment rule), where inflation repays it.
    EXPECT_GT(r.real_firm_loans, 0.9);
    p.dividends_on_real_profit = false;
    const SteadyRange q = steady_range(p, 60);
    EXPECT_FALSE(steady(q));
    EXPECT_LT(q.real_firm_loans, 0.8);
  }
}

// The bank's first dividend from the first month's own accounts: households' income does not fall from
// the first month to the second (the start's formula leaves out the firms' deposit interest and the
// capital their new loans need: a third of the bank's dividend, 2-3% of households' spending), at the
// fixture's constant flows.
TEST(SteadyStart, TheBanksFirstDividendIsTheOneItsFirstMonthGives) {
  struct Change {
    double spending = 0, bank_dividend = 0;  // month 0 to month 1; the start's dividend to the next one
  };
  const auto change = [](const AgentEconomyParams& p) {
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    const double bank_start = e.bank().dividend_due_rub;
    e.step(p, test::month_of_2021(0));
    const double first = e.readings().household_spending_real_rub_bn;
    Change c;
    c.bank_dividend = e.bank().dividend_due_rub / bank_start - 1.0;
    e.step(p, test::month_of_2021(1));
    c.spending = e.readings().household_spending_real_rub_bn / first - 1.0;
    return c;
  };
  AgentEconomyParams p = test::small_economy_params();
  const Change formula = change(p);
  p.start_bank_dividend_from_first_month = true;
  const Change own = change(p);
  EXPECT_LT(formula.bank_dividend, -0.2);
  EXPECT_LT(formula.spending, -0.015);
  EXPECT_LT(std::abs(own.bank_dividend), 0.02);
  EXPECT_GT(own.spending, -0.005);
}

}  // namespace
}  // namespace sancsim
