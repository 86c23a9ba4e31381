#include "sancsim/state/russian_state.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "sancsim/engine/smooth_year_path.hpp"
#include "sancsim/state/nwf_cross_rates.hpp"
#include "sancsim/state/ruble.hpp"
#include "sancsim/state/state_guard.hpp"

namespace sancsim {
namespace {

// A series.csv column (agents mode) and the reading of a struct `Source` it writes.
template <class Source>
struct ReadingColumn {
  const char* name;
  double Source::*reading;
};

// The households' account, bn RUB this month.
constexpr std::array<ReadingColumn<EconomyReadings>, 14> kHouseholdAccountColumns{{
    {"household_wages_rub_bn", &EconomyReadings::household_wages_rub_bn},
    {"household_pit_rub_bn", &EconomyReadings::household_pit_rub_bn},
    {"military_pay_rub_bn", &EconomyReadings::military_pay_rub_bn},
    {"signup_bonuses_rub_bn", &EconomyReadings::signup_bonuses_rub_bn},
    {"pensions_benefits_rub_bn", &EconomyReadings::pensions_benefits_rub_bn},
    {"social_transfers_rub_bn", &EconomyReadings::social_transfers_rub_bn},
    {"household_interest_rub_bn", &EconomyReadings::household_interest_rub_bn},
    {"household_dividends_rub_bn", &EconomyReadings::household_dividends_rub_bn},
    {"household_debt_service_rub_bn", &EconomyReadings::household_debt_service_rub_bn},
    {"household_new_loans_rub_bn", &EconomyReadings::new_household_loans_rub_bn},
    {"household_spending_from_income_rub_bn", &EconomyReadings::household_spending_from_income_rub_bn},
    {"household_spending_from_deposits_rub_bn", &EconomyReadings::household_spending_from_deposits_rub_bn},
    {"household_spending_from_credit_rub_bn", &EconomyReadings::household_spending_from_credit_rub_bn},
    {"household_spending_held_back_rub_bn", &EconomyReadings::household_spending_held_back_rub_bn},
}};

// The labour market's flows, thousands of persons this month (labour_flows.hpp).
constexpr std::array<ReadingColumn<LabourFlows>, 7> kLabourFlowColumns{{
    {"vacancies_k", &LabourFlows::vacancies},
    {"hires_k", &LabourFlows::hires},
    {"job_to_job_k", &LabourFlows::job_to_job},
    {"separations_k", &LabourFlows::separations},
    {"army_recruits_k", &LabourFlows::army_recruits},
    {"army_recruits_from_jobs_k", &LabourFlows::army_recruits_from_jobs},
    {"army_exits_k", &LabourFlows::army_exits},
}};

// Days of `month` within [from_day, to_day) (Date::days).
double days_within(YearMonth month, double from_day, double to_day) {
  const double first = month.first_day().days;
  const double last = first + month.first_day().days_in_month();
  return std::max(0.0, std::min(to_day, last) - std::max(from_day, first));
}
}  // namespace

RussianState::EconomyView RussianState::view_of(const Economy& e, const EconomyParams& p) {
  return EconomyView{.cpi_yoy_pct = e.cpi_yoy_pct(),
                     .underlying_inflation_pct = e.underlying_inflation_pct(),
                     .underlying_momentum_pct = e.underlying_momentum_pct(),
                     .expected_inflation_pct = e.expected_inflation_pct(),
                     .gdp_yoy_pct = e.gdp_yoy_pct(),
                     .unemployment_pct = e.unemployment_pct(),
                     .real_wage_yoy_pct = e.real_wage_yoy_pct(),
                     .price_level = e.price_level(),
                     .real_gdp_index = e.real_gdp_index(),
                     .output_gap_pct = e.output_gap_pct(),
                     .nominal_gdp_rub_bn = e.nominal_gdp_rub_bn_per_year(p)};
}

RussianState::RussianState(const StateParams& params, Date start)
    : p_(params),
      usd_rub_(params.initial.usd_rub),
      nwf_{.western_usd_bn =
               params.financing.nwf_western_share * params.initial.nwf_liquid_rub_bn / params.initial.usd_rub,
           .eastern_usd_bn = (1.0 - params.financing.nwf_western_share) * params.initial.nwf_liquid_rub_bn /
                             params.initial.usd_rub},
      ofz_debt_rub_bn_(params.initial.ofz_debt_rub_bn),
      ofz_fixed_coupon_pct_(params.initial.ofz_fixed_coupon_pct),
      economy_(params.initial),
      last_year_(start.year()) {
  cbr_.meeting_months = parse_meeting_months(params.cbr.meeting_months);
  cbr_.start(params.initial.key_rate_pct);
  view_ = view_of(economy_, params.economy);
}

void RussianState::register_columns(SeriesTable& table) {
  col_.og = table.add_column("oil_gas_budget_revenue_rub_bn");
  col_.revenue = table.add_column("budget_revenue_rub_bn");
  col_.spending = table.add_column("budget_spending_rub_bn");
  col_.defence = table.add_column("defence_spending_rub_bn");
  col_.balance = table.add_column("budget_balance_rub_bn");
  col_.nwf = table.add_column("nwf_liquid_rub_bn");
  col_.nwf_western = table.add_column("nwf_western_rub_bn");
  col_.debt = table.add_column("ofz_debt_rub_bn");
  col_.key_rate = table.add_column("key_rate_pct");
  col_.cpi = table.add_column("cpi_yoy_pct");
  col_.usd_rub = table.add_column("usd_rub");
  col_.gdp = table.add_column("gdp_yoy_pct");
  col_.unemployment = table.add_column("unemployment_pct");
  col_.real_wage = table.add_column("real_wage_yoy_pct");
  col_.damper = table.add_column("damper_rub_bn");
  // The series the state's metrics are statistics of (state_metrics.cpp).
  col_.og_usd = table.add_column("oil_gas_budget_revenue_usd_bn");
  col_.og_real = table.add_column("oil_gas_budget_revenue_real_rub_bn");
  col_.met_accrued = table.add_column("met_crude_accrued_rub_bn");
  col_.ndd_accrued = table.add_column("ndd_accrued_rub_bn");
  col_.ndd_paid = table.add_column("ndd_paid_rub_bn");
  col_.gas_accrued = table.add_column("gas_taxes_accrued_rub_bn");
  col_.nwf_shortfall = table.add_column("nwf_shortfall_rub_bn");
  col_.deficit_12m = table.add_column("budget_deficit_12m_rub_bn", Cell::MayBeEmpty);
  col_.fx_exports = table.add_column("fx_exports_usd_bn");
  col_.fx_imports = table.add_column("fx_imports_usd_bn");
  if (agents_mode()) {
    col_.defence_share = table.add_column("employment_defence_share");
    col_.defence_backlog = table.add_column("defence_backlog_rub_bn");
    col_.soldiers = table.add_column("contract_soldiers_k");
    col_.deposits = table.add_column("household_deposits_rub_bn");
    col_.loans = table.add_column("firm_loans_rub_bn");
    col_.household_loans = table.add_column("household_loans_rub_bn");
    col_.imports = table.add_column("imports_usd_bn");
    col_.vat_households = table.add_column("vat_households_rub_bn");
    col_.vat_state = table.add_column("vat_state_purchases_rub_bn");
    col_.profit_tax_fed = table.add_column("profit_tax_federal_rub_bn");
    col_.pit_fed = table.add_column("pit_federal_rub_bn");
    col_.other_taxes = table.add_column("other_federal_taxes_rub_bn");
    col_.fed_dividends = table.add_column("federal_dividends_rub_bn");
    col_.bank_profit_tax = table.add_column("bank_profit_tax_federal_rub_bn");
    col_.dividend_withholding = table.add_column("dividend_withholding_rub_bn");
    col_.import_customs = table.add_column("import_customs_rub_bn");
    col_.dividends_abroad = table.add_column("dividends_abroad_rub_bn");
    col_.dividends_retained = table.add_column("dividends_retained_rub_bn");
    col_.dividends_type_c = table.add_column("dividends_type_c_rub_bn");
    col_.type_c_deposits = table.add_column("type_c_deposits_rub_bn");
    col_.household_excises = table.add_column("household_excises_rub_bn");
    col_.bank_operating_costs = table.add_column("bank_operating_costs_rub_bn");
    col_.bank_net_profit = table.add_column("bank_net_profit_rub_bn");
    col_.bank_dividends = table.add_column("bank_dividends_rub_bn");
    col_.bank_dividends_state = table.add_column("bank_dividends_state_rub_bn");
    for (std::size_t s = 0; s < kSectors; ++s)
      col_.output[s] = table.add_column(fmt::format("output_{}_rub_bn", kSectorCodes[s]));
    col_.import_price = table.add_column("import_price_index");
    for (std::size_t s = 0; s < kSectors; ++s)
      col_.price_index[s] = table.add_column(fmt::format("price_index_{}", kSectorCodes[s]));
    col_.average_wage = table.add_column("average_wage_rub");
    col_.wage_yoy = table.add_column("wage_yoy_pct");
    col_.consumption = table.add_column("household_consumption_rub_bn");
    col_.consumption_real = table.add_column("household_consumption_real_rub_bn");
    col_.investment = table.add_column("investment_rub_bn");
    col_.investment_real = table.add_column("investment_real_rub_bn");
    col_.expected_inflation = table.add_column("expected_inflation_pct");
    col_.wage_growth_inflation = table.add_column("wage_growth_expected_inflation_pct");
    col_.wage_growth_correction = table.add_column("wage_growth_error_correction_pct");
    col_.wage_growth_market = table.add_column("wage_growth_labour_market_pct");
    col_.wage_growth_other = table.add_column("wage_growth_other_pct");
    col_.exports_filled = table.add_column("non_energy_exports_filled_share");
    static_assert(kHouseholdAccountColumns.size() == std::tuple_size_v<decltype(col_.household_account)>);
    for (std::size_t k = 0; k < kHouseholdAccountColumns.size(); ++k)
      col_.household_account[k] = table.add_column(kHouseholdAccountColumns[k].name);
    col_.unemployed = table.add_column("unemployed_k");
    static_assert(kLabourFlowColumns.size() == std::tuple_size_v<decltype(col_.labour_flow)>);
    for (std::size_t k = 0; k < kLabourFlowColumns.size(); ++k)
      col_.labour_flow[k] = table.add_column(kLabourFlowColumns[k].name);
    col_.has_purchases_abroad = p_.agents.household_purchases_abroad;
    if (col_.has_purchases_abroad)
      col_.purchases_abroad = table.add_column("household_purchases_abroad_usd_bn");
  }
  columns_registered_ = true;
}

void RussianState::set_policy(const StatePolicy& policy) {
  if (policy.war_since && war_start_day_ == std::numeric_limits<int>::min())
    war_start_day_ = policy.war_since->days;
  floor_discount_usd_per_bbl_ = policy.tax_discount_floor_usd_per_bbl;
}

void RussianState::step_month(const OilMonth& oil, SeriesTable& table) {
  const int year = oil.month.year();
  const unsigned month = oil.month.month();
  if (year > last_year_) {
    spending_paths_.new_year(p_.spending, year, view_.cpi_yoy_pct);
    last_year_ = year;
  }
  check_oil_inputs(oil);
  StateMonth m;
  m.month = oil.month;
  const double nwf_before_rub_bn = nwf_liquid_rub_bn();
  const double western_before_rub_bn = nwf_.western_usd_bn * usd_rub_;
  const double prev_usd_rub = usd_rub_;
  const double prev_key_rate = cbr_.key_rate_pct;
  const double prev_cpi_yoy = view_.cpi_yoy_pct;
  // 0. The fund's currencies against the dollar (opt-in), before the ruble moves; a new year's
  //    purchases start a new Treasury account, last year's waits for its credit.
  double nwf_revalued_rub_bn = nwf_before_rub_bn;
  double western_revalued_rub_bn = western_before_rub_bn;
  if (p_.financing.nwf_cross_rates) {
    const auto [total_rub_bn, western_rub_bn] = revalue_cross_rates(oil.month, prev_usd_rub);
    m.nwf_valuation_rub_bn += total_rub_bn;
    m.nwf_western_valuation_rub_bn += western_rub_bn;
    nwf_revalued_rub_bn += total_rub_bn;
    western_revalued_rub_bn += western_rub_bn;
  }
  if (defers_credit() && month == 1) {
    treasury_last_year_ += treasury_this_year_;
    treasury_this_year_ = FxParts{};
  }

  // 1. Ruble: this month's export earnings meet imports, capital flows and last month's
  //    (unmirrored) NWF operations, which the Treasury books a month after the revenue.
  const double gas_exports_usd_bn =
      smooth_path_from(p_.ruble.gas_exports_usd_bn_per_month, oil.month, p_.ruble.flow_paths_break_from);
  FxFlows fx;
  fx.energy_exports_usd_bn = oil.oil_export_revenue_usd_bn + gas_exports_usd_bn;
  fx.non_energy_exports_usd_bn = smooth_path_from(p_.ruble.non_energy_exports_usd_bn_per_month, oil.month,
                                                  p_.ruble.flow_paths_break_from);
  // Agents mode: exports that grow within the year (agent_flows.hpp), handed to the agents; the FX market
  // sells them only under `fx_reads_within_year` (its other flows are still the years' levels).
  agents_non_energy_exports_usd_bn_ = fx.non_energy_exports_usd_bn;
  if (agents_mode() && p_.agent_flows.within_year) {
    agents_non_energy_exports_usd_bn_ = non_energy_exports_within_year_usd_bn(
        p_.agent_flows, fx.non_energy_exports_usd_bn,
        smooth_path_from(p_.ruble.non_energy_exports_usd_bn_per_month, YearMonth::from(year - 1, 12),
                         p_.ruble.flow_paths_break_from),
        oil.month);
    if (p_.agent_flows.fx_reads_within_year) fx.non_energy_exports_usd_bn = agents_non_energy_exports_usd_bn_;
  }
  // Agents mode: volumes that answer to the real exchange rate (non_energy_exports.hpp). The FX market
  // sells the same dollars that the agents' exporters are paid for (step_economy).
  if (agents_mode() && p_.ruble.non_energy_exports_answer_to_real_rate) {
    non_energy_volume_factor_ =
        non_energy_volume_.step(p_.ruble, oil.month, agents_real_rate_last_month(prev_usd_rub));
    fx.non_energy_exports_usd_bn *= non_energy_volume_factor_;
  }
  if (agents_ && p_.ruble.agents_fx_on_delivered_exports)
    fx.non_energy_exports_usd_bn *= agents_->readings().non_energy_exports_filled;  // last month's
  fx.conversion_share = std::max(p_.ruble.voluntary_conversion_share, p_.ruble.mandatory_sale_share.at(year));
  fx.import_demand_usd_bn =
      agents_
          ? agents_import_scale_ * agents_->readings().imports_usd_bn  // last month's imports of the agents
          : p_.ruble.imports_usd_bn_per_month_ref.at(year) * import_access_of_month(p_.ruble, oil.month) *
                std::pow(view_.real_gdp_index / p_.initial.real_gdp_index, p_.ruble.import_income_elasticity);
  fx_import_demand_usd_bn_ = fx.import_demand_usd_bn;
  const double real_rate_gap = prev_key_rate - prev_cpi_yoy - p_.cbr.neutral_real_rate_pct.at(year);
  fx.capital_outflow_usd_bn = capital_outflow_usd_bn(
      p_.ruble, oil.month,
      capital_flow_rate_gap_pp(p_.ruble, prev_key_rate, prev_cpi_yoy, view_.underlying_momentum_pct,
                               view_.expected_inflation_pct, p_.cbr.neutral_real_rate_pct.at(year)));
  fx.liabilities_repaid_usd_bn = p_.ruble.liabilities_repaid_usd_bn_per_month.at(year);
  fx.cbr_net_purchases_usd_bn =
      (1.0 - p_.cbr.mirror_share.at(year)) * prev_nwf_net_purchases_rub_bn_ / prev_usd_rub;
  world_price_level_ *= std::exp(std::log1p(p_.ruble.world_inflation_pct / 100.0) / 12.0);
  // Imports answer to the real rate, so the ruble follows prices (purchasing-power parity, the ruble's
  // nominal anchor). Aggregate mode: the aggregate's price level. Agents mode: the agents' dollar bill of
  // last month stands for the demand, and the real rate is the import price over the price of domestic
  // output, the relative price the agents' import shares answer to; their CPI holds the import price
  // itself, which would feed the ruble back into its own clearing rate (clearing on the agents' ruble bill
  // alone was measured explosive and removed; docs/MODEL_STATE.md section 5). With
  // agents_parity_on_import_price the foreign price is the agents' dollar import price, so the market
  // clears the real import price their import demand answers to (docs/ECONOMY.md, "The agents' nominal
  // anchor").
  const double premium = std::exp(war_premium_log(oil.month));
  const double price_ratio = (agents_ ? agents_->readings().output_price_index / first_output_price_
                                      : view_.price_level / p_.initial.price_level) /
                             (world_price_level_ * parity_foreign_price_beyond_world());
  const FxClearing clearing =
      clear_fx_market(p_.ruble, fx, price_ratio, p_.initial.usd_rub * premium, prev_usd_rub);
  usd_rub_ = clearing.usd_rub;
  m.usd_rub = usd_rub_;
  m.fx_exports_usd_bn = fx.energy_exports_usd_bn + fx.non_energy_exports_usd_bn;
  m.fx_import_demand_usd_bn = fx.import_demand_usd_bn;
  m.fx_for_imports_usd_bn = clearing.for_imports_usd_bn;
  m.fx_clearing_usd_rub = clearing.clearing_usd_rub;

  // 2. Oil and gas taxes; NDD is paid after each quarter (Q4 with the annual return in March).
  const TaxInputs in = tax_inputs(p_.tax, oil, usd_rub_, floor_discount_usd_per_bbl_);
  m.taxes = oil_gas_revenue(p_.tax, in);
  if (!ndd_started_) {  // the quarter before the run was earned at the first month's pace
    ndd_due_march_rub_bn_ = 3.0 * m.taxes.ndd_accrued_rub_bn;
    ndd_due_next_month_rub_bn_ = ndd_due_march_rub_bn_;
    ndd_started_ = true;
  }
  if (month == 3) m.ndd_paid_rub_bn = std::exchange(ndd_due_march_rub_bn_, 0.0);
  if (month == 4 || month == 7 || month == 10)
    m.ndd_paid_rub_bn = std::exchange(ndd_due_next_month_rub_bn_, 0.0);
  ndd_pending_rub_bn_ += m.taxes.ndd_accrued_rub_bn;
  if (month == 3 || month == 6 || month == 9)
    ndd_due_next_month_rub_bn_ = std::exchange(ndd_pending_rub_bn_, 0.0);
  if (month == 12) ndd_due_march_rub_bn_ = std::exchange(ndd_pending_rub_bn_, 0.0);
  // MET on crude is paid on the 25th (28th from 2023) of the month after production (Tax Code art.
  // 344): this month's cash is last month's MET. The first month pays a December at its own pace.
  if (!met_started_) {
    met_due_rub_bn_ = m.taxes.met_crude_rub_bn;
    met_started_ = true;
  }
  m.met_paid_rub_bn = std::exchange(met_due_rub_bn_, m.taxes.met_crude_rub_bn);
  m.oil_gas_revenue_rub_bn = m.taxes.accrual_total_rub_bn() - m.taxes.ndd_accrued_rub_bn + m.ndd_paid_rub_bn -
                             m.taxes.met_crude_rub_bn + m.met_paid_rub_bn;

  // 3. Budget rule, revenue, spending, financing.
  m.rule = budget_rule(p_.rule, p_.tax, in, m.taxes.accrual_total_rub_bn());
  const double gdp_rub_bn = view_.nominal_gdp_rub_bn;
  // Non-oil revenue: from the agents, the federal taxes and dividends they paid last month; else a
  // share of GDP.
  m.non_og_revenue_rub_bn =
      agents_ ? agents_->readings().federal_taxes_rub_bn + agents_->readings().federal_dividends_rub_bn
              : non_og_revenue_rub_bn(p_.financing, year, gdp_rub_bn);
  m.revenue_rub_bn = m.oil_gas_revenue_rub_bn + m.non_og_revenue_rub_bn;
  m.spending = spending_paths_.month(p_.spending, year);
  // Agents mode: the chapters grow within the year (agent_flows.hpp); the budget books what they are paid.
  if (agents_mode() && p_.agent_flows.within_year)
    m.spending = spending_within_year(p_.agent_flows, m.spending, oil.month);
  // Agents mode: the year's extra purchases after the invasion, not from 1 January (agent_flows.hpp).
  if (agents_mode() && p_.agent_flows.purchases_hold_until_invasion) {
    const YearMonth december = YearMonth::from(year - 1, 12);
    Spending before = spending_paths_.month(p_.spending, year - 1);
    if (p_.agent_flows.within_year) before = spending_within_year(p_.agent_flows, before, december);
    m.spending = purchases_held_until_invasion(p_.agent_flows, m.spending, before, oil.month);
  }
  const double fl = p_.financing.ofz_floating_share;
  m.spending.interest_rub_bn =
      ofz_debt_rub_bn_ * (fl * prev_key_rate + (1.0 - fl) * ofz_fixed_coupon_pct_) / 1200.0;
  // The Western part frozen in March 2022 stayed in the fund and in MinFin's liquid figure (1 Nov 2022:
  // 45.7 bn euros, 4.9 bn pounds, 692.7 bn yen of 7.873 trn) and was sold first from October 2022. The
  // code's default (scenarios/history_nwf_writeoff.toml; history.toml keeps it since session 15) writes it
  // off at the freeze, a revaluation (docs/MODEL_STATE.md section 2).
  if (p_.financing.nwf_freeze_writes_off && oil.month.yyyymm() == p_.financing.nwf_freeze_yyyymm) {
    const double written_off_rub_bn = -nwf_.western_usd_bn * usd_rub_;
    m.nwf_western_valuation_rub_bn += written_off_rub_bn;
    m.nwf_valuation_rub_bn += written_off_rub_bn;
    nwf_.western_usd_bn = 0;
    // The Treasury's Western currencies awaiting their credit were frozen with the fund's.
    treasury_this_year_.western_usd_bn = 0;
    treasury_last_year_.western_usd_bn = 0;
  }
  // The rule's sales may also draw on this year's purchases still on the Treasury's account.
  const double nwf_available = nwf_liquid_rub_bn() - p_.financing.nwf_floor_rub_bn +
                               (defers_credit() ? treasury_this_year_.total_usd_bn() * usd_rub_ : 0.0);
  m.financing = finance_month(p_.financing, oil.month, m.revenue_rub_bn, m.spending, m.rule, nwf_available,
                              ofz_debt_rub_bn_);

  // 4. Stocks. The NWF holds FX: valuation follows the ruble, flows convert at this month's rate.
  m.nwf_valuation_rub_bn += nwf_revalued_rub_bn * (usd_rub_ / prev_usd_rub - 1.0);
  m.nwf_western_valuation_rub_bn += western_revalued_rub_bn * (usd_rub_ / prev_usd_rub - 1.0);
  book_nwf_flows(m);
  prev_nwf_net_purchases_rub_bn_ = m.financing.nwf_purchases_rub_bn - m.financing.nwf_sales_rub_bn;
  const double ofz_yield_pct = prev_key_rate + p_.financing.ofz_spread_pct;
  const double repricing = 1.0 / (12.0 * p_.financing.ofz_avg_maturity_years) +
                           std::max(0.0, m.financing.borrowing_rub_bn) / std::max(ofz_debt_rub_bn_, 1.0);
  ofz_fixed_coupon_pct_ += std::min(1.0, repricing) * (ofz_yield_pct - ofz_fixed_coupon_pct_);
  ofz_debt_rub_bn_ += m.financing.borrowing_rub_bn;
  m.nwf_liquid_rub_bn = nwf_liquid_rub_bn();
  m.nwf_western_rub_bn = nwf_.western_usd_bn * usd_rub_;
  m.ofz_debt_rub_bn = ofz_debt_rub_bn_;
  m.deficit_12m_rub_bn = rolling_deficit_rub_bn(m);
  check_finite_budget(m);
  check_identities(m, nwf_before_rub_bn, western_before_rub_bn);

  // 5. Economy, then the central bank's decision for next month.
  step_economy(m, oil, fx, prev_key_rate, prev_usd_rub, real_rate_gap);
  const double w = p_.cbr.momentum_weight;
  const double rule_inflation_pct =
      w * view_.underlying_momentum_pct + (1.0 - w) * view_.underlying_inflation_pct;
  m.key_rate_pct = std::isfinite(pinned_key_rate_pct_)
                       ? cbr_.hold(pinned_key_rate_pct_)
                       : cbr_.decide(p_.cbr, year, month, rule_inflation_pct, view_.output_gap_pct,
                                     (usd_rub_ / prev_usd_rub - 1.0) * 100.0);

  check_finite_economy(m);

  last_ = m;
  if (columns_registered_ && table.rows() > 0) write(table);
}

std::pair<double, double> RussianState::revalue_cross_rates(YearMonth month, double prev_usd_rub) {
  const double western = nwf_western_cross_factor(month);
  const double eastern = nwf_eastern_cross_factor(month);
  const double western_usd_bn = nwf_.western_usd_bn * (western - 1.0);
  const double eastern_usd_bn = nwf_.eastern_usd_bn * (eastern - 1.0);
  nwf_.western_usd_bn += western_usd_bn;
  nwf_.eastern_usd_bn += eastern_usd_bn;
  for (FxParts* parts : {&treasury_this_year_, &treasury_last_year_}) {
    parts->western_usd_bn *= western;
    parts->eastern_usd_bn *= eastern;
  }
  return {(western_usd_bn + eastern_usd_bn) * prev_usd_rub, western_usd_bn * prev_usd_rub};
}

void RussianState::book_nwf_flows(StateMonth& m) {
  const Financing& f = m.financing;
  const int freeze = p_.financing.nwf_freeze_yyyymm;
  const bool frozen = freeze != 0 && m.month.yyyymm() >= freeze;
  const double fund_rub_bn = nwf_liquid_rub_bn();
  // Before the freeze FX is bought and sold along the fund's currency structure; after it the Western
  // currencies are bought no more and sold first.
  const double western_share = frozen ? 0.0 : nwf_.western_share(p_.financing.nwf_western_share);
  FxFlow fund_bought = fx_purchase(f.nwf_purchases_rub_bn, western_share);
  double fund_sales_rub_bn = f.nwf_sales_rub_bn;
  if (defers_credit()) {
    // The year's purchases wait on the Treasury's account; the rule's sales draw on it first
    // (and any sale the fund alone cannot meet: the account counted as available to finance_month).
    book_fx(treasury_this_year_, fund_bought, FxFlow{}, usd_rub_);
    const double rule_sales_rub_bn = std::min(m.rule.sales_rub_bn, f.nwf_sales_rub_bn);
    const double beyond_fund_rub_bn = f.nwf_sales_rub_bn - fund_rub_bn;
    const double from_treasury_rub_bn =
        take_fx(treasury_this_year_, std::max(rule_sales_rub_bn, beyond_fund_rub_bn), usd_rub_, frozen)
            .total_rub_bn;
    fund_bought = fx_purchase(0.0, western_share);
    fund_sales_rub_bn = f.nwf_sales_rub_bn - from_treasury_rub_bn;
    m.nwf_deferred_net_rub_bn = f.nwf_purchases_rub_bn - from_treasury_rub_bn;
  }
  const FxFlow fund_sold = fx_sale(nwf_, fund_sales_rub_bn, usd_rub_, frozen);
  book_fx(nwf_, fund_bought, fund_sold, usd_rub_);
  m.nwf_western_purchases_rub_bn = fund_bought.western_rub_bn;
  m.nwf_western_sales_rub_bn = fund_sold.western_rub_bn;
  // Last year's purchases, the year's execution done, are credited to the fund.
  if (defers_credit() && static_cast<int>(m.month.month()) == p_.financing.nwf_credit_month) {
    m.nwf_western_credited_rub_bn = treasury_last_year_.western_usd_bn * usd_rub_;
    m.nwf_credited_rub_bn = treasury_last_year_.total_usd_bn() * usd_rub_;
    nwf_ += treasury_last_year_;
    treasury_last_year_ = FxParts{};
  }
  if (defers_credit())
    m.nwf_treasury_fx_rub_bn =
        (treasury_this_year_.total_usd_bn() + treasury_last_year_.total_usd_bn()) * usd_rub_;
}

void RussianState::step_economy(const StateMonth& m, const OilMonth& oil, const FxFlows& fx,
                                double prev_key_rate, double prev_usd_rub, double real_rate_gap) {
  const int year = m.month.year();
  if (!agents_mode()) {
    EconomyInputs e;
    e.year = year;
    e.spending_pct_gdp = m.spending.total_rub_bn() * 12.0 / view_.nominal_gdp_rub_bn * 100.0;
    e.real_rate_gap_pct = real_rate_gap;
    e.energy_exports_usd_bn = fx.energy_exports_usd_bn;
    e.depreciation_log = std::log(usd_rub_ / prev_usd_rub);
    e.printed_rub_bn = m.financing.printed_rub_bn;
    e.war_shock_weight = war_shock_weight(oil.month);
    e.invasion_share = war_share_of_month(oil.month);
    economy_.step(p_.economy, p_.cbr, e);
    view_ = view_of(economy_, p_.economy);
    return;
  }
  // The agents: the state's spending, the oil and gas taxes and export revenue flow through them.
  const double volume_kbd = oil.crude_exports_kbd + oil.product_exports_kbd;
  if (!agents_) first_energy_volume_kbd_ = std::max(volume_kbd, 1.0);
  EconomyMonthInputs in;
  in.month = m.month;
  in.key_rate_pct = prev_key_rate;
  in.usd_rub = usd_rub_;
  in.world_price_level = world_price_level_;
  in.vat_rate_pct = p_.financing.vat_rate_pct.at(year);
  in.defence_rub_bn = m.spending.defence_rub_bn;
  in.security_rub_bn = m.spending.security_rub_bn;
  in.social_rub_bn = m.spending.social_rub_bn;
  in.other_rub_bn = m.spending.other_rub_bn;
  in.interest_rub_bn = m.spending.interest_rub_bn;
  in.oil_gas_taxes_rub_bn = m.oil_gas_revenue_rub_bn;
  in.energy_exports_usd_bn = fx.energy_exports_usd_bn;
  in.energy_export_volume_index = volume_kbd / first_energy_volume_kbd_;
  // The volume's answer to the real rate scales the dollars, not their price index (which stays the
  // within-year path's over the flat one): the agents sell that much more volume.
  in.non_energy_exports_usd_bn = agents_non_energy_exports_usd_bn_ * non_energy_volume_factor_;
  if (p_.agent_flows.within_year && p_.agent_flows.non_energy_exports_growth_is_price) {
    const double flat_usd_bn = smooth_path_from(p_.ruble.non_energy_exports_usd_bn_per_month, oil.month,
                                                p_.ruble.flow_paths_break_from);
    if (flat_usd_bn > 0) in.non_energy_export_price_index = agents_non_energy_exports_usd_bn_ / flat_usd_bn;
  }
  in.war_shock_weight = war_shock_weight(oil.month);
  in.inflation_target_pct = p_.cbr.inflation_target_pct;
  in.invasion_share = war_share_of_month(oil.month);
  if (p_.agents.rule_looks_through_import_jumps) {
    in.first_round_lookthrough = p_.cbr.supply_shock_lookthrough;
    in.large_import_rise_pct = p_.economy.large_depreciation_pct;
  }
  const bool first_month = !agents_;
  if (first_month) {
    const InitialState& s = p_.initial;
    EconomyStart start{.month = m.month,
                       .gdp_rub_bn_per_year = view_.nominal_gdp_rub_bn,
                       .price_level = s.price_level,
                       .real_gdp_index = s.real_gdp_index,
                       .unemployment_pct = s.unemployment_pct,
                       .cpi_yoy_pct = s.cpi_yoy_pct,
                       .gdp_yoy_pct = s.gdp_yoy_pct,
                       .wage_yoy_pct = s.wage_yoy_pct,
                       .key_rate_pct = s.key_rate_pct,
                       .usd_rub = usd_rub_,
                       .inflation_target_pct = p_.cbr.inflation_target_pct};
    agents_ = std::make_unique<AgentEconomy>(p_.agents, start, in);
    agents_start_year_ = year;
  }
  agents_->step(p_.agents, in);
  // The FX market was calibrated on the balance of payments' imports: the agents' import bill enters
  // it relative to its first month, scaled to that month's BoP level (docs/ECONOMY.md).
  if (first_month)
    agents_import_scale_ = fx_import_demand_usd_bn_ / std::max(agents_->readings().imports_usd_bn, 1e-9);
  const EconomyReadings& r = agents_->readings();
  if (first_month) first_output_price_ = r.output_price_index;
  // The Bank reads the output gap that its rule was fitted with: the aggregate economy's, which Okun's
  // law ties to unemployment (u = u* - okun x gap). The agents' own utilisation gap rises when their
  // capital shrinks, even with a fifth of the labour force idle (docs/ECONOMY.md, "The Bank's output
  // gap").
  // Its natural rate: the aggregate's yearly path, the start's in the run's first year
  // (rule_natural_rate_at_start), read between the years' middles (rule_natural_rate_between_years).
  const auto natural = [&](int y) {
    return p_.agent_flows.rule_natural_rate_at_start && y == agents_start_year_
               ? p_.initial.unemployment_pct
               : p_.economy.natural_unemployment_pct.at(y);
  };
  double natural_pct = natural(year);
  if (p_.agent_flows.rule_natural_rate_between_years) {
    const unsigned month = m.month.month();
    const int neighbour_year = month >= 7 ? year + 1 : std::max(year - 1, agents_start_year_);
    natural_pct = between_year_middles(natural_pct, natural(neighbour_year), month);
  }
  const double labour_gap_pct = okun_output_gap_pct(natural_pct, p_.economy.okun, r.unemployment_pct);
  view_ = EconomyView{.cpi_yoy_pct = r.cpi_yoy_pct,
                      .underlying_inflation_pct = r.underlying_cpi_yoy_pct,
                      .underlying_momentum_pct = r.underlying_cpi_momentum_pct,
                      // The agents' expectations are not read out: year on year stands in (the weight
                      // `capital_rate_expectations_weight` does not act in agents mode).
                      .expected_inflation_pct = r.cpi_yoy_pct,
                      .gdp_yoy_pct = r.gdp_yoy_pct,
                      .unemployment_pct = r.unemployment_pct,
                      .real_wage_yoy_pct = r.real_wage_yoy_pct,
                      .price_level = r.price_level,
                      .real_gdp_index = r.real_gdp_index,
                      .output_gap_pct = labour_gap_pct,
                      .nominal_gdp_rub_bn = r.nominal_gdp_rub_bn_per_year};
}

double RussianState::agents_real_rate_last_month(double prev_usd_rub) const {
  if (!agents_) return 1.0;  // the start
  return prev_usd_rub / p_.initial.usd_rub * world_price_level_ /
         (agents_->readings().output_price_index / first_output_price_);
}

// Agents mode: the foreign price the ruble's parity deflates by beyond the state's world price level:
// the agents' dollar import price over it (world goods prices and the sanctions wedge,
// `agents_parity_on_import_price`) or world goods prices alone (`agents_parity_on_world_goods`); 1
// without either and in aggregate mode.
double RussianState::parity_foreign_price_beyond_world() const {
  if (!agents_) return 1.0;
  const EconomyReadings& r = agents_->readings();
  if (p_.ruble.agents_parity_on_import_price) return r.import_dollar_price_over_world;
  if (p_.ruble.agents_parity_on_world_goods) return r.world_goods_relative;
  return 1.0;
}

double RussianState::war_premium_log(YearMonth month) const {
  if (war_start_day_ == std::numeric_limits<int>::min()) return 0.0;
  return war_premium_log_of_month(p_.ruble, war_start_day_, month);
}

double RussianState::war_share_of_month(YearMonth month) const {
  if (war_start_day_ == std::numeric_limits<int>::min()) return 0.0;
  return days_within(month, war_start_day_, std::numeric_limits<double>::infinity()) /
         month.first_day().days_in_month();
}

double RussianState::war_shock_weight(YearMonth month) const {
  if (war_start_day_ == std::numeric_limits<int>::min()) return 0.0;
  // The month's share of days after the announcement, times the decay from it to the month's start.
  const double elapsed_months =
      std::max(0.0, month.first_day().days - static_cast<double>(war_start_day_)) / 30.4375;
  return war_share_of_month(month) * std::exp(-elapsed_months / p_.economy.war_demand_shock_months);
}

void RussianState::check_identities(const StateMonth& m, double nwf_before_rub_bn,
                                    double western_before_rub_bn) const {
  const Financing& f = m.financing;
  const double lhs = m.revenue_rub_bn - m.spending.total_rub_bn();
  const double rhs = -(f.borrowing_rub_bn + f.nwf_sales_rub_bn + f.printed_rub_bn) + f.nwf_purchases_rub_bn;
  const double scale = 1.0 + std::abs(m.revenue_rub_bn) + std::abs(m.spending.total_rub_bn());
  if (!(std::abs(lhs - rhs) <= 1e-9 * scale))
    throw std::logic_error(
        fmt::format("{}: budget identity broken: revenue - spending = {} but financing gives {}",
                    m.month.str(), lhs, rhs));
  const double change = m.nwf_liquid_rub_bn - nwf_before_rub_bn;
  const double flows = f.nwf_purchases_rub_bn - f.nwf_sales_rub_bn - m.nwf_deferred_net_rub_bn +
                       m.nwf_credited_rub_bn + m.nwf_valuation_rub_bn;
  // The rounding of a sum is bounded by its terms' absolute values (Higham 2002, 4.2), not by its result:
  // purchases and sales that nearly cancel in a runaway carry their own size's error.
  const double gross = std::abs(f.nwf_purchases_rub_bn) + std::abs(f.nwf_sales_rub_bn) +
                       std::abs(m.nwf_deferred_net_rub_bn) + std::abs(m.nwf_credited_rub_bn) +
                       std::abs(m.nwf_valuation_rub_bn);
  if (!(std::abs(change - flows) <=
        1e-9 * (1.0 + std::abs(nwf_before_rub_bn) + std::abs(m.nwf_liquid_rub_bn) + gross)))
    throw std::logic_error(
        fmt::format("{}: NWF stock-flow broken: change {} but purchases - sales + valuation = {}",
                    m.month.str(), change, flows));
  const double western_change = m.nwf_western_rub_bn - western_before_rub_bn;
  const double western_flows = m.nwf_western_purchases_rub_bn - m.nwf_western_sales_rub_bn +
                               m.nwf_western_credited_rub_bn + m.nwf_western_valuation_rub_bn;
  const double western_gross =
      std::abs(m.nwf_western_purchases_rub_bn) + std::abs(m.nwf_western_sales_rub_bn) +
      std::abs(m.nwf_western_credited_rub_bn) + std::abs(m.nwf_western_valuation_rub_bn);
  if (!(std::abs(western_change - western_flows) <=
        1e-9 * (1.0 + std::abs(western_before_rub_bn) + std::abs(m.nwf_western_rub_bn) + western_gross)))
    throw std::logic_error(fmt::format(
        "{}: NWF Western-part stock-flow broken: change {} but purchases - sales + valuation = {}",
        m.month.str(), western_change, western_flows));
  if (m.nwf_western_rub_bn < -1e-6 || m.nwf_western_rub_bn > m.nwf_liquid_rub_bn + 1e-6)
    throw std::logic_error(fmt::format("{}: NWF Western part {} outside [0, liquid part {}]", m.month.str(),
                                       m.nwf_western_rub_bn, m.nwf_liquid_rub_bn));
  if (m.nwf_liquid_rub_bn < -1e-6)
    throw std::logic_error(
        fmt::format("{}: NWF liquid part negative ({})", m.month.str(), m.nwf_liquid_rub_bn));
}

void RussianState::check_oil_inputs(const OilMonth& o) const {
  const YearMonth t = o.month;
  require_finite(t, "oil.brent_usd_per_bbl", o.brent_usd_per_bbl, p_);
  require_finite(t, "oil.urals_fob_usd_per_bbl", o.urals_fob_usd_per_bbl, p_);
  require_finite(t, "oil.espo_fob_usd_per_bbl", o.espo_fob_usd_per_bbl, p_);
  require_finite(t, "oil.export_crude_price_usd_per_bbl", o.export_crude_price_usd_per_bbl, p_);
  require_finite(t, "oil.product_fob_usd_per_bbl", o.product_fob_usd_per_bbl, p_);
  require_finite(t, "oil.crude_output_kbd", o.crude_output_kbd, p_);
  require_finite(t, "oil.refinery_runs_kbd", o.refinery_runs_kbd, p_);
  require_finite(t, "oil.crude_exports_kbd", o.crude_exports_kbd, p_);
  require_finite(t, "oil.product_exports_kbd", o.product_exports_kbd, p_);
  require_finite(t, "oil.oil_export_revenue_usd_bn", o.oil_export_revenue_usd_bn, p_);
}

// In the order the month computes them, so that the first one named is where the runaway shows first.
void RussianState::check_finite_budget(const StateMonth& m) const {
  const YearMonth t = m.month;
  require_finite(t, "usd_rub", m.usd_rub, p_);
  require_finite(t, "oil_gas_budget_revenue_rub_bn", m.oil_gas_revenue_rub_bn, p_);
  require_finite(t, "damper_rub_bn", m.taxes.damper_rub_bn, p_);
  require_finite(t, "budget_revenue_rub_bn", m.revenue_rub_bn, p_);
  require_finite(t, "defence_spending_rub_bn", m.spending.defence_rub_bn, p_);
  require_finite(t, "budget_spending_rub_bn", m.spending.total_rub_bn(), p_);
  require_finite(t, "budget_balance_rub_bn", m.balance_rub_bn(), p_);
  require_finite(t, "ofz_debt_rub_bn", m.ofz_debt_rub_bn, p_);
  require_finite(t, "nwf_liquid_rub_bn", m.nwf_liquid_rub_bn, p_);
}

void RussianState::check_finite_economy(const StateMonth& m) const {
  const YearMonth t = m.month;
  require_finite(t, "cpi_yoy_pct", view_.cpi_yoy_pct, p_);
  require_finite(t, "gdp_yoy_pct", view_.gdp_yoy_pct, p_);
  require_finite(t, "unemployment_pct", view_.unemployment_pct, p_);
  require_finite(t, "real_wage_yoy_pct", view_.real_wage_yoy_pct, p_);
  require_finite(t, "key_rate_pct", m.key_rate_pct, p_);
}

double RussianState::rolling_deficit_rub_bn(const StateMonth& m) {
  recent_balance_rub_bn_[static_cast<std::size_t>(months_done_ % 12)] = m.balance_rub_bn();
  ++months_done_;
  if (months_done_ < 12) return std::numeric_limits<double>::quiet_NaN();
  // Summed in ring order, not month order: the order the former peak_deficit_rub_bn accumulator used,
  // so that the metric kept its value to the last bit.
  double sum = 0;
  for (double b : recent_balance_rub_bn_) sum += b;
  return -sum;
}

void RussianState::write(SeriesTable& t) const {
  const StateMonth& m = last_;
  t.set(col_.og, m.oil_gas_revenue_rub_bn);
  t.set(col_.revenue, m.revenue_rub_bn);
  t.set(col_.spending, m.spending.total_rub_bn());
  t.set(col_.defence, m.spending.defence_rub_bn);
  t.set(col_.balance, m.balance_rub_bn());
  t.set(col_.nwf, m.nwf_liquid_rub_bn);
  t.set(col_.nwf_western, m.nwf_western_rub_bn);
  t.set(col_.debt, m.ofz_debt_rub_bn);
  t.set(col_.key_rate, m.key_rate_pct);
  t.set(col_.cpi, view_.cpi_yoy_pct);
  t.set(col_.usd_rub, m.usd_rub);
  t.set(col_.gdp, view_.gdp_yoy_pct);
  t.set(col_.unemployment, view_.unemployment_pct);
  t.set(col_.real_wage, view_.real_wage_yoy_pct);
  t.set(col_.damper, m.taxes.damper_rub_bn);
  t.set(col_.og_usd, m.oil_gas_revenue_rub_bn / m.usd_rub);           // at the month's rate
  t.set(col_.og_real, m.oil_gas_revenue_rub_bn / view_.price_level);  // CPI level, 2020 = 1
  t.set(col_.met_accrued, m.taxes.met_crude_rub_bn);
  t.set(col_.ndd_accrued, m.taxes.ndd_accrued_rub_bn);
  t.set(col_.ndd_paid, m.ndd_paid_rub_bn);
  t.set(col_.gas_accrued, m.taxes.gas_rub_bn + m.taxes.gazprom_extra_rub_bn);
  t.set(col_.nwf_shortfall, m.financing.shortfall_rub_bn);
  t.set(col_.deficit_12m, m.deficit_12m_rub_bn);
  t.set(col_.fx_exports, m.fx_exports_usd_bn);
  t.set(col_.fx_imports, m.fx_for_imports_usd_bn);
  if (agents_) {
    const EconomyReadings& r = agents_->readings();
    t.set(col_.defence_share, r.employment_defence_share);
    t.set(col_.defence_backlog, r.defence_backlog_rub_bn);
    t.set(col_.soldiers, r.contract_soldiers_k);
    t.set(col_.deposits, r.household_deposits_rub_bn);
    t.set(col_.loans, r.firm_loans_rub_bn);
    t.set(col_.household_loans, r.household_loans_rub_bn);
    t.set(col_.imports, r.imports_usd_bn);
    if (col_.has_purchases_abroad) t.set(col_.purchases_abroad, r.household_purchases_abroad_usd_bn);
    t.set(col_.vat_households, r.vat_households_rub_bn);
    t.set(col_.vat_state, r.vat_state_purchases_rub_bn);
    t.set(col_.profit_tax_fed, r.profit_tax_federal_rub_bn);
    t.set(col_.pit_fed, r.pit_federal_rub_bn);
    t.set(col_.other_taxes, r.other_federal_taxes_rub_bn);
    t.set(col_.fed_dividends, r.federal_dividends_rub_bn);
    t.set(col_.bank_profit_tax, r.bank_profit_tax_federal_rub_bn);
    t.set(col_.dividend_withholding, r.dividend_withholding_rub_bn);
    t.set(col_.import_customs, r.import_customs_rub_bn);
    t.set(col_.dividends_abroad, r.dividends_abroad_rub_bn);
    t.set(col_.dividends_retained, r.dividends_retained_rub_bn);
    t.set(col_.dividends_type_c, r.dividends_type_c_rub_bn);
    t.set(col_.bank_operating_costs, r.bank_operating_costs_rub_bn);
    t.set(col_.bank_net_profit, r.bank_net_profit_rub_bn);
    t.set(col_.bank_dividends, r.bank_dividends_rub_bn);
    t.set(col_.bank_dividends_state, r.bank_dividends_state_rub_bn);
    t.set(col_.type_c_deposits, r.type_c_deposits_rub_bn);
    t.set(col_.household_excises, r.household_excises_rub_bn);
    for (std::size_t s = 0; s < kSectors; ++s) t.set(col_.output[s], r.output_rub_bn[s]);
    t.set(col_.import_price, r.import_price_index);
    for (std::size_t s = 0; s < kSectors; ++s) t.set(col_.price_index[s], r.sector_price_index[s]);
    t.set(col_.average_wage, r.average_wage_rub);
    t.set(col_.wage_yoy, r.nominal_wage_yoy_pct);
    t.set(col_.consumption, r.household_spending_rub_bn);
    t.set(col_.consumption_real, r.household_spending_real_rub_bn);
    t.set(col_.investment, r.investment_rub_bn);
    t.set(col_.investment_real, r.investment_real_rub_bn);
    t.set(col_.expected_inflation, r.expected_inflation_pct);
    t.set(col_.wage_growth_inflation, r.wage_growth_expected_inflation_pct);
    t.set(col_.wage_growth_correction, r.wage_growth_error_correction_pct);
    t.set(col_.wage_growth_market, r.wage_growth_labour_market_pct);
    t.set(col_.wage_growth_other, r.wage_growth_other_pct);
    t.set(col_.exports_filled, r.non_energy_exports_filled);
    for (std::size_t k = 0; k < kHouseholdAccountColumns.size(); ++k)
      t.set(col_.household_account[k], r.*kHouseholdAccountColumns[k].reading);
    t.set(col_.unemployed, r.unemployed_k);
    for (std::size_t k = 0; k < kLabourFlowColumns.size(); ++k)
      t.set(col_.labour_flow[k], r.labour_flows_k.*kLabourFlowColumns[k].reading);
  }
}

void RussianState::hash(StateHasher& h) const {
  h.value(floor_discount_usd_per_bbl_);
  h.value(war_start_day_);
  h.value(usd_rub_);
  h.value(world_price_level_);
  h.value(nwf_.western_usd_bn);
  h.value(nwf_.eastern_usd_bn);
  if (defers_credit()) {  // hashed only where used, so that runs without it keep their hashes
    h.value(treasury_this_year_.western_usd_bn);
    h.value(treasury_this_year_.eastern_usd_bn);
    h.value(treasury_last_year_.western_usd_bn);
    h.value(treasury_last_year_.eastern_usd_bn);
  }
  h.value(ofz_debt_rub_bn_);
  h.value(ofz_fixed_coupon_pct_);
  h.value(prev_nwf_net_purchases_rub_bn_);
  h.value(ndd_pending_rub_bn_);
  h.value(ndd_due_next_month_rub_bn_);
  h.value(ndd_due_march_rub_bn_);
  h.value(met_due_rub_bn_);
  h.value(agents_import_scale_);
  if (agents_) h.value(first_output_price_);
  if (agents_mode() && p_.ruble.non_energy_exports_answer_to_real_rate) {  // hashed only where used
    h.value(non_energy_volume_.real_rate_seen());
    h.value(non_energy_volume_.log_reference_sum());
  }
  h.value(fx_import_demand_usd_bn_);
  h.value(cbr_.key_rate_pct);
  h.value(cbr_.rule_rate_pct);
  h.value(cbr_.emergency_floor_pct);
  h.value(spending_paths_.indexation());
  economy_.hash(h);
  if (agents_) agents_->hash(h);
  for (double b : recent_balance_rub_bn_) h.value(b);
  h.value(months_done_);
}

}  // namespace sancsim
