#pragma once
// Parameters of the agent economy (households, firms by sector, banks, the state's flows through
// them). Registered under "economy."; sources and equations in docs/ECONOMY.md.
#include <string>
#include <vector>

#include "sancsim/economy/covid_start.hpp"
#include "sancsim/economy/firm_credit.hpp"
#include "sancsim/economy/firm_turnover.hpp"
#include "sancsim/economy/household_credit.hpp"
#include "sancsim/economy/household_deposits.hpp"
#include "sancsim/economy/household_saving.hpp"
#include "sancsim/economy/household_vat.hpp"
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
  double job_search_share = 0.04;   // of employees searching on the job each month
  int vacancies_sampled = 3;        // offers a searcher sees
  double switch_premium = 0.10;     // an employee moves for an offer this much above the own wage
  double separation_share = 0.015;  // employees leaving to unemployment each month (churn)
  // Quits to unemployment answer to tightness (docs/ECONOMY.md, "Quits that answer to tightness"): the
  // voluntary share of separation_share scales with vacancies per unemployed against the start's.
  bool quits_with_tightness = false;
  double quit_share_of_separations = 0.6;   // voluntary quits among leavers to unemployment at the start
  double quit_tightness_elasticity = 0.35;  // elasticity of the quit rate to vacancies per unemployed
  double quit_tightness_normal_months = 0;  // 0: the first month's tightness is the normal; else its mean lag
  double wage_up_per_month = 0.01;          // wage offer change per unit of unfilled share above the start's
  double wage_down_per_month = 0.0011;      // wage offer fall of a firm that sheds staff
  // A firm's expected separations of the month take up its excess staff before it lays anyone off
  // (and cuts its wage offer): in the start's steady churn no firm both replaces leavers and sheds.
  bool attrition_before_shedding = true;
  // Firms short of workers bid for them (docs/ECONOMY.md, "Wage bids for scarce workers"): over a year of
  // pay reviews the offer rises by the share of posts left unfilled above the normal over the elasticity
  // of labour supply to the firm, within what the firm's margin can pay. Off by default.
  bool wage_scarcity_bid = false;
  double labour_supply_elasticity_to_firm = 4.0;
  double wage_review_months = 12;  // the bid for a lasting shortage is reached over a year of pay reviews
  // Hours with demand (docs/ECONOMY.md, "Hours with demand"): a firm short of workers works its staff
  // overtime, up to this share of normal hours, paid at the premium. Off by default.
  bool overtime_with_demand = false;
  double overtime_max_share = 0.06;   // Labour Code art. 99: 120 h a year over ~1,980 normal hours
  double overtime_pay_premium = 0.5;  // Labour Code art. 152: at least 1.5x for the first two hours
  double wage_indexation = 1.0;       // share of expected inflation passed into wage offers
  // Share of the inflation that wage offers are indexed to that is the CPI's past twelve months instead of
  // expected inflation (wage_setting.hpp, wage_indexation_inflation_pct): employers index pay for the rise
  // of consumer prices (Labour Code of the Russian Federation art. 134), so an inflation surprise passes
  // into wages within the year whatever households expect. 0: expected inflation alone (built, off;
  // docs/ECONOMY.md, "Session 34").
  double wage_past_inflation_share = 0.0;
  // Labour-market tightness (Caiani et al. 2016; Dosi et al. K+S): wage offers also rise with the
  // economy's vacancies per unemployed against the start's, with the quits a firm loses to better
  // offers against the normal (the start's) quit rate, and with trend productivity. Off (0) by
  // default: with them on the history run is less stable (docs/ECONOMY.md, Status).
  double wage_tightness_per_year = 0.0;        // wage growth a year per unit of log(v/u over the start's)
  double wage_quit_response = 0.0;             // wage offer rise per unit of quit share above the normal
  double wage_productivity_passthrough = 1.0;  // share of trend productivity growth in wage offers
  // The wage equation's error correction (docs/ECONOMY.md, "Wages, prices and the nominal anchor"):
  // the average real wage closes this share of its log gap a year to the real wage a wage curve
  // justifies, trend productivity x (u / u_start)^-elasticity, u held within the curve's range.
  double wage_error_correction_per_year = 0.389;    // estimated (S39A): no Russian speed found
  double wage_curve_elasticity = 0.23;              // Plekhanov (2017): -4% per pp at u = 5.8%
  double wage_curve_lowest_unemployment_pct = 2.3;  // the lowest in the calibration windows
  // The real wage the error correction reads: the average wage over the CPI (the consumption wage, as the
  // wage curve is measured: Blanchflower and Oswald 1994; Plekhanov 2017 on RLMS wages deflated by regional
  // consumer prices) instead of over the price of domestic output (the product wage), each against the
  // first month's. An import-price jump then lowers the real wage the correction reads. Built, off
  // (docs/ECONOMY.md, "Session 34").
  bool wage_curve_on_consumer_wage = false;
  // The unemployment rate at which the real wage is the start's times trend productivity: the
  // aggregate's natural rate (state.economy.natural_unemployment_pct), which the Bank's rule reads too.
  YearPath wage_curve_reference_unemployment_pct{{{2021, 5.8}, {2022, 3.26}, {2024, 3.02}}};
  double wage_curve_highest_unemployment_pct = 15.0;
  // The wage curve with one reference (docs/ECONOMY.md, "One wage curve"): the first month's measured
  // unemployment throughout, the rate at which the start's real wage is the one the curve justifies.
  // On since session 22; off: the dated path above.
  bool wage_curve_reference_at_start = true;
  // A shedding firm's wage cut measured against the start's share of employment in shedding
  // firms (months 1-3), so the firm-level terms average zero in steady churn. Off: a shedding firm cuts, no
  // other firm moves.
  bool wage_shedding_against_start = false;

  // The army: stock target, exits, pay, bonuses.
  YearPath contract_soldiers_target_k{{{2021, 400}, {2022, 400}, {2023, 537}, {2024, 707}, {2025, 887}}};
  YearPath army_exit_share_per_month{{{2021, 0.01}, {2022, 0.03}}};
  YearPath military_pay_rub_per_month{{{2021, 50000}, {2022, 100000}, {2023, 195000}, {2024, 210000}}};
  YearPath signup_bonus_rub{{{2021, 0}, {2022, 65000}, {2023, 195000}, {2024, 1400000}}};
  double army_adjustment_per_month = 0.2;  // share of the gap to the target stock closed each month
  // Dated events (scenario `set` events): stocks the households reach in the month they are set.
  double mobilised_k = 0;  // reservists held in the army by mobilisation; lowering it demobilises
  double emigrated_k = 0;  // working-age persons who have left the country; lowering it brings them back

  // Households.
  // Year means: the indexations of Jan and Jun 2022, Jan 2023 and Jan 2024 between the data's 2021 and 2024
  // levels, and Jan 2025's (economy_params.cpp).
  YearPath pension_rub_per_month{{{2021, 17000}, {2022, 18974}, {2023, 20305}, {2024, 21500}, {2025, 23543}}};
  // The years after the pension's path ends grow with the CPI (pay_indexation.hpp), as the state's spending
  // paths do (state.spending.index_after_last_year); off: flat in rubles.
  bool pensions_indexed_after_path = true;
  double unemployment_benefit_rub_per_month = 8000;
  double consumption_out_of_income = 0.9;
  // Consumption per RUB of deposit interest credited this month (interest on term deposits and
  // savings accounts is capitalised: kept in deposits and spent out of them, docs/ECONOMY.md,
  // "Households' deposits and loans").
  double interest_consumption_share = 0.9;
  // Spending out of deposits is derived at the start (docs/ECONOMY.md, "Stock-flow closure") so that
  // households save this flow into deposits then (0: a stationary economy).
  double household_saving_start_rub_bn_per_year = 2583;
  // Who receives the firms' dividends: resident households and the federal budget get what the data
  // say they got at the start (their shares are derived then); the rest goes to owners abroad
  // (docs/ECONOMY.md, "Dividends").
  double household_dividends_start_rub_bn_per_year = 7000;
  double state_dividends_start_rub_bn_per_year = 300;
  // Dividends paid to owners abroad at the start (0: the residual of the two above, as before); with it
  // set, the rest of the firms' dividends goes to resident corporate owners and stays in the firms'
  // deposits (docs/ECONOMY.md, "Who receives the firms' dividends").
  double dividends_abroad_start_rub_bn_per_year = 0;
  // Share of the dividends paid abroad credited to type-C accounts from type_c_accounts_from_yyyymm
  // (Decree 95 of 5 Mar 2022: owners in "unfriendly" jurisdictions): they stay in the bank as the rest
  // of the world's blocked deposits instead of leaving (0: off).
  double type_c_dividend_share = 0;
  int type_c_accounts_from_yyyymm = 202203;
  double wealth_rate_sensitivity = 1.06;  // pp less wealth spending a year per pp of real deposit rate
  double initial_household_deposits_rub_bn = 35300;
  double expectations_anchor = 0.311;  // weight of the anchor below in expected inflation
  // Households' survey median runs above the inflation it implies on the CPI's scale (the Bank of
  // Russia's own conversion of the same survey): the anchor is the survey less this bias.
  double expectations_survey_bias_pp = 6.8;  // the Bank of Russia's own conversion (docs/ECONOMY.md)
  // What expectations are anchored on: households' measured 12-month-ahead expectations (the Bank of
  // Russia's inFOM survey, yearly means of the months found), not the inflation target, so that they
  // do not follow the agents' own CPI down. Held at 2021's through 2022-23 (no in-window value found).
  YearPath expectations_anchor_pct{{{2021, 12.9}, {2024, 12.1}}};
  double expectations_speed = 0.0783;  // monthly weight of the new aim in expected inflation
  // Weight of the Bank's target in the anchor against the survey on the CPI's scale (0: the converted
  // survey alone, which already measures how far households believe the target).
  double expectations_target_weight = 0.0;

  // Firms.
  // Labour productivity trend (all sectors; a per-sector source was not found): the data's ~2% a year, the
  // default from session 32 (0 before, when it shed labour while real demand stayed flat; docs/ECONOMY.md).
  YearPath productivity_growth_pct{{{2021, 2.0}}};
  // Output per worker rises with the product wage (wage over the price of domestic output, against the
  // start's) to this power: the constant-output own-wage elasticity of labour demand (Hamermesh 1993);
  // 0: no substitution (wage_setting.hpp, labour_saving_factor).
  double labour_demand_wage_elasticity = 0.0;
  double demand_expectation_weight = 0.183;  // monthly weight of last sales in expected demand
  double inventory_target_months = 0.5;
  // Services are not stored (docs/ECONOMY.md, "Services that are not stored"): on, the firms of the
  // sectors whose product cannot be stocked (cannot_be_stocked in sectors.hpp: utilities, market services,
  // public services) hold no inventory; they plan output at expected demand, lose what they do not sell,
  // and their unmet demand is not bought abroad. Off by default (measured, not adopted).
  bool services_not_stored = false;
  // Export parity on goods only (docs/ECONOMY.md, "The agents' exchange-rate pass-through"): on, only the
  // sectors whose product can be shipped abroad and sold back (farming, machinery, other manufacturing)
  // price their home sales partly at the world price; utilities, construction, market and public services
  // price on cost whatever share of them is exported.
  bool export_parity_goods_only = false;
  double labour_adjustment = 0.0677;  // share of excess staff let go a month (labour hoarding)
  double price_adjustment = 0.0547;   // monthly share of the gap to the target price closed
  // Share of the month's expected inflation (households' expectations) that moves every unregulated price
  // before it closes its gap (price_setting.hpp; BeforeIT's prices: 1). Built, off (0).
  double price_indexation_share = 0.0;
  // Large gaps are closed faster (price_setting.hpp, gap_hazard_adjustment): an unregulated firm closes
  // price_adjustment plus this share per log point of its gap beyond the start's steady lag (at most all
  // of it). Built, off (0): estimated at 0.001 (se 0.17) with the behavioural values (S38A,
  // docs/CALIBRATION.md); a scenario lever for fast pass-through of a large shock.
  double price_gap_hazard = 0.0;
  // Firms price on the unit labour cost expected over the price's life (1) or on today's (0): it grows
  // at the common wage growth less trend productivity.
  double expected_unit_cost_pricing = 0.0;
  // The start is a steady state at the start's inflation (1) or at none (0): firms' prices lag their
  // targets by the partial adjustment's lag at the start's CPI inflation, as they would had prices
  // been rising at that rate before (the steady paths' start). On since session 33 (docs/ECONOMY.md, "The
  // 2021 price level" and "Session 33").
  double start_price_lag_share = 1.0;
  double excess_demand_markup = 0.0726;  // target price rise per unit of excess demand
  // Mark-ups on demand against capacity (markup.hpp; docs/ECONOMY.md, "Mark-ups on demand against
  // capacity"): on, each firm's mark-up moves with its stock and utilisation gaps and replaces the
  // excess-demand factor above; regulated prices (oil and gas, utilities) keep their normal mark-up.
  // The coefficients: ln(1 + mark-up) a month per unit of demand pressure; the share of the log gap to
  // the normal mark-up closed a month; the weights of the stock gap and of the plant's utilisation gap
  // (buyers' demand over the plant's capacity against target_utilisation); the mark-up factor's bound
  // around its normal, exp(+-0.1).
  bool markup_on_demand = false;
  double markup_response_per_month = 0.02;
  double markup_reversion_per_month = 0.04;
  double markup_stock_weight = 1.0;
  double markup_utilisation_weight = 1.0;
  double markup_max_gap_log = 0.1;
  // Weight of the competitors' price (the sector's) against the firm's own cost-plus price in its target
  // price, in logs (markup.hpp, competitor_weighted_price; docs/ECONOMY.md, "Prices against competitors'
  // prices"). 0: pure cost-plus (the default until measured).
  double price_competitor_weight = 0.0;
  // The same weight on the unit labour cost alone: the labour cost a firm prices on moves by 1 - w of its
  // own unit labour cost's growth and w of its sector's price growth, never above its own (markup.hpp,
  // labour_cost_gap_log). 0: off.
  double labour_cost_competitor_weight = 0.0;
  double labour_cost_gap_reversion_per_month = 0.04;  // share of that gap closed a month
  // Mark-ups that fall in a tight labour market (markup.hpp, labour_scarcity_markup_factor; docs/ECONOMY.md,
  // "Mark-ups that fall in a tight labour market"): with unemployment below the wage curve's reference each
  // non-regulated firm's gross mark-up falls so that its price allows the product wage (u_ref / u)^e times
  // the normal one. On since session 22, with markup_labour_scarcity_follows_wages; off: the normal mark-up
  // whatever the labour market.
  bool markup_labour_scarcity = true;
  double markup_labour_scarcity_elasticity = 0.27;  // e: d ln(price-setting real wage) / -d ln u
  // The price side reads the wage claim's reference (the start's rate with wage_curve_reference_at_start):
  // both curves normal at one rate. On since session 25 (docs/ECONOMY.md, "Session 25: one natural rate
  // for wages and prices"); off: the dated natural rate.
  bool markup_labour_scarcity_at_wage_curve_reference = true;
  // The mark-up gives way to the wage claims, not to unemployment at once (markup.hpp,
  // labour_scarcity_cut_log; docs/ECONOMY.md, "Mark-ups that give way to wage claims"): with
  // markup_labour_scarcity the product wage pricing allows rises by the absorbed share of each month's real
  // wage claim, up to (u_ref / u)^e. On since session 22; off: the allowance at once (the rule above), with
  // which a demand boom lowers the price level.
  bool markup_labour_scarcity_follows_wages = true;
  double markup_labour_scarcity_absorbed_share = 0.4;  // share of a real wage claim the margins take

  double demand_elasticity = 4.0;     // within a sector, demand share against relative price
  double capital_output_years = 1.5;  // real capital per unit of annual output
  double target_utilisation = 0.8;
  // The defence industry (docs/ECONOMY.md, "The defence industry, a sector of its own"): its plant's output
  // in a year over its peacetime capacity (mobilisation capacities, extra shifts and compulsory overtime for
  // the state's orders), and the months over which the state asks for the orders it placed and did not get.
  YearPath defence_wartime_capacity_factor{{{2021, 1.0}, {2022, 2.0}}};
  double defence_backlog_months = 12.0;
  double depreciation_pct_per_year = 6.0;
  double investment_adjustment = 0.005;  // monthly share of the capital gap invested
  // Time to build (investment.hpp): a month's investment decision is paid in equal parts over this many
  // months, the capital arriving as it is paid for (0: spent at once, the rule before 2026-12-04).
  int investment_time_to_build_months = 0;
  // The capital firms want reads the real loan rate through the slow expectation that lasting demand
  // follows (weight investment_demand_weight a month) instead of the month's rate: a long-lived asset is
  // priced on the mean of the short rates expected over its life (the expectations hypothesis).
  bool investment_reads_lasting_real_rate = false;
  // Investment answers to the user cost of capital through the capital firms want (elasticity 0.4 in
  // Chirinko, Fazzari and Meyer 2011; 0.283 estimated, S39A); the old instant cut of gross investment by the
  // month's real loan rate (docs/ECONOMY.md, "Investment and the user cost of capital") is kept as an option.
  double investment_user_cost_elasticity = 0.283;
  double investment_rate_sensitivity = 0.0;  // investment share lost per pp of real loan rate over reference
  double investment_demand_weight = 1.0 / 12;  // monthly weight of last demand in the demand capital follows
  double firm_deposit_months = 1.0;            // deposits a firm keeps, in months of wage bill
  double loan_repayment_per_month = 0.015;
  double dividend_adjustment_per_month = 0.03;  // share of the gap to the aimed dividend closed a month
  double own_funds_share = 0.55;  // of net investment financed by retained profit; the rest is paid out
  // Dividends aim at profit net of inflation's erosion of the firm's net debt (expected inflation times
  // loans less deposits, added to the nominal profit): a firm then borrows to keep its real debt as prices
  // rise, instead of repaying it through inflation (docs/ECONOMY.md, "A steady state at the start's
  // inflation"). Off: dividends aim at nominal profit (the real debt falls by the inflation rate a year).
  bool dividends_on_real_profit = false;
  // The bank's first dividend is the one its first month's accounts give (a trial month at the start),
  // instead of the start's formula, which leaves out the firms' deposit interest and the capital the firms'
  // new loans need (docs/ECONOMY.md, "A steady state at the start's inflation"). Off: the formula. On since
  // session 23 (a start error: household income fell 2.6% from the first month to the second).
  bool start_bank_dividend_from_first_month = true;
  double initial_firm_loans_rub_bn = 47000;
  HouseholdCreditParams credit;     // consumer loans and mortgages (household_credit.hpp)
  HouseholdDepositParams deposits;  // term deposits and demand accounts (household_deposits.hpp)
  CovidStartParams covid;           // the start in the COVID slump (covid_start.hpp)
  HouseholdSavingParams saving;     // other financial assets, saving on the real rate (household_saving.hpp)
  FirmTurnoverParams turnover;      // firm exit and entry (firm_turnover.hpp)
  FirmCreditParams firm_credit;     // the bank's lending standard for firms (firm_credit.hpp)

  // Banks.
  double deposit_spread_pct = -1.0;  // deposit rate over the key rate
  double loan_spread_pct = 3.0;      // loan rate over the key rate
  // The defence industry's spread (state-directed loans).
  YearPath defence_loan_spread_pct{{{2021, 3.0}, {2022, 0.0}}};
  double bank_capital_ratio = 0.10;  // equity over loans the bank keeps; equity above it is paid out
  // The bank's profit and loss (docs/ECONOMY.md, "The bank's profit and loss"); off: the bank pays
  // all its equity above the capital ratio to resident households each month, as before.
  bool bank_pnl = false;
  double bank_cost_to_income_share = 0.45;  // operating costs over its operating income
  double bank_payout_share = 0.3;           // dividends over net profit; the rest builds its equity
  double bank_dividend_state_share = 0.5;   // of its dividends, to the federal budget
  double bank_dividend_abroad_share = 0.4;  // of its dividends, to owners abroad; the rest to households

  // Imports: priced through the ruble, the world price level and a sanctions cost wedge.
  // It applies from the invasion (the state's war start), not from the calendar year.
  YearPath import_cost_wedge{{{2021, 0.0}, {2022, 0.15}, {2024, 0.12}}};
  // Import prices rise with the parity at once and fall toward it gradually: the share of a fall's
  // effect that shows within a quarter, against a rise's (import_pricing.hpp; 1: symmetric).
  double import_price_fall_share_per_quarter = 0.575;
  // Households' purchases abroad (purchases_abroad.hpp): a share of their spending at purchasers' prices
  // is spent on trips abroad and paid to the rest of the world (the balance of payments' travel debit),
  // out of their spending, free of Russian VAT and excises. Off: the 2019 table's imports only.
  bool household_purchases_abroad = false;
  YearPath household_purchases_abroad_pct_of_spending{{{2021, 1.61}, {2024, 3.91}}};
  // Expenditure switching (import_switching.hpp): households', investment's and firms' inputs' import
  // shares answer to the import price against the domestic good's (Armington CES, start shares the 2019
  // table's); buyers act on a relative price that closes this share of a gap within a quarter. On since
  // the FX market prices the agents' ruble on domestic output prices (docs/ECONOMY.md, "The state's FX
  // market in agents mode").
  bool import_switching = true;
  // The CPI's basket at purchasers' prices (cpi_basket.hpp): households' purchases as the CPI prices them,
  // the goods' trade margins moving with the goods, imputed rent and financial services left out; off, the
  // 2019 table's household consumption at basic prices (trade margins priced as services).
  bool cpi_at_purchasers_prices = false;
  double armington_elasticity = 2.0;         // households' and investment's (final buyers')
  double armington_inputs_elasticity = 0.0;  // firms' imported against domestic inputs (0: Leontief)
  double armington_short_run_share_per_quarter = 0.5;
  // Firms' imported intermediate inputs that switch to domestic suppliers (intermediate_imports.hpp): each
  // using sector's imported share of its inputs moves toward the CES share at the landed import price
  // against its domestic inputs' bundle, closing this share of the gap a month. On, it replaces the
  // inputs' part of import_switching (armington_inputs_elasticity). On since session 22.
  bool intermediate_import_switching = true;
  double intermediate_import_elasticity = 0.6;            // elasticity of substitution
  double intermediate_import_adjustment_per_month = 0.5;  // share of the gap closed a month
  // Non-energy export volumes answer to the ruble gradually (export_volume.hpp): the share of a move
  // of the ruble that reaches them within a quarter; the exporters' ruble receipts follow it at once.
  // 1: volumes follow the ruble at once (the path before 2026-12-03, byte-identical).
  double export_volume_share_per_quarter = 0.5;
  // The Bank's rule reads an underlying CPI that looks through the first-round effect of large
  // import-price rises, as it does in the aggregate economy (cbr.supply_shock_lookthrough).
  bool rule_looks_through_import_jumps = false;  // measured, off (docs/ECONOMY.md)
  // World food prices (FAO Food Price Index, December on December): the price of imported and
  // exported farm goods, over the trading partners' general inflation the state hands in.
  YearPath world_food_price_growth_pct{{{2021, 23.1}, {2022, 2.5}}};
  // World prices of traded goods other than food and energy (US nonfuel import price index, December
  // on December): the price of imported goods and the export parity of the other sectors, over the
  // trading partners' general inflation the state hands in. On since session 33 (docs/ECONOMY.md, "The
  // 2021 price level" and "Session 33").
  bool world_goods_prices = true;
  YearPath world_goods_price_growth_pct{{{2021, 6.4}, {2022, 2.5}}};
  // World prices in US dollars of the goods Russia exports besides energy and food (metals, fertilizers
  // and chemicals, timber), December on December: the export parity of the sectors other than farming
  // follows them instead of the world goods prices above (export_parity.hpp). Built, off: measured
  // (docs/ECONOMY.md, "Export parity on the prices of Russia's exports").
  bool world_export_prices = false;
  YearPath world_export_price_growth_pct{{{2021, 32.0}, {2022, 2.5}}};
  // Tradable farm commodities (grain, oilseeds) sell at home at export parity, the world food price less
  // the floating export duty, for the tradable share of the farm sector's output (export_parity.hpp).
  // Built, off: measured (docs/ECONOMY.md, "Farm prices at export parity").
  bool farm_export_parity = false;
  double farm_tradable_share = 0.22;
  double farm_export_duty_rate = 0.7;
  double farm_export_duty_base = 0.79;
  // The invasion's supply shock: imported inputs that could not be replaced at once (goods imports
  // about 40% below pre-war in June 2022), cutting each sector's productivity and capacity by this
  // share of its imported-input intensity, fading with the state's war shock weight.
  double war_import_cutoff_share = 0.4;
  // ... and the imported parts on offer limit each firm's output once its stock of the cut-off parts
  // runs out (war_supply.hpp, imported_parts.cpp): output falls at given staff instead of firms hiring
  // more workers to make the same output (docs/ECONOMY.md, "The invasion's supply cut").
  bool war_imports_bind_output = true;
  // The stock of imported parts a firm holds, in months of their use: it covers the cut-off parts for
  // that long after the invasion (AvtoVAZ: stoppages within days, lines idle 21-25 Mar 2022, assembly
  // suspended from early April).
  double war_imported_parts_stock_months = 1.0;
  // Idle time instead of layoffs after the invasion (war_supply.hpp, docs/ECONOMY.md "Idle time after
  // the invasion"): a firm keeps (and replaces leavers up to) the staff its lasting demand needs and
  // pays the hours its output does not need at idle_pay_share of the wage (Labour Code art. 157).
  bool war_idle_time = true;
  // Share of the wage paid for idle hours: two thirds (Labour Code of the Russian Federation art. 157).
  double idle_pay_share = 2.0 / 3.0;
  // Goods cut off are not bought abroad either: final buyers' demand a sector cannot meet is bought
  // abroad only in the share still on offer, imported investment goods and inputs likewise; the rest is
  // not bought (the buyers keep the money).
  bool war_cut_off_goods_not_imported = false;
  // The federal purchases (security and other chapters) buy public services whose price is public pay:
  // deflated by the public pay index (Rosstat, average wage in public administration and military
  // security, 2021 = 1) they buy a real volume; what it costs at the sectors' prices is spent on goods,
  // the rest is pay and reaches households with the transfers. Off: measured (docs/ECONOMY.md).
  bool state_purchases_at_public_pay = false;
  // 58,620 RUB (2021) to 84,956 (2024), x1.449 (russia_economy.md 2.3); 2022-2023 geometric between.
  YearPath public_pay_index{{{2021, 1.0}, {2022, 1.132}, {2023, 1.281}, {2024, 1.449}}};
  // With state_purchases_at_public_pay: the public pay index follows the agents' own average wage (the
  // May decrees of 2012 tie teachers' and doctors' pay to the regional average wage at fixed ratios), in
  // place of the path above. Off: measured (docs/ECONOMY.md, "Public pay by the May-decree rule").
  bool public_pay_follows_average_wage = false;
  // The public employer (PUB firms) pays the budget's wage: its wage grows along public_pay_index (the
  // yearly averages, interpolated between the years' middles; the common wage growth outside them) and
  // not with its own vacancies, quits or shedding; it still hires from the same pool of searchers, where
  // its wage competes with the firms' and the army's offers (docs/ECONOMY.md, "The labour shortage").
  bool public_wage_from_budget_path = false;
  // The state buys at purchasers' prices: its purchases of goods (the defence orders and the goods of the
  // government basket, federal and regional) carry VAT, which the seller passes to the federal budget;
  // its purchases of services (public administration, health, education, social) carry none.
  bool state_purchases_pay_vat = true;
  // The households' VAT: shares of their spending at the standard and the reduced rate, the rest exempt
  // (household_vat.hpp; docs/ECONOMY.md, "The agents' federal taxes, tax by tax"). Defaults 1 and 0
  // are the flat standard rate on all consumption.
  HouseholdVatShares household_vat{};
  // The invasion's demand shock on households (war_demand.hpp), fading with the state's war shock weight:
  // the share of the households' imported final goods no longer on sale (Western brands gone, imports
  // cut off; the missing goods are not bought and the money stays in deposits), and the share of
  // spending households saved out of precaution on top (0: the data leave no room for it beyond the
  // missing goods and saving's answer to the key rate; docs/ECONOMY.md).
  double war_final_goods_cutoff_share = 0.4;
  double war_precautionary_saving_share = 0.0;
  // Trade margins (SERV) a ruble of goods at basic prices carries to households: lost with the goods.
  double trade_margin_per_goods = 0.69;
  // Real GDP counts those margins at the first month's margin per unit of the goods households buy (the
  // volume of goods traded), as the national accounts measure trade's output in volume, instead of
  // deflating them by the services' price: a dearer import bought in fewer units carries fewer margins in
  // volume (docs/ECONOMY.md, "Trade at the volume of goods sold"). A measurement: no agent reads real GDP.
  bool trade_at_goods_volume = true;

  // Taxes collected from agents.
  YearPath profit_tax_pct{{{2021, 20}, {2025, 25}}};
  YearPath profit_tax_federal_share{{{2021, 0.15}, {2025, 0.32}}};
  YearPath pit_progressive{{{2021, 0}, {2025, 1}}};  // 1 = the 2025 five-bracket scale
  double pit_federal_share = 0.02;
  double social_contribution_pct = 23.8;
  // The firms' other federal payments (the other excises, non-tax revenue, fees, non-O&G MET) as a share
  // of sales: the data's 2021 residual, about 2,840 of the 4,423 bn RUB that 2% raised, once the inputs'
  // customs (non_oil_bases), the households' excises and the final buyers' customs are collected from those
  // who pay them (docs/ECONOMY.md, "Federal revenue by source").
  double other_taxes_pct_of_sales = 1.28;
  // Non-oil bases collected from the agents that pay them (docs/ECONOMY.md, "Non-oil revenue by
  // component"); on since session 22 (other_taxes_pct_of_sales no longer carries the inputs' customs).
  bool non_oil_bases = true;
  // The bank's profit pays the profit tax (rate and federal share above); the state bonds' coupons it
  // earns pay this rate, wholly to the federal budget (Tax Code art. 284 p.4; Budget Code art. 50).
  double state_bond_coupon_tax_pct = 15.0;
  // Profit tax withheld on the firms' dividends paid abroad, wholly federal (Tax Code art. 284 p.3,
  // art. 310): below 15% while the tax treaties' 5-10% held, 15% once they were suspended (Aug 2023).
  YearPath dividend_withholding_pct{{{2021, 10.0}, {2024, 15.0}}};
  // Customs payments other than the VAT on imports (import duties and excises on imports) on the
  // customs value of the firms' imported inputs, paid on top, federal (Customs Code of the EAEU art. 46;
  // Budget Code art. 50). The VAT on imports is credited against the VAT on sales (Tax Code art. 171 p.2).
  double import_customs_pct = 5.0;
  // Federal excises on the households' tobacco, alcohol and sugary drinks, paid out of their spending at
  // purchasers' prices inside the price before VAT (Tax Code ch. 22; Budget Code art. 50); on since
  // session 22 (other_taxes_pct_of_sales no longer carries them).
  bool household_excises = true;
  double household_excise_pct_of_spending = 1.1;
  // The import customs payments (import_customs_pct) also on the households' and the investors' imported
  // goods, inside what they spend on them (the firms' inputs pay them with non_oil_bases); on since
  // session 22.
  bool final_use_customs = true;
};

// Registers every parameter under "economy." (keys, units, ranges, sources).
void describe_economy(ParamTable& table, AgentEconomyParams& p);

// Problems that ranges cannot express; empty if fine.
std::vector<std::string> validate_economy(const AgentEconomyParams& p);

}  // namespace sancsim
