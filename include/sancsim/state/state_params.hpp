#pragma once
// Parameters of the Russian state: taxes, budget rule, spending, financing, central bank, ruble,
// economy and the stocks at the start of a run. Each value's source or calibration target is in
// docs/MODEL_STATE.md; defaults are calibrated to the windows 2015-01..2022-11 and 2024.
#include <string>
#include <vector>

#include "sancsim/economy/economy_params.hpp"
#include "sancsim/engine/date.hpp"
#include "sancsim/engine/param_table.hpp"
#include "sancsim/state/agent_flows.hpp"

namespace sancsim {

// Oil and gas tax rules (Tax Code art. 342, 342.5, 333.45; Customs tariff law 5003-1 art. 3.1).
struct TaxParams {
  double kndpi_rub_per_t = 919;                          // base MET rate on crude (Kndpi), 2017 onward
  double met_kc_cutoff_usd_per_bbl = 15;                 // Kc = (Urals - 15) * RUB/USD / 261
  YearPath met_kk_rub_per_t{{{2021, 428}, {2022, 0}}};   // Kk add-on of the tax manoeuvre (0 from 2022)
  YearPath met_addon_rub_per_t{{{2021, 0}, {2023, 0}}};  // post-2022 MET add-ons, lump (scenario lever)
  double met_effective_share =
      0.579;  // share of the nominal MET liability collected (reliefs; scenarios/calibration/ndd.toml)
  YearPath duty_coefficient{{{2019, 5.0 / 6},
                             {2020, 4.0 / 6},
                             {2021, 3.0 / 6},
                             {2022, 2.0 / 6},
                             {2023, 1.0 / 6},
                             {2024, 0.0}}};  // share of the full export duty still levied
  double duty_paying_share = 0.85;           // crude exports that pay the duty (EAEU, exempt fields)
  double product_duty_ratio = 0.55;          // product duty per tonne relative to crude (volume-weighted)
  double bbl_per_t_crude = 7.3;
  double bbl_per_t_products = 7.5;
  YearPath urals_tax_premium_usd_per_bbl{
      {{2021, 2.0}, {2022, 4.0}, {2024, 6.0}}};  // MinFin CIF basis over FOB
  double ndd_rate = 0.5;                         // profit-based tax (NDD) rate on the tax base
  double ndd_output_share = 0.395;   // share of crude output under the NDD regime (calibration/ndd.toml)
  double ndd_cost_usd_per_bbl = 22;  // deductible costs (opex, capex allowance, transport)
  // Damper (damping component of the reverse excise, Tax Code art. 200 p. 27): per fuel,
  // compensation share x coefficient x (export netback - indicative domestic price) x volume sold at
  // home. The export netback is a European quotation (Brent + the fuel's crack, no Russian discount)
  // less delivery, less the product export duty (to 2023) and, where the dated rule says so, less the
  // Urals discount (capped).
  YearPath gasoline_crack_usd_per_bbl{
      {{2021, 9}, {2022, 20}, {2023, 16}, {2024, 12}}};  // Eurobob-type gasoline over Brent, NW Europe
  YearPath diesel_crack_usd_per_bbl{
      {{2021, 9}, {2022, 40}, {2023, 30}, {2024, 20}}};  // ULSD/ICE gasoil over Brent, NW Europe
  double bbl_per_t_gasoline = 8.5;
  double bbl_per_t_diesel = 7.45;
  double damper_delivery_usd_per_t = 35;  // Russian port to the European quotation's basis
  // Added to both netbacks: what the terms found (quotes, deductions, indicative prices) leave out of
  // the damper's level; calibrated to the 2024 monthly damper (docs/MODEL_STATE.md 1).
  double damper_netback_adjustment_usd_per_t = 246;
  double damper_product_duty_ratio = 0.30;  // light-product export duty over the crude duty (to 2023)
  double damper_compensation_share_gasoline = 0.68;  // share of the netback gap compensated (from 2020)
  double damper_compensation_share_diesel = 0.65;
  // The Urals discount to Brent deducted from the netback: gasoline from 1 Sep 2022, diesel from
  // 1 Jan 2023 (both to the end of 2026 as the law stands), capped at $25/bbl.
  Date damper_discount_gasoline_from = Date::from_ymd(2022, 9, 1);
  Date damper_discount_diesel_from = Date::from_ymd(2023, 1, 1);
  Date damper_discount_end = Date::from_ymd(2027, 1, 1);  // first day without the discount term
  double damper_discount_cap_usd_per_bbl = 25;
  // The damper coefficient: 1, but 0.5 in [from, end) (Law 389-FZ from 1 Sep 2023; restored 1 Oct 2023).
  double damper_reduced_coefficient = 0.5;
  Date damper_reduced_from = Date::from_ymd(2023, 9, 1);
  Date damper_reduced_end = Date::from_ymd(2023, 10, 1);
  // Indicative (notional) domestic wholesale prices, RUB/t (oil_mechanisms.md 5.1; some derived).
  YearPath indicative_gasoline_rub_per_t{{{2021, 52300},
                                          {2022, 55250},
                                          {2023, 56900},
                                          {2024, 58650},
                                          {2025, 60450},
                                          {2026, 62260},
                                          {2027, 64130},
                                          {2028, 66100},
                                          {2029, 68080},
                                          {2030, 70130}}};
  YearPath indicative_diesel_rub_per_t{{{2021, 50700},
                                        {2022, 52300},
                                        {2023, 53850},
                                        {2024, 55500},
                                        {2025, 57200},
                                        {2026, 58950},
                                        {2027, 60720},
                                        {2028, 62600},
                                        {2029, 64480},
                                        {2030, 66410}}};
  // Cut-off: no damper for a month in which the domestic exchange (SPIMEX) price of gasoline exceeds
  // its indicative price by more than 10%, or diesel by more than 20%; suspended in [from, end).
  double damper_cutoff_gasoline_pct = 10;
  double damper_cutoff_diesel_pct = 20;
  Date damper_cutoff_moratorium_from = Date::from_ymd(2025, 10, 1);
  Date damper_cutoff_moratorium_end = Date::from_ymd(2026, 5, 1);
  // The model has no domestic fuel market: the exchange price is the indicative price times these
  // ratios (1 = at the indicative price; a scenario lever for a domestic fuel crisis).
  YearPath exchange_price_ratio_gasoline{{{2021, 1.0}}};
  YearPath exchange_price_ratio_diesel{{{2021, 1.0}}};
  // Damper fuels sold at home as a share of refinery runs (barrels); the gasoline part of them.
  double damper_base_share = 0.45;
  double damper_gasoline_share = 0.5;
  YearPath gas_revenue_usd_bn_per_month{
      {{2021, 2.6}, {2022, 3.2}, {2023, 1.7}, {2024, 1.7}}};  // gas MET + duty
  double gas_revenue_brent_elasticity = 0.5;  // gas (oil-indexed contracts) response to Brent/75
  double gazprom_extra_met_q4_2022_rub_bn_per_month = 416;  // one-off, Oct-Dec 2022
  YearPath gazprom_extra_met_rub_bn_per_month{{{2021, 0}, {2023, 50}, {2026, 0}}};
};

// Budget rule: O&G revenue above the base goes to the NWF; shortfalls are covered from it.
struct BudgetRuleParams {
  YearPath cutoff_usd_per_bbl{{{2021, 43.3},
                               {2022, 44.2},
                               {2023, 45.0},
                               {2024, 60},
                               {2026, 59},
                               {2027, 58},
                               {2028, 57},
                               {2029, 56},
                               {2030, 55}}};
  YearPath fixed_base_rub_bn_per_year{{{2021, 0}, {2023, 8000}, {2024, 0}}};  // > 0 replaces the cut-off
  YearPath fx_purchases_suspended{{{2021, 0}, {2022, 1}, {2023, 0}}};  // 1 = no NWF purchases that year
};

// Federal spending (trn RUB a year, nominal, from the budget laws) and its financing.
struct SpendingParams {
  YearPath defence_rub_bn_per_year{
      {{2021, 3570}, {2022, 4679}, {2023, 4980}, {2024, 10780}, {2025, 13500}, {2026, 12600}}};
  YearPath security_rub_bn_per_year{
      {{2021, 2200}, {2022, 2600}, {2023, 3000}, {2024, 3300}, {2025, 3500}, {2026, 3600}}};
  YearPath social_rub_bn_per_year{
      {{2021, 9000}, {2022, 10900}, {2023, 11500}, {2024, 12000}, {2025, 12200}, {2026, 12600}}};
  YearPath other_rub_bn_per_year{
      {{2021, 9050}, {2022, 11700}, {2023, 11800}, {2024, 12060}, {2025, 10000}, {2026, 12000}}};
  bool index_after_last_year = true;  // years after a path's last point grow with CPI
  // The national defence chapter as a share of its path: a scenario lever that `set` events date (a
  // ceasefire's wind-down, an escalation's rise) without rewriting the budget laws' path.
  double defence_share_of_path = 1.0;
};

struct FinancingParams {
  // Share of the need (beyond the rule) sold from the NWF, in years without a planned amount below.
  // 0.5 in 2022-23 has no source; the sourced accounting (scenarios/history.toml's default) replaces it.
  YearPath nwf_deficit_share{{{2021, 0}, {2022, 0.5}, {2023, 0.5}, {2024, 0.72}, {2025, 0.5}}};
  // NWF money for the deficit planned by the budget law, bn RUB a year (> 0 replaces the share); the
  // draft budget of 28 Sep 2022 planned 3.19 trn for 2022 and 1.95 trn for 2023 (opt-in).
  YearPath nwf_deficit_plan_rub_bn_per_year{{{2021, 0}}};
  // No NWF money for the deficit before this month (YYYYMM; 0 = no date); the PM's order of 20 Oct
  // 2022 in the sourced accounting. A plan's year is spread evenly over its months from this one.
  int nwf_deficit_from_yyyymm = 0;
  // The part of the start year's plan that the dated order authorised, bn RUB (0 = none: the whole plan
  // spread evenly). > 0: this part spread over the months from the start, the rest of the year's plan
  // sold in December with the year's closing (the Reserve Fund's plan of 2017 was drawn so); 1,000 in
  // 2022 (the PM's order of 20 Oct 2022). docs/MODEL_STATE.md section 3, "The 2022 plan's months".
  double nwf_deficit_order_rub_bn = 0;
  YearPath monetary_financing_share{{{2021, 0}}};  // scenario option: share of the need printed
  std::string on_nwf_exhausted = "borrow";         // borrow | cut_spending | print
  double nwf_floor_rub_bn = 0;                     // liquid part kept untouched
  double nwf_western_share = 0.425;                // liquid part in euros, pounds and yen until the freeze
  // From this month (YYYYMM; 0 = never) the Western part is frozen abroad: still counted in the
  // liquid part, bought no more, and sold first (to the Bank of Russia) when the fund is drawn on.
  int nwf_freeze_yyyymm = 202203;
  // Whether the freeze writes the Western part off the liquid figure (the calibrated default) or keeps
  // it there, as MinFin's reports did (1 Nov 2022: 45.7 bn euros, 4.9 bn pounds, 692.7 bn yen).
  bool nwf_freeze_writes_off = true;
  // Whether the fund's USD value follows its currencies' cross rates against the dollar (euros, pounds
  // and yen; yuan and gold; monthly averages 2020-12..2022-11, held after; nwf_cross_rates.hpp). Off in
  // the calibrated default, which values both parts in dollars.
  bool nwf_cross_rates = false;
  // When the rule's FX purchases reach the fund: 0 = the month they are made (the default); 1..12 = they
  // wait on the Treasury's FX account and are credited in this month of the next year, the year's
  // execution done (2021's in May 2022: MinFin, 6 Jun 2022), and the rule's sales draw on that account
  // before the fund (the FX bought in Q1 2020 was sold in 2020: Accounts Chamber, Mar 2021).
  int nwf_credit_month = 0;
  double ofz_spread_pct = -1.0;            // OFZ yield over the key rate
  double ofz_floating_share = 0.35;        // OFZ-PK (RUONIA floaters) in the debt
  double ofz_avg_maturity_years = 6;       // fixed coupons reprice at this pace
  double non_og_revenue_vat_share = 0.37;  // VAT share of non-O&G revenue
  YearPath non_og_revenue_pct_gdp{{{2021, 14.4}, {2022, 12.7}, {2023, 14.5}, {2024, 16.35}, {2025, 17.05}}};
  YearPath vat_rate_pct{{{2021, 20}, {2026, 22}}};
};

// Central bank: an inertial Taylor rule at meeting months; mirror FX operations.
struct CentralBankParams {
  std::string meeting_months = "2,3,4,6,7,9,10,12";
  double inflation_target_pct = 4;
  YearPath neutral_real_rate_pct{{{2021, 1.5}, {2023, 2.5}, {2024, 4.0}}};
  double inflation_weight = 2.22;
  double output_gap_weight = 1.45;
  double smoothing = 0.756;  // weight on the previous rate at each meeting
  double step_pct = 0.25;    // rate moves in multiples of this
  double min_rate_pct = 4.25;
  double emergency_depreciation_pct = 15;  // a monthly fall of the ruble beyond this triggers a hike
  double emergency_rate_pct = 20;
  double emergency_unwind_pp_per_month = 6.28;  // extraordinary cuts after the hike (two of 3 pp in Apr 2022)
  // Shares of first-round supply shocks the rule looks through: it reacts to inflation without them
  // (second rounds stay): the excess pass-through of a large depreciation, and the cost push.
  double supply_shock_lookthrough = 0.919;
  double cost_push_lookthrough = 0.93;
  // Weight of the last three months' annualised underlying inflation in the inflation the rule sees
  // (the rest is the year-on-year rate): the Bank reads current price growth, not only y/y.
  double momentum_weight = 0.188;
  YearPath mirror_share{{{2021, 0}, {2022, 1}}};  // NWF FX operations the CBR offsets on the market
};

// The FX market: exporters' sales, importers' demand, capital flows, CBR operations.
struct RubleParams {
  double voluntary_conversion_share = 0.9;  // of export revenue sold without a rule
  // 2022 has no value of its own: the history scenario dates the 2022 measures with `set` events (80% from
  // 28 Feb, 50% from 24 May, 0 from 10 Jun; docs/MODEL_STATE.md 5), so 2021's 0 holds before and without
  // them.
  YearPath mandatory_sale_share{{{2021, 0}, {2023, 0.2}, {2024, 0.5}, {2025, 0.2}}};
  YearPath gas_exports_usd_bn_per_month{
      {{2021, 5.5}, {2022, 9.5}, {2023, 3.8}, {2024, 3.8}}};  // pipeline + LNG
  YearPath non_energy_exports_usd_bn_per_month{{{2021, 21}, {2022, 21}, {2024, 18}}};
  YearPath imports_usd_bn_per_month_ref{{{2021, 31.5}}};  // at the reference real rate and income
  YearPath import_access{{{2021, 1.0}, {2022, 0.8}, {2023, 0.88}, {2024, 0.88}}};  // sanction compression
  // The compression begins with the sanctions after the invasion (24 Feb 2022), not on 1 January of
  // the year: before this day the access of the year before it holds.
  Date import_compression_from = Date::from_ymd(2022, 2, 24);
  double import_income_elasticity = 1.5;
  double import_price_elasticity = 1.0;
  YearPath capital_outflow_usd_bn_per_month{{{2021, 2.2}, {2022, 8.0}, {2023, 5.5}, {2024, 5.5}}};
  // The yearly flow paths (gas and non-energy exports, capital outflow) step once, on this day, to the
  // year's level; from then on each level holds to its year's end and moves to the next year's level at
  // the next mid-year (smooth_path_from): no step on a later 1 January. 1 Jan 2022: the calibrated 2022
  // levels from the start of the year (the flight began before the invasion; gas prices high from late
  // 2021), so the calibration years keep their monthly values (docs/MODEL_STATE.md 5).
  Date flow_paths_break_from = Date::from_ymd(2022, 1, 1);
  double capital_rate_semi_elasticity = 0.4;  // USD bn/month less outflow per pp of key rate over neutral
  // Capital controls on outflows (the 2022 decrees: residents' transfers abroad and non-residents'
  // withdrawals barred or capped; inflows left free): the share of the extra outflow that a real rate
  // below neutral would call forth which the controls block. 0 without controls; the variant
  // scenarios/history_capital_controls.toml sets 1 from 1 Mar to 30 Jun 2022, while the residents'
  // controls held (measured, not adopted into history.toml: docs/MODEL_STATE.md 5).
  double capital_flight_blocked_share = 0.0;
  // The inflation that the capital flow's real rate deducts from the key rate: this weight on the last three
  // months' annualised underlying inflation (current price growth), the rest on CPI year on year. 0 (year on
  // year only) keeps the former outflow. Year on year lags a turn in prices by up to a year: in June-August
  // 2022 consumer prices fell month on month while the year-on-year rate was still 14-16%, so a key rate of
  // 8% read as a real rate 7 pp below neutral and the model's flight rose through the second half of 2022,
  // where the balance of payments shows the financial account's deficit shrinking in Q3 (docs/MODEL_STATE.md
  // section 5, "The ruble of 2022 month by month").
  double capital_rate_momentum_weight = 0.0;
  // The same real rate's weight on expected inflation (the aggregate Phillips curve's expectations): an
  // ex-ante real rate. 0 keeps the former outflow; the two weights sum to at most 1 (the rest on y/y).
  double capital_rate_expectations_weight = 0.0;
  double adjustment = 0.5;  // monthly weight of the clearing rate (contracts, lags)
  // Flight from the ruble at the start of the war (the invasion announcement): the clearing rate is
  // raised by this premium for the days that follow it, until capital controls (28 Feb - 1 Mar 2022
  // decrees) and the import collapse end it. A premium on the rate rather than a flow of dollars, so
  // that the size of the fall does not hinge on how close the FX left for imports comes to zero.
  double war_risk_premium_pct = 200;
  double war_shock_days = 36;  // 24 Feb to the end of March
  // Days the premium holds in full before it fades linearly to none at `war_shock_days`. At or above
  // `war_shock_days`: flat over them (the former premium).
  double war_premium_full_days = 36;
  // Residents' external liabilities repaid beyond the outflow path, USD bn a month (FxFlows). 0 in every
  // year; the history scenario dates the spring of 2022 with `set` events.
  YearPath liabilities_repaid_usd_bn_per_month{{{2021, 0}}};
  double world_inflation_pct = 2.5;
  // Agents mode: the purchasing-power parity deflates the agents' price of domestic output by the world
  // goods prices their imports carry (economy.world_goods_prices) as well as by world inflation, so that a
  // rise of world prices that passes into Russian prices is not read as a real depreciation.
  bool agents_parity_on_world_goods = true;
  // Agents mode: the purchasing-power parity deflates the agents' output price by the dollar price of
  // their imports (world inflation, world goods prices, the sanctions wedge), so the market clears the
  // real import price their import demand answers to, and a rise of the dollar import price that the
  // agents' dollar bill carries is not also read as a shortage of FX. Supersedes
  // agents_parity_on_world_goods.
  bool agents_parity_on_import_price = false;
  // Agents mode: non-energy export volumes answer to the real exchange rate (non_energy_exports.hpp): the
  // path's earnings times (q_seen / q_ref)^elasticity, in the FX market's supply and in the agents' export
  // demand alike. Off: the path's earnings at any real rate.
  bool non_energy_exports_answer_to_real_rate = true;
  // Agents mode: the FX market sells only the non-energy export dollars the agents delivered last month
  // (their exporters' fill of foreign orders), not the whole path where a sector ran short.
  bool agents_fx_on_delivered_exports = true;
  double non_energy_export_real_rate_elasticity = 0.7;    // long run (Gianella and Chanteloup 2007)
  double non_energy_export_adjustment_per_quarter = 0.9;  // share of the gap closed in a quarter
  // The response starts on this day's month, relative to the mean real rate of the twelve months before
  // it: the path's earnings are the balance of payments' up to 2024 and that year's level after it.
  Date non_energy_export_reference_from = Date::from_ymd(2025, 1, 1);
};

// Aggregate economy: IS curve, Phillips curve, Okun, wages.
struct EconomyParams {
  YearPath potential_growth_pct{{{2021, 2.0}, {2022, -1.0}, {2023, 1.5}, {2024, 1.988}, {2025, 1.0}}};
  double gap_persistence = 0.92;       // monthly
  double fiscal_multiplier = 1.4;      // gap pp per pp of GDP spending impulse
  double spending_ref_pct_gdp = 20.5;  // federal spending share at which fiscal policy is neutral
  double rate_sensitivity = 0.08;      // gap pp per pp of real rate gap (per month, before persistence)
  double export_sensitivity = 2.0;     // gap pp per log-unit of energy export revenue vs reference
  double export_ref_usd_bn_per_month = 20;
  YearPath demand_shock_pct{{{2021, 0}}};  // scenario lever; 2022 is the war shock below
  // Shock on output from the invasion announcement (import cut-off, uncertainty, exit of firms), at
  // once and fading with an e-folding time in months; tied to the event, unlike a calendar-year shock.
  double war_demand_shock_pct = -7.68;
  double war_demand_shock_months = 31.5;
  YearPath cost_push_pct{
      {{2021, 3.5}, {2022, 0}, {2023, 0}}};  // supply shock on inflation (2021 world commodity prices)
  double phillips_slope = 0.25;              // annualised inflation pp per pp of gap
  double expectations_weight = 0.0231;       // monthly weight of target in expectations
  double inflation_persistence = 0.801;
  double fx_passthrough = 0.106;  // price level share of a depreciation, over a quarter
  // Share of that pass-through an appreciation gets: prices are rigid downward (firms are quick to
  // raise prices and slow to cut them), so a rise of the ruble lowers prices less than a fall raises them.
  double fx_appreciation_passthrough_share = 0.575;
  // A monthly depreciation beyond the threshold reprices at once and more fully (panic buying,
  // repricing of imports); appreciations get only the ordinary pass-through.
  double large_depreciation_pct = 10;
  double large_fx_passthrough = 0.177;  // extra price level share of the log depreciation beyond it
  // The sanctions' cost wedge on import prices (rerouting, parallel imports, exporters' margins),
  // in force from the invasion on: a rise of the import parity in rubles like a depreciation, passed
  // through at the ordinary rate and looked through by the Bank as a supply shock. Built, off (0):
  // at the agent economy's sourced path (0.15 in 2022, 0.12 from 2024; CEPII: import prices +15.7%
  // Q1 to Q2 2022) it takes CPI Oct/Dec 2022 and the 2024 budget out of their bands (docs/MODEL_STATE.md 6).
  YearPath import_cost_wedge{{{2021, 0.0}}};
  double money_financing_passthrough = 1.0;  // price level per unit of printed money / annual GDP
  YearPath natural_unemployment_pct{{{2021, 5.0}, {2022, 3.26}, {2024, 3.02}}};
  double okun = 0.35;
  double wage_gap_coefficient = 2.5;             // nominal wage growth pp per pp of gap
  double wage_tightness_coefficient = 3.63;      // wage growth pp per pp of unemployment below the reference
  double wage_reference_unemployment_pct = 5.0;  // pre-war unemployment (2021)
  double productivity_growth_pct = 1.5;
  double gdp_rub_bn_per_year_2020 = 107658;  // nominal GDP 2020 (Rosstat); real index base
};

// Stocks and rates at the start of the run (1 Jan 2021 by default).
struct InitialState {
  double nwf_liquid_rub_bn = 8250;
  double ofz_debt_rub_bn = 14750;
  double ofz_fixed_coupon_pct = 7.0;
  double key_rate_pct = 4.25;
  double cpi_yoy_pct = 5.2;
  double usd_rub = 74.0;
  double output_gap_pct = -2.5;
  double gdp_yoy_pct = -2.0;
  double unemployment_pct = 5.8;
  double wage_yoy_pct = 6.0;
  double price_level = 1.0;     // CPI relative to the real-GDP base (2020 = 1)
  double real_gdp_index = 1.0;  // real GDP relative to 2020
};

struct StateParams {
  bool enabled = true;  // false runs the oil trade alone (faster sweeps)
  TaxParams tax;
  BudgetRuleParams rule;
  SpendingParams spending;
  FinancingParams financing;
  CentralBankParams cbr;
  RubleParams ruble;
  EconomyParams economy;
  AgentEconomyParams agents;  // the agent economy, registered under "economy." (economy.model picks it)
  InitialState initial;
  AgentFlowParams agent_flows;  // the state's year paths as the agents' monthly flows (agents mode)
};

// Registers every state parameter under "state." (keys, units, ranges, sources).
void describe_state(ParamTable& table, StateParams& p);

// Problems with a parameter set that ranges cannot express (meeting months, choices); empty if fine.
std::vector<std::string> validate_state(const StateParams& p);

// Months (1..12) parsed from "2,3,4"; entries that are not months are dropped.
std::vector<int> parse_meeting_months(const std::string& text);

}  // namespace sancsim
