#pragma once
// The Russian state, stepped monthly from the oil trade's prices and volumes: taxes, budget rule,
// spending and its financing, the NWF, the central bank, the ruble and the aggregate economy.
#include <array>
#include <cstddef>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "sancsim/economy/agent_economy.hpp"
#include "sancsim/engine/series_table.hpp"
#include "sancsim/engine/state_hash.hpp"
#include "sancsim/state/budget.hpp"
#include "sancsim/state/central_bank.hpp"
#include "sancsim/state/economy.hpp"
#include "sancsim/state/non_energy_exports.hpp"
#include "sancsim/state/nwf_fx_parts.hpp"
#include "sancsim/state/oil_month.hpp"
#include "sancsim/state/ruble.hpp"
#include "sancsim/state/state_metrics.hpp"
#include "sancsim/state/state_params.hpp"
#include "sancsim/state/state_policy.hpp"
#include "sancsim/state/taxes.hpp"

namespace sancsim {

// Everything one month produced (also what the columns show), for tests and the World.
struct StateMonth {
  YearMonth month;
  OilGasMonth taxes;
  double ndd_paid_rub_bn = 0;
  double met_paid_rub_bn = 0;         // last month's crude MET, paid this month
  double oil_gas_revenue_rub_bn = 0;  // cash basis (MET and NDD as paid)
  double non_og_revenue_rub_bn = 0;
  double revenue_rub_bn = 0;
  Spending spending;
  RuleFlows rule;
  Financing financing;
  double nwf_liquid_rub_bn = 0;  // end of month, as MinFin reports it: both parts below
  double nwf_valuation_rub_bn = 0;
  // The Western-currency part of the liquid fund (euros, pounds, yen; frozen abroad from the freeze
  // but still counted) and its own flows; the rest is the yuan-and-gold part.
  double nwf_western_rub_bn = 0;  // end of month
  double nwf_western_purchases_rub_bn = 0;
  double nwf_western_sales_rub_bn = 0;
  double nwf_western_valuation_rub_bn = 0;
  // Under financing.nwf_credit_month > 0: the rule's purchases less the rule's sales booked on the
  // Treasury's FX account instead of the fund, and last year's account credited to the fund this month
  // (Western part of it separately). The fund: change = purchases - sales - deferred + credited + valuation.
  double nwf_deferred_net_rub_bn = 0;
  double nwf_credited_rub_bn = 0;
  double nwf_western_credited_rub_bn = 0;
  double nwf_treasury_fx_rub_bn = 0;  // end of month: the Treasury's FX account, not in the fund
  double ofz_debt_rub_bn = 0;
  double key_rate_pct = 0;
  double usd_rub = 0;
  // The FX market of the month: import demand (USD bn; in agents mode the agents' bill of last month,
  // scaled to the balance of payments), the FX left for importers (the import bill the market clears,
  // written as `fx_imports_usd_bn`), the export earnings (`fx_exports_usd_bn`) and the rate at which
  // the market would clear before the lag. Exports less imports is the model's current account (its
  // exports are goods only and it has no income balance, which roughly offset: docs/MODEL_STATE.md 5).
  double fx_exports_usd_bn = 0;
  double fx_import_demand_usd_bn = 0;
  double fx_for_imports_usd_bn = 0;
  double fx_clearing_usd_rub = 0;
  // Deficit of the 12 months to this one (-sum of their balances); NaN before 12 months are simulated.
  double deficit_12m_rub_bn = std::numeric_limits<double>::quiet_NaN();
  double balance_rub_bn() const { return revenue_rub_bn - spending.total_rub_bn(); }
};

class RussianState {
 public:
  // `params` must outlive the state; the state reads it every month.
  RussianState(const StateParams& params, Date start);
  // Adds this module's columns to the monthly table (called once, before the first month).
  void register_columns(SeriesTable& table);
  // The measures in force that concern the state (the tax-price floor; the invasion, which starts the
  // war's premium on the ruble and the shock to output), whenever they change. The war's start is kept
  // once seen: a later relief ends the shunning, not the history of the war.
  void set_policy(const StatePolicy& policy);
  // One month: taxes, budget, NWF, central bank, ruble, economy; writes the current row (which the
  // caller has begun). Throws std::logic_error if the budget identity or NWF stock-flow breaks, and
  // NonFiniteSeries if a value it would write (or an oil input) is not finite.
  void step_month(const OilMonth& oil, SeriesTable& table);
  // The key rate the next step_month decides, pinned by the scenario (% a year; NaN: the Bank's rule).
  void pin_key_rate(double pct) { pinned_key_rate_pct_ = pct; }
  // The state's per-run metrics are not kept here: they are outcome definitions over its columns
  // (state_metric_definitions(), state_metrics.hpp), evaluated on the run's table.
  void hash(StateHasher& h) const;

  const StateMonth& last() const { return last_; }
  double floor_discount_usd_per_bbl() const { return floor_discount_usd_per_bbl_; }

 private:
  double nwf_liquid_rub_bn() const { return nwf_.total_usd_bn() * usd_rub_; }
  // Books the month's NWF purchases and sales on the two parts (pro rata before the freeze; after it,
  // purchases to the yuan-and-gold part and sales from the Western part first).
  void book_nwf_flows(StateMonth& m);
  // Moves every FX stock by the month's cross rates against the dollar (financing.nwf_cross_rates);
  // returns the fund's (total, Western) revaluation in RUB at last month's rate.
  std::pair<double, double> revalue_cross_rates(YearMonth month, double prev_usd_rub);
  bool defers_credit() const { return p_.financing.nwf_credit_month > 0; }
  void check_identities(const StateMonth& m, double nwf_before_rub_bn, double western_before_rub_bn) const;
  // Numerical guards (state_guard.hpp): throw NonFiniteSeries naming the series and its parameters.
  void check_oil_inputs(const OilMonth& oil) const;
  void check_finite_budget(const StateMonth& m) const;
  void check_finite_economy(const StateMonth& m) const;
  // Log premium on the clearing rate in `month` from the flight at the start of the war.
  double war_premium_log(YearMonth month) const;
  // Agents mode: the foreign price the parity deflates by beyond the world price level (1 otherwise).
  double parity_foreign_price_beyond_world() const;
  // Last month's real exchange rate in agents mode: the ruble against the agents' price of domestic output
  // and the world price level, 1 at the start.
  double agents_real_rate_last_month(double prev_usd_rub) const;
  double war_shock_weight(YearMonth month) const;
  // The month's share of days after the invasion announcement (0 before it, 1 after its month).
  double war_share_of_month(YearMonth month) const;
  void write(SeriesTable& table) const;
  // The deficit of the last 12 months including `m`'s (NaN before the 12th simulated month).
  double rolling_deficit_rub_bn(const StateMonth& m);
  bool agents_mode() const { return p_.agents.model == "agents"; }
  // Steps whichever economy the parameters choose and reads it into view_.
  void step_economy(const StateMonth& m, const OilMonth& oil, const FxFlows& fx, double prev_key_rate,
                    double prev_usd_rub, double real_rate_gap);

  const StateParams& p_;  // kept alive by the caller (the World's own copy, which `set` events change)
  double floor_discount_usd_per_bbl_ = std::numeric_limits<double>::quiet_NaN();
  int war_start_day_ = std::numeric_limits<int>::min();  // Date::days of the invasion; min = none

  // Stocks and prices carried between months.
  double usd_rub_ = 0;
  double world_price_level_ = 1;
  FxParts nwf_;  // the fund's liquid part (cross rates opt-in)
  // The Treasury's FX account under financing.nwf_credit_month > 0: this year's rule purchases and last
  // year's, waiting to be credited to the fund.
  FxParts treasury_this_year_;
  FxParts treasury_last_year_;
  double ofz_debt_rub_bn_ = 0;
  double ofz_fixed_coupon_pct_ = 0;
  double prev_nwf_net_purchases_rub_bn_ = 0;  // mirrored or passed to the FX market next month
  double ndd_pending_rub_bn_ = 0;             // accrued in the current quarter
  double ndd_due_next_month_rub_bn_ = 0;      // Q1..Q3, paid in Apr, Jul, Oct
  double ndd_due_march_rub_bn_ = 0;           // Q4, paid the next March
  bool ndd_started_ = false;
  double met_due_rub_bn_ = 0;           // crude MET of this month's production, paid next month
  double fx_import_demand_usd_bn_ = 0;  // the FX market's import demand this month
  double agents_import_scale_ = 1;      // BoP imports over the agents' imports in their first month
  double first_output_price_ = 1;       // the agents' price of domestic output in their first month
  bool met_started_ = false;
  CentralBank cbr_;
  double pinned_key_rate_pct_ = std::numeric_limits<double>::quiet_NaN();  // pin_key_rate
  Economy economy_;
  // The agent economy (economy.model = "agents"), built at the first month from its inputs.
  std::unique_ptr<AgentEconomy> agents_;
  double first_energy_volume_kbd_ = 0;
  // What the state reads of the economy, from whichever model runs.
  struct EconomyView {
    double cpi_yoy_pct = 0, underlying_inflation_pct = 0, underlying_momentum_pct = 0,
           expected_inflation_pct = 0, gdp_yoy_pct = 0, unemployment_pct = 0, real_wage_yoy_pct = 0,
           price_level = 1, real_gdp_index = 1, output_gap_pct = 0, nominal_gdp_rub_bn = 0;
  };
  EconomyView view_;
  static EconomyView view_of(const Economy& e, const EconomyParams& p);
  SpendingPaths spending_paths_;
  int last_year_ = 0;
  int agents_start_year_ = 0;                    // the year the agents were built (agent_flows.hpp)
  double agents_non_energy_exports_usd_bn_ = 0;  // this month's, as handed to the agents
  // Agents mode, ruble.non_energy_exports_answer_to_real_rate: the export volumes' response to the real
  // rate, and this month's factor on the path's earnings (1 without it).
  NonEnergyExportVolume non_energy_volume_;
  double non_energy_volume_factor_ = 1;
  StateMonth last_;

  // The last 12 monthly balances (a ring: month k at k % 12), for the rolling 12-month deficit.
  std::array<double, 12> recent_balance_rub_bn_{};
  int months_done_ = 0;

  // Column indices.
  struct Columns {
    std::size_t og, revenue, spending, defence, balance, nwf, nwf_western, debt, key_rate, cpi, usd_rub, gdp,
        unemployment, real_wage, damper, og_usd, og_real, met_accrued, ndd_accrued, ndd_paid, gas_accrued,
        nwf_shortfall, deficit_12m, fx_exports, fx_imports;
    // Agent economy only.
    std::size_t defence_share, defence_backlog, soldiers, deposits, loans, household_loans, imports;
    std::size_t vat_households, vat_state, profit_tax_fed, pit_fed, other_taxes, fed_dividends;
    std::size_t bank_profit_tax, dividend_withholding, import_customs, dividends_abroad;
    std::size_t household_excises;
    std::size_t dividends_retained, dividends_type_c, type_c_deposits;
    std::size_t bank_operating_costs, bank_net_profit, bank_dividends, bank_dividends_state;
    std::array<std::size_t, kSectors> output{};
    std::size_t import_price = 0;
    std::array<std::size_t, kSectors> price_index{};
    std::size_t average_wage = 0, wage_yoy = 0, consumption = 0, consumption_real = 0, investment = 0,
                investment_real = 0;
    std::size_t expected_inflation = 0, wage_growth_inflation = 0, wage_growth_correction = 0,
                wage_growth_market = 0, wage_growth_other = 0, exports_filled = 0;
    // The households' account (EconomyReadings; the columns in russian_state.cpp's kHouseholdAccountColumns).
    std::array<std::size_t, 14> household_account{};
    // The unemployed and the labour market's flows (russian_state.cpp's kLabourFlowColumns).
    std::size_t unemployed = 0;
    std::array<std::size_t, 7> labour_flow{};
    // With household_purchases_abroad only (main's columns unchanged without it).
    std::size_t purchases_abroad = 0;
    bool has_purchases_abroad = false;
  };
  Columns col_{};
  bool columns_registered_ = false;
};

}  // namespace sancsim
