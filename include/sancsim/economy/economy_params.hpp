#pragma once
// Parameters of the agent economy (households, firms by sector, banks, the state's flows through
// them). Registered under "economy."; sources and equations in docs/ECONOMY.md.
#include <string>
#include <vector>

#include "sancsim/engine/param_table.hpp"

namespace sancsim {

struct AgentEconomyParams {
  std::string model = "aggregate";  // aggregate | agents: which economy the Russian state reads
  int persons_per_agent = 10000;    // scale: persons one household agent stands for
  int firms_per_sector = 24;
  int seed = 1;  // key of the economy's random streams (labour-market search order)

  // Population at the start (millions): employed by sector follow kEmployment2021K.
  double pensioners_m = 42.0;
  double initial_contract_soldiers_k = 400;
  double army_eligible_share = 0.3;  // of working-age agents: may sign a contract

  // Labour market.
  double job_search_share = 0.04;    // of employees searching on the job each month
  double matching_efficiency = 0.3;  // meeting probability = this x sqrt(vacancies / searchers)
  int vacancies_sampled = 3;         // offers a searcher sees
  double switch_premium = 0.10;      // an employee moves for an offer this much above the own wage
  double separation_share = 0.015;   // employees leaving to unemployment each month (churn)
  double wage_up_per_month = 0.01;   // wage offer rise when all vacancies stay unfilled
  double wage_down_per_month =
      0.004;                     // wage offer fall of a firm whose vacancies fill at once, or that sheds
  double wage_indexation = 1.0;  // share of expected inflation passed into wage offers

  // The army: stock target, exits, pay, bonuses.
  YearPath contract_soldiers_target_k{{{2021, 400}, {2022, 400}, {2023, 537}, {2024, 707}, {2025, 887}}};
  YearPath army_exit_share_per_month{{{2021, 0.01}, {2022, 0.03}}};
  YearPath military_pay_rub_per_month{{{2021, 50000}, {2022, 100000}, {2023, 195000}, {2024, 210000}}};
  YearPath signup_bonus_rub{{{2021, 0}, {2022, 65000}, {2023, 195000}, {2024, 1400000}}};
  double army_adjustment_per_month = 0.2;  // share of the gap to the target stock closed each month

  // Households.
  YearPath pension_rub_per_month{{{2021, 17000}, {2024, 21500}}};
  double unemployment_benefit_rub_per_month = 8000;
  double consumption_out_of_income = 0.9;
  double consumption_out_of_wealth_pct = 8.0;  // share of deposits spent a year at the reference real rate
  double wealth_rate_sensitivity = 0.4;        // pp less wealth spending per pp of real deposit rate
  double real_rate_reference_pct = 1.0;
  double initial_household_deposits_rub_bn = 35300;
  double expectations_anchor = 0.3;  // weight of the inflation target in expected inflation
  double expectations_speed = 0.2;   // monthly weight of the new aim in expected inflation

  // Firms.
  double demand_expectation_weight = 0.3;  // monthly weight of last sales in expected demand
  double inventory_target_months = 0.5;
  double price_adjustment = 0.2;      // monthly share of the gap to the target price closed
  double excess_demand_markup = 0.3;  // target price rise per unit of excess demand
  double demand_elasticity = 4.0;     // within a sector, demand share against relative price
  double capital_output_years = 1.5;  // real capital per unit of annual output
  double target_utilisation = 0.8;
  double depreciation_pct_per_year = 6.0;
  double investment_adjustment = 0.005;       // monthly share of the capital gap invested
  double investment_rate_sensitivity = 0.04;  // investment share lost per pp of real loan rate over reference
  double firm_deposit_months = 1.0;           // deposits a firm keeps, in months of wage bill
  double loan_repayment_per_month = 0.015;
  double dividend_share = 0.5;  // of after-tax profit paid out each month
  double initial_firm_loans_rub_bn = 47000;

  // Banks.
  double deposit_spread_pct = -1.0;                              // deposit rate over the key rate
  double loan_spread_pct = 3.0;                                  // loan rate over the key rate
  YearPath defence_loan_spread_pct{{{2021, 3.0}, {2022, 0.0}}};  // MACH firms' spread (state-directed loans)
  double bank_dividend_share = 0.8;                              // of profit paid to households each month

  // Imports: priced through the ruble, the world price level and a sanctions cost wedge.
  YearPath import_cost_wedge{{{2021, 0.0}, {2022, 0.15}, {2024, 0.12}}};

  // Taxes collected from agents.
  YearPath profit_tax_pct{{{2021, 20}, {2025, 25}}};
  YearPath profit_tax_federal_share{{{2021, 0.15}, {2025, 0.32}}};
  YearPath pit_progressive{{{2021, 0}, {2025, 1}}};  // 1 = the 2025 five-bracket scale
  double pit_federal_share = 0.02;
  double social_contribution_pct = 23.8;
  double other_taxes_pct_of_sales = 2.0;  // excises, customs, non-tax revenue (federal)
};

// Registers every parameter under "economy." (keys, units, ranges, sources).
void describe_economy(ParamTable& table, AgentEconomyParams& p);

// Problems that ranges cannot express; empty if fine.
std::vector<std::string> validate_economy(const AgentEconomyParams& p);

}  // namespace sancsim
