#pragma once
// An economy on a steady path, shared by the steady-start and balanced-growth tests: every nominal input
// grows at inflation pi and real growth g a year ((1 + pi)(1 + g)), dollar exports by g in volume, the ruble
// keeps its real value (the world price level is flat), and prices start on their path (docs/ECONOMY.md,
// "A steady state at the start's inflation" and "Balanced growth").
#include <cmath>

#include "economy_fixture.hpp"

namespace sancsim::test {

struct SteadyGrowth {
  double inflation_pct = 5.2;
  double real_growth_pct = 0;

  double prices(int m) const { return std::pow(1.0 + inflation_pct / 100.0, m / 12.0); }
  double volume(int m) const { return std::pow(1.0 + real_growth_pct / 100.0, m / 12.0); }
  double nominal_growth() const {
    return (1.0 + inflation_pct / 100.0) * (1.0 + real_growth_pct / 100.0) - 1.0;
  }

  // A year path that steps up by the nominal growth each January (annual indexation).
  YearPath indexed(double start_value) const {
    YearPath path;
    for (int y = 2021; y <= 2035; ++y)
      path.points.push_back({y, start_value * std::pow(1.0 + nominal_growth(), y - 2021)});
    return path;
  }

  AgentEconomyParams params() const {
    AgentEconomyParams p = small_economy_params();
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
    p.world_food_price_growth_pct = YearPath{{{2021, 0.0}}};
    p.expectations_anchor_pct = YearPath{{{2021, inflation_pct}}};
    p.expectations_survey_bias_pp = 0;  // the anchor is on the CPI's scale
    p.start_price_lag_share = 1.0;
    // The shedding firms' wage cut does not average zero in the small economy's lumpy churn (docs/ECONOMY.md,
    // "The start's wage drift"); it drags wages below expected inflation at any inflation, so it is left out.
    p.wage_down_per_month = 0;
    return p;
  }

  EconomyStart start() const {
    EconomyStart s = start_2021();
    s.inflation_target_pct = inflation_pct;
    s.cpi_yoy_pct = inflation_pct;
    s.wage_yoy_pct = nominal_growth() * 100.0;
    s.gdp_yoy_pct = real_growth_pct;
    return s;
  }

  // The fixture's 2021 month with every nominal flow grown since January 2021.
  EconomyMonthInputs month(int m) const {
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
};

}  // namespace sancsim::test
