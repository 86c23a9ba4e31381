#include "sancsim/economy/economy_params.hpp"

#include <fmt/format.h>

namespace sancsim {

namespace {
const char* const kDoc = "docs/ECONOMY.md";
const char* const kJudgement = "judgement, not calibrated (docs/ECONOMY.md)";
// The behavioural values the simulated-minimum-distance search set (session 39's defaults).
const char* const kEstimated =
    "estimated on the calibration windows with every no-shock path and the answer to a key-rate hike "
    "guarded (search S39A, scenarios/calibration/agents.toml; docs/CALIBRATION.md, \"Session 39\")";
}  // namespace

void describe_economy(ParamTable& t, AgentEconomyParams& p) {
  t.section("economy");
  t.choice("model", p.model, {"aggregate", "agents"},
           "which economy the Russian state reads: aggregate equations or households and firms as agents",
           kDoc);
  t.integer("persons_per_agent", p.persons_per_agent, 1, 1000000, "persons one household agent stands for",
            kDoc);
  t.integer("firms_per_sector", p.firms_per_sector, 1, 100000, "firms in each of the nine sectors",
            "number of firms by sector not found (russia_economy.md 5); judgement");
  t.integer("seed", p.seed, 0, 1000000000, "key of the economy's random stream (search order, draws)", kDoc);

  t.real("pensioners_m", p.pensioners_m, 0, 100, "m_persons", "pensioners at the start",
         "just over 42 M registered, 1 Jan 2022 (RBC on PFR data, russia_economy.md 2.5)");
  t.real("initial_contract_soldiers_k", p.initial_contract_soldiers_k, 0, 3000, "k_persons",
         "contract soldiers at the start",
         "352 k at end-2015 (Shoigu, russia_economy.md 3), grown: judgement");
  t.real("army_eligible_share", p.army_eligible_share, 0, 1, "share",
         "working-age agents who may sign a military contract (men of service age)", kJudgement);

  t.real("job_search_share", p.job_search_share, 0, 1, "share_per_month", "employees searching on the job",
         kJudgement);
  t.integer("vacancies_sampled", p.vacancies_sampled, 1, 100, "open vacancies a searcher sees each month",
            kJudgement);
  t.real("switch_premium", p.switch_premium, 0, 2, "share", "wage gain that makes an employee move",
         kJudgement);
  t.real("separation_share", p.separation_share, 0, 1, "share_per_month", "employees leaving to unemployment",
         kJudgement);
  t.flag(
      "quits_with_tightness", p.quits_with_tightness,
      "the voluntary part (quit_share_of_separations) of the leavers to unemployment scales with vacancies "
      "per unemployed against the first month's (elasticity quit_tightness_elasticity); firms' replacement "
      "vacancies follow last month's leavers (docs/ECONOMY.md, Quits that answer to tightness); off: a "
      "fixed separation_share",
      "quits are procyclical, layoffs countercyclical: Elsby, Michaels and Solon (2009, AEJ Macro 1(1)), "
      "inflows of job leavers fall in recessions; Gimpelson and Sharunina (2015, HSE Economic Journal "
      "19(3)): Russian unemployment 2000-2012 moved with its inflows, outflows stable");
  t.real("quit_share_of_separations", p.quit_share_of_separations, 0, 1, "share",
         "voluntary quits among the leavers to unemployment at the start (quits_with_tightness)",
         "most Russian separations are quits, not layoffs (Gimpelson and Lippoldt 1999, IHS Transition "
         "Economics Series 4); the share among leavers to unemployment is judgement");
  t.real("quit_tightness_elasticity", p.quit_tightness_elasticity, 0, 2, "elasticity",
         "elasticity of the quit rate to vacancies per unemployed (quits_with_tightness)",
         "BLS JOLTS: quits 2.8 M (about 2.0% of employment) Dec 2007, 1.9 M (about 1.45%) Dec 2011, while "
         "unemployed per opening went 1.8 to 3.9 (6.1 at the 2009 peak, quits about 1.35%): "
         "ln(2.0/1.45)/ln(3.9/1.8) = 0.42, ln(2.0/1.35)/ln(6.1/1.8) = 0.32; midpoint 0.35 (JOLTS quits "
         "are mostly job to job: the elasticity of quits to unemployment is assumed the same)");
  t.real("quit_tightness_normal_months", p.quit_tightness_normal_months, 0, 600, "months",
         "mean lag of the moving normal of vacancies per unemployed that quits answer to "
         "(quits_with_tightness; 0: the first month's tightness, fixed)",
         "judgement: the agents' market is tighter than its first month almost all the time "
         "(docs/ECONOMY.md, Quits that answer to tightness)");
  t.real("wage_up_per_month", p.wage_up_per_month, 0, 1, "share",
         "wage offer change per unit of the share of vacancies left unfilled above the start's", kJudgement);
  t.real("wage_down_per_month", p.wage_down_per_month, 0, 1, "share",
         "wage offer fall of a firm that sheds staff", kEstimated);
  t.flag("attrition_before_shedding", p.attrition_before_shedding,
         "a firm's expected separations of the month take up its excess staff before it lays off (and cuts "
         "its wage offer); off: any excess staff is shed and cuts the wage, even the excess that the "
         "month's separations remove",
         "Davis, Faberman and Haltiwanger (2012, JME 59(1), Labor market flows in the cross section and "
         "over time): establishments that shrink a little do it by attrition (quits), layoffs rise only "
         "with larger contractions");
  t.flag("wage_scarcity_bid", p.wage_scarcity_bid,
         "a firm short of workers raises its wage offer, over wage_review_months, by the share of its posts "
         "left unfilled above the normal over the elasticity of labour supply to the firm, within what its "
         "margin can pay "
         "(docs/ECONOMY.md, Wage bids for scarce workers)",
         "monopsonistic wage posting (Manning 2003, Monopsony in Motion); Bank of Russia 2024: most firms "
         "report a shortage of staff and firms compete for workers with pay (docs/ECONOMY.md)");
  t.real("labour_supply_elasticity_to_firm", p.labour_supply_elasticity_to_firm, 0, 100, "elasticity",
         "elasticity of labour supply to the firm: a firm short of a share s of its posts bids s / e more",
         "estimates range widely: 1.08 on average for US firms (Webber 2015, Labour Economics 35); 1,320 "
         "estimates in Sokolova and Sorensen (2021, ILR Review 74(1)); 4 judgement within them");
  t.real("wage_review_months", p.wage_review_months, 1, 120, "months",
         "months over which a firm's bid reaches shortage / elasticity: the bid a month is that over this",
         "judgement: pay reviewed about once a year; no Russian figure found");
  t.flag("overtime_with_demand", p.overtime_with_demand,
         "a firm whose staff cannot make the output it wants works them overtime, up to overtime_max_share "
         "of normal hours, paid at the overtime premium (docs/ECONOMY.md, Hours with demand)",
         "flexible hours within a bound as in BeforeIT (Poledna et al. 2023, EER 151; up to 1.5x); the "
         "bound here is Russia's Labour Code");
  t.real("overtime_max_share", p.overtime_max_share, 0, 1, "share",
         "overtime a firm may work, as a share of normal hours",
         "Labour Code of the Russian Federation art. 99: at most 120 hours of overtime a year per worker, "
         "over 1,979 normal hours in 2024's production calendar (40-hour week): 0.06");
  t.real("overtime_pay_premium", p.overtime_pay_premium, 0, 2, "share",
         "premium on the pay of overtime hours",
         "Labour Code of the Russian Federation art. 152: at least 1.5x for the first two hours, 2x after");
  t.real("wage_indexation", p.wage_indexation, 0, 2, "share", "share of expected inflation in wage offers",
         kJudgement);
  t.real("wage_past_inflation_share", p.wage_past_inflation_share, 0, 1, "share",
         "share of the inflation wage offers are indexed to that is the CPI's past twelve months (last "
         "month's year-on-year rate) instead of expected inflation",
         "Labour Code of the Russian Federation art. 134: employers index real pay for the rise of consumer "
         "prices (state bodies by law, others by collective agreements and local acts); no share found: "
         "judgement, off (docs/ECONOMY.md, \"Session 34\")");

  t.real("wage_tightness_per_year", p.wage_tightness_per_year, 0, 2, "share_per_year",
         "wage offer growth a year per unit of log(vacancies per unemployed over the start's)",
         "wage-setting on labour-market tightness as in Caiani et al. (2016, JEDC 69) and Dosi et al. "
         "(K+S); level judgement");
  t.real("wage_quit_response", p.wage_quit_response, 0, 10, "share",
         "wage offer rise per unit of a firm's monthly quit share above the start's", kJudgement);
  t.real("wage_productivity_passthrough", p.wage_productivity_passthrough, 0, 2, "share",
         "share of trend productivity growth passed into wage offers", kJudgement);
  t.real("wage_error_correction_per_year", p.wage_error_correction_per_year, 0, 12, "share_per_year",
         "share of the log gap between the average product wage (wage over the price of domestic output) "
         "and the wage curve's closed a year",
         "error-correcting wage equation as in Blanchard and Katz (1999, AER 89(2)) and the VECM of "
         "Vakulenko and Gurvich (2015, Voprosy Ekonomiki 11); no Russian speed found: its speed estimated on "
         "the calibration windows (search S39A, docs/CALIBRATION.md, \"Session 39\")");
  t.flag(
      "wage_curve_on_consumer_wage", p.wage_curve_on_consumer_wage,
      "the wage equation's error correction reads the average wage over the CPI (the consumption wage) "
      "against the first month's, instead of over the price of domestic output (the product wage)",
      "the wage curve is estimated on consumption wages: Blanchflower and Oswald (1994, The Wage Curve, MIT "
      "Press); Plekhanov (2017, RLMS wages deflated by regional CPIs); built, off (docs/ECONOMY.md, "
      "\"Session 34\")");
  t.real(
      "wage_curve_elasticity", p.wage_curve_elasticity, 0, 2, "share",
      "elasticity of the long-run real wage to the unemployment rate (wage curve), negated",
      "Plekhanov (2017, PhD thesis, University of Edinburgh, ch. 1; RLMS panel): real wages fall 4% per pp "
      "of unemployment, 3-4 times the US, UK and German figure; at the reference 5.8% that is "
      "0.04 x 5.8 = 0.23 in logs. Blanchflower (2001, JJIE 15(4)): -0.1 to -0.3 in transition economies; "
      "-0.1 across Western ones (Blanchflower and Oswald 1994)");
  t.real(
      "wage_curve_lowest_unemployment_pct", p.wage_curve_lowest_unemployment_pct, 0.1, 50, "pct",
      "unemployment below this is read as this by the wage curve",
      "2.3%: the lowest ILO rate in the calibration windows (Oct and Dec 2024, russia_calibration.md 6.3)");
  t.path(
      "wage_curve_reference_unemployment_pct", p.wage_curve_reference_unemployment_pct, 0.1, 50, "pct",
      "unemployment at which the wage curve's real wage is the start's times trend productivity",
      "2021: the agents' start's 5.8% (state.initial.unemployment_pct), at which the start is stationary "
      "(its matching efficiency is derived there; docs/ECONOMY.md \"The off switches together\"); 2022, "
      "2024: the aggregate economy's natural rate state.economy.natural_unemployment_pct (3.26, 3.02; "
      "calibrated on the windows, docs/MODEL_STATE.md), whose Okun gap the Bank's rule reads in agents mode");
  t.real("wage_curve_highest_unemployment_pct", p.wage_curve_highest_unemployment_pct, 0.1, 50, "pct",
         "unemployment above this is read as this by the wage curve", kJudgement);
  t.flag("wage_curve_reference_at_start", p.wage_curve_reference_at_start,
         "the wage curve's reference unemployment is the first month's measured rate throughout (the rate at "
         "which the start's real wage is the one the curve justifies); off: the dated path "
         "wage_curve_reference_unemployment_pct",
         "a wage curve has one reference (Blanchflower and Oswald 1994, The Wage Curve, MIT Press: the "
         "real wage is a function of the unemployment rate's level); the start's rate (5.8% in Jan 2021, "
         "state.initial.unemployment_pct) is where the model's real wage is normalised; docs/ECONOMY.md "
         "\"One wage curve\"");
  t.flag("wage_shedding_against_start", p.wage_shedding_against_start,
         "a shedding firm's wage cut (wage_down_per_month) is measured against the start's share of "
         "employment in shedding firms (the mean over months 1-3; the first month starts every firm at its "
         "need): it cuts by wage_down x (1 - share), a firm not shedding raises by "
         "wage_down x share, so the term averages zero in the start's steady churn (as the vacancy and "
         "quit terms, measured against the start's unfilled and quit shares); off: only shedding firms move",
         "no new number; docs/ECONOMY.md \"The start's wage drift\" (a third of employment sheds in steady "
         "churn, a drag of 1.2-2.7% a year) and \"One wage curve\"");

  t.path("contract_soldiers_target_k", p.contract_soldiers_target_k, 0, 5000, "k_persons",
         "contract soldiers the army recruits toward (a scenario lever: demobilisation after a ceasefire)",
         "pre-war corps plus the increases of the authorised strength (decrees of Aug 2022 +137 k, Dec 2023 "
         "+170 k, Sep 2024 +180 k; russia_economy.md 3); derived");
  t.path("army_exit_share_per_month", p.army_exit_share_per_month, 0, 1, "share_per_month",
         "soldiers leaving the army (contracts ending, losses)", kJudgement);
  t.path(
      "military_pay_rub_per_month", p.military_pay_rub_per_month, 0, 1e7, "rub_per_month",
      "contract soldier's monthly pay",
      "195 k from autumn 2022, 210 k Jul 2024 (russia_economy.md 3); 2021 judgement; 2022 the year's blend");
  t.path("signup_bonus_rub", p.signup_bonus_rub, 0, 1e8, "rub", "one-off payment on signing a contract",
         "federal 195 k (2022 decree), 400 k plus regional ~1 M (2024; russia_economy.md 3); 2022 blend");
  t.real("army_adjustment_per_month", p.army_adjustment_per_month, 0, 1, "share",
         "share of the gap to the target stock of soldiers closed each month", kJudgement);

  t.real("mobilised_k", p.mobilised_k, 0, 5000, "k_persons",
         "reservists held in the army by mobilisation (date it with a `set` event; lower it to demobilise)",
         "partial mobilisation of 300,000 reservists, 21 Sep 2022 (russia_economy.md 3)");
  t.real("emigrated_k", p.emigrated_k, 0, 10000, "k_persons",
         "working-age persons who have left the country (date it with a `set` event)",
         "net emigration 2022 about 0.5-0.8 M working-age people (russia_economy.md 3; highly uncertain)");

  t.path(
      "pension_rub_per_month", p.pension_rub_per_month, 0, 1e6, "rub_per_month", "average pension",
      "over 23 k assigned at end-2024 (SFR, russia_economy.md 2.5); 2021 derived back by indexation. The "
      "years between follow the insurance pensions' indexations: +8.6% in Jan 2022, +10% in Jun 2022, "
      "+4.8% in Jan 2023 (non-working pensioners; the Labour Ministry on objasnyaem.rf), +7.5% in Jan 2024, "
      "the average rising by 0.79 of them (the 2021-2024 levels' ratio 1.265 over the indexations' 1.346: "
      "working pensioners and social pensions were not indexed), year means (2022: 5 months at the "
      "January level, 7 at the June one); 2025: +9.5% on all insurance pensions, working pensioners' "
      "included (law of 2024); later years indexed (pensions_indexed_after_path)");
  t.flag("pensions_indexed_after_path", p.pensions_indexed_after_path,
         "the years after the last point of pension_rub_per_month grow with the CPI: each January by the "
         "December's CPI over a year (a set event starts a new path in its year); off: the last point's "
         "pension in rubles",
         "insurance pensions are indexed every January by the rate the budget law sets at forecast inflation "
         "(Federal Law 400-FZ 'On insurance pensions'); the convention of the state's spending paths "
         "(state.spending.index_after_last_year); docs/ECONOMY.md, \"Pensions indexed after their path\"");
  t.real("unemployment_benefit_rub_per_month", p.unemployment_benefit_rub_per_month, 0, 1e6, "rub_per_month",
         "unemployment benefit", kJudgement);
  t.real("consumption_out_of_income", p.consumption_out_of_income, 0, 1.5, "share",
         "consumption per RUB of disposable income", kJudgement);
  t.real("interest_consumption_share", p.interest_consumption_share, 0, 1.5, "share",
         "consumption per RUB of deposit interest credited (the rest stays in deposits, spent out of "
         "them at the wealth rate; the start's spending out of deposits is re-derived)",
         "default 0.9 = consumption_out_of_income (interest spent like other income; built, off). "
         "Judgement: interest on term deposits and savings accounts is capitalised; 2024 interest on "
         "household deposits 3.8-4 trn RUB, ~6 trn with savings accounts (Izvestia, 2024) against a deposit "
         "flow of 13.5 trn (CBR financial accounts) (docs/ECONOMY.md, Households' deposits and loans)");
  t.real("household_saving_start_rub_bn_per_year", p.household_saving_start_rub_bn_per_year, -1e5, 1e5,
         "rub_bn_per_year",
         "households' saving into deposits at the start (spending out of deposits follows)",
         "household deposit flow 2,583 bn RUB in 2021 (CBR financial accounts, russia_economy.md 4)");
  t.real("household_dividends_start_rub_bn_per_year", p.household_dividends_start_rub_bn_per_year, 0, 1e6,
         "rub_bn_per_year",
         "firms' profit paid to resident households at the start (their share of dividends follows)",
         "Rosstat money income: entrepreneurial income 8% and property income 5% of 62 trn RUB (2020; "
         "structure of 2018), less the deposit interest the model pays (~1.1 trn): about 7 trn; derived, "
         "rounded (docs/ECONOMY.md, Dividends)");
  t.real("state_dividends_start_rub_bn_per_year", p.state_dividends_start_rub_bn_per_year, 0, 1e6,
         "rub_bn_per_year", "firms' dividends paid to the federal budget at the start (its share follows)",
         "federal budget dividend receipts about 300 bn RUB in 2021 (Vedomosti, Dec 2021: Rosneft over "
         "half, Transneft 20%, Tatneft 10%; Gazprom paid none)");
  t.real(
      "dividends_abroad_start_rub_bn_per_year", p.dividends_abroad_start_rub_bn_per_year, 0, 1e6,
      "rub_bn_per_year",
      "firms' dividends paid to owners abroad at the start, its share follows; the rest stays with resident "
      "corporate owners (0: abroad is the residual)",
      "balance of payments 2021: primary and secondary income -$48 bn net (current account $122 bn less "
      "goods and services $170 bn, CBR); dividends payable about $45 bn of ~$85 bn investment income "
      "payable at 73.65 RUB/USD: about 3.3 trn; derived, a bound not the BoP's line (docs/ECONOMY.md)");
  t.real(
      "type_c_dividend_share", p.type_c_dividend_share, 0, 1, "share",
      "share of the dividends paid abroad credited to type-C accounts (blocked in the bank) from "
      "type_c_accounts_from_yyyymm (0: off)",
      "Decree 95 of 5 Mar 2022, Government order 430-r (unfriendly list); intermediate jurisdictions "
      "(Cyprus, Netherlands, ...) 60-70% of inward FDI (BOFIT Weekly 2016/17), all on the list: judgement");
  t.integer("type_c_accounts_from_yyyymm", p.type_c_accounts_from_yyyymm, 200001, 210012,
            "first month of type-C accounts for dividends to unfriendly owners (yyyymm)",
            "Decree 95 of 5 Mar 2022");
  t.real("wealth_rate_sensitivity", p.wealth_rate_sensitivity, 0, 10, "pp_per_pp",
         "less wealth spending a year per pp of real deposit rate above the start's", kEstimated);

  t.real("initial_household_deposits_rub_bn", p.initial_household_deposits_rub_bn, 0, 1e6, "rub_bn",
         "household deposits at the start",
         "37.9 trn end-2021 less the 2021 deposit flow of 2.58 trn (CBR, russia_economy.md 4); derived");
  t.real("expectations_anchor", p.expectations_anchor, 0, 1, "share",
         "weight of the anchor (economy.expectations_anchor_pct) in expected inflation", kEstimated);
  t.path("expectations_anchor_pct", p.expectations_anchor_pct, -10, 100, "pct_per_year",
         "households' measured 12-month-ahead inflation expectations, the anchor of expected inflation",
         "Bank of Russia / inFOM survey medians: 2021 mean of Apr-Dec 11.9, 11.3, 11.9, 13.4, 13.6, 13.5, "
         "14.8 = 12.9; 2024 mean of Jan, May, Jun 12.7, 11.7, 11.9 = 12.1 (CBR releases; TASS 24 Jan and "
         "18 Jun 2024); 2022 not found, held at 2021's; 2023 not looked up (outside the windows)");
  t.real("expectations_survey_bias_pp", p.expectations_survey_bias_pp, 0, 20, "pp",
         "households' survey median less the expected inflation it implies on the CPI's scale: the "
         "anchor of expected inflation is economy.expectations_anchor_pct less this",
         "Bank of Russia, Russian Macro Update (inflation expectations slide, Q1 2016 to May 2018): inFOM "
         "median 14.7, 14.2, 14.2, 12.4, 11.2, 10.3, 9.6, 8.7, 8.9, 8.4, 8.5, 7.8, 8.6 against the "
         "Bank's calculation on the same survey 7.4, 6.7, 5.9, 5.1, 4.0, 4.0, 2.8, 2.4, 2.1, 2.1, 2.2, "
         "2.2, 2.3: mean gap 6.8 pp (5.6 to 8.3); CPI Dec 2017 2.5%, Dec 2018 4.3%");
  t.real("expectations_speed", p.expectations_speed, 0, 1, "share_per_month",
         "monthly weight of the new aim in expected inflation", kEstimated);
  t.real("expectations_target_weight", p.expectations_target_weight, 0, 1, "share",
         "weight of the Bank's inflation target (4%) in the anchor against the survey less its bias",
         "0: the survey converted to the CPI's scale (the Bank of Russia's own conversion) already "
         "measures how far households believe the target; a scenario lever for credibility");

  t.path("productivity_growth_pct", p.productivity_growth_pct, -20, 20, "pct_per_year",
         "labour productivity trend of every sector",
         "the data: Rosstat labour productivity index about 2% a year 2017-2021 (2020 -0.4%, 2021 +3.7%; "
         "Vedomosti, 9 Oct 2023); no per-sector series found; 2% from session 32 (0 before: "
         "docs/ECONOMY.md, Status)");
  t.real("labour_demand_wage_elasticity", p.labour_demand_wage_elasticity, 0, 2, "share",
         "output per worker rises with the product wage (average wage over the price of domestic output, "
         "against the start's) to this power: firms replace dearer workers with capital at given output",
         "Hamermesh (1993), Labor Demand, Princeton UP, ch. 3: constant-output own-wage elasticity of labour "
         "demand about 0.30 (range 0.15-0.75); docs/ECONOMY.md, \"The labour shortage\"");
  t.real("demand_expectation_weight", p.demand_expectation_weight, 0, 1, "share_per_month",
         "weight of last month's demand in a firm's expected demand", kEstimated);
  t.real("inventory_target_months", p.inventory_target_months, 0, 12, "months",
         "inventories firms aim to hold", kJudgement);
  t.flag("services_not_stored", p.services_not_stored,
         "the firms of utilities (electricity, heat, water), market services and public services hold no "
         "inventory: they plan output at expected demand (within capacity), what they make and do not sell "
         "is lost (GDP counts their sales), and what buyers ask beyond it is not bought abroad (households "
         "and the state keep the money, unmet investment is not made, firms go without the inputs missing)",
         "SNA 2008 6.13 ff.: services are produced and consumed at once and cannot be stocked (electricity, "
         "heat and water delivered through a network likewise); Rosstat 2019 supply-use table: the change "
         "in inventories of services (294 bn RUB, trade goods held by traders) against 29.3 trn of "
         "household services; docs/ECONOMY.md, \"Services that are not stored\"");
  t.flag(
      "export_parity_goods_only", p.export_parity_goods_only,
      "only goods (farming, machinery, other manufacturing) sell at home partly at the world price in rubles "
      "(export parity by the sector's export share); utilities, construction, market and public services "
      "price on cost, whatever share of their output is exported (transport, travel, business services)",
      "law of one price for traded goods only: services are produced and consumed where they are bought "
      "and cannot be shipped back (SNA 2008 6.13 ff.); the relative price of non-traded goods moves the "
      "real exchange rate (Engel 1999, Journal of Political Economy 107(3)); docs/ECONOMY.md, \"The "
      "agents' exchange-rate pass-through\"");
  t.real("labour_adjustment", p.labour_adjustment, 0, 1, "share_per_month",
         "share of its excess staff a firm lets go each month (labour hoarding; at most 5% of staff)",
         kEstimated);
  t.real("price_adjustment", p.price_adjustment, 0, 1, "share_per_month",
         "share of the gap to the target price closed each month", kEstimated);
  t.real(
      "price_indexation_share", p.price_indexation_share, 0, 1, "share",
      "share of the month's expected inflation (households' expectations) by which each firm's price "
      "moves before it closes price_adjustment of its gap to the target; oil and gas and utilities "
      "(regulated) keep their cost-plus rule",
      "Poledna, Miess, Hommes and Rabitsch (2023, European Economic Review 151, 104306): firms index prices "
      "to expected inflation each period (1 in their model, BeforeIT); docs/ECONOMY.md, \"Prices indexed "
      "to expected inflation\"");
  t.real(
      "price_gap_hazard", p.price_gap_hazard, 0, 50, "share_per_log_point",
      "extra share of its gap an unregulated firm's price closes a month per log point of the gap beyond "
      "the start's steady lag (either sign; at most the whole gap): large cost shocks pass into prices "
      "faster than small ones (0: every gap closes price_adjustment a month)",
      "generalised hazard of price adjustment rising with the price gap (Caballero and Engel 2007, Journal "
      "of Monetary Economics 54 supplement); the frequency of price changes jumps after a large cost shock "
      "(Cavallo, Lippi and Miyahara 2023, \"Large shocks travel fast\", NBER w31659; Gagliardone, Gertler, "
      "Lenzu and Tielens 2025, NBER w33478: adjustment probabilities rise with the gap, about constant in "
      "normal times); built, off: estimated at 0 with the behavioural values (docs/CALIBRATION.md, S38A)");
  t.real("expected_unit_cost_pricing", p.expected_unit_cost_pricing, 0, 1, "share",
         "1: firms price on the unit labour cost expected (1 - price_adjustment) / price_adjustment months "
         "ahead (the common wage growth less trend productivity); 0: on today's",
         "Calvo (1983): a reset price is the mark-up on the expected costs over the price's life; the "
         "horizon is the partial adjustment's lag, by construction");
  t.real("start_price_lag_share", p.start_price_lag_share, 0, 1, "share",
         "share of the steady-state lag of prices behind their targets at the start's CPI inflation that "
         "the first month's prices carry (1: the start is a steady state at that inflation, 0: at none)",
         "the steady-state start of AB-SFC models (Caiani et al. 2016, JEDC 69) at the start's measured "
         "inflation (Rosstat, CPI Jan 2021 5.2% y/y, state.initial.cpi_yoy_pct): with a share l of the gap "
         "closed a month, a price following a target that grows g a month lags it by (1 - l) / l months");
  t.real("excess_demand_markup", p.excess_demand_markup, 0, 1, "share",
         "target price rise per unit of excess demand over expected demand (excess demand is held within "
         "+-50% of output, so at most 1 keeps the target price above half the cost-plus price)",
         kEstimated);
  t.flag("markup_on_demand", p.markup_on_demand,
         "firms' mark-ups move with their demand against capacity (stocks against target, plant "
         "utilisation against target) instead of the excess-demand factor; regulated prices (oil and gas, "
         "utilities) keep the normal mark-up",
         "the inventory-led mark-up of AB-SFC models (Caiani et al. 2016, JEDC 69: the mark-up rises when "
         "stocks fall short of the desired ratio to sales, falls otherwise) with the plant's utilisation as "
         "the capacity side (Dosi et al. 2010, JEDC 34: mark-ups that move with the firm's market); "
         "docs/ECONOMY.md, \"Mark-ups on demand against capacity\"");
  t.real("markup_response_per_month", p.markup_response_per_month, 0, 1, "log_per_month",
         "change of ln(1 + mark-up) a month per unit of demand pressure (stock gap plus weighted "
         "utilisation gap, within [-1, 1])",
         "judgement: a firm with stocks at half their target at the target utilisation raises its price "
         "over unit cost 1% a month (the AB-SFC models step the mark-up by a small random share a round, "
         "Caiani et al. 2016, JEDC 69)");
  t.real("markup_reversion_per_month", p.markup_reversion_per_month, 0, 1, "share_per_month",
         "share of the log gap between a firm's mark-up and its normal (the start's) closed a month: "
         "entry and customers' search pull margins back",
         "judgement: a half-life of about 17 months; with response 0.02 a persistent pressure p holds the "
         "mark-up factor exp(0.5 p) above its normal");
  t.real("markup_stock_weight", p.markup_stock_weight, 0, 5, "share",
         "weight of the stock gap (1 - stocks after sales over inventory_target_months x expected demand) in "
         "the demand pressure",
         "judgement: 1 (Caiani et al. 2016's signal); 0 reads the plant alone, so that stocks run down by "
         "a shortage of workers (hiring lags) do not raise the mark-up");
  t.real("markup_utilisation_weight", p.markup_utilisation_weight, 0, 5, "share",
         "weight of the plant's utilisation gap (buyers' demand over the plant's capacity against "
         "target_utilisation, less 1) in the demand pressure",
         "judgement: 1, the two gaps on one footing (a firm 10% above its target utilisation counts as one "
         "with stocks 10% short)");
  t.real("markup_max_gap_log", p.markup_max_gap_log, 0, 1, "log",
         "the mark-up factor 1 + mark-up stays within exp(+-this) of its normal",
         "judgement: +-10% of price over unit cost (a bound, so that a lasting shortage cannot compound "
         "the mark-up)");
  t.real("price_competitor_weight", p.price_competitor_weight, 0, 0.9, "share",
         "weight of the competitors' price (the sector's price this month) against the firm's own cost-plus "
         "price in its target price, in logs; the rest is the own cost's pass-through. Regulated prices "
         "(oil and gas, utilities) stay on cost; 0: pure cost-plus",
         "Amiti, Itskhoki and Konings (2019), 'International shocks, variable markups, and domestic prices', "
         "Review of Economic Studies 86(6): Belgian manufacturers' prices move with elasticity 0.4 to "
         "competitors' prices and 0.6 to own marginal cost (large firms 0.5 and 0.5, small firms 0 and 1); "
         "docs/ECONOMY.md, \"Prices against competitors' prices\"");
  t.real("labour_cost_competitor_weight", p.labour_cost_competitor_weight, 0, 0.9, "share",
         "the same weight on the unit labour cost alone: the labour cost a firm prices on grows by 1 - w of "
         "its own unit labour cost's growth and w of its sector's price growth, never above its own, so a "
         "wage race that outruns the sector's price is taken partly by the margin and input costs pass as "
         "cost-plus. Regulated prices stay on cost; 0: off",
         "Amiti, Itskhoki and Konings (2019), Review of Economic Studies 86(6): own-cost elasticity 0.6, "
         "competitors' price 0.4; applied to labour cost only because the pass-through of labour costs is "
         "the slower (Bobeica, Ciccarelli and Vansteenkiste 2019, ECB WP 2235: the link from labour cost to "
         "prices is weak and depends on the shock); docs/ECONOMY.md, \"Prices against competitors' prices\"");
  t.real("labour_cost_gap_reversion_per_month", p.labour_cost_gap_reversion_per_month, 0, 1,
         "share_per_month",
         "share of the gap between a firm's own unit labour cost and the one it prices on "
         "(labour_cost_competitor_weight) closed a month: competitors' prices catch up and margins recover",
         "judgement: 0.04, the half-life of about 17 months of markup_reversion_per_month; 1 - "
         "labour_cost_competitor_weight closes it within months");
  t.flag(
      "markup_labour_scarcity", p.markup_labour_scarcity,
      "with unemployment u below the natural rate u_ref (the dated wage_curve_reference_unemployment_pct, "
      "whatever wage_curve_reference_at_start says: mark-ups are normal at the natural rate) each firm's "
      "gross "
      "mark-up falls to 1 / (1 + s (F - 1)) of its own, s labour's share of its unit cost and F = (u_ref / "
      "max(u, wage_curve_lowest_unemployment_pct))^markup_labour_scarcity_elasticity, so that its price "
      "allows F times the normal product wage (the "
      "price-setting real wage rising with tightness); slack leaves the mark-up. Regulated prices (oil and "
      "gas, utilities) stay on cost; off: the normal mark-up whatever the labour market",
      "counter-cyclical mark-ups: Rotemberg and Woodford (1999), 'The cyclical behavior of prices and "
      "costs', Handbook of Macroeconomics 1B (marginal labour cost more procyclical than average); against "
      "it Nekarda and Ramey (2020), Journal of Money, Credit and Banking, Dec 2020 (US mark-ups rise after "
      "demand shocks); Russia's labour "
      "share of GDP rose from about 39% (2022) to 43.9% (2024) as unemployment fell 3.9 -> 2.5% with "
      "profitability falling (Re:Russia, Feb 2025); docs/ECONOMY.md \"Mark-ups that fall in a tight labour "
      "market\"");
  t.real(
      "markup_labour_scarcity_elasticity", p.markup_labour_scarcity_elasticity, 0, 1, "elasticity",
      "e: the product wage pricing allows rises by (u_ref / u)^e below the reference "
      "(markup_labour_scarcity)",
      "derived, an upper bound: Russia's labour share of GDP 39% (2022; Izvestia on Alfa-Bank, Sep 2025) to "
      "43.9% (2024; mnogo.media) against Rosstat's annual ILO unemployment 3.9% to 2.5%: ln(43.9/39) / "
      "ln(3.9/2.5) = 0.27 (russia_calibration.md 6.3's Nov 2022 3.7-3.9 and 2024 2.3-2.4 give 0.24-0.26); "
      "the fall of the oil rent's share over the same years raised it too, so tightness explains at most "
      "this");
  t.flag(
      "markup_labour_scarcity_at_wage_curve_reference", p.markup_labour_scarcity_at_wage_curve_reference,
      "markup_labour_scarcity measures scarcity against the wage curve's own reference (the start's rate "
      "with wage_curve_reference_at_start) instead of the dated natural rate, so that the price-setting "
      "and wage-setting real wages are normal at one rate; off: the dated natural rate "
      "(wage_curve_reference_unemployment_pct), which between it and the start's rate lets wages claim "
      "while prices allow nothing",
      "Layard, Nickell and Jackman (1991), Unemployment, OUP: one unemployment axis for the price-setting "
      "and wage-setting real wages; the start's mark-ups (2019 table) and real wage are both normal at the "
      "start's rate; docs/ECONOMY.md \"Session 25: one natural rate for wages and prices\" (on since "
      "session 25; measured)");
  t.flag("markup_labour_scarcity_follows_wages", p.markup_labour_scarcity_follows_wages,
         "with markup_labour_scarcity the mark-up gives way to the wage claims instead of to unemployment at "
         "once: the product wage pricing allows rises each month by markup_labour_scarcity_absorbed_share of "
         "the month's real wage claim (the offers' growth beyond indexation to expected inflation and trend "
         "productivity; falling claims take it back), never above F = (u_ref / u)^e nor below 1, and falls "
         "back toward F at markup_reversion_per_month when the market loosens below it; the rest of every "
         "claim reaches prices, so a demand boom raises the price level and the labour share together; off: "
         "F at once",
         "Layard, Nickell and Jackman (1991), Unemployment, OUP: the price-setting real wage may not rise "
         "faster with tightness than the wage-setting one; margins that buffer unit labour costs in a tight "
         "market (ECB: Lane, 21 Sep 2023; de Guindos, 2024: unit profits absorb part of rising unit labour "
         "costs, for a while); Russia 2022-24: wages outran prices and profitability fell (Re:Russia, Feb "
         "2025); docs/ECONOMY.md \"Mark-ups that give way to wage claims\"");
  t.real("markup_labour_scarcity_absorbed_share", p.markup_labour_scarcity_absorbed_share, 0, 1, "share",
         "share of a month's real wage claim that the margins absorb under labour scarcity "
         "(markup_labour_scarcity_follows_wages); 1 - it passes into prices",
         "Amiti, Itskhoki and Konings (2019), Review of Economic Studies 86(6): a firm passes about 0.6 of "
         "its own cost rise into its price and keeps 0.4 in its margin (the competitors' weight, as "
         "labour_cost_competitor_weight); applied to the real part of wage claims, so judgement in its "
         "application");
  t.real("demand_elasticity", p.demand_elasticity, 0, 50, "elasticity",
         "within a sector, a firm's demand share against its relative price", kJudgement);
  t.real("capital_output_years", p.capital_output_years, 0.1, 20, "years",
         "real capital per unit of annual output", kJudgement);
  t.real("target_utilisation", p.target_utilisation, 0.1, 1, "share", "capacity utilisation firms aim at",
         kJudgement);
  t.path("defence_wartime_capacity_factor", p.defence_wartime_capacity_factor, 1, 5, "factor",
         "the defence industry's capacity over its plant's peacetime capacity (mobilisation capacities kept "
         "for war, extra shifts and overtime on the state's orders)",
         "Federal Law 31-FZ of 1997 (mobilisation capacities), Federal Law 272-FZ of 14 Jul 2022 (overtime, "
         "night and holiday work for the state's defence orders); 2 (a second shift) is judgement");
  t.real("defence_backlog_months", p.defence_backlog_months, 1, 120, "months",
         "months over which the state asks again for the defence orders it placed and did not get",
         "judgement: undelivered orders carry into the next year's contracts");
  t.real("depreciation_pct_per_year", p.depreciation_pct_per_year, 0, 50, "pct_per_year",
         "capital depreciation", kJudgement);
  t.real("investment_adjustment", p.investment_adjustment, 0, 1, "share_per_month",
         "share of the gap to the wanted capital invested each month", kJudgement);
  t.real("investment_rate_sensitivity", p.investment_rate_sensitivity, 0, 1, "share_per_pp",
         "gross investment lost at once per pp of the month's real loan rate above the start's (the old "
         "rule; 0: off)",
         kJudgement);
  t.real("investment_user_cost_elasticity", p.investment_user_cost_elasticity, 0, 3, "elasticity",
         "elasticity of the capital firms want to the user cost of capital (real loan rate plus "
         "depreciation) against the start's",
         "Chirinko, Fazzari and Meyer (2011, JBES 29(4)): capital-labour substitution elasticity 0.40, "
         "the user-cost elasticity of the neoclassical model; Jorgenson (1963); 0.283 estimated on the "
         "calibration windows (search S39A, docs/CALIBRATION.md, \"Session 39\")");
  t.real("investment_demand_weight", p.investment_demand_weight, 0, 1, "share_per_month",
         "weight of last month's demand in the lasting demand that a firm's wanted capital follows",
         "judgement: a year's mean lag (1/12), against 0.3 for production plans");
  t.integer("investment_time_to_build_months", p.investment_time_to_build_months, 0, 60,
            "months over which a firm's investment decision of the month is paid in equal "
            "parts, the capital arriving as it is paid for; the firm counts its orders under way as capital "
            "(0: spent at once, the rule before 2026-12-04)",
            "Kydland and Prescott (1982, Econometrica 50(6)): four quarters from decision to productive "
            "capital; Koeva (2000, IMF WP/00/138): new plants about two years; no Russian figure found; "
            "docs/ECONOMY.md \"Time to build\"");
  t.flag("investment_reads_lasting_real_rate", p.investment_reads_lasting_real_rate,
         "the capital firms want answers to the real loan rate through the slow expectation that lasting "
         "demand follows (weight investment_demand_weight a month) instead of the month's real loan rate",
         "expectations hypothesis of the term structure (Campbell and Shiller 1991, RES 58(3)): the rate "
         "on long-lived funding is the mean of the expected short rates; the weight is lasting demand's "
         "(judgement); docs/ECONOMY.md \"Time to build\"");
  t.real("firm_deposit_months", p.firm_deposit_months, 0, 24, "months",
         "deposits a firm keeps, in months of its wage bill (it borrows below)", kJudgement);
  t.real("loan_repayment_per_month", p.loan_repayment_per_month, 0, 1, "share_per_month",
         "share of a loan repaid each month out of deposits above the buffer", kJudgement);
  t.real("dividend_adjustment_per_month", p.dividend_adjustment_per_month, 0, 1, "share_per_month",
         "share of the gap between the dividend paid and the free cash flow closed each month",
         "Lintner (1956, AER 46(2)): dividends adjust about 0.3 of the gap a year; 1 - 0.7^(1/12) = 0.03");
  t.real("own_funds_share", p.own_funds_share, 0, 1, "share",
         "net investment financed from retained profit (the rest of after-tax profit is paid out)",
         "own funds about 55% of fixed investment financing, 2019-2021 (Rosstat, investment by source of "
         "financing; not in russia_economy.md); rounded");
  t.flag("dividends_on_real_profit", p.dividends_on_real_profit,
         "the firms' dividends aim at profit plus expected inflation times their net debt (loans less "
         "deposits): inflation-adjusted profit, so that a firm borrows to keep its real debt as prices rise "
         "(off: nominal profit, and inflation repays the debt)",
         "Hicks (1939) income; inflation accounting of profit (Modigliani and Cohn 1979): nominal interest "
         "includes the repayment of real debt by inflation");
  t.flag("start_bank_dividend_from_first_month", p.start_bank_dividend_from_first_month,
         "the bank's first dividend (households' income at the start) is the one a trial first month's "
         "accounts give, so that household income does not fall from the first month to the second (off: "
         "the start's formula, without the firms' deposit interest and the capital their new loans need)",
         "the model's own first month; no outside number; on since 2026-12-05 (docs/ECONOMY.md, \"Session "
         "23\")");
  t.real(
      "initial_firm_loans_rub_bn", p.initial_firm_loans_rub_bn, 0, 1e6, "rub_bn",
      "bank loans to firms at the start",
      "two thirds of bank loans corporate with 24.5 trn retail at end-2021 (russia_economy.md 4); derived");
  describe_household_credit(t, p.credit);
  describe_household_deposits(t, p.deposits);
  describe_household_saving(t, p.saving);
  describe_covid_start(t, p.covid);
  describe_firm_turnover(t, p.turnover);
  describe_firm_credit(t, p.firm_credit);

  t.real("deposit_spread_pct", p.deposit_spread_pct, -20, 20, "pp", "deposit rate over the key rate",
         "top-10 banks' maximum deposit rate 22.3% at a 21% key rate, Dec 2024 (russia_economy.md 4); "
         "judgement");
  t.real("loan_spread_pct", p.loan_spread_pct, -20, 30, "pp", "loan rate over the key rate", kJudgement);
  t.path("defence_loan_spread_pct", p.defence_loan_spread_pct, -20, 30, "pp",
         "defence-industry loan rate over the key rate (state-directed lending from 2022; a policy lever)",
         "Feb 2022 amendments obliging banks to lend on state terms (russia_economy.md 5); level judgement");
  t.real("bank_capital_ratio", p.bank_capital_ratio, 0.01, 1, "share",
         "equity over loans the bank keeps (equity above it is paid to households)",
         "capital adequacy requirement N1.0 8% plus buffers (Bank of Russia Instruction 199-I); judgement");
  t.flag("bank_pnl", p.bank_pnl,
         "the bank's profit and loss: operating costs paid to the services firms, a payout ratio of its net "
         "profit (the rest builds its equity), its dividend shared by the budget, owners abroad and "
         "households (0: all equity above the capital ratio to households each month)",
         "docs/ECONOMY.md, 'The bank's profit and loss' (Bank of Russia sector profit 2021 and 2024, "
         "Sberbank's IFRS reports and dividends)");
  t.real("bank_cost_to_income_share", p.bank_cost_to_income_share, 0, 0.95, "share",
         "the bank's operating costs (staff, premises, IT) over its operating income (bank_pnl)",
         "Sberbank group IFRS cost-to-income 2010-2016: 42.4, 46.4, 49.0, 46.1, 43.4, 39.7% (annual "
         "reports); sector judgement");
  t.real("bank_payout_share", p.bank_payout_share, 0, 1, "share",
         "the bank's dividends over its net profit; the rest is retained as equity (bank_pnl)",
         "Sberbank's policy 50% of IFRS net profit, VTB 10% (2020); Sberbank's 422 bn RUB paid in 2021 "
         "against the sector's 2020 profit of 1.6 trn (CBR), its 752 bn paid in 2024 against the sector's "
         "3.8 trn: the sector's ratio about 0.3 (derived, rounded)");
  t.real("bank_dividend_state_share", p.bank_dividend_state_share, 0, 1, "share",
         "share of the bank's dividends paid to the federal budget (non-tax revenue) (bank_pnl)",
         "the Finance Ministry holds 50% plus one share of Sberbank, the main payer: 211.2 of its 422.4 bn "
         "RUB paid in 2021 went to the budget (Sberbank, izbran.com/Interfax)");
  t.real("bank_dividend_abroad_share", p.bank_dividend_abroad_share, 0, 1, "share",
         "share of the bank's dividends paid to owners abroad (a capital outflow); the rest goes to "
         "resident households (bank_pnl)",
         "Sberbank's register, 31 Aug 2020: non-resident companies 43.5%, resident companies 2.27%, private "
         "investors 4.23% (sberbank.com, share profile); rounded down for the other banks' resident owners");

  t.path("import_cost_wedge", p.import_cost_wedge, 0, 5, "share",
         "sanctions cost wedge on imports (parallel imports, new suppliers)",
         "import prices +15.7% Q1-Q2 2022 (CEPII); parallel-import mark-ups 5-10% (russia_economy.md 7)");

  t.real("import_price_fall_share_per_quarter", p.import_price_fall_share_per_quarter, 0, 1, "share",
         "share of a fall of the import parity (ruble x world price) that reaches import prices within a "
         "quarter, against a rise's (which passes at once); the gap closes in the long run",
         "Kolesnik and Zubarev (Gaidar Institute, Voprosy Ekonomiki): prices respond about 1.8 times more "
         "to an easing than to a tightening; the state's fx_appreciation_passthrough_share 0.575 (1/1.8 = "
         "0.55 started its search); long-run pass-through complete (98.5%, Russian Journal of Money and "
         "Finance 2023(2))");

  t.flag("household_purchases_abroad", p.household_purchases_abroad,
         "households spend a share of their spending abroad (trips abroad: the balance of payments' travel "
         "debit, which the 2019 supply-use table's imports leave out), paid to the rest of the world out of "
         "their spending, free of Russian VAT and excises; it enters the agents' imports and dollar bill",
         "BoP 2019: imports of goods and services 22.85 trn RUB against the supply-use table's 20.70 trn, a "
         "gap of about the travel debit ($36.2 bn = 2.34 trn RUB); docs/ECONOMY.md, \"Households' purchases "
         "abroad\"");
  t.path("household_purchases_abroad_pct_of_spending", p.household_purchases_abroad_pct_of_spending, 0, 20,
         "pct",
         "households' purchases abroad, percent of their spending at purchasers' prices "
         "(household_purchases_abroad)",
         "2019: travel debit $36.152 bn (World Bank WDI ST.INT.TRVL.CD, IMF BoP) x 64.74 RUB/USD (Bank of "
         "Russia 2019 average) = 2,340.5 bn RUB over the 2019 supply-use table's household consumption "
         "47,960.5 bn at basic prices x 1.2 (the agents' VAT) plus it = 3.91%; 2021: 3.91% x 0.411, "
         "residents' trips abroad Jan-Sep 2021 over Jan-Sep 2019 (15.3 / 37.2 mln, FSB border service via "
         "Interfax-Tourism, 16 Nov 2021); 2022-2023 held at 2021's (no sourced figure); 2024: 2019's share "
         "(judgement: travel 47.7% of services imports in 2024 against 36.7% in 2019, WDI); "
         "docs/ECONOMY.md, \"Households' purchases abroad\"");
  t.flag(
      "cpi_at_purchasers_prices", p.cpi_at_purchasers_prices,
      "the CPI weights households' purchases at purchasers' prices as the CPI prices them: the goods' trade "
      "margins move with the goods, imputed rent (real-estate services), financial services and own-account "
      "output are left out (44.7 trn RUB of 2019: goods 74.8%, services 25.2%); off: household consumption "
      "at basic prices (services 61%, trade margins priced as services)",
      "Rosstat supply-use table 2019 (tri-2019.xlsx, ТИцп, P3_S14; less L68, K64-66 and T): food / non-food "
      "/ services 39.6 / 35.2 / 25.2%, against Rosstat's CPI weights of 2020, 38 / 35 / 27% (Raiffeisen "
      "RusRPTJun20); docs/ECONOMY.md, \"The CPI's basket at purchasers' prices\"");
  t.flag("import_switching", p.import_switching,
         "expenditure switching: the imported shares of households' spending and investment (and of firms' "
         "inputs, with their own elasticity) answer to the import price against the domestic good's "
         "(Armington CES split, the 2019 table's shares at equal prices); domestic demand that replaces "
         "imports is bought from the same sector; on since the FX market's price term on domestic output "
         "prices (measured, docs/ECONOMY.md)",
         "Armington (1969); docs/ECONOMY.md, \"Import shares that answer to relative prices\"");
  t.real("armington_elasticity", p.armington_elasticity, 0, 10, "elasticity",
         "long-run elasticity of substitution between domestic and imported goods in households' spending "
         "and investment (import_switching)",
         "macro (home-import) estimates about 1, micro (between sources) about 3 (Feenstra, Luck, Obstfeld "
         "and Russ 2018, REStat); meta-analysis median 3.8, range 2.5-5.1 (Bajzik, Havranek, Irsova and "
         "Schwarz 2020, JIE); 2: twice the macro figure, as sectoral heterogeneity more than doubles the "
         "aggregate elasticity (Imbs and Mejean 2015, AEJ: Macroeconomics, \"Elasticity optimism\")");
  t.real("armington_inputs_elasticity", p.armington_inputs_elasticity, 0, 10, "elasticity",
         "elasticity of substitution between firms' imported and domestic intermediate inputs "
         "(import_switching; 0: the 2019 table's fixed coefficients)",
         "imported and domestic inputs close to Leontief: output of Japanese affiliates in the US fell about "
         "one-for-one with their imports after the 2011 Tohoku earthquake (Boehm, Flaaen and Pandalai-Nayar "
         "2019, REStat 101(1))");
  t.real("armington_short_run_share_per_quarter", p.armington_short_run_share_per_quarter, 0, 1, "share",
         "share of the long-run import-share response that shows within a quarter (partial adjustment of "
         "the relative price buyers act on)",
         "long-run Armington elasticities about twice the short-run (quarterly), 309 US industries "
         "(Gallaway, McDaniel and Rivera 2003, NAJEF 14)");
  t.flag("intermediate_import_switching", p.intermediate_import_switching,
         "firms' imported intermediate inputs switch to domestic suppliers: each using sector's imported "
         "share of its inputs moves toward the Armington (CES) share at the landed import price against its "
         "domestic inputs' bundle, the 2019 table's share at the start's relative price; the domestic "
         "inputs that replace imports are bought from the supplying sectors' firms; on, it replaces the "
         "inputs' part of import_switching (armington_inputs_elasticity)",
         "Armington (1969); docs/ECONOMY.md, \"Intermediate inputs that switch to domestic suppliers\"");
  t.real("intermediate_import_elasticity", p.intermediate_import_elasticity, 0, 10, "elasticity",
         "elasticity of substitution between firms' imported and domestic intermediate inputs "
         "(intermediate_import_switching)",
         "Russia's long-run price elasticity of imports close to 0.6 (Gianella and Chanteloup 2007, "
         "Post-Communist Economies 19(2); OECD ECO WP 510, doi:10.1787/431350563511); trade elasticity "
         "0.76 in the year after a tariff change (Boehm, Levchenko and Pandalai-Nayar 2023, AER 113(4)); "
         "the macro home-import Armington elasticity about 1 (Feenstra, Luck, Obstfeld and Russ 2018, "
         "REStat)");
  t.real("intermediate_import_adjustment_per_month", p.intermediate_import_adjustment_per_month, 0, 1,
         "share_per_month",
         "share of the gap between the firms' imported input share and its CES target closed each month "
         "(intermediate_import_switching; 0.5: seven eighths within a quarter)",
         "Russia's trade balance adjusts to the real exchange rate rapidly, almost completely after one "
         "quarter (Gianella and Chanteloup 2007, error-correction model, OECD ECO WP 510)");
  t.real("export_volume_share_per_quarter", p.export_volume_share_per_quarter, 0, 1, "share",
         "share of a move of the ruble that reaches non-energy export volumes within a quarter (partial "
         "adjustment of the rate that sets them); the exporters' ruble receipts follow the ruble at once, "
         "the difference is their windfall; 1: volumes follow the ruble at once",
         "trade volumes answer to relative prices with lags, long-run elasticities about twice the "
         "short-run (quarterly) (Gallaway, McDaniel and Rivera 2003, NAJEF 14; the Armington share); "
         "docs/ECONOMY.md, \"The agents' 2022 path\"");

  t.flag("rule_looks_through_import_jumps", p.rule_looks_through_import_jumps,
         "the Bank's rule reads the agents' CPI less cbr.supply_shock_lookthrough of the first-round "
         "effect of a monthly import-price rise beyond economy.large_depreciation_pct (basket import "
         "share x the rise beyond it), as the aggregate economy's underlying index does",
         "Bank of Russia: monetary policy looks through the first-round effects of supply shocks; the "
         "aggregate's lookthrough 0.919 (docs/MODEL_STATE.md)");

  t.path("world_food_price_growth_pct", p.world_food_price_growth_pct, -50, 100, "pct_per_year",
         "world food prices (farm goods imported and exported), December on December",
         "FAO Food Price Index 107.5 (Dec 2020) to 133.7 (Dec 2021), +23.1% (FAO, 7 Jan 2022); from "
         "2022 at the trading partners' general 2.5% (state.ruble.world_inflation_pct; not sourced here)");
  t.flag("world_goods_prices", p.world_goods_prices,
         "imports and the export parity of sectors other than farming follow "
         "economy.world_goods_price_growth_pct instead of the state's general world price level",
         "docs/ECONOMY.md, \"The 2021 price level\"; on since session 33 (\"Session 33\")");
  t.path("world_goods_price_growth_pct", p.world_goods_price_growth_pct, -50, 100, "pct_per_year",
         "world prices in US dollars of traded goods other than food and energy, December on December: "
         "the price of imports and the export parity of sectors other than farming",
         "US BLS import price index, all imports excluding fuel, +6.4% Dec 2020 to Dec 2021, the largest "
         "calendar-year rise since the series began in 2002 (imports from China +4.7%) (USDL-22-0021, "
         "14 Jan 2022); from 2022 at the trading partners' general 2.5% (state.ruble.world_inflation_pct; "
         "not sourced here)");
  t.flag("world_export_prices", p.world_export_prices,
         "the export parity of sectors other than farming follows the world prices of Russia's non-energy "
         "exports (economy.world_export_price_growth_pct) instead of the world goods prices",
         "law of one price at the margin for exported commodities (metals, fertilizers, timber); "
         "docs/ECONOMY.md, \"Export parity on the prices of Russia's exports\" (built, off: measured)");
  t.path("world_export_price_growth_pct", p.world_export_price_growth_pct, -50, 200, "pct_per_year",
         "world prices in US dollars of Russia's non-energy, non-food exports (metals, fertilizers, timber), "
         "December on December: the export parity of sectors other than farming with "
         "economy.world_export_prices",
         "London Metal Exchange index (copper, aluminium, nickel, zinc, lead, tin) +32% from the end of 2020 "
         "to the end of 2021 (Reuters, 31 Dec 2021; aluminium +42%, copper and nickel +25%; CIS hot-rolled "
         "coil +22% and rebar +27% Jan-Nov 2021, AME); fertilizers and timber rose more (World Bank: "
         "fertilizers +80% in 2021 on average), so 32 is the metals' and a floor for the basket; Rosstat's "
         "producer prices +28.5% Dec 2021 on Dec 2020; from 2022 at the trading partners' general 2.5% "
         "(state.ruble.world_inflation_pct; not sourced here)");
  t.flag("farm_export_parity", p.farm_export_parity,
         "the farm sector's price target follows export parity (world food prices in rubles less the "
         "export duty) by economy.farm_tradable_share of its output instead of its export share alone",
         "law of one price at the margin for exported commodities: Russia exported ~40% of its wheat; "
         "docs/ECONOMY.md, \"Farm prices at export parity\" (built, off: measured)");
  t.real("farm_tradable_share", p.farm_tradable_share, 0, 1, "share",
         "tradable crops (grain, oilseeds) over the farm sector's output: the weight of export parity in "
         "farm prices with economy.farm_export_parity",
         "2019: grain 120.6 Mt (Rosstat) at 11,650 RUB/t (3rd class wheat ex-works, Dec 2019, SovEcon via "
         "Reuters) 1.40 trn, sunflower seed ~15 Mt at ~19,750 RUB/t (SovEcon, Sep 2018) ~0.30 trn, over the "
         "2019 supply-use table's farm output 7,550 bn: 0.22 (grain at the wheat price, other oilseeds and "
         "sugar left out)");
  t.real("farm_export_duty_rate", p.farm_export_duty_rate, 0, 1, "share",
         "share of the world price above economy.farm_export_duty_base that the export duty takes, from the "
         "start (with economy.farm_export_parity)",
         "Russia's floating grain export duty from 2 June 2021: 70% of the difference between the indicative "
         "export price and $200/t for wheat (Fastmarkets, 25 Jun 2021; Interfax); announced Dec 2020; "
         "sunflower oil from Sep 2021 on the same 70% rule above $1,000/t");
  t.real("farm_export_duty_base", p.farm_export_duty_base, 0, 2, "share",
         "the export duty's base price in US dollars over the start's world price of the farm's tradables",
         "$200/t wheat base over Russian 12.5% wheat FOB Black Sea $253/t (IKAR, Nov-Dec 2020, Reuters): "
         "0.79; the base in rubles from July 2022 (15,000 RUB/t) not modelled");
  t.real(
      "war_import_cutoff_share", p.war_import_cutoff_share, 0, 1, "share",
      "share of imported inputs not replaceable at once after the invasion (productivity loss = share x "
      "imported-input intensity x the state's war shock weight)",
      "goods imports about 40% below the pre-war level, Jun 2022 (BOFIT mirror data, russia_economy.md 7)");
  t.flag("war_imports_bind_output", p.war_imports_bind_output,
         "after the invasion a firm's output is limited, once its stock of the cut-off imported parts runs "
         "out, to 1 - war_import_cutoff_share x its sector's imported-input intensity x the war shock weight "
         "of the output it would make without the shortage; output falls at given staff",
         "goods imports about 40% below the pre-war level, Jun 2022 (BOFIT mirror data, russia_economy.md "
         "7); AvtoVAZ's lines idle for lack of electronic parts in March 2022 (docs/ECONOMY.md, \"The "
         "invasion's supply cut\")");
  t.real("war_imported_parts_stock_months", p.war_imported_parts_stock_months, 0, 12, "months",
         "a firm's stock of imported parts in months of their use: how long it covers the cut-off parts",
         "AvtoVAZ: stoppages for lack of electronic components from 28 Feb 2022 (Vesti, Feb 2022), lines "
         "idle 21-25 Mar 2022 after periodic stops in March (Reuters via Daily Sabah, 21 Mar 2022), assembly "
         "suspended from early April (AEB via bne IntelliNews, 6 Jun 2022): about five weeks");
  t.flag("war_idle_time", p.war_idle_time,
         "after the invasion a firm keeps the staff its lasting demand needs (it neither lays them off nor "
         "lets leavers go unreplaced) and pays the hours its output does not need at idle_pay_share of the "
         "wage (docs/ECONOMY.md, \"Idle time after the invasion\")",
         "INSAP RANEPA (V. Lyashok, via IEP, spring 2022): firms hit by sanctions retained their employees "
         "and paid them all or part of their wage, AvtoVAZ sent staff to downtime at reduced pay; BOFIT "
         "Weekly 2022/35: employment rose and unemployment fell below 4% in Q2 2022 despite the downturn, "
         "while part-time work surged");
  t.real("idle_pay_share", p.idle_pay_share, 0, 1, "share",
         "share of the wage paid for idle hours (war_idle_time)",
         "Labour Code of the Russian Federation art. 157: idle time the employer causes is paid at no less "
         "than two thirds of the average wage");
  t.flag(
      "war_cut_off_goods_not_imported", p.war_cut_off_goods_not_imported,
      "goods cut off are not bought abroad: final buyers' unmet demand, imported investment goods and "
      "imported inputs are bought abroad only in the share still on offer; the buyers keep the rest",
      "goods imports about 40% below the pre-war level, Jun 2022 (BOFIT mirror data, russia_economy.md 7)");
  t.flag("state_purchases_at_public_pay", p.state_purchases_at_public_pay,
         "the federal purchases (security and other chapters) buy a real volume deflated by the public pay "
         "index; what it costs at the sectors' prices is spent on goods, the rest is paid to households "
         "with the transfers",
         "O employment 3,667 k (2021) to 3,402 k (2024) while O wages x1.449 and the chapters x1.365 "
         "(russia_economy.md 2.2, 2.3; state.spending): the budget deflated by public pay follows public "
         "employment (0.942 against 0.928)");
  t.flag("state_purchases_pay_vat", p.state_purchases_pay_vat,
         "the state's purchases of goods (defence orders, the goods of the government basket) are at "
         "purchasers' prices: their VAT returns to the federal budget and the sellers get the rest; "
         "services bought by the state carry none",
         "Tax Code art. 146, 164 (20%); state contracts are priced with VAT and were revised with the 2019 "
         "rate rise (MinFin letter 24-03-07/61247 of 28 Aug 2018); services of public bodies within their "
         "powers are not taxed (art. 146 p.2), health, education and social services are exempt (art. 149)");
  t.flag("public_pay_follows_average_wage", p.public_pay_follows_average_wage,
         "with state_purchases_at_public_pay: the public pay index is the agents' average wage over its "
         "start (the May-decree rule: public pay at a fixed ratio to the average wage), not the dated path",
         "Decree No. 597 of 7 May 2012: teachers' pay at 100% of the regional average wage, doctors' at 200% "
         "(from 2018); in the data O, P and Q fell behind the average wage 2021-2024 (x1.415-1.450 against "
         "x1.556, russia_economy.md 2.3)");
  t.flag("public_wage_from_budget_path", p.public_wage_from_budget_path,
         "the public employer's wage grows along public_pay_index (interpolated between the years' middles) "
         "instead of with its vacancies and quits; it hires from the same pool of searchers",
         "Rosstat average wage in public administration and military security (O), 58,620 RUB (2021) to "
         "84,956 (2024), russia_economy.md 2.3: pay set by the budget's indexation, not by the market");
  t.real("household_vat_standard_share", p.household_vat.standard, 0, 1, "share",
         "share of household spending (purchasers' prices) taxed at the standard VAT rate",
         "Tax Code art. 164 p.3; docs/ECONOMY.md section \"The agents' federal "
         "taxes, tax by tax\"");
  t.real(
      "household_vat_reduced_share", p.household_vat.reduced, 0, 1, "share",
      "share of household spending (purchasers' prices) taxed at the reduced VAT rate (food staples, "
      "medicines, children's goods); the rest is exempt (art. 149)",
      "Tax Code art. 164 p.2; Rosstat household budget survey 2021: the staples on the list are ~82% of food "
      "purchases, food ~30-33% of consumer spending; docs/ECONOMY.md section \"The agents' federal taxes, "
      "tax by tax\"");
  t.real("household_vat_reduced_rate_pct", p.household_vat.reduced_rate_pct, 0, 50, "pct", "reduced VAT rate",
         "Tax Code art. 164 p.2 (10%, kept in the 2026 rise of the standard rate)");
  t.path("public_pay_index", p.public_pay_index, 0.1, 100, "index",
         "average wage in public administration and military security, 2021 = 1",
         "Rosstat: 58,620 RUB (2021), 84,956 (2024), russia_economy.md 2.3; 2022-2023 geometric between "
         "(1.132, 1.281; a choice, no year's data)");
  t.real(
      "war_final_goods_cutoff_share", p.war_final_goods_cutoff_share, 0, 1, "share",
      "share of households' imported final goods no longer on sale after the invasion (not bought: "
      "forced saving), fading with the state's war shock weight",
      "goods imports about 40% below the pre-war level, Jun 2022 (BOFIT mirror data, russia_economy.md 7); "
      "new-car sales -79% (Apr) and -84% (May 2022) y/y (AEB)");
  t.real("war_precautionary_saving_share", p.war_precautionary_saving_share, 0, 0.5, "share",
         "households' spending cut out of precaution after the invasion, fading with the war shock weight",
         "Q2-Q3 2022: real spending -7% y/y against real disposable income -0.8% and -3.4% (Rosstat via "
         "BOFIT): an excess fall of 6.2 and 3.6 points, which the missing imports with their trade "
         "margins (7.6% of spending at the invasion) and saving's answer to the 20% key rate already "
         "exceed: 0 (not identified; docs/ECONOMY.md)");
  t.real("trade_margin_per_goods", p.trade_margin_per_goods, 0, 3, "share",
         "trade margins (in SERV) per ruble of goods bought by households at basic prices; lost with the "
         "imported goods no longer on sale",
         "2016 IO: trade's household consumption 9,621 of 39,266 bn RUB (24.5%); goods 35% of the 2019 "
         "household basket at basic prices: 0.245 / 0.354 (russia_economy.md 1.3, 1.4; derived)");
  t.flag(
      "trade_at_goods_volume", p.trade_at_goods_volume,
      "real GDP counts the households' trade margins (economy.trade_margin_per_goods) at the first month's "
      "margin per unit of the goods they buy, domestic and imported, instead of deflating them by the "
      "services' price",
      "Eurostat, Handbook on prices and volume measures in national accounts (2016), distributive trade: "
      "trade's output in volume follows the volume of goods sold (sales deflated by the goods' prices) "
      "at the base period's margin; Timmer, Inklaar and van Ark, Monthly Labor Review, July 2005 (the "
      "sales-volume indicator assumes one trade service per good sold); Rosstat's retail turnover is in "
      "comparable prices of the goods; docs/ECONOMY.md, \"Trade at the volume of goods sold\"");

  t.path("profit_tax_pct", p.profit_tax_pct, 0, 100, "pct", "corporate profit tax",
         "20%; 25% from 2025 (176-FZ)");
  t.path("profit_tax_federal_share", p.profit_tax_federal_share, 0, 1, "share",
         "federal part of the profit tax",
         "3 of 20 pp to 2024, 8 of 25 from 2025 (Tax Code; russia_economy.md 6.2 receipts)");
  t.path("pit_progressive", p.pit_progressive, 0, 1, "flag",
         "1 = the five-bracket income tax of 2025 (13..22%), 0 = 13% and 15% above 5 M RUB",
         "176-FZ of 12 Jul 2024 (russia_economy.md 6.1)");
  t.real("pit_federal_share", p.pit_federal_share, 0, 1, "share", "federal part of the personal income tax",
         "0.09 of 4.88 trn RUB in 2021 (FTS, russia_economy.md 6.2)");
  t.real("social_contribution_pct", p.social_contribution_pct, 0, 60, "pct",
         "employers' social contributions on wages, effective",
         "(D1 - D11) / D11 = 23.8% in 2016 and 2019 (Rosstat IO, russia_economy.md 6.1)");
  t.real(
      "other_taxes_pct_of_sales", p.other_taxes_pct_of_sales, 0, 50, "pct",
      "other federal revenue paid by firms (the other excises, non-tax revenue, fees, non-O&G MET), share of "
      "sales",
      "the data's 2021 residual: non-O&G revenue 16,230 bn RUB less VAT, profit tax, PIT, dividends, the "
      "households' excises and all import customs, about 2,840 of the 4,423 bn that 2% of sales raised: "
      "2 x 2,840 / 4,423 = 1.28 (docs/ECONOMY.md, 'Federal revenue by source')");
  t.flag("non_oil_bases", p.non_oil_bases,
         "the bank's profit tax and coupon tax, the tax withheld on dividends paid abroad and the import "
         "customs payments collected from the agents that pay them (0: off)",
         "docs/ECONOMY.md, 'Non-oil revenue by component' (MinFin/FTS 2021 and 2024 components)");
  t.real("state_bond_coupon_tax_pct", p.state_bond_coupon_tax_pct, 0, 50, "pct",
         "profit tax on the state bonds' coupons the bank earns, wholly federal",
         "Tax Code art. 284 p.4 sub.1 (15%); Budget Code art. 50 (federal)");
  t.path("dividend_withholding_pct", p.dividend_withholding_pct, 0, 30, "pct",
         "profit tax withheld on the firms' dividends paid abroad, effective, wholly federal",
         "Tax Code art. 284 p.3 sub.3 and art. 310 (15%; 5-10% under the tax treaties, e.g. Cyprus); "
         "treaties with unfriendly states suspended by Decree 585 of 8 Aug 2023: 10 to 2023, 15 from 2024 "
         "(judgement on the treaty mix)");
  t.real("import_customs_pct", p.import_customs_pct, 0, 30, "pct",
         "import duties and excises on imports on the customs value of the firms' imported inputs, on top, "
         "federal (households' and investment imports pay none in the model)",
         "2021: import duties about 0.95 trn and import excises about 0.15 trn RUB (July 2021 about 80 and "
         "12.5 bn a month: MinFin via Moscow Times, Aug 2022) on goods imports of $293.5 bn at 73.65 "
         "RUB/USD (21.6 trn): 5.1%, EAEU partners duty-free; 5 (range 4-5.5) (docs/ECONOMY.md)");
  t.flag("household_excises", p.household_excises,
         "the households pay federal excises on tobacco, alcohol and sugary drinks out of their spending, "
         "inside the price before VAT (0: off; then other_taxes_pct_of_sales carries them)",
         "Tax Code ch. 22; Budget Code art. 50; docs/ECONOMY.md, 'Federal revenue by source, model and "
         "data'");
  t.real("household_excise_pct_of_spending", p.household_excise_pct_of_spending, 0, 10, "pct",
         "with household_excises: federal excises on tobacco, alcohol and sugary drinks, share of the "
         "households' spending at purchasers' prices",
         "2024: tobacco 863.9 + imported 49.6, alcohol over 9% 41.2 + imported 77.0, sugary drinks 17.8 bn "
         "RUB (1,050 bn; the 2025-27 draft budget's explanatory note, via SNS, Sep 2024) on household "
         "spending of about 90 trn RUB in 2024 (the agents' 83): 1.1-1.2% (judgement; rates are specific, "
         "indexed "
         "by law: cigarettes +18% in 2021, +4% a year 2022-23)");
  t.flag("final_use_customs", p.final_use_customs,
         "the import customs payments (import_customs_pct) also on the households' and investors' imported "
         "goods, inside what they spend on them, federal (0: off)",
         "import_customs_pct's 5.1% is all customs duties and import excises over all goods imports (2021), "
         "of which the firms' inputs are about 60%; docs/ECONOMY.md, 'Federal revenue by source, model and "
         "data'");
  t.section("");
}

std::vector<std::string> validate_economy(const AgentEconomyParams& p) {
  std::vector<std::string> problems;
  if (p.model != "aggregate" && p.model != "agents")
    problems.push_back(fmt::format("economy.model: expected aggregate or agents, got '{}'", p.model));
  if (p.expectations_anchor < 0 || p.expectations_anchor > 1)
    problems.push_back("economy.expectations_anchor: must be in [0, 1]");
  if (p.wage_curve_lowest_unemployment_pct > p.wage_curve_highest_unemployment_pct)
    problems.push_back(fmt::format(
        "economy.wage_curve_lowest_unemployment_pct: {} is above wage_curve_highest_unemployment_pct {}",
        p.wage_curve_lowest_unemployment_pct, p.wage_curve_highest_unemployment_pct));
  return problems;
}

}  // namespace sancsim
