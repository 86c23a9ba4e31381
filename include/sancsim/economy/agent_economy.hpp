#pragma once
// The wartime economy as agents: households and firms by sector meet in a labour market (search
// with wage offers; the army and defence firms can outbid civilians), a goods market by sector
// (households', firms', the state's and export demand against output and imports) and a bank that
// follows the key rate. The Russian state's spending flows through them and its taxes are collected
// from them. Stock-flow consistent: every payment has a payer and a payee (FlowLedger), and
// check_balances() proves the balance sheets add up. Equations: docs/ECONOMY.md.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "sancsim/economy/import_switching.hpp"
#include "sancsim/economy/intermediate_imports.hpp"
#include "sancsim/economy/agents.hpp"
#include "sancsim/economy/covid_start.hpp"
#include "sancsim/economy/economy_params.hpp"
#include "sancsim/economy/firm_credit.hpp"
#include "sancsim/economy/firm_turnover.hpp"
#include "sancsim/economy/household_credit.hpp"
#include "sancsim/economy/investment.hpp"
#include "sancsim/economy/io_table.hpp"
#include "sancsim/economy/labour_flows.hpp"
#include "sancsim/economy/pay_indexation.hpp"
#include "sancsim/engine/date.hpp"
#include "sancsim/engine/rng.hpp"
#include "sancsim/engine/state_hash.hpp"

namespace sancsim {

// Where the economy starts (read from the state's initial stocks, so that both economies agree).
struct EconomyStart {
  YearMonth month = YearMonth::from(2021, 1);
  double gdp_rub_bn_per_year = 107658;  // nominal, annual rate
  double price_level = 1.0;             // the state's CPI level at the start
  double real_gdp_index = 1.0;
  double unemployment_pct = 5.8;
  double cpi_yoy_pct = 5.2;
  double gdp_yoy_pct = -2.0;
  double wage_yoy_pct = 6.0;
  double key_rate_pct = 4.25;
  double usd_rub = 74.0;
  double inflation_target_pct = 4.0;  // the Bank's (the agents anchor on households' expectations)
};

// What the state and the oil trade hand the economy each month (whole economy, not scaled).
struct EconomyMonthInputs {
  YearMonth month;
  double key_rate_pct = 0;
  double usd_rub = 0;
  double world_price_level = 1;  // relative to the start
  double vat_rate_pct = 20;
  double defence_rub_bn = 0;         // federal "national defence": soldiers' pay and bonuses, then orders
  double security_rub_bn = 0;        // federal purchases (public sector)
  double social_rub_bn = 0;          // federal transfers to households
  double other_rub_bn = 0;           // federal purchases and investment
  double interest_rub_bn = 0;        // on federal debt, to the bank
  double oil_gas_taxes_rub_bn = 0;   // paid by the oil and gas firms this month
  double energy_exports_usd_bn = 0;  // oil and gas export revenue, to the oil and gas firms
  double energy_export_volume_index = 1;  // oil and gas export volume relative to the start (real GDP)
  double non_energy_exports_usd_bn = 0;   // foreign demand for the other sectors
  // Their dollar price relative to the level the year's volume was bought at: the part of their value
  // that is price comes to the exporters as a windfall, not as volume (1: all volume).
  double non_energy_export_price_index = 1;
  // The invasion's shock weight (0 before it; the month's share of days after it times the fading
  // since): the state's own timing, shared with the aggregate economy.
  double war_shock_weight = 0;
  // The month's share of days after the invasion (0 before it, 1 from the month after): the sanctions'
  // import wedge holds from it on, whole, while the shock weight fades.
  double invasion_share = 0;
  // The Bank's underlying inflation looks through this share of the first-round effect of a large
  // rise of import prices on the CPI: the basket's import share times the month's log rise beyond
  // `large_import_rise_pct` (the state hands in its cbr.supply_shock_lookthrough and
  // economy.large_depreciation_pct; 0 looks through nothing).
  double first_round_lookthrough = 0;
  double large_import_rise_pct = 10;
  // The Bank's inflation target, which expected inflation weighs by economy.expectations_target_weight.
  double inflation_target_pct = 4;
};

// The economy's answers, in the units the state reads.
struct EconomyReadings {
  double cpi_yoy_pct = 0;
  double cpi_momentum_pct = 0;  // last three months, annualised
  // The same of the underlying price index the Bank's rule reads
  // (EconomyMonthInputs::first_round_lookthrough).
  double underlying_cpi_yoy_pct = 0;
  double underlying_cpi_momentum_pct = 0;
  double gdp_yoy_pct = 0;
  double unemployment_pct = 0;
  double real_wage_yoy_pct = 0;
  double price_level = 1;
  double real_gdp_index = 1;
  double output_gap_pct = 0;  // capacity utilisation against its target
  double nominal_gdp_rub_bn_per_year = 0;
  double federal_taxes_rub_bn = 0;      // VAT, federal profit tax and PIT, other federal taxes, this month
  double federal_dividends_rub_bn = 0;  // the federal budget's share of the firms' dividends, this month
  // federal_taxes_rub_bn tax by tax, this month: VAT paid by households and on the state's purchases,
  // the federal profit tax and PIT, the firms' other taxes (a share of sales)
  double vat_households_rub_bn = 0, vat_state_purchases_rub_bn = 0, profit_tax_federal_rub_bn = 0;
  double pit_federal_rub_bn = 0, other_federal_taxes_rub_bn = 0;
  // Of profit_tax_federal_rub_bn: the bank's (its federal share and the coupon tax) and the tax withheld
  // on dividends paid abroad; import customs payments (in other_federal_taxes_rub_bn); dividends paid
  // abroad (non_oil_bases, docs/ECONOMY.md).
  double bank_profit_tax_federal_rub_bn = 0, dividend_withholding_rub_bn = 0, import_customs_rub_bn = 0;
  double household_excises_rub_bn = 0;  // inside other_federal_taxes_rub_bn (household_excises)
  double dividends_abroad_rub_bn = 0, imported_inputs_rub_bn = 0;  // the firms' imported inputs
  // Of the firms' dividends this month: those kept by resident corporate owners and those credited to
  // type-C accounts (in dividends_abroad_rub_bn); the type-C accounts' balance (docs/ECONOMY.md).
  double dividends_retained_rub_bn = 0, dividends_type_c_rub_bn = 0, type_c_deposits_rub_bn = 0;
  double firm_dividends_rub_bn = 0, dividends_households_rub_bn = 0;  // all the firms' and residents'
  // The bank's profit and loss (bank_pnl): operating costs, net profit after them and its profit tax,
  // the dividends it declared and the federal budget's part of those it paid (in
  // federal_dividends_rub_bn), this month.
  double bank_operating_costs_rub_bn = 0, bank_net_profit_rub_bn = 0, bank_dividends_rub_bn = 0;
  double bank_dividends_state_rub_bn = 0;
  // The households' account this month, bn RUB: employees' pay before PIT, the PIT on it, soldiers' and
  // reservists' pay, the army's sign-up bonuses, pensions and unemployment benefits, the state's social
  // transfers, deposit interest credited, dividends received (firms' and the bank's), and debt service
  // (interest and principal on consumer loans and mortgages). New loans: new_household_loans_rub_bn.
  double household_wages_rub_bn = 0, household_pit_rub_bn = 0, military_pay_rub_bn = 0;
  double signup_bonuses_rub_bn = 0, pensions_benefits_rub_bn = 0, social_transfers_rub_bn = 0;
  double household_interest_rub_bn = 0, household_dividends_rub_bn = 0, household_debt_service_rub_bn = 0;
  double household_spending_rub_bn = 0;  // households' consumption at purchasers' prices, this month
  // Where that spending came from, bn RUB this month (they add up to household_spending_rub_bn): out of
  // the month's disposable income, out of deposits (the wealth term, the COVID slump's excess saving
  // included) and new consumer loans; and what households meant to spend but kept in their deposits (goods
  // and services not on sale: the invasion's cut-off imports with their trade margins, the COVID
  // restrictions; precautionary saving).
  double household_spending_from_income_rub_bn = 0, household_spending_from_deposits_rub_bn = 0;
  double household_spending_from_credit_rub_bn = 0, household_spending_held_back_rub_bn = 0;
  double imports_usd_bn = 0;                     // this month
  double household_purchases_abroad_usd_bn = 0;  // of which households' purchases abroad (travel)
  double non_energy_exports_filled = 1;          // share of the foreign orders (non-energy) the firms filled
  double employment_defence_share = 0;           // defence-industry employees over civilian employment
  double defence_backlog_rub_bn = 0;             // defence orders placed and not yet delivered, net of VAT
  double contract_soldiers_k = 0;
  double unemployed_k = 0;     // thousands of persons unemployed at the month's end
  LabourFlows labour_flows_k;  // this month's labour-market flows, thousands of persons (labour_flows.hpp)
  double household_deposits_rub_bn = 0;
  double firm_loans_rub_bn = 0;
  double household_loans_rub_bn = 0;         // consumer loans and mortgages owed
  double mortgages_rub_bn = 0;               // of which mortgages
  double new_household_loans_rub_bn = 0;     // lent this month
  double new_mortgages_rub_bn = 0;           // of which mortgages
  double mortgage_subsidy_rub_bn = 0;        // the state's payment to the bank this month
  double active_firms = 0;                   // firm rows in use (exited firms' rows are free)
  double firm_exits = 0, firm_entries = 0;   // since the start
  double firm_loans_written_off_rub_bn = 0;  // this month
  double average_wage_rub = 0;      // employees' monthly pay (civilian, defence and public), this month
  double nominal_wage_yoy_pct = 0;  // the average wage against twelve months earlier
  // Expected inflation (12 months ahead, on the CPI's scale) that this month's wage offers indexed to, and
  // this month's growth of the wage offers by term, employment-weighted over the firms and annualised
  // (x 12, in %): indexation to expected inflation (and to the CPI's past twelve months in the share
  // wage_past_inflation_share), the wage curve's error correction, the labour market
  // (tightness, unfilled vacancies, quits, shedding, bids for scarce workers) and the rest (trend
  // productivity, public pay on the budget's path). Their sum is the offers' growth before the month's
  // hires, leavers and idle-time pay change the measured average wage.
  double expected_inflation_pct = 0;
  double wage_growth_expected_inflation_pct = 0, wage_growth_error_correction_pct = 0;
  double wage_growth_labour_market_pct = 0, wage_growth_other_pct = 0;
  // Households' consumption at the first month's prices (household_spending_rub_bn over the agents' CPI
  // relative to the start), and the firms' gross fixed investment, in rubles and at the first month's
  // prices of the investment basket, this month.
  double household_spending_real_rub_bn = 0, investment_rub_bn = 0, investment_real_rub_bn = 0;
  double import_price_index = 1;
  // The dollar price of the agents' imports over the state's world price level: world goods prices times
  // the sanctions wedge (1 without either). Importers' ruble margin above parity while they cut prices
  // after an appreciation is not in it.
  double import_dollar_price_over_world = 1;
  // The price of domestic output: sector prices weighted by the first month's value added (the product
  // wage's deflator, wage_setting.hpp). Imports reach it only through the firms' costs, not as a basket
  // item as in the CPI.
  double output_price_index = 1;
  // World goods prices over the state's world price level (economy.world_goods_prices; 1 without it):
  // the dollar prices the agents' imports and export parity carry beyond the state's world inflation.
  double world_goods_relative = 1;
  std::array<double, kSectors> output_rub_bn{};  // this month, at 2021 prices
  // Each sector's price (its firms' prices weighted by their sales) over its first month's: 1 at the start.
  std::array<double, kSectors> sector_price_index{};
};

// Net lending of each institutional sector this month: every payment adds to the payee and takes from
// the payer, so the entries sum to zero and each sector's change in net financial worth equals its own.
struct FlowLedger {
  std::array<double, kInsts> net_lending_rub{};
  double gross_rub = 0;
  void pay(Inst from, Inst to, double amount) {
    net_lending_rub[static_cast<std::size_t>(from)] -= amount;
    net_lending_rub[static_cast<std::size_t>(to)] += amount;
    gross_rub += amount < 0 ? -amount : amount;
  }
  void clear() { *this = FlowLedger{}; }
};

class AgentEconomy {
 public:
  // `first` is the first month's inputs: the start is calibrated so that its demand buys the output.
  AgentEconomy(const AgentEconomyParams& p, const EconomyStart& start, const EconomyMonthInputs& first);
  void step(const AgentEconomyParams& p, const EconomyMonthInputs& in);
  const EconomyReadings& readings() const { return read_; }
  // The identities, with their error when one breaks (empty when all hold): the bank's running totals
  // equal the agents' columns, the central bank's sheet closes, and each sector's net financial worth
  // moved by exactly its net lending in the ledger. Compiled into step() under SANCSIM_INVARIANTS.
  std::string check_balances() const;
  // Throws NonFiniteSeries (a numerical guard) if the price level, the average wage or the bank's books
  // are not finite, or if the price level rose more than kRunawayMonthlyPriceRise in the month from
  // `price_level_before` (hyperinflation: a runaway whose balances stay finite, up to 10^87 RUB, until
  // their rounding breaks the identities); step() calls it every month, before the identities.
  void require_finite_state(YearMonth month, double price_level_before) const;
  // Net financial worth by institutional sector (sums to zero: every asset is someone's liability).
  std::array<double, kInsts> net_financial_worth_rub() const;
  void hash(StateHasher& h) const;

  const Households& households() const { return hh_; }
  const Firms& firms() const { return firms_; }
  // What is left of the households' excess saving of the COVID slump (simulated RUB; 0 without it).
  double covid_excess_saving_rub() const { return covid_saving_.excess_rub; }
  const Bank& bank() const { return bank_; }
  const HouseholdCredit& household_credit() const { return credit_; }
  const HouseholdDeposits& household_deposits() const { return deposits_; }
  const HouseholdOtherAssets& household_other_assets() const { return other_assets_; }
  // The month's deposit interest credited to households (simulated RUB; kept with deposit_kinds on).
  double household_interest_rub() const { return household_interest_rub_; }
  const FirmTurnover& firm_turnover() const { return turnover_; }
  const FirmCredit& firm_credit() const { return firm_credit_; }
  const InvestmentOrders& investment_orders() const { return investment_orders_; }
  const FlowLedger& ledger() const { return ledger_; }
  const ImportShares& import_shares() const { return import_shares_; }
  const GovernmentAccounts& government() const { return gov_; }
  double scale_bn() const { return scale_bn_; }  // bn RUB per simulated RUB
  // The household part of a month alone (separations, search draws, incomes, taxes, consumption) and
  // the firm part alone (plans, production, goods market, accounts): for benchmarks.
  void households_step_only(const AgentEconomyParams& p, const EconomyMonthInputs& in);
  void firms_step_only(const AgentEconomyParams& p, const EconomyMonthInputs& in);

 private:
  // The construction with the bank's first dividend moved by `bank_dividend_gap_rub`.
  AgentEconomy(const AgentEconomyParams& p, const EconomyStart& start, const EconomyMonthInputs& first,
               double bank_dividend_gap_rub);
  struct MonthRates;
  void army(const AgentEconomyParams& p, int year);
  double leavers_share(const AgentEconomyParams& p);
  void population_events(const AgentEconomyParams& p, int year);
  std::size_t random_household(bool (*eligible)(const Households&, std::size_t));
  void plan_firms(const AgentEconomyParams& p, const MonthRates& r);
  void labour_market(const AgentEconomyParams& p, int year);
  void produce(const AgentEconomyParams& p);
  void household_pass(const AgentEconomyParams& p, const MonthRates& r);
  void goods_market(const AgentEconomyParams& p, const EconomyMonthInputs& in, const MonthRates& r);
  // The ruble price of sector s's imported goods this month: world goods prices (in the import price), farm
  // goods world food prices.
  double household_import_price(const MonthRates& r, std::size_t s) const;
  void count_household_goods(const MonthRates& r, const std::array<double, kSectors>& domestic,
                             const std::array<double, kSectors>& imported, double bought_abroad);
  void firm_accounts(const AgentEconomyParams& p, const EconomyMonthInputs& in, const MonthRates& r);
  void measure(const AgentEconomyParams& p, const EconomyMonthInputs& in, const MonthRates& r);
  // This month's productivity by sector (trend and the war's supply shock) and world food prices.
  void advance_supply(const AgentEconomyParams& p, const EconomyMonthInputs& in);
  double capacity(const AgentEconomyParams& p, std::size_t f) const;
  // Whether sector s holds no stock (services_not_stored and a sector that cannot be stocked), and firm f.
  static bool stockless_sector(const AgentEconomyParams& p, Sector s) {
    return p.services_not_stored && cannot_be_stocked(s);
  }
  bool stockless(const AgentEconomyParams& p, std::size_t f) const {
    return stockless_sector(p, firms_.sector[f]);
  }
  // Firm f's output per worker this month: the trend and the war's cut of its sector, or with the
  // imported parts limiting output (war_imports_bind_output) the cut the firm's missing parts make.
  double labour_productivity(const AgentEconomyParams& p, std::size_t f) const;
  // Firm f's output per worker at the trend, without the war's cut (idle time is counted against it).
  double trend_output_per_worker(std::size_t f) const;
  // The imported parts on offer limit firm f's planned output (`plan`, lowered in place) once its stock
  // of the cut-off parts runs out (imported_parts.cpp).
  void ration_imported_parts(const AgentEconomyParams& p, std::size_t f, double& plan);
  MonthRates rates(const AgentEconomyParams& p, const EconomyMonthInputs& in) const;
  static void split_defence_staff(const std::array<double, kSectors>& output,
                                  std::array<double, kSectors>& workers);
  std::array<double, kSectors> start_output(const AgentEconomyParams& p, const EconomyStart& start,
                                            const EconomyMonthInputs& first,
                                            const std::array<double, kSectors>& workers);
  double army_offer_rub(const AgentEconomyParams& p, int year) const;
  // Payments that cross the bank's balance sheet (the other party banks at the central bank).
  void to_government(Inst payer, double amount, double& account);
  void from_government(Inst payee, double amount, double& account);
  void government_to_world(double amount, double& account);
  void from_government_to_bank(double amount);
  void bank_to_government(double amount, double& account);  // out of the bank's equity
  void to_world(Inst payer, double amount);
  void from_world(Inst payee, double amount);
  void capital_outflow(Inst payer, double amount);  // deposits taken or paid abroad (not imports)
  // Household credit's books (household_credit_books.cpp): the month's loans, repayments, interest,
  // housing bought and the state's subsidy; an emigrant's loans repaid from deposits or written off.
  void book_household_credit(const AgentEconomyParams& p, double key_rate_pct, const CreditMonth& m);
  void settle_emigrant_loans(std::size_t h);
  // Households' month's purchases of other financial assets (household_pass.cpp): cash paid out of the
  // bank's reserves, securities issued by the active firms in proportion to their capital.
  void buy_other_assets(const AgentEconomyParams& p, double bought_rub);
  // The bank's profit and loss (bank_accounts.cpp, bank_pnl): its month closed after the firms'
  // accounts (operating costs, net profit, the dividend declared) and its dividend paid next month to
  // the budget and owners abroad; the households' part, which they receive by deposits.
  void close_bank_month(const AgentEconomyParams& p, double profit_tax_rub);
  double bank_dividend_to_households(const AgentEconomyParams& p) const;
  void pay_bank_dividend(const AgentEconomyParams& p);
  // Firm exit and entry after the month's accounts (firm_turnover.cpp).
  void turn_over_firms(const AgentEconomyParams& p, double import_price);
  // With firm_credit_limit: the illiquid firms that did not exit have their loans written down to their
  // credit limit (a restructuring; firm_turnover.cpp).
  void restructure_illiquid_firms();
  // The loan rate firm f pays this month: the subsidised defence rate for the defence industry (DEF), the
  // market rate otherwise.
  double loan_rate_of(std::size_t f, const MonthRates& r) const;
  // Whether firm f borrows under the bank's lending standard: not public administration (the budget
  // pays it) and not a start-up, whose capital is lent on its owners' plan (firm_credit.hpp).
  bool under_lending_standard(std::size_t f) const {
    return firms_.sector[f] != Sector::Pub && turnover_.age_months[f] >= FirmCredit::kStartUpMonths;
  }
  // The price of a unit of the investment basket: domestic goods at their sector prices, the
  // imported part (this month's share, import_shares_) at `import_price`.
  double investment_goods_price(double import_price) const;

  Households hh_;
  HouseholdCredit credit_;             // consumer loans and mortgages by household
  HouseholdDeposits deposits_;         // households' deposits by kind (deposit_kinds)
  HouseholdOtherAssets other_assets_;  // households' cash and securities (other_financial_assets)
  double household_interest_rub_ = 0;  // the month's deposit interest to households (deposit_kinds)
  // The month's household flows that household_pass books and no other member keeps (simulated RUB; for
  // EconomyReadings' account): employees' pay (the firms' wages change after the pass), the state's social
  // transfers, dividends received and debt service.
  struct HouseholdAccount {
    double wages = 0, transfers = 0, dividends = 0, debt_service = 0;
    // The month's spending by source and what was held back (EconomyReadings).
    double from_income = 0, from_deposits = 0, from_credit = 0, held_back = 0;
  } household_account_;
  Firms firms_;
  FirmTurnover turnover_;   // exit and entry by firm row
  FirmCredit firm_credit_;  // the bank's view of each firm and its credit limit (firm_credit_limit)
  InvestmentOrders investment_orders_;  // orders under way (investment_time_to_build_months)
  Bank bank_;
  CentralBankBook cb_;
  GovernmentAccounts gov_;
  FlowLedger ledger_;
  LabourFlows flows_;  // this month's labour-market flows in agent rows (cleared at the month's start)
  std::array<double, kInsts> worth_before_{};
  IoTable io_;
  Rng rng_;
  Rng turnover_rng_;  // entry draws: the economy's stream under its own key
  double scale_bn_ = 1e-5;
  int month_index_ = 0;

  // Calibration by sector (set at the start).
  // The gap a sector's firms see before they move on the start's steady path (log of this month's target
  // over last month's price as indexed; the partial adjustment's lag at the start's inflation, plus a
  // month of it): the gap the price-gap hazard counts from.
  std::array<double, kSectors> steady_price_gap_log_{};
  std::array<double, kSectors> productivity_{};  // real output per worker a month at the start
  std::array<double, kSectors> tfp_{};  // this month's labour productivity over the start's (trend, war)
  std::array<double, kSectors> capital_productivity_{};  // capital's over the start's (the war alone)
  std::array<double, kSectors> export_share_{};  // exports over output (2019): weight of export parity
  double productivity_trend_ = 1;                // the trend alone
  // Output per worker from substituting capital for dearer labour (labour_saving_factor, on last month's
  // product wage; 1 with economy.labour_demand_wage_elasticity 0).
  double labour_saving_ = 1;
  // The start's mark-up of each sector, that markup_on_demand pulls the firms' mark-ups back to.
  std::array<double, kSectors> normal_markup_{};
  double food_relative_ = 1;   // world food prices over the general world price level
  double goods_relative_ = 1;  // world prices of other traded goods over the general world price level
  // World prices of Russia's non-energy exports over the general world price level (world_export_prices).
  double export_relative_ = 1;
  double world_price_before_ = 1;  // last month's general world price level
  double import_price_ = 0;        // this month's ruble price of imports (0: none yet)
  double import_rise_log_ = 0;     // its log change over last month's
  // The ruble rate that sets non-energy export volumes (export_volume.hpp; 0: none yet).
  double export_volume_usd_rub_ = 0;
  // This month's imported shares of each basket (the 2019 table's unless import_switching).
  ImportShares import_shares_ = ImportShares::from_2019();
  // The firms' imported shares of their inputs with intermediate_import_switching.
  IntermediateImports intermediate_imports_ = IntermediateImports::from_2019();
  // The chained CPI basket with switching: its level, and last month's domestic and imported prices.
  double chained_basket_ = 1;
  struct {
    std::array<double, kSectors> domestic{}, imported{};
  } cpi_prices_before_;
  std::array<double, kSectors> gva_share_{};  // GVA per unit of output (real GDP weights)
  std::array<std::int32_t, kSectors> first_firm_{}, firm_count_{};
  std::array<double, kSectors> household_basket_{}, government_basket_{}, investment_basket_{},
      export_basket_{};
  std::array<double, kSectors> cpi_basket_{};  // the CPI's weights (cpi_at_purchasers_prices)
  double base_real_gdp_ = 1, base_cpi_basket_ = 1;
  // Trade at the volume of goods sold (trade_at_goods_volume): the households' goods of this month at basic
  // prices and at the first month's prices (simulated RUB), and those prices (domestic and imported goods,
  // and the services' price that deflates trade's margins otherwise).
  double household_goods_rub_ = 0, household_goods_volume_rub_ = 0;
  std::array<double, kSectors> goods_price_start_{}, goods_import_price_start_{};
  double services_price_start_ = 0;

  // This month's aggregates (scratch; no allocation per step).
  std::array<double, kSectors> sector_output_{}, sector_price_{}, sector_fill_{}, sector_sales_{};
  std::vector<std::int32_t> searchers_, open_firms_;
  std::vector<double> firm_weight_;       // demand weights, then each firm's share of its sector's sales
  std::vector<double> firm_shed_;         // share of a firm's staff let go this month
  std::vector<std::int32_t> firm_quits_;  // employees this firm lost to better offers this month
  // Hours with demand (overtime_with_demand): this month's hours per worker against normal hours, and
  // pay per worker against the normal month's wage (1 and 1 when off).
  std::vector<double> firm_hours_, firm_pay_factor_;
  // The start in the COVID slump (covid_start): the households' excess saving and the services they could
  // not buy last month (simulated RUB, at purchasers' prices).
  CovidStartParams covid_;  // economy.covid_start's, on only for a run that starts in January 2021
  CovidSaving covid_saving_;
  double covid_unspent_rub_ = 0;
  // Unit labour cost priced against the sector's price (labour_cost_competitor_weight; markup.hpp): each
  // firm's unit labour cost of last month and the log gap by which the labour cost it prices on falls
  // short of its own; the sector prices at the last pricing.
  std::vector<double> firm_last_unit_labour_cost_, firm_labour_cost_gap_log_;
  std::array<double, kSectors> sector_price_at_last_pricing_{};
  // Mark-ups that give way to wage claims (markup_labour_scarcity_follows_wages; markup.hpp): the log of
  // the product wage pricing allows over the normal one, the absorbed share of the real wage claims so far.
  double scarcity_cut_log_ = 0;
  // The invasion's supply cut (war_supply.hpp), by firm: its stock of the imported parts that were cut
  // off (in output they allow beyond what the parts on offer allow) and the stock of goods the cut took.
  // and the share of the output it would make without the shortage that its parts allow this month.
  std::vector<double> parts_stock_, parts_drained_, parts_output_share_;
  bool idle_time_now_ = false;   // war_idle_time and the invasion's shock this month (set in plan_firms)
  double unemployed_now_ = 0;    // households unemployed after this month's search
  double tightness_normal_ = 1;  // vacancies posted per unemployed in the first month
  double quit_normal_ = 0;       // quits per employee in the first month
  // Share of employment in firms that shed staff, the mean over the months 1..kShedNormalMonths (the
  // start's churn; in the first month every firm is at its need).
  static constexpr std::size_t kShedNormalMonths = 3;
  double shed_normal_ = 0;
  double unemployment_start_pct_ = 0;  // the first month's measured unemployment (the wage curve's reference)
  // Quits with tightness (quits_with_tightness): vacancies posted per unemployed when separations are
  // drawn, the first month's as the normal, and the month's share of staff leaving to unemployment
  // (next month's expected separations in plan_firms).
  double quit_tightness_normal_ = 0;
  double leavers_share_ = 0;
  double army_slots_ = 0;
  double consumption_rub_ = 0, vat_rub_ = 0, pit_federal_rub_ = 0, pit_regional_rub_ = 0;
  double social_contrib_rub_ = 0, transfers_rub_ = 0, pensions_rub_ = 0, imports_rub_ = 0;
  double federal_taxes_rub_ = 0, regional_spending_due_rub_ = 0, energy_export_real_ = 0;
  double state_purchases_vat_rub_ = 0;  // VAT on the state's purchases of goods this month (federal)
  double profit_tax_federal_rub_ = 0, other_taxes_rub_ = 0;  // this month's, federal
  // Non-oil bases (non_oil_bases): this month's, federal; the firms' imported inputs (customs value).
  double bank_profit_tax_federal_rub_ = 0, dividend_withholding_rub_ = 0, import_customs_rub_ = 0;
  double household_excises_rub_ = 0, final_use_customs_rub_ = 0;  // this month's, federal
  double household_purchases_abroad_rub_ = 0;                     // this month's, to the rest of the world
  double dividends_abroad_rub_ = 0, imported_inputs_rub_ = 0;
  double new_housing_rub_ = 0, mortgage_subsidy_rub_ = 0;  // this month's housing bought new; subsidy
  // Households' money paid to them as a sector (homes resold, exited firms' remaining deposits): a
  // deposit at the bank, credited to households next month in proportion to their deposits.
  double owed_to_households_rub_ = 0;
  double expected_inflation_pct_ = 4;
  DecemberPrices decembers_;  // the price level of each December (pensions indexed after their path)
  double non_energy_exports_filled_ = 1;  // this month's (goods_market)
  // This month's wage offer growth by term (firm_accounts; reported as EconomyReadings::wage_growth_*).
  struct WageGrowthTerms {
    double expected_inflation = 0, error_correction = 0, labour_market = 0, other = 0;
  } wage_growth_terms_;
  // The wage curve's reference: the average product wage (wage over the price of domestic output) of
  // the first month; the price of domestic output (sector prices by the first month's value added)
  // last month.
  double real_wage_start_ = 0;
  double consumer_wage_start_ = 0;  // the first month's average wage over its CPI
  double wage_start_rub_ = 0;       // the first month's average wage (the May-decree rule's base)
  double output_price_ = 1;
  std::array<double, kSectors> output_price_weights_{};
  double matching_efficiency_ = 0.3;  // meeting probability over sqrt(vacancies / searchers)
  double unfilled_normal_ = 0;        // share of posted vacancies left open in the first month
  double posts_unfilled_normal_ = 0;  // share of posts (staff + vacancies) left open in the first month
  double wealth_spend_start_ = 0;     // share of deposits spent a month at the start's real rate
  // Shares of the firms' dividends paid to resident households and to the federal budget (derived at
  // the start; the rest goes abroad) and the federal budget's receipts this month.
  double household_dividend_share_ = 1, state_dividend_share_ = 0, state_dividends_rub_ = 0;
  // Share paid abroad (the residual unless dividends_abroad_start_rub_bn_per_year is set; the rest stays
  // with resident corporate owners); this month's retained and type-C dividends; the rest of the world's
  // type-C deposits in the bank (blocked: they neither leave nor earn).
  double abroad_dividend_share_ = 0, dividends_retained_rub_ = 0, dividends_type_c_rub_ = 0;
  double type_c_deposits_rub_ = 0;
  double firm_dividends_rub_ = 0, household_firm_dividends_rub_ = 0;  // paid this month
  double bank_dividend_start_rub_ = 0;  // the bank's dividend declared for the first month
  // With start_bank_dividend_from_first_month: what a trial first month's bank dividend exceeded the start's
  // by (simulated RUB), added to the start's on the second construction.
  double bank_dividend_gap_rub_ = 0;
  // The bank's profit and loss (bank_pnl): its operating costs of last month, paid this month to the
  // services firms (their sales to it); this month's costs, net profit, dividends and the budget's part.
  double bank_services_due_rub_ = 0;
  double bank_operating_costs_rub_ = 0, bank_net_profit_rub_ = 0, bank_dividends_rub_ = 0;
  double bank_dividends_state_rub_ = 0;
  double real_deposit_rate_start_pct_ = 0;  // key + spread - expected inflation at the start
  double real_loan_rate_start_pct_ = 0;     // saving and investment answer to real rates against these
  // The real loan rate as a slow expectation (investment_reads_lasting_real_rate; 0 until its first month).
  double lasting_real_loan_rate_pct_ = 0;
  // The defence industry's capital answers to its own loan rate (defence_loan_spread_pct), against the
  // start's.
  double real_defence_loan_rate_start_pct_ = 0, lasting_real_defence_loan_rate_pct_ = 0;
  // The defence orders placed and not yet delivered (net of the VAT in their price): the state pays for them
  // as they are delivered, and its next month's orders carry them.
  double defence_backlog_rub_ = 0;
  double wartime_capacity_factor_ = 1;  // this year's defence_wartime_capacity_factor
  double soldiers_ = 0;
  std::int64_t mobilised_ = 0, emigrated_ = 0;  // households in those statuses
  double bonuses_rub_ = 0, soldier_pay_rub_ = 0, nominal_value_added_rub_ = 0;
  double base_energy_export_real_ = 0, usd_rub_start_ = 74, profit_tax_regional_rub_ = 0;
  EconomyStart start_;

  // Histories for year-on-year rates: [0] = 12 months ago, [12] = now.
  using History = std::array<double, 13>;
  History cpi_{}, underlying_cpi_{}, real_gdp_{}, wage_{};
  EconomyReadings read_;
};

}  // namespace sancsim
