#include "sancsim/state/state_params.hpp"

#include <charconv>
#include <limits>

#include <fmt/format.h>

namespace sancsim {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
const char* const kDoc = "docs/MODEL_STATE.md";
const char* const kCalib = "calibrated (docs/MODEL_STATE.md, 'Calibration')";
const char* const kTaxCode = "Tax Code of the RF art. 342 (russia_calibration.md 5.6)";
const char* const kDutyLaw =
    "Law 5003-1 'On the customs tariff' art. 3.1; Dec 2022 duty $43.3/t (TASS, calib. 5.6)";
const char* const kCracks =
    "NWE diesel 9 (2021), ~40 (2022) USD/bbl (Petroleum Economist 2022); gasoline ~9 (2021, Argus), ~20 "
    "(2022), "
    "~12 (2024) and diesel ~20 (2024; ICE gasoil crack 14 at its Aug 2024 low, Bloomberg), approximate";
const char* const kBudgetLaws = "federal budget laws and execution (russia_calibration.md 5.3, 5.4)";
}  // namespace

std::vector<int> parse_meeting_months(const std::string& text) {
  std::vector<int> months;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(',', i);
    if (j == std::string::npos) j = text.size();
    std::size_t a = i, b = j;
    while (a < b && text[a] == ' ') ++a;
    while (b > a && text[b - 1] == ' ') --b;
    int m = 0;
    auto [ptr, ec] = std::from_chars(text.data() + a, text.data() + b, m);
    if (ec == std::errc() && ptr == text.data() + b && m >= 1 && m <= 12) months.push_back(m);
    i = j + 1;
  }
  return months;
}

std::vector<std::string> validate_state(const StateParams& p) {
  std::vector<std::string> problems;
  const auto months = parse_meeting_months(p.cbr.meeting_months);
  std::size_t entries = p.cbr.meeting_months.empty() ? 0 : 1;
  for (char c : p.cbr.meeting_months) entries += c == ',';
  if (months.empty() || months.size() != entries)
    problems.push_back(fmt::format(
        "state.cbr.meeting_months: expected comma-separated months 1..12, got '{}'", p.cbr.meeting_months));
  const std::string& o = p.financing.on_nwf_exhausted;
  if (o != "borrow" && o != "cut_spending" && o != "print")
    problems.push_back("state.financing.on_nwf_exhausted: expected borrow, cut_spending or print, got '" + o +
                       "'");
  if (p.initial.usd_rub <= 0) problems.push_back("state.initial.usd_rub: must be positive");
  if (p.ruble.import_price_elasticity <= 0)
    problems.push_back("state.ruble.import_price_elasticity: must be positive");
  if (p.ruble.capital_rate_momentum_weight + p.ruble.capital_rate_expectations_weight > 1.0)
    problems.push_back(
        "state.ruble.capital_rate_momentum_weight + capital_rate_expectations_weight: must be at most 1");
  for (std::string& e : validate_economy(p.agents)) problems.push_back(std::move(e));
  return problems;
}

void describe_state(ParamTable& t, StateParams& p) {
  t.section("state");
  t.flag("enabled", p.enabled, "simulate the Russian state (false: the oil trade alone)", kDoc);

  t.section("state.tax");
  TaxParams& x = p.tax;
  t.real("kndpi_rub_per_t", x.kndpi_rub_per_t, 0, 5000, "rub_per_t", "MET base rate Kndpi on crude",
         kTaxCode);
  t.real("met_kc_cutoff_usd_per_bbl", x.met_kc_cutoff_usd_per_bbl, 0, 50, "usd_per_bbl",
         "Urals price below which Kc is zero (Kc = (Urals - 15) RUB/USD / 261)", kTaxCode);
  t.path("met_kk_rub_per_t", x.met_kk_rub_per_t, 0, 5000, "rub_per_t", "Kk add-on to the MET", kTaxCode);
  t.path("met_addon_rub_per_t", x.met_addon_rub_per_t, -20000, 20000, "rub_per_t",
         "other MET add-ons (post-2022 changes, scenario lever)", kDoc);
  t.real("met_effective_share", x.met_effective_share, 0, 1, "share",
         "share of the nominal MET liability collected after field reliefs (Dm, NDD fields, zero rates)",
         kCalib);
  t.path("duty_coefficient", x.duty_coefficient, 0, 1, "share",
         "share of the full export-duty schedule levied (tax manoeuvre 2019-2024: 5/6 .. 0)", kDutyLaw);
  t.real("duty_paying_share", x.duty_paying_share, 0, 1, "share", "crude exports that pay the duty", kDoc);
  t.real("product_duty_ratio", x.product_duty_ratio, 0, 2, "ratio",
         "product duty per tonne over the crude duty", kDoc);
  t.real("bbl_per_t_crude", x.bbl_per_t_crude, 6, 9, "bbl_per_t", "barrels per tonne of Russian crude",
         "russia_calibration.md conventions");
  t.real("bbl_per_t_products", x.bbl_per_t_products, 6, 10, "bbl_per_t", "barrels per tonne of products",
         kDoc);
  t.path("urals_tax_premium_usd_per_bbl", x.urals_tax_premium_usd_per_bbl, -10, 30, "usd_per_bbl",
         "MinFin Urals (CIF Med/NWE, the tax basis) over Urals FOB", "russia_calibration.md 3.2, 3.3");
  t.real("ndd_rate", x.ndd_rate, 0, 1, "share", "NDD rate", "Tax Code ch. 25.4");
  t.real("ndd_output_share", x.ndd_output_share, 0, 1, "share", "crude output under the NDD regime", kCalib);
  t.real("ndd_cost_usd_per_bbl", x.ndd_cost_usd_per_bbl, 0, 100, "usd_per_bbl", "NDD deductible costs",
         kCalib);
  t.path("gasoline_crack_usd_per_bbl", x.gasoline_crack_usd_per_bbl, -20, 100, "usd_per_bbl",
         "European gasoline quotation over Brent (damper netback; 2023 interpolated, later years hold 2024)",
         kCracks);
  t.path("diesel_crack_usd_per_bbl", x.diesel_crack_usd_per_bbl, -20, 100, "usd_per_bbl",
         "European diesel quotation over Brent (damper netback; 2023 interpolated, later years hold 2024)",
         kCracks);
  t.real("bbl_per_t_gasoline", x.bbl_per_t_gasoline, 7, 10, "bbl_per_t", "barrels per tonne of gasoline",
         "standard conversion factor (about 8.5)");
  t.real("bbl_per_t_diesel", x.bbl_per_t_diesel, 6, 9, "bbl_per_t", "barrels per tonne of diesel",
         "standard conversion factor (about 7.45)");
  t.real("damper_delivery_usd_per_t", x.damper_delivery_usd_per_t, 0, 200, "usd_per_t",
         "delivery cost deducted from the European quotation in the damper netback",
         "assumption: the Tax Code's fixed deduction was not found (oil_mechanisms.md 5.1); product freight "
         "Baltic/Black Sea to NW Europe/Med plus port costs");
  t.real("damper_netback_adjustment_usd_per_t", x.damper_netback_adjustment_usd_per_t, -500, 1000,
         "usd_per_t", "level adjustment of both damper netbacks (what the Tax Code terms found leave out)",
         kCalib);
  t.real("damper_product_duty_ratio", x.damper_product_duty_ratio, 0, 1, "ratio",
         "gasoline/diesel export duty over the crude duty, deducted from the netback before 2024",
         "Dec 2022 rates: 12.9 vs 43.3 USD/t (oil_mechanisms.md 5.2)");
  t.real("damper_compensation_share_gasoline", x.damper_compensation_share_gasoline, 0, 1, "share",
         "share of the gasoline netback gap compensated", "68% from 2020 (TASS, oil_mechanisms.md 5.1)");
  t.real("damper_compensation_share_diesel", x.damper_compensation_share_diesel, 0, 1, "share",
         "share of the diesel netback gap compensated", "65% from 2020 (TASS, oil_mechanisms.md 5.1)");
  t.day("damper_discount_gasoline_from", x.damper_discount_gasoline_from,
        "first day the Urals discount is deducted from the gasoline netback",
        "1 Sep 2022 (Interfax, oil_mechanisms.md 5.1)");
  t.day(
      "damper_discount_diesel_from", x.damper_discount_diesel_from,
      "first day the Urals discount is deducted from the diesel netback",
      "not adjusted in 2022, term 'limited to 2023' (Interfax, oil_mechanisms.md 5.1; 1 Jan 2023 inferred)");
  t.day("damper_discount_end", x.damper_discount_end,
        "first day without the Urals-discount term (both fuels)",
        "to end-2026 (bill of Nov 2023, Interfax; oil_mechanisms.md 5.1)");
  t.real("damper_discount_cap_usd_per_bbl", x.damper_discount_cap_usd_per_bbl, 0, 100, "usd_per_bbl",
         "cap on the Urals discount deducted from the netback ($182.5/t)",
         "Reuters calculations (oil_mechanisms.md 5.1, flagged)");
  t.real("damper_reduced_coefficient", x.damper_reduced_coefficient, 0, 1, "share",
         "damper coefficient in the reduced period (1 otherwise)", "Law 389-FZ (oil_mechanisms.md 5.1)");
  t.day("damper_reduced_from", x.damper_reduced_from, "first day of the reduced damper coefficient",
        "1 Sep 2023, Law 389-FZ (oil_mechanisms.md 5.1)");
  t.day("damper_reduced_end", x.damper_reduced_end, "first day the coefficient is 1 again",
        "restored from 1 Oct 2023 (oil_mechanisms.md 5.1)");
  t.path("indicative_gasoline_rub_per_t", x.indicative_gasoline_rub_per_t, 0, 2e5, "rub_per_t",
         "indicative domestic gasoline (Ai-92) price",
         "oil_mechanisms.md 5.1: 2021 (May-Dec), 2023, 2025 laws; 2022, 2024 derived; 2026-27 and 2029-30 "
         "derived at 3%/yr; 2028 bill of 2025");
  t.path(
      "indicative_diesel_rub_per_t", x.indicative_diesel_rub_per_t, 0, 2e5, "rub_per_t",
      "indicative domestic diesel price",
      "oil_mechanisms.md 5.1: 2021, 2023, 2025, 2026 laws; 2022, 2024 derived; 2027 and 2029-30 derived at "
      "3%/yr; 2028 bill of 2025");
  t.real("damper_cutoff_gasoline_pct", x.damper_cutoff_gasoline_pct, 0, 100, "pct",
         "exchange price of gasoline over its indicative price above which the damper is zero",
         "Tax Code (Interfax, oil_mechanisms.md 5.1)");
  t.real("damper_cutoff_diesel_pct", x.damper_cutoff_diesel_pct, 0, 100, "pct",
         "exchange price of diesel over its indicative price above which the damper is zero",
         "Tax Code (Interfax, oil_mechanisms.md 5.1)");
  t.day("damper_cutoff_moratorium_from", x.damper_cutoff_moratorium_from,
        "first day the cut-off is suspended", "decree, 1 Oct 2025 (RBC, oil_mechanisms.md 5.1)");
  t.day("damper_cutoff_moratorium_end", x.damper_cutoff_moratorium_end, "first day the cut-off applies again",
        "1 May 2026 (RBC, oil_mechanisms.md 5.1)");
  t.path("exchange_price_ratio_gasoline", x.exchange_price_ratio_gasoline, 0, 5, "ratio",
         "domestic exchange (SPIMEX) gasoline price over the indicative price (the model has no fuel "
         "market; scenario lever)",
         "assumption (1 = at the indicative price)");
  t.path("exchange_price_ratio_diesel", x.exchange_price_ratio_diesel, 0, 5, "ratio",
         "domestic exchange (SPIMEX) diesel price over the indicative price (scenario lever)",
         "assumption (1 = at the indicative price)");
  t.real("damper_base_share", x.damper_base_share, 0, 2, "share",
         "damper fuels sold at home as a share of refinery runs (the damper's scale)", kCalib);
  t.real("damper_gasoline_share", x.damper_gasoline_share, 0, 1, "share", "gasoline in the damper fuels",
         "assumption (similar domestic sales of gasoline and diesel)");
  t.path("gas_revenue_usd_bn_per_month", x.gas_revenue_usd_bn_per_month, 0, 50, "usd_bn_per_month",
         "gas MET and export duty at Brent $75", kCalib);
  t.real("gas_revenue_brent_elasticity", x.gas_revenue_brent_elasticity, 0, 2, "elasticity",
         "gas revenue response to Brent (oil-indexed contracts)", kDoc);
  t.real("gazprom_extra_met_q4_2022_rub_bn_per_month", x.gazprom_extra_met_q4_2022_rub_bn_per_month, 0, 2000,
         "rub_bn_per_month", "Gazprom's one-off extra MET, Oct-Dec 2022", "russia_calibration.md 5.2, 5.6");
  t.path("gazprom_extra_met_rub_bn_per_month", x.gazprom_extra_met_rub_bn_per_month, 0, 2000,
         "rub_bn_per_month", "Gazprom's extra MET 2023-25", "russia_calibration.md 5.6");

  t.section("state.rule");
  t.path("cutoff_usd_per_bbl", p.rule.cutoff_usd_per_bbl, 0, 200, "usd_per_bbl",
         "budget-rule cut-off (base) Urals price",
         "russia_calibration.md 5.6 (MinFin; law of 2 Nov 2023; Siluanov)");
  t.path("fixed_base_rub_bn_per_year", p.rule.fixed_base_rub_bn_per_year, 0, 1e5, "rub_bn_per_year",
         "nominal base O&G revenue replacing the cut-off when > 0 (8 trn in 2023)",
         "russia_calibration.md 5.6");
  t.path("fx_purchases_suspended", p.rule.fx_purchases_suspended, 0, 1, "flag",
         "1 = no NWF FX purchases that year (2022)", "russia_calibration.md 5.6");

  t.section("state.spending");
  t.path("defence_rub_bn_per_year", p.spending.defence_rub_bn_per_year, 0, 1e5, "rub_bn_per_year",
         "national defence chapter", kBudgetLaws);
  t.path("security_rub_bn_per_year", p.spending.security_rub_bn_per_year, 0, 1e5, "rub_bn_per_year",
         "national security and law enforcement chapter", kBudgetLaws);
  t.path("social_rub_bn_per_year", p.spending.social_rub_bn_per_year, 0, 1e5, "rub_bn_per_year",
         "social policy, health, education", kBudgetLaws);
  t.path("other_rub_bn_per_year", p.spending.other_rub_bn_per_year, 0, 1e5, "rub_bn_per_year",
         "economy, transfers to regions, other (total minus the above and interest)", kBudgetLaws);
  t.flag("index_after_last_year", p.spending.index_after_last_year,
         "years after a path's last point grow with CPI (else stay flat in nominal terms)", kDoc);
  t.real("defence_share_of_path", p.spending.defence_share_of_path, 0, 5, "share",
         "the national defence chapter as a share of its path (date it with `set` events: a ceasefire's "
         "wind-down, an escalation's rise)",
         "scenario lever (docs/ECONOMY.md, 'War and peace through the agents')");

  t.section("state.financing");
  FinancingParams& f = p.financing;
  t.path("nwf_deficit_share", f.nwf_deficit_share, 0, 1, "share",
         "share of the financing need (beyond the rule) met by NWF sales, in years without a plan", kCalib);
  t.path("nwf_deficit_plan_rub_bn_per_year", f.nwf_deficit_plan_rub_bn_per_year, 0, 1e5, "rub_bn_per_year",
         "NWF money for the deficit planned by the budget law (> 0 replaces the share; spread over the "
         "year's months from nwf_deficit_from_yyyymm)",
         "draft federal budget of 28 Sep 2022: 3.19 trn (2022), 1.95 trn (2023) (Reuters via zawya.com)");
  t.integer("nwf_deficit_from_yyyymm", f.nwf_deficit_from_yyyymm, 0, 210012,
            "no NWF money for the deficit before this month, YYYYMM (0 = no date)",
            "PM's order of 20 Oct 2022 (up to 1 trn in 2022; vestikavkaza.ru/material/156200); first use in "
            "Oct 2022 (Interfax, 8 Nov 2022)");
  t.real("nwf_deficit_order_rub_bn", f.nwf_deficit_order_rub_bn, 0, 1e5, "rub_bn",
         "part of the start year's plan the dated order authorised, spread over the months from "
         "nwf_deficit_from_yyyymm; the rest of that year's plan is sold in December (0 = the whole plan "
         "spread evenly)",
         "PM's order of 20 Oct 2022: up to 1 trn before the year's end (Interfax, 8 Nov 2022); the Reserve "
         "Fund's 2017 plan, untouched Jan-Nov and spent in December (MinFin, Jan 2018)");
  t.path("monetary_financing_share", f.monetary_financing_share, 0, 1, "share",
         "share of the financing need printed (scenario option)", kDoc);
  t.choice("on_nwf_exhausted", f.on_nwf_exhausted, {"borrow", "cut_spending", "print"},
           "what replaces NWF sales once the liquid part is gone", kDoc);
  t.real("nwf_floor_rub_bn", f.nwf_floor_rub_bn, 0, 1e5, "rub_bn", "liquid NWF assets never sold", kDoc);
  t.real(
      "nwf_western_share", f.nwf_western_share, 0, 1, "share",
      "liquid NWF assets held in euros, pounds and yen until the freeze",
      "the Western currencies' share: 0.43 of the 1 Nov 2022 holdings at March 2022 cross rates, 0.45 with "
      "October's sale added back (Interfax, 8 Nov 2022); 0.48 on 1 Jan 2022 (Accounts Chamber)");
  t.integer(
      "nwf_freeze_yyyymm", f.nwf_freeze_yyyymm, 0, 210012,
      "month the Western part is frozen, YYYYMM (0 = never): bought no more, sold first",
      "Feb-Mar 2022 freeze of CBR reserves (russia_calibration.md 5.5); sold to the Bank of Russia from "
      "Oct 2022 (Interfax, 8 Nov 2022)");
  t.flag(
      "nwf_freeze_writes_off", f.nwf_freeze_writes_off,
      "the freeze writes the Western part off the liquid figure (false: kept and counted, as MinFin "
      "reported)",
      "calibrated default; MinFin's liquid part of 1 Nov 2022 counts the Western currencies (Interfax, 8 Nov "
      "2022)");
  t.flag("nwf_cross_rates", f.nwf_cross_rates,
         "the fund's USD value follows its currencies' cross rates (euros, pounds, yen; yuan, gold; monthly "
         "averages 2020-12..2022-11 on the 1 Nov 2022 holdings, held after)",
         "Federal Reserve G.5 (FRED) and World Bank Pink Sheet monthly averages; holdings: Interfax, 8 Nov "
         "2022");
  t.integer("nwf_credit_month", f.nwf_credit_month, 0, 12,
            "month of the next year in which the rule's FX purchases are credited to the fund (0 = at once); "
            "until then they wait on the Treasury's FX account, which the rule's sales draw first",
            "2021's additional O&G revenue credited in May 2022 (MinFin, 6 Jun 2022, via meta.ru); Q1 2020's "
            "FX sold in 2020 (Accounts Chamber, Mar 2021, via altusintel.com)");
  t.real("ofz_spread_pct", f.ofz_spread_pct, -10, 10, "pct", "OFZ yield over the key rate", kCalib);
  t.real("ofz_floating_share", f.ofz_floating_share, 0, 1, "share", "floating-rate OFZ in the debt",
         "MinFin debt structure (OFZ-PK)");
  t.real("ofz_avg_maturity_years", f.ofz_avg_maturity_years, 0.5, 30, "years", "fixed-coupon repricing pace",
         "MinFin debt structure");
  t.real("non_og_revenue_vat_share", f.non_og_revenue_vat_share, 0, 1, "share", "VAT in non-O&G revenue",
         "MinFin budget execution");
  t.path("non_og_revenue_pct_gdp", f.non_og_revenue_pct_gdp, 0, 50, "pct_gdp",
         "non-O&G revenue over model nominal GDP", kCalib);
  t.path("vat_rate_pct", f.vat_rate_pct, 0, 50, "pct", "VAT rate (20% -> 22% in 2026)",
         "russia_calibration.md 5.3");

  t.section("state.cbr");
  CentralBankParams& c = p.cbr;
  t.text("meeting_months", c.meeting_months,
         "months with a scheduled key-rate meeting, e.g. \"2,3,4,6,7,9,10,12\"");
  t.real("inflation_target_pct", c.inflation_target_pct, 0, 20, "pct", "CBR inflation target",
         "Bank of Russia");
  t.path("neutral_real_rate_pct", c.neutral_real_rate_pct, -5, 10, "pct", "neutral real rate",
         "Bank of Russia estimates; calibrated");
  t.real("inflation_weight", c.inflation_weight, 0, 5, "coefficient", "Taylor weight on the inflation gap",
         kCalib);
  t.real("output_gap_weight", c.output_gap_weight, 0, 5, "coefficient", "Taylor weight on the output gap",
         kCalib);
  t.real("smoothing", c.smoothing, 0, 1, "share", "weight on the previous rate at each meeting", kCalib);
  t.real("step_pct", c.step_pct, 0, 5, "pct", "rate moves in multiples of this", "Bank of Russia practice");
  t.real("min_rate_pct", c.min_rate_pct, 0, 20, "pct", "lowest key rate", "2020-21 low of 4.25%");
  t.real("emergency_depreciation_pct", c.emergency_depreciation_pct, 0, 100, "pct",
         "monthly ruble fall that triggers an extraordinary hike", kDoc);
  t.real("emergency_rate_pct", c.emergency_rate_pct, 0, 50, "pct", "rate after an emergency hike",
         "28 Feb 2022: 20% (russia_calibration.md 6.2)");
  t.real("emergency_unwind_pp_per_month", c.emergency_unwind_pp_per_month, 0, 20, "pct",
         "monthly cut of the emergency floor once the ruble has stopped falling",
         "cuts of 3 pp on 8 Apr, 29 Apr and 26 May 2022 (russia_calibration.md 6.2)");
  t.real("supply_shock_lookthrough", c.supply_shock_lookthrough, 0, 1, "share",
         "share of the extra pass-through of a large depreciation the rule ignores", kCalib);
  t.real("cost_push_lookthrough", c.cost_push_lookthrough, 0, 1, "share",
         "share of the cost-push shock the rule ignores", kCalib);
  t.real("momentum_weight", c.momentum_weight, 0, 1, "share",
         "weight of 3-month annualised underlying inflation (vs year on year) in the rule", kCalib);
  t.path("mirror_share", c.mirror_share, 0, 1, "share", "NWF FX operations the CBR offsets on the market",
         "Bank of Russia (mirroring from 2022)");

  t.section("state.ruble");
  RubleParams& r = p.ruble;
  t.real("voluntary_conversion_share", r.voluntary_conversion_share, 0, 1, "share",
         "export revenue sold for rubles without a rule", kCalib);
  t.path("mandatory_sale_share", r.mandatory_sale_share, 0, 1, "share", "mandatory sale of export revenue",
         "2022 dated by the history scenario's set events (Decree 79: 80% from 28 Feb; 50% from 24 May; "
         "0 from 10 Jun 2022, Decree 360); decree of Oct 2023; CBR");
  t.path("gas_exports_usd_bn_per_month", r.gas_exports_usd_bn_per_month, 0, 50, "usd_bn_per_month",
         "gas export earnings", "CBR balance of payments (2021, 2022, 2024)");
  t.path("non_energy_exports_usd_bn_per_month", r.non_energy_exports_usd_bn_per_month, 0, 100,
         "usd_bn_per_month", "non-energy export earnings", "CBR balance of payments (2021, 2022, 2024)");
  t.path("imports_usd_bn_per_month_ref", r.imports_usd_bn_per_month_ref, 0, 200, "usd_bn_per_month",
         "imports of goods and services at the reference real rate and income",
         "CBR balance of payments 2021");
  t.path("import_access", r.import_access, 0, 2, "share", "sanction-induced import compression", kCalib);
  t.day("import_compression_from", r.import_compression_from,
        "first day of the import compression (before it, the access of the year before)",
        "invasion 24 Feb 2022; export controls and sanctions from 24-28 Feb 2022 (policy_timeline.csv)");
  t.day(
      "flow_paths_break_from", r.flow_paths_break_from,
      "day the yearly flow paths (gas, non-energy exports, capital outflow) step to their year's level; "
      "later years' levels are reached smoothly at mid-year, without a step on 1 January",
      "1 Jan 2022: the calibrated 2022 levels; pre-war flight, net outflow $13 bn in Jan 2022 (CBR CMACF via "
      "cultureru.com/?p=47973)");
  t.real("import_income_elasticity", r.import_income_elasticity, 0, 5, "elasticity", "imports to real GDP",
         kCalib);
  t.real("import_price_elasticity", r.import_price_elasticity, 0.05, 5, "elasticity",
         "imports to the real exchange rate", kCalib);
  t.path("capital_outflow_usd_bn_per_month", r.capital_outflow_usd_bn_per_month, -50, 100, "usd_bn_per_month",
         "private net capital outflow at the neutral real rate", "CBR balance of payments; calibrated");
  t.real("capital_rate_semi_elasticity", r.capital_rate_semi_elasticity, 0, 10, "usd_bn_per_month_per_pp",
         "outflow reduction per pp of real rate over neutral", kCalib);
  t.real("capital_flight_blocked_share", r.capital_flight_blocked_share, 0, 1, "share",
         "share of the rate-driven extra outflow (real rate below neutral) blocked by capital controls",
         "0; 1 from 1 Mar to 30 Jun 2022 in scenarios/history_capital_controls.toml (Decree 79 of 28 Feb "
         "2022; Bank of Russia restrictions of 1-2 Mar 2022; residents' limits lifted by 1 Jul 2022)");
  t.real("capital_rate_momentum_weight", r.capital_rate_momentum_weight, 0, 1, "share",
         "weight of 3-month annualised underlying inflation (vs CPI y/y) in the capital flow's real rate",
         "0 (y/y); measured in docs/MODEL_STATE.md section 5 (Rosstat monthly CPI Jun-Aug 2022 below zero; "
         "Bank of Russia press releases of 2022 on current price growth)");
  t.real("capital_rate_expectations_weight", r.capital_rate_expectations_weight, 0, 1, "share",
         "weight of expected inflation (aggregate Phillips curve) in the capital flow's real rate",
         "0 (y/y); 0.25 in scenarios/history.toml, calibrated: every target in band for 0.15-0.30 on seeds "
         "1-3 and 1-8 (docs/MODEL_STATE.md section 5)");
  t.real("adjustment", r.adjustment, 0.01, 1, "share", "monthly weight of the clearing rate", kCalib);
  t.real("war_risk_premium_pct", r.war_risk_premium_pct, 0, 1000, "pct",
         "premium on the clearing rate after the invasion announcement (flight from the ruble)", kCalib);
  t.real("war_shock_days", r.war_shock_days, 0, 365, "days",
         "days the war premium lasts after the announcement",
         "capital controls of 28 Feb-1 Mar 2022; ruble back below 100 in April (russia_calibration.md 6.1)");
  t.real(
      "war_premium_full_days", r.war_premium_full_days, 0, 365, "days",
      "days the war premium holds in full before fading linearly to none at war_shock_days (flat if >=)",
      "peak 120.4 RUB/USD on 10 Mar 2022 (Moscow Exchange, banki.ru/news/lenta/?id=10962616), ~82-84 at the "
      "end of March (docs/MODEL_STATE.md 5)");
  t.path("liabilities_repaid_usd_bn_per_month", r.liabilities_repaid_usd_bn_per_month, 0, 100,
         "usd_bn_per_month",
         "residents' external liabilities repaid beyond the outflow path (FX bought, not left for imports)",
         "0; spring 2022 dated by the history scenario's set events from the CBR balance of payments "
         "(docs/MODEL_STATE.md 5)");
  t.real("world_inflation_pct", r.world_inflation_pct, -5, 20, "pct", "trading partners' inflation", kDoc);
  t.flag(
      "agents_parity_on_world_goods", r.agents_parity_on_world_goods,
      "agents mode: the ruble's purchasing-power parity deflates the agents' output price by the world goods "
      "prices their imports carry (economy.world_goods_prices) as well as by world inflation",
      "PPP: the real exchange rate is the domestic over the foreign price of the same goods; docs/ECONOMY.md "
      "section \"The agents' 2021: why inflation decays from its start\"; on since session 33 (\"Session "
      "33\")");
  t.flag("agents_parity_on_import_price", r.agents_parity_on_import_price,
         "agents mode: the ruble's parity deflates the agents' output price by the dollar price of their "
         "imports (world inflation, world goods prices, the sanctions wedge), so the market clears the real "
         "import price that import demand answers to and the agents' dollar bill (volume x dollar price) is "
         "not read as a shortage of FX when only its dollar price rose; supersedes "
         "agents_parity_on_world_goods",
         "import volume answering to the real import price with import_price_elasticity, dollar demand = "
         "volume x dollar price (imperfect-substitutes model, Goldstein and Khan 1985, Handbook of "
         "International Economics II ch. 20); no new number; docs/ECONOMY.md section \"The agents' nominal "
         "anchor\"");
  t.flag("agents_fx_on_delivered_exports", r.agents_fx_on_delivered_exports,
         "agents mode: the FX market sells the non-energy export dollars the agents' firms delivered last "
         "month (the path's dollars times their share of foreign orders filled), not the whole path where a "
         "sector could not fill its orders",
         "accounting: dollars are earned on goods shipped; docs/ECONOMY.md section \"Session 21's "
         "measurements\"");
  t.flag("non_energy_exports_answer_to_real_rate", r.non_energy_exports_answer_to_real_rate,
         "agents mode: non-energy export volumes answer to the real exchange rate: the path's earnings times "
         "(q_seen / q_ref)^non_energy_export_real_rate_elasticity, q the ruble against the agents' price of "
         "domestic output and the world price level, in the FX market's supply and the agents' export demand "
         "alike",
         "imperfect-substitutes export demand (Goldstein and Khan 1985, Handbook of International Economics "
         "II ch. 20); Russia's non-fuel exports: Gianella and Chanteloup 2007, Post-Communist Economies "
         "19(2) 153-166; docs/ECONOMY.md section \"Non-energy exports that answer to the real exchange "
         "rate\"; on since 2026-12-04 (from 2025: the calibration windows keep their paths)");
  t.real(
      "non_energy_export_real_rate_elasticity", r.non_energy_export_real_rate_elasticity, 0, 5, "elasticity",
      "long-run elasticity of non-energy export volumes to the real exchange rate",
      "0.7: Russia's non-fuel exports, long run of an error-correction model (Gianella and Chanteloup 2007, "
      "\"Assessing Russia's non-fuel trade elasticities\", Post-Communist Economies 19(2) 153-166; OECD "
      "ECO WP 510, doi:10.1787/431350563511); 2.4 in Algieri 2004 (European Journal of Comparative "
      "Economics 1(2) 175-193)");
  t.real("non_energy_export_adjustment_per_quarter", r.non_energy_export_adjustment_per_quarter, 0, 1,
         "share",
         "share of the gap between the real rate exporters have adjusted to and the month's closed in a "
         "quarter (monthly 1 - (1 - share)^(1/3))",
         "0.9: \"the adjustment being almost complete after one quarter\" (Gianella and Chanteloup 2007, "
         "above)");
  t.day("non_energy_export_reference_from", r.non_energy_export_reference_from,
        "first day of the volumes' response to the real rate; its reference is the mean real rate exporters "
        "had adjusted to over the twelve months before (the start's for months before the run)",
        "1 Jan 2025: the path's earnings are the CBR balance of payments' up to 2024 (its last data year) "
        "and 2024's level after it, so they hold at 2024's real rate and the calibration windows keep their "
        "data; a date at or before the start reads the start's real rate as the reference");

  t.section("state.economy");
  EconomyParams& e = p.economy;
  t.path("potential_growth_pct", e.potential_growth_pct, -20, 20, "pct", "potential output growth", kCalib);
  t.real("gap_persistence", e.gap_persistence, 0, 1, "share", "monthly persistence of the output gap",
         kCalib);
  t.real("fiscal_multiplier", e.fiscal_multiplier, 0, 5, "coefficient", "gap per pp of GDP of spending",
         kCalib);
  t.real("spending_ref_pct_gdp", e.spending_ref_pct_gdp, 0, 60, "pct_gdp", "neutral federal spending share",
         kCalib);
  t.real("rate_sensitivity", e.rate_sensitivity, 0, 5, "coefficient", "gap per pp of real rate gap", kCalib);
  t.real("export_sensitivity", e.export_sensitivity, 0, 20, "coefficient",
         "gap per log-unit of energy exports", kCalib);
  t.real("export_ref_usd_bn_per_month", e.export_ref_usd_bn_per_month, 1, 100, "usd_bn_per_month",
         "energy exports with a neutral effect", kCalib);
  t.path("demand_shock_pct", e.demand_shock_pct, -30, 30, "pct",
         "demand shock on the gap (scenario lever; 0 by default)", kCalib);
  t.real("war_demand_shock_pct", e.war_demand_shock_pct, -30, 30, "pct",
         "shock on output from the invasion announcement, at once and fading", kCalib);
  t.real("war_demand_shock_months", e.war_demand_shock_months, 0.5, 120, "months",
         "e-folding time of the invasion shock", kCalib);
  t.path("cost_push_pct", e.cost_push_pct, -20, 50, "pct", "cost-push shock on inflation (2021 world prices)",
         kCalib);
  t.real("phillips_slope", e.phillips_slope, 0, 5, "coefficient", "inflation per pp of gap (long run)",
         kCalib);
  t.real("expectations_weight", e.expectations_weight, 0, 1, "share", "monthly learning of expectations",
         kCalib);
  t.real("inflation_persistence", e.inflation_persistence, 0, 1, "share",
         "monthly persistence of core inflation", kCalib);
  t.real("fx_passthrough", e.fx_passthrough, 0, 1, "share", "price level share of a depreciation",
         "Bank of Russia estimates (0.1-0.2)");
  t.real("fx_appreciation_passthrough_share", e.fx_appreciation_passthrough_share, 0, 1, "share",
         "share of the ordinary pass-through an appreciation gets (downward price rigidity)",
         "Kolesnik and Zubarev (Gaidar Institute, Voprosy Ekonomiki): prices respond ~1.8x more to easing "
         "than to tightening, firms slow to cut prices; 1/1.8 = 0.55 (docs/MODEL_STATE.md 6)");
  t.real("large_depreciation_pct", e.large_depreciation_pct, 0, 1000, "pct",
         "monthly depreciation beyond which the extra pass-through applies", kCalib);
  t.real("large_fx_passthrough", e.large_fx_passthrough, 0, 1, "share",
         "extra price level share of the log depreciation beyond the threshold", kCalib);
  t.path("import_cost_wedge", e.import_cost_wedge, 0, 5, "share",
         "sanctions' cost wedge on import prices from the invasion on (ordinary pass-through, looked through "
         "by the Bank); built, off",
         "0 (measured at 0.15/0.12, the agent economy's import_cost_wedge: CEPII, import prices +15.7% Q1 to "
         "Q2 2022, russia_economy.md 7; docs/MODEL_STATE.md 6)");
  t.real("money_financing_passthrough", e.money_financing_passthrough, 0, 5, "coefficient",
         "price level per unit of printed money over annual GDP", kDoc);
  t.path("natural_unemployment_pct", e.natural_unemployment_pct, 0, 30, "pct", "natural unemployment",
         kCalib);
  t.real("okun", e.okun, 0, 2, "coefficient", "unemployment pp per pp of gap", kCalib);
  t.real("wage_gap_coefficient", e.wage_gap_coefficient, 0, 10, "coefficient", "wage growth pp per pp of gap",
         kCalib);
  t.real("wage_tightness_coefficient", e.wage_tightness_coefficient, 0, 10, "coefficient",
         "wage growth pp per pp of unemployment below the reference", kCalib);
  t.real("wage_reference_unemployment_pct", e.wage_reference_unemployment_pct, 0, 30, "pct",
         "unemployment at which labour-market tightness adds nothing to wages", "Rosstat: ~5% in 2021");
  t.real("productivity_growth_pct", e.productivity_growth_pct, -5, 10, "pct", "trend productivity growth",
         kDoc);
  t.real("gdp_rub_bn_per_year_2020", e.gdp_rub_bn_per_year_2020, 0, kInf, "rub_bn_per_year",
         "nominal GDP 2020", "Rosstat");

  t.section("state.initial");
  InitialState& s = p.initial;
  t.real("nwf_liquid_rub_bn", s.nwf_liquid_rub_bn, 0, 1e5, "rub_bn", "liquid NWF assets at the start",
         "MinFin, 1 Jan 2021");
  t.real("ofz_debt_rub_bn", s.ofz_debt_rub_bn, 0, 1e6, "rub_bn", "domestic state debt at the start",
         "MinFin, 1 Jan 2021");
  t.real("ofz_fixed_coupon_pct", s.ofz_fixed_coupon_pct, 0, 50, "pct", "average fixed coupon", "MinFin");
  t.real("key_rate_pct", s.key_rate_pct, 0, 50, "pct", "key rate", "Bank of Russia (Jan 2021: 4.25%)");
  t.real("cpi_yoy_pct", s.cpi_yoy_pct, -10, 100, "pct", "CPI year on year", "Rosstat (Jan 2021)");
  t.real("usd_rub", s.usd_rub, 1, 1000, "rub_per_usd", "exchange rate", "Bank of Russia (Jan 2021)");
  t.real("output_gap_pct", s.output_gap_pct, -30, 30, "pct", "output gap", kCalib);
  t.real("gdp_yoy_pct", s.gdp_yoy_pct, -30, 30, "pct", "real GDP year on year", "Rosstat (Q4 2020)");
  t.real("unemployment_pct", s.unemployment_pct, 0, 50, "pct", "unemployment (ILO)", "Rosstat (Jan 2021)");
  t.real("wage_yoy_pct", s.wage_yoy_pct, -50, 100, "pct", "nominal wages year on year", "Rosstat");
  t.real("price_level", s.price_level, 0, kInf, "index", "CPI relative to 2020", "Rosstat");
  t.real("real_gdp_index", s.real_gdp_index, 0, kInf, "index", "real GDP relative to 2020", "Rosstat");
  t.section("state.agent_flows");
  describe_agent_flows(t, p.agent_flows);
  t.section("");
  describe_economy(t, p.agents);
}

}  // namespace sancsim
