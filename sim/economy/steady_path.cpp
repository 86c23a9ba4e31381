// An economy on a steady path (steady_path.hpp).
#include "sancsim/economy/steady_path.hpp"

#include <cmath>

namespace sancsim {

EconomyMonthInputs month_of_2021(int m, double key_rate_pct) {
  EconomyMonthInputs in;
  in.month = YearMonth{YearMonth::from(2021, 1).index + m};
  in.key_rate_pct = key_rate_pct;
  in.usd_rub = 74;
  in.vat_rate_pct = 20;
  in.defence_rub_bn = 3570 / 12.0;
  in.security_rub_bn = 2200 / 12.0;
  in.social_rub_bn = 9000 / 12.0;
  in.other_rub_bn = 9050 / 12.0;
  in.interest_rub_bn = 86;
  in.oil_gas_taxes_rub_bn = 758;
  in.energy_exports_usd_bn = 20.5;
  in.non_energy_exports_usd_bn = 21;
  return in;
}

EconomyStart start_of_2021() {
  EconomyStart s;
  s.key_rate_pct = 6;
  return s;
}

double SteadyPath::prices(int m) const { return std::pow(1.0 + inflation_pct / 100.0, m / 12.0); }
double SteadyPath::volume(int m) const { return std::pow(1.0 + real_growth_pct / 100.0, m / 12.0); }
double SteadyPath::nominal_growth() const {
  return (1.0 + inflation_pct / 100.0) * (1.0 + real_growth_pct / 100.0) - 1.0;
}

YearPath SteadyPath::indexed(double start_value) const {
  YearPath path;
  for (int y = 2021; y <= 2035; ++y)
    path.points.push_back({y, start_value * std::pow(1.0 + nominal_growth(), y - 2021)});
  return path;
}

AgentEconomyParams SteadyPath::params(AgentEconomyParams p) const {
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
  // Real deposits hold when households save the nominal growth's share of their deposits.
  p.household_saving_start_rub_bn_per_year = nominal_growth() * p.initial_household_deposits_rub_bn;
  // Household credit grows with nominal incomes (the start's data have it grow at 17-30% a year).
  p.credit.consumer_credit_flow_start_rub_bn_per_year =
      nominal_growth() * p.credit.initial_consumer_loans_rub_bn;
  p.credit.mortgage_flow_start_rub_bn_per_year = nominal_growth() * p.credit.initial_mortgages_rub_bn;
  p.household_dividends_start_rub_bn_per_year = 1e6;
  p.state_dividends_start_rub_bn_per_year = 0;
  p.productivity_growth_pct = YearPath{{{2021, real_growth_pct}}};
  // World prices in dollars are flat on the path (its world price level is): food, goods and exports.
  p.world_food_price_growth_pct = YearPath{{{2021, 0.0}}};
  hold_world_goods_and_export_prices(p);
  p.expectations_anchor_pct = YearPath{{{2021, inflation_pct}}};
  p.expectations_survey_bias_pp = 0;  // the anchor is on the CPI's scale
  p.start_price_lag_share = 1.0;
  // The shedding firms' wage cut does not average zero in lumpy churn (docs/ECONOMY.md, "The start's wage
  // drift"); it drags wages below expected inflation at any inflation, so it is left out.
  p.wage_down_per_month = 0;
  // On nominal profit the dividend lags its growing aim and inflation repays the firms' debt: the firms
  // keep cash and real demand falls (docs/ECONOMY.md, "A steady state at the start's inflation").
  p.dividends_on_real_profit = true;
  // A fixed key rate gives the economy no nominal anchor: the start's formula for the bank's first
  // dividend, on which the steady state was measured (the first month's own dividend drifts it into a
  // boom within a year), and no COVID slump (the flows are a steady month, not January 2021's).
  p.start_bank_dividend_from_first_month = false;
  p.covid.enabled = false;
  return p;
}

void hold_world_goods_and_export_prices(AgentEconomyParams& p) {
  p.world_goods_price_growth_pct = YearPath{{{2021, 0.0}}};
  p.world_export_price_growth_pct = YearPath{{{2021, 0.0}}};
}

EconomyStart SteadyPath::start() const {
  EconomyStart s = start_of_2021();
  s.inflation_target_pct = inflation_pct;
  s.cpi_yoy_pct = inflation_pct;
  s.wage_yoy_pct = nominal_growth() * 100.0;
  s.gdp_yoy_pct = real_growth_pct;
  return s;
}

EconomyMonthInputs SteadyPath::month(int m) const {
  EconomyMonthInputs in = month_of_2021(m);
  const double n = prices(m) * volume(m);
  in.usd_rub *= prices(m);
  in.defence_rub_bn *= n;
  in.security_rub_bn *= n;
  in.social_rub_bn *= n;
  in.other_rub_bn *= n;
  in.interest_rub_bn *= n;
  in.oil_gas_taxes_rub_bn *= n;
  in.energy_exports_usd_bn *= volume(m);
  in.energy_export_volume_index *= volume(m);
  in.non_energy_exports_usd_bn *= volume(m);
  in.inflation_target_pct = inflation_pct;
  return in;
}

SeriesTable run_steady_path(const AgentEconomyParams& params, const SteadyPath& path, int months) {
  SeriesTable table;
  for (const char* name : kSteadyPathSeries) table.add_column(name);
  enum Col : std::size_t { u, cpi, gdp, gdp_trend, c, wage, deposits, loans, price };
  table.reserve(static_cast<std::size_t>(months));
  AgentEconomy e(params, path.start(), path.month(0));
  double c0 = 0, w0 = 0, d0 = 0, l0 = 0;
  for (int m = 0; m < months; ++m) {
    const EconomyMonthInputs in = path.month(m);
    e.step(params, in);
    const EconomyReadings& r = e.readings();
    const double real_c = r.household_spending_real_rub_bn, real_w = r.average_wage_rub / r.price_level,
                 real_d = r.household_deposits_rub_bn / r.price_level,
                 real_l = r.firm_loans_rub_bn / r.price_level;
    if (m == 0) {
      c0 = real_c;
      w0 = real_w;
      d0 = real_d;
      l0 = real_l;
    }
    table.begin_row(in.month);
    table.set(u, r.unemployment_pct);
    table.set(cpi, r.cpi_yoy_pct);
    table.set(gdp, r.real_gdp_index);
    table.set(gdp_trend, r.real_gdp_index / path.volume(m));
    table.set(c, real_c / c0);
    table.set(wage, real_w / w0);
    table.set(deposits, real_d / d0);
    table.set(loans, real_l / l0);
    table.set(price, r.price_level);
  }
  return table;
}

}  // namespace sancsim
