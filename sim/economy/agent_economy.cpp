#include "sancsim/economy/agent_economy.hpp"

#include "agent_economy_month.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>

#include "sancsim/economy/cpi_basket.hpp"
#include "sancsim/engine/series_table.hpp"
#include "sancsim/economy/export_volume.hpp"
#include "sancsim/economy/import_pricing.hpp"
#include "sancsim/economy/investment.hpp"
#include "sancsim/economy/price_setting.hpp"
#include "sancsim/economy/purchases_abroad.hpp"
#include "sancsim/economy/real_profit.hpp"
#include "sancsim/economy/wage_setting.hpp"
#include "sancsim/economy/war_demand.hpp"
#include "sancsim/economy/war_supply.hpp"

namespace sancsim {

using namespace agent_economy_detail;

void Households::resize(std::size_t n) {
  deposits_rub.resize(n);
  wage_rub.resize(n);
  employer.resize(n, -1);
  status.resize(n, Status::Unemployed);
  army_eligible.resize(n);
}

void Firms::resize(std::size_t n) {
  for (auto* v : {&employees, &vacancies, &hires}) v->resize(n);
  sector.resize(n);
  for (auto* v :
       {&wage_rub, &price, &markup, &capital, &inventory, &expected_demand, &lasting_demand, &output, &sales,
        &demand, &deposits_rub, &loans_rub, &profit_rub, &dividend_due_rub, &dividend_rub, &investment_rub})
    v->resize(n);
}

// With start_bank_dividend_from_first_month the start is built twice: a trial first month measures the
// bank's dividend its accounts give, and the second build starts with that dividend (docs/ECONOMY.md, "A
// steady state at the start's inflation").
AgentEconomy::AgentEconomy(const AgentEconomyParams& p, const EconomyStart& start,
                           const EconomyMonthInputs& first)
    : AgentEconomy(p, start, first, 0.0) {
  if (!p.start_bank_dividend_from_first_month) return;
  double gap = 0;
  {  // the trial goes before the rebuild, so that at most two economies are held at once (1:1 scale)
    AgentEconomy trial(*this);
    trial.step(p, first);
    gap = trial.bank_.dividend_due_rub - bank_dividend_start_rub_;
  }
  *this = AgentEconomy(p, start, first, gap);
}

AgentEconomy::AgentEconomy(const AgentEconomyParams& p, const EconomyStart& start,
                           const EconomyMonthInputs& first, double bank_dividend_gap_rub)
    : io_(IoTable::from_2019()),
      rng_(static_cast<std::uint64_t>(p.seed), 0, Stream::Economy, 0),
      turnover_rng_(static_cast<std::uint64_t>(p.seed), 0, Stream::Economy, 1),
      scale_bn_(p.persons_per_agent / 1e9),
      bank_dividend_gap_rub_(bank_dividend_gap_rub) {
  const double per_agent = p.persons_per_agent;
  const double rub_per_bn = 1e9 / per_agent;  // simulated RUB per bn RUB of the whole economy

  // Sector calibration: workers from the employment data, real GDP weights from the 2019 table.
  std::array<double, kSectors> monthly_output{}, workers{};
  for (std::size_t s = 0; s < kSectors; ++s) {
    workers[s] =
        kEmployment2021K[s] > 0 ? std::max(1.0, std::round(kEmployment2021K[s] * 1000.0 / per_agent)) : 0.0;
    const std::size_t c = table_column(static_cast<Sector>(s));
    gva_share_[s] = kSut2019.gva_rub_bn[c] / kSut2019.output_rub_bn[c];
  }
  household_basket_ = shares(kSut2019.household_consumption_rub_bn);
  cpi_basket_ = p.cpi_at_purchasers_prices ? shares(kCpiBasket2019RubBn) : household_basket_;
  government_basket_ = shares(kSut2019.government_consumption_rub_bn);
  investment_basket_ = shares(kSut2019.gfcf_rub_bn);
  auto exports = kSut2019.exports_rub_bn;
  exports[index(Sector::OilGas)] = 0;  // from the oil trade
  export_basket_ = shares(exports);
  base_energy_export_real_ = first.energy_exports_usd_bn * first.usd_rub * rub_per_bn;
  monthly_output = start_output(p, start, first, workers);
  split_defence_staff(monthly_output, workers);
  for (std::size_t s = 0; s < kSectors; ++s) {
    productivity_[s] = monthly_output[s] / workers[s];
    tfp_[s] = 1.0;
    capital_productivity_[s] = 1.0;
    // Export parity: a sector sells at home partly at the world price, by its export share of output
    // (oil and gas excluded: its domestic prices are regulated and damped, and its exports are the oil
    // trade's).
    const bool priced_at_parity =
        s != index(Sector::OilGas) && (!p.export_parity_goods_only || can_be_shipped(static_cast<Sector>(s)));
    export_share_[s] = priced_at_parity ? kSut2019.exports_rub_bn[s] /
                                              kSut2019.output_rub_bn[table_column(static_cast<Sector>(s))]
                                        : 0.0;
  }
  world_price_before_ = first.world_price_level;

  // Households: employed by sector, unemployed, contract soldiers, pensioners.
  double employed = 0;
  for (double w : workers) employed += w;
  const double u = start.unemployment_pct / 100.0;
  const auto unemployed = static_cast<std::size_t>(std::round(employed * u / (1.0 - u)));
  const auto soldiers =
      static_cast<std::size_t>(std::round(p.initial_contract_soldiers_k * 1000.0 / per_agent));
  const auto retired = static_cast<std::size_t>(std::round(p.pensioners_m * 1e6 / per_agent));
  const std::size_t n = static_cast<std::size_t>(employed) + unemployed + soldiers + retired;
  hh_.resize(n);
  searchers_.reserve(n);

  // Firms: firms_per_sector in each sector, workers split evenly.
  const std::size_t per_sector = static_cast<std::size_t>(std::max(1, p.firms_per_sector));
  firms_.resize(per_sector * kSectors);
  open_firms_.reserve(firms_.size());
  firm_weight_.resize(firms_.size());
  firm_shed_.resize(firms_.size());
  firm_quits_.resize(firms_.size());
  firm_hours_.assign(firms_.size(), 1.0);
  firm_pay_factor_.assign(firms_.size(), 1.0);
  parts_stock_.resize(firms_.size());
  parts_drained_.resize(firms_.size());
  parts_output_share_.assign(firms_.size(), 1.0);
  turnover_.resize(firms_.size());
  firm_credit_.resize(firms_.size());
  investment_orders_.resize(firms_.size(), static_cast<std::size_t>(p.investment_time_to_build_months));
  firm_labour_cost_gap_log_.assign(firms_.size(), 0.0);
  firm_last_unit_labour_cost_.assign(firms_.size(), 0.0);
  const int year = start.month.year();
  // Prices that have been rising at the start's inflation lag their targets (price_setting.hpp; less as
  // they are indexed to it, which regulated prices are not): the first month's targets stand that far
  // above its prices of 1.
  const double start_inflation_per_month = std::pow(1.0 + start.cpi_yoy_pct / 100.0, 1.0 / 12.0) - 1.0;
  const double lag_share = std::clamp(p.start_price_lag_share, 0.0, 1.0);
  std::array<double, kSectors> start_lag{};
  for (std::size_t s = 0; s < kSectors; ++s) {
    const double indexation = has_regulated_price(static_cast<Sector>(s)) ? 0.0 : p.price_indexation_share;
    const double index_factor = price_indexation_factor(start.cpi_yoy_pct, indexation);
    const double steady =
        steady_target_over_price(start_inflation_per_month, p.price_adjustment, index_factor - 1.0);
    // The gap a firm sees before it moves, on that path: this month's target over last month's price indexed.
    steady_price_gap_log_[s] = std::log(steady * (1.0 + start_inflation_per_month) / index_factor);
    start_lag[s] = 1.0 + lag_share * (steady - 1.0);
  }
  std::size_t row = 0;
  double capital_total = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    first_firm_[s] = static_cast<std::int32_t>(s * per_sector);
    firm_count_[s] = static_cast<std::int32_t>(per_sector);
    const auto staff = static_cast<std::size_t>(workers[s]);
    for (std::size_t k = 0; k < per_sector; ++k) {
      const std::size_t f = s * per_sector + k;
      const std::size_t own = staff / per_sector + (k < staff % per_sector ? 1 : 0);
      firms_.sector[f] = static_cast<Sector>(s);
      firms_.employees[f] = static_cast<std::int32_t>(own);
      firms_.wage_rub[f] = kWage2021Rub[s];
      firms_.price[f] = 1.0;
      const double y = productivity_[s] * static_cast<double>(own);
      firms_.output[f] = y;
      firms_.expected_demand[f] = y;
      firms_.lasting_demand[f] = y;
      firms_.demand[f] = y;
      // A firm whose product cannot be stocked starts without a stock (services_not_stored).
      firms_.inventory[f] = stockless(p, f) ? 0.0 : p.inventory_target_months * y;
      firms_.capital[f] = 12.0 * p.capital_output_years * y / p.target_utilisation;
      capital_total += firms_.capital[f];
      firms_.deposits_rub[f] = p.firm_deposit_months * firms_.wage_rub[f] * static_cast<double>(own) *
                               (1.0 + p.social_contribution_pct / 100.0);
      // Mark-up: the price is 1 at the start costs (wages with contributions, domestic and imported
      // inputs, other taxes on sales); at least 2%.
      double inputs = kSut2019.imported_inputs_per_output[s];
      for (std::size_t r = 0; r < kSectors; ++r) inputs += kSut2019.a_domestic[r][s];
      const double unit_cost =
          kWage2021Rub[s] * (1.0 + p.social_contribution_pct / 100.0) / productivity_[s] + inputs +
          p.other_taxes_pct_of_sales / 100.0;
      firms_.markup[f] = std::max(0.02, start_lag[s] / unit_cost - 1.0);
      normal_markup_[s] = firms_.markup[f];
      for (std::size_t h = 0; h < own; ++h, ++row) {
        hh_.status[row] = employee_status(static_cast<Sector>(s));
        hh_.employer[row] = static_cast<std::int32_t>(f);
        hh_.wage_rub[row] = firms_.wage_rub[f];
      }
    }
  }
  for (std::size_t k = 0; k < unemployed; ++k, ++row) {
    hh_.status[row] = Status::Unemployed;
    hh_.wage_rub[row] = p.unemployment_benefit_rub_per_month;
  }
  for (std::size_t k = 0; k < soldiers; ++k, ++row) {
    hh_.status[row] = Status::Soldier;
    hh_.wage_rub[row] = p.military_pay_rub_per_month.at(year);
  }
  for (std::size_t k = 0; k < retired; ++k, ++row) {
    hh_.status[row] = Status::Retired;
    hh_.wage_rub[row] = p.pension_rub_per_month.at(year);
  }
  soldiers_ = static_cast<double>(soldiers);
  // Matching efficiency from stationary flows at the start: the unemployed and this month's separated
  // meet an offer often enough that hires replace separations at the start's unemployment, with the
  // replacement vacancies (separation_share x employees) and all searchers (docs/ECONOMY.md). It sets how
  // fast vacancies fill, not the level of unemployment: firms staff to their plans' need, so a steady
  // economy keeps its start's unemployment at any efficiency (docs/ECONOMY.md, "Session 35").
  {
    const double sep = p.separation_share * employed;
    const double searchers = static_cast<double>(unemployed) + sep + p.job_search_share * employed;
    const double meet = sep / std::max(1.0, static_cast<double>(unemployed) + sep);
    matching_efficiency_ = sep > 0 ? meet / std::sqrt(sep / searchers) : 1.0;
  }

  // Deposits across households: log-normal weights scaled to the total; eligibility for contracts.
  double weight_sum = 0;
  for (std::size_t h = 0; h < n; ++h) {
    hh_.deposits_rub[h] = std::exp(kDepositSpreadLognormal * rng_.normal());
    weight_sum += hh_.deposits_rub[h];
    hh_.army_eligible[h] = hh_.status[h] == Status::Soldier ||
                           (hh_.status[h] != Status::Retired && rng_.uniform() < p.army_eligible_share);
  }
  const double hh_deposits = p.initial_household_deposits_rub_bn * rub_per_bn;
  for (double& d : hh_.deposits_rub) d *= hh_deposits / weight_sum;

  // Household credit by earnings (wage, pay or pension; mortgages to those of working age).
  {
    std::vector<double> earnings(n, 0.0), working(n, 0.0);
    for (std::size_t h = 0; h < n; ++h) {
      const bool pensioner = hh_.status[h] == Status::Retired;
      earnings[h] = hh_.status[h] == Status::Unemployed ? 0.0 : hh_.wage_rub[h];
      working[h] = pensioner ? 0.0 : earnings[h];
    }
    const double real_wage_growth_pct =
        ((1.0 + start.wage_yoy_pct / 100.0) / (1.0 + start.cpi_yoy_pct / 100.0) - 1.0) * 100.0;
    credit_.start(p.credit, start.key_rate_pct, start.cpi_yoy_pct, real_wage_growth_pct, rub_per_bn, earnings,
                  working);
  }
  deposits_.start(p.deposits, start.key_rate_pct);
  // Loans in proportion to capital; the bank's sheet closes with reserves (negative: refinancing).
  const double loans = p.initial_firm_loans_rub_bn * rub_per_bn;
  for (std::size_t f = 0; f < firms_.size(); ++f)
    firms_.loans_rub[f] = loans * firms_.capital[f] / capital_total;
  // Dividends due in the first month: the firms' start margins less wear, interest and profit tax.
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const double y = firms_.output[f];
    // The margin realised at the start's prices of 1 (the mark-up less the lag behind the target).
    const double margin = y * (1.0 - start_lag[index(firms_.sector[f])] / (1.0 + firms_.markup[f]));
    const double profit = margin - p.depreciation_pct_per_year / 1200.0 * firms_.capital[f] -
                          firms_.loans_rub[f] * (start.key_rate_pct + p.loan_spread_pct) / 1200.0;
    firms_.dividend_due_rub[f] = (1.0 - p.profit_tax_pct.at(year) / 100.0) * std::max(0.0, profit);
    // On real profit (dividends_on_real_profit) the start's dividend carries the start's inflation's
    // erosion of the firm's net debt too, so that it starts at its aim.
    if (p.dividends_on_real_profit)
      firms_.dividend_due_rub[f] =
          std::max(0.0, firms_.dividend_due_rub[f] + net_debt_erosion_per_month(start.cpi_yoy_pct) *
                                                         (firms_.loans_rub[f] - firms_.deposits_rub[f]));
    firms_.dividend_rub[f] = firms_.dividend_due_rub[f];
  }
  // Firms hold the dividends due on top of their buffer (paid out of deposits in the first month).
  for (std::size_t f = 0; f < firms_.size(); ++f) firms_.deposits_rub[f] += firms_.dividend_due_rub[f];
  // Resident households and the federal budget receive what the data say they received then.
  const double dividends_due = sum_of(firms_.dividend_due_rub);
  const auto share_of_dividends = [&](double rub_bn_per_year) {
    return dividends_due > 0 ? std::min(1.0, rub_bn_per_year * rub_per_bn / 12.0 / dividends_due) : 0.0;
  };
  household_dividend_share_ =
      dividends_due > 0 ? share_of_dividends(p.household_dividends_start_rub_bn_per_year) : 1.0;
  state_dividend_share_ =
      std::min(1.0 - household_dividend_share_, share_of_dividends(p.state_dividends_start_rub_bn_per_year));
  // Owners abroad: what the balance of payments says they got, or (unset) all the rest.
  const double not_resident_households_or_state = 1.0 - household_dividend_share_ - state_dividend_share_;
  abroad_dividend_share_ = p.dividends_abroad_start_rub_bn_per_year > 0
                               ? std::min(not_resident_households_or_state,
                                          share_of_dividends(p.dividends_abroad_start_rub_bn_per_year))
                               : not_resident_households_or_state;
  bank_.deposits_rub = sum_of(hh_.deposits_rub) + sum_of(firms_.deposits_rub);
  bank_.loans_rub = sum_of(firms_.loans_rub) + credit_.total_rub();
  // The bank holds its first dividend on top of its capital (paid out of equity in the first month).
  bank_.equity_rub =
      p.bank_capital_ratio * bank_.loans_rub + bank_dividend_start_rub_ + bank_services_due_rub_;
  bank_.dividend_due_rub = bank_dividend_start_rub_;
  bank_.reserves_rub = bank_.deposits_rub + bank_.equity_rub - bank_.loans_rub;
  cb_.foreign_assets_rub = bank_.reserves_rub;

  // Measurement bases.
  for (std::size_t s = 0; s < kSectors; ++s) {
    sector_output_[s] = monthly_output[s];
    sector_price_[s] = 1.0;
    sector_fill_[s] = 1.0;
  }
  energy_export_real_ = base_energy_export_real_;
  base_real_gdp_ = gva_share_[index(Sector::OilGas)] * energy_export_real_;
  for (std::size_t s = 0; s < kSectors; ++s) base_real_gdp_ += gva_share_[s] * monthly_output[s];
  base_cpi_basket_ = 1.0;
  expected_inflation_pct_ = start.cpi_yoy_pct;
  cpi_ = backfill(start.price_level, start.cpi_yoy_pct);
  underlying_cpi_ = cpi_;
  real_gdp_ = backfill(start.real_gdp_index, start.gdp_yoy_pct);
  wage_ = backfill(1.0, start.wage_yoy_pct);
  usd_rub_start_ = start.usd_rub;
  start_ = start;
  decembers_ = DecemberPrices(first.month.year(), kDecemberYears, start.price_level);
  read_.price_level = start.price_level;
  read_.real_gdp_index = start.real_gdp_index;
  read_.unemployment_pct = start.unemployment_pct;
  read_.unemployed_k = static_cast<double>(unemployed) * per_agent / 1000.0;
  read_.cpi_yoy_pct = start.cpi_yoy_pct;
  read_.cpi_momentum_pct = start.cpi_yoy_pct;
  read_.gdp_yoy_pct = start.gdp_yoy_pct;
  read_.nominal_gdp_rub_bn_per_year = start.gdp_rub_bn_per_year;
  worth_before_ = net_financial_worth_rub();
}

// The defence industry's staff at the start: machinery's workers (the employment data's MACH holds both) are
// shared by the two sectors' start output, so that both produce at machinery's output per worker; at least
// one worker each.

void AgentEconomy::split_defence_staff(const std::array<double, kSectors>& output,
                                       std::array<double, kSectors>& workers) {
  const std::size_t mach = index(Sector::Mach), def = index(Sector::Def);
  const double machinery = workers[mach] + workers[def];
  const double share = output[def] / (output[def] + output[mach]);
  workers[def] = std::max(1.0, std::round(machinery * share));
  workers[mach] = std::max(1.0, machinery - workers[def]);
}

// Output by sector at the start such that the first month's demand buys it: final demand from the
// households' income (wages of the employment data, pensions, transfers, dividends), the state's
// purchases, replacement investment and exports, through the Leontief inverse (I - A_d)^-1; a few
// rounds, since income depends on output through profits.

std::array<double, kSectors> AgentEconomy::start_output(const AgentEconomyParams& p,
                                                        const EconomyStart& start,
                                                        const EconomyMonthInputs& first,
                                                        const std::array<double, kSectors>& workers) {
  const double rub_per_bn = 1e9 / p.persons_per_agent;
  const int year = start.month.year();
  const double sc = p.social_contribution_pct / 100.0;
  const double vat = first.vat_rate_pct / 100.0;
  const double household_vat = household_vat_rate(first.vat_rate_pct, p.household_vat);
  double wage_bill = 0, employed = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    wage_bill += workers[s] * kWage2021Rub[s];
    employed += workers[s];
  }
  const double u = start.unemployment_pct / 100.0;
  const double unemployed = employed * u / (1.0 - u);
  const double soldiers = p.initial_contract_soldiers_k * 1000.0 / p.persons_per_agent;
  const double retired = p.pensioners_m * 1e6 / p.persons_per_agent;
  const double soldier_pay = soldiers * p.military_pay_rub_per_month.at(year);
  const double pensions =
      retired * p.pension_rub_per_month.at(year) + unemployed * p.unemployment_benefit_rub_per_month;
  const double pit = 0.13 * wage_bill;
  const double deposits = p.initial_household_deposits_rub_bn * rub_per_bn;
  // Households' deposits at the start's mix of term deposits and demand accounts (deposit_kinds).
  const double deposit_rate = p.deposits.deposit_kinds
                                  ? HouseholdDeposits::start_rate_pct(p.deposits, start.key_rate_pct) / 1200.0
                                  : std::max(0.0, start.key_rate_pct + p.deposit_spread_pct) / 1200.0;
  const double defence_orders = std::max(0.0, first.defence_rub_bn * rub_per_bn - soldier_pay);
  const double federal = (first.security_rub_bn + first.other_rub_bn) * rub_per_bn;
  // The VAT in the state's purchases of goods (state_purchases_pay_vat), which the sellers do not keep.
  const double state_vat = p.state_purchases_pay_vat ? vat_in_price(vat) : 0.0;
  const double saving = p.household_saving_start_rub_bn_per_year * rub_per_bn / 12.0;  // a month
  // The COVID slump is January 2021's: a run that starts in another month starts without it.
  covid_ = p.covid;
  covid_.enabled = p.covid.enabled && start.month.index == YearMonth::from(2021, 1).index;
  const double covid_excess = covid_.enabled ? covid_.excess_saving_rub_bn * rub_per_bn : 0.0;
  covid_saving_.excess_rub = covid_excess;
  // Households' purchases of cash and securities at the start (other_financial_assets), a month: saved,
  // not spent, so that the start's spending out of deposits leaves both the deposit flow and these.
  const double other_assets =
      p.saving.other_financial_assets ? p.saving.other_assets_start_rub_bn_per_year * rub_per_bn / 12.0 : 0.0;
  other_assets_.share_per_month = deposits > 0 ? other_assets / deposits : 0.0;
  // Household credit at the start: debt service, new loans spent, homes resold, and the bank's
  // interest and subsidy paid back to households as its dividends (less the capital new loans need).
  const auto credit = HouseholdCredit::start_flows(p.credit, start.key_rate_pct, rub_per_bn);
  const double bank_credit_dividend =
      credit.interest + credit.subsidy -
      p.bank_capital_ratio * (credit.consumer_new + credit.mortgage_new + credit.interest - credit.service);
  // The bank's own dividend at the start: interest on the firms' loans and on federal debt, less the
  // households' deposit interest, with household credit's part above (the firms' small deposits are
  // left out). Households receive it in the first month as in every later one.
  const double firm_loan_interest = p.initial_firm_loans_rub_bn * rub_per_bn *
                                    std::max(0.0, start.key_rate_pct + p.loan_spread_pct) / 1200.0;
  bank_dividend_start_rub_ = std::max(0.0, firm_loan_interest + first.interest_rub_bn * rub_per_bn +
                                               bank_credit_dividend - deposits * deposit_rate);
  // With its profit and loss (bank_pnl): its operating income less its operating costs (bought from the
  // services firms in the first month), the payout share of the rest; households get their part.
  if (p.bank_pnl) {
    const double income = std::max(0.0, firm_loan_interest + first.interest_rub_bn * rub_per_bn +
                                            credit.interest + credit.subsidy - deposits * deposit_rate);
    bank_services_due_rub_ = p.bank_cost_to_income_share * income;
    bank_dividend_start_rub_ = p.bank_payout_share * (income - bank_services_due_rub_);
  }
  // Moved to the first month's own bank dividend (start_bank_dividend_from_first_month; 0 otherwise).
  bank_dividend_start_rub_ = std::max(0.0, bank_dividend_start_rub_ + bank_dividend_gap_rub_);
  const double households_share =
      p.bank_pnl ? std::max(0.0, 1.0 - p.bank_dividend_state_share - p.bank_dividend_abroad_share) : 1.0;
  const double bank_dividend_to_households_start = households_share * bank_dividend_start_rub_;
  real_deposit_rate_start_pct_ = start.key_rate_pct + p.deposit_spread_pct - start.cpi_yoy_pct;
  real_loan_rate_start_pct_ = start.key_rate_pct + p.loan_spread_pct - start.cpi_yoy_pct;
  real_defence_loan_rate_start_pct_ =
      start.key_rate_pct + p.defence_loan_spread_pct.at(year) - start.cpi_yoy_pct;
  const double replacement =
      p.depreciation_pct_per_year / 1200.0 * 12.0 * p.capital_output_years / p.target_utilisation;
  SectorVector x;
  for (std::size_t s = 0; s < kSectors; ++s)
    x(static_cast<Eigen::Index>(s)) = workers[s] * kWage2021Rub[s] * 4.0;  // a first guess
  for (int round = 0; round < 30; ++round) {
    double profit = 0, investment = 0;
    for (std::size_t s = 0; s < kSectors; ++s) {
      const double xs = x(static_cast<Eigen::Index>(s));
      double inputs = kSut2019.imported_inputs_per_output[s] + p.other_taxes_pct_of_sales / 100.0;
      for (std::size_t q = 0; q < kSectors; ++q) inputs += kSut2019.a_domestic[q][s];
      profit += xs * (1.0 - inputs) - workers[s] * kWage2021Rub[s] * (1.0 + sc) - replacement * xs;
      investment += replacement * xs;
    }
    // The oil and gas firms' export margin: revenue less the oil and gas taxes and the inputs bought for it.
    double export_inputs = kSut2019.imported_inputs_per_output[index(Sector::OilGas)];
    for (std::size_t q = 0; q < kSectors; ++q) export_inputs += kSut2019.a_domestic[q][index(Sector::OilGas)];
    profit += base_energy_export_real_ * (1.0 - export_inputs) - first.oil_gas_taxes_rub_bn * rub_per_bn;
    profit -= firm_loan_interest;
    profit += bank_services_due_rub_;  // the services firms' sales to the bank (bank_pnl)
    const double profit_tax = p.profit_tax_pct.at(year) / 100.0 * std::max(0.0, profit);
    profit_tax_regional_rub_ = profit_tax * (1.0 - p.profit_tax_federal_share.at(year));
    const double regional = std::max(
        0.0, sc * wage_bill + (1.0 - p.pit_federal_share) * pit + profit_tax_regional_rub_ - pensions);
    double dividends = std::max(0.0, profit) - profit_tax;  // no net investment at the start
    // On real profit (dividends_on_real_profit): with the start's inflation's erosion of the firms' net
    // debt, their loans less their deposit buffer (as the firms' own start dividends below).
    if (p.dividends_on_real_profit)
      dividends = std::max(0.0, dividends + net_debt_erosion_per_month(start.cpi_yoy_pct) *
                                                (p.initial_firm_loans_rub_bn * rub_per_bn -
                                                 p.firm_deposit_months * wage_bill * (1.0 + sc)));
    const double household_dividends =
        std::min(dividends, p.household_dividends_start_rub_bn_per_year * rub_per_bn / 12.0);
    const double income = wage_bill - pit + soldier_pay + pensions + first.social_rub_bn * rub_per_bn +
                          household_dividends + deposits * deposit_rate + bank_dividend_to_households_start;
    // Households save the data's deposit flow at the start; spending out of deposits is derived from
    // it (so that C = c_y (Y - I - debt service) + m I + w D + new consumer credit leaves exactly that
    // saving; I: deposit interest, m: interest_consumption_share).
    const double disposable = income - credit.service;
    // Net of VAT and of the excises inside the price (household_excises), and of what is spent abroad
    // (household_purchases_abroad: no VAT or excise on it, no domestic output for it).
    const double excise = p.household_excises ? p.household_excise_pct_of_spending / 100.0 : 0.0;
    // In the COVID slump (covid_start) the start saves what leaves the data's 2021 saving over the year once
    // the excess of 2020 is spent and the restricted services are not bought.
    const double gross_at_data_saving =
        disposable + credit.resales + credit.consumer_new - saving - other_assets;
    const double start_saving = covid_normal_saving_rub(covid_, saving, gross_at_data_saving,
                                                        household_basket_[index(Sector::Serv)], covid_excess);
    const double gross = gross_at_data_saving - (start_saving - saving);
    const double at_home =
        gross - (p.household_purchases_abroad
                     ? purchases_abroad_rub(gross, p.household_purchases_abroad_pct_of_spending.at(year))
                     : 0.0);
    const double spend = at_home * (1.0 / (1.0 + household_vat) - excise);
    // (1 - c_y) (Y - I) + (1 - m) I written as (1 - c_y) Y + (c_y - m) I (the old sum when m = c_y).
    const double interest = deposits * deposit_rate;
    wealth_spend_start_ =
        std::max(0.0, ((1.0 - p.consumption_out_of_income) * disposable +
                       (p.consumption_out_of_income - p.interest_consumption_share) * interest +
                       credit.resales - start_saving - other_assets) /
                          deposits);
    SectorVector f;
    for (std::size_t s = 0; s < kSectors; ++s) {
      const bool taxed = taxed_when_the_state_buys(static_cast<Sector>(s));
      f(static_cast<Eigen::Index>(s)) =
          spend * household_basket_[s] * (1.0 - kSut2019.household_import_share[s]) +
          (federal + regional) * government_basket_[s] * (taxed ? 1.0 - state_vat : 1.0) +
          investment * investment_basket_[s] * (1.0 - kSut2019.gfcf_import_share[s]) +
          first.non_energy_exports_usd_bn / first.non_energy_export_price_index * first.usd_rub * rub_per_bn *
              export_basket_[s] +
          kSut2019.a_domestic[s][index(Sector::OilGas)] * base_energy_export_real_;
    }
    f(static_cast<Eigen::Index>(index(Sector::Def))) += defence_orders * (1.0 - state_vat);
    f(static_cast<Eigen::Index>(index(Sector::Cons))) += credit.new_housing;
    x = io_.leontief_output(f);
  }
  std::array<double, kSectors> out{};
  for (std::size_t s = 0; s < kSectors; ++s) out[s] = std::max(x(static_cast<Eigen::Index>(s)), 1e-9);
  return out;
}

AgentEconomy::MonthRates AgentEconomy::rates(const AgentEconomyParams& p,
                                             const EconomyMonthInputs& in) const {
  MonthRates r;
  r.year = in.month.year();
  r.yyyymm = in.month.yyyymm();
  r.key_rate_pct = in.key_rate_pct;
  r.scale = 1.0 / scale_bn_;
  r.deposit_rate = std::max(0.0, in.key_rate_pct + p.deposit_spread_pct) / 1200.0;
  r.household_deposit_rate =
      p.deposits.deposit_kinds ? deposits_.month(p.deposits, in.key_rate_pct).rate() : r.deposit_rate;
  r.lending_key_rate_pct = deposits_.lending_key_rate_pct(p.deposits, in.key_rate_pct);
  r.firm_deposit_rate = p.deposits.firm_deposits_by_kind
                            ? firm_deposit_rate_pct(p.deposits, in.key_rate_pct) / 1200.0
                            : r.deposit_rate;
  r.loan_rate = std::max(0.0, in.key_rate_pct + p.loan_spread_pct) / 1200.0;
  r.defence_loan_rate = std::max(0.0, in.key_rate_pct + p.defence_loan_spread_pct.at(r.year)) / 1200.0;
  r.real_loan_rate_pct = in.key_rate_pct + p.loan_spread_pct - expected_inflation_pct_;
  r.real_defence_loan_rate_pct =
      in.key_rate_pct + p.defence_loan_spread_pct.at(r.year) - expected_inflation_pct_;
  // The sanctions wedge holds from the invasion on (the month's share of days after it), whole for as
  // long as the sanctions stand: it does not fade with the war's demand shock. Its year path carries
  // the parallel imports' lower cost (0.15 in 2022, 0.12 from 2024).
  const double wedge = in.invasion_share * p.import_cost_wedge.at(r.year);
  // Importers reprice at once when the parity rises and cut prices gradually when it falls.
  r.import_parity = in.usd_rub / usd_rub_start_ * in.world_price_level * goods_relative_ * (1.0 + wedge);
  r.import_price = sticky_import_price(import_price_, r.import_parity,
                                       import_price_down_speed(p.import_price_fall_share_per_quarter, 3.0));
  r.export_volume_usd_rub = export_volume_rate(export_volume_usd_rub_, in.usd_rub,
                                               switching_speed_per_month(p.export_volume_share_per_quarter));
  r.vat = in.vat_rate_pct / 100.0;
  r.household_vat = household_vat_rate(in.vat_rate_pct, p.household_vat);
  const double real_deposit_pct = in.key_rate_pct + p.deposit_spread_pct - expected_inflation_pct_;
  r.wealth_spend =
      std::max(0.0, wealth_spend_start_ - p.wealth_rate_sensitivity *
                                              (real_deposit_pct - real_deposit_rate_start_pct_) / 1200.0);
  r.consumption_out_of_income = consumption_share_of_income(p.saving, p.consumption_out_of_income,
                                                            real_deposit_pct - real_deposit_rate_start_pct_);
  r.other_assets_share =
      other_assets_.share_this_month(p.saving, real_deposit_pct - real_deposit_rate_start_pct_);
  double household_import_share = 0;
  for (std::size_t s = 0; s < kSectors; ++s)
    household_import_share += household_basket_[s] * import_shares_.household[s];
  r.war = war_demand(p, in.war_shock_weight, household_import_share);
  // The start in the COVID slump (covid_start): restricted services (the excess saving is spent in the
  // households' pass).
  if (covid_.enabled) {
    r.war.services_on_sale = covid_services_on_sale(covid_, month_index_);
    r.war.consumption_factor *=
        1.0 - covid_missing_share(r.war.services_on_sale, household_basket_[index(Sector::Serv)]);
  }
  r.profit_tax = p.profit_tax_pct.at(r.year) / 100.0;
  r.profit_federal_share = p.profit_tax_federal_share.at(r.year);
  r.progressive = p.pit_progressive.at(r.year) >= 0.5;
  r.social_contribution = p.social_contribution_pct / 100.0;
  r.pension = indexed_pay(p.pension_rub_per_month, r.year, p.pensions_indexed_after_path, decembers_);
  r.benefit = p.unemployment_benefit_rub_per_month;
  r.military_pay = p.military_pay_rub_per_month.at(r.year);
  r.bonus = p.signup_bonus_rub.at(r.year);
  const double households = static_cast<double>(static_cast<std::int64_t>(hh_.size()) - emigrated_);
  r.transfer_per_household = in.social_rub_bn * r.scale / households;
  if (p.state_purchases_at_public_pay) {
    // The budget's purchases buy public services at public pay: deflated by the public pay index they
    // buy the real volume the budget pays for; what that volume costs at the sectors' prices is spent
    // on goods, the rest is the public pay above the agents' own (paid out to households).
    double p_gov = 0;
    for (std::size_t s = 0; s < kSectors; ++s) p_gov += government_basket_[s] * sector_price_[s];
    const double public_pay = p.public_pay_follows_average_wage
                                  ? public_pay_index_by_ratio(wage_[12], wage_start_rub_)
                                  : p.public_pay_index.at(r.year);
    r.purchases_share = std::min(1.0, p_gov / public_pay);
    r.transfer_per_household +=
        (in.security_rub_bn + in.other_rub_bn) * r.scale * (1.0 - r.purchases_share) / households;
  }
  return r;
}

void AgentEconomy::advance_supply(const AgentEconomyParams& p, const EconomyMonthInputs& in) {
  const int year = in.month.year();
  productivity_trend_ *= std::pow(1.0 + p.productivity_growth_pct.at(year) / 100.0, 1.0 / 12.0);
  const double world_growth = world_price_before_ > 0 ? in.world_price_level / world_price_before_ : 1.0;
  food_relative_ *= std::pow(1.0 + p.world_food_price_growth_pct.at(year) / 100.0, 1.0 / 12.0) / world_growth;
  if (p.world_goods_prices)
    goods_relative_ *=
        std::pow(1.0 + p.world_goods_price_growth_pct.at(year) / 100.0, 1.0 / 12.0) / world_growth;
  if (p.world_export_prices)
    export_relative_ *=
        std::pow(1.0 + p.world_export_price_growth_pct.at(year) / 100.0, 1.0 / 12.0) / world_growth;
  world_price_before_ = in.world_price_level;
  wartime_capacity_factor_ = p.defence_wartime_capacity_factor.at(year);
  // The invasion cuts the productivity of labour and capital by the imported inputs that could not be
  // replaced at once, in proportion to each sector's imported-input intensity (2019 table). The trend is
  // labour-augmenting (Harrod-neutral): capital per unit of output stays, as in balanced growth.
  for (std::size_t s = 0; s < kSectors; ++s) {
    capital_productivity_[s] = war_supply_factor(p.war_import_cutoff_share,
                                                 kSut2019.imported_inputs_per_output[s], in.war_shock_weight);
    tfp_[s] = productivity_trend_ * capital_productivity_[s];
  }
}

double AgentEconomy::capacity(const AgentEconomyParams& p, std::size_t f) const {
  const Sector s = firms_.sector[f];
  // The defence industry's plant works more hours in war (defence_wartime_capacity_factor).
  const double hours = s == Sector::Def ? wartime_capacity_factor_ : 1.0;
  return hours * firms_.capital[f] * capital_productivity_[index(s)] / (12.0 * p.capital_output_years);
}

void AgentEconomy::step(const AgentEconomyParams& p, const EconomyMonthInputs& in) {
  ledger_.clear();
  flows_.clear();
  imports_rub_ = 0;
  bonuses_rub_ = 0;
  worth_before_ = net_financial_worth_rub();
  const double price_level_before = read_.price_level;
  advance_supply(p, in);
  // Buyers switch between imports and domestic goods on last month's prices.
  if (p.import_switching && import_price_ > 0)
    import_shares_.update(p.armington_elasticity, p.armington_inputs_elasticity,
                          switching_speed_per_month(p.armington_short_run_share_per_quarter), import_price_,
                          import_price_ * food_relative_ / goods_relative_, sector_price_);
  // Firms switch their inputs between imported and domestic suppliers on last month's landed import price.
  if (p.intermediate_import_switching && import_price_ > 0) {
    intermediate_imports_.update(p.intermediate_import_elasticity, p.intermediate_import_adjustment_per_month,
                                 import_price_ * (1.0 + input_customs_rate(p)), sector_price_);
    intermediate_imports_.apply_to(import_shares_);
  }
  // The excess saving spent this month (covid_start), with last month's unspent services added to it.
  if (covid_.enabled) covid_saving_.month(covid_, covid_unspent_rub_);
  const MonthRates r = rates(p, in);
  import_rise_log_ = import_price_ > 0 ? std::log(r.import_price / import_price_) : 0.0;
  import_price_ = r.import_price;
  export_volume_usd_rub_ = r.export_volume_usd_rub;
  plan_firms(p, r);
  population_events(p, r.year);
  army(p, r.year);
  labour_market(p, r.year);
  produce(p);
  household_pass(p, r);
  goods_market(p, in, r);
  firm_accounts(p, in, r);
  turn_over_firms(p, r.import_price);
  if (p.firm_credit.enabled) restructure_illiquid_firms();
  measure(p, in, r);
  if (in.month.month() == 12) decembers_.record(in.month.year(), read_.price_level);
  ++month_index_;
  require_finite_state(in.month, price_level_before);
#ifdef SANCSIM_INVARIANTS
  if (const std::string problem = check_balances(); !problem.empty())
    throw std::logic_error(fmt::format("{}: {}", in.month.str(), problem));
#endif
}

void AgentEconomy::households_step_only(const AgentEconomyParams& p, const EconomyMonthInputs& in) {
  ledger_.clear();
  bonuses_rub_ = 0;
  const MonthRates r = rates(p, in);
  import_price_ = r.import_price;
  export_volume_usd_rub_ = r.export_volume_usd_rub;
  population_events(p, r.year);
  army(p, r.year);
  household_pass(p, r);
}

void AgentEconomy::firms_step_only(const AgentEconomyParams& p, const EconomyMonthInputs& in) {
  ledger_.clear();
  imports_rub_ = 0;
  const MonthRates r = rates(p, in);
  import_price_ = r.import_price;
  export_volume_usd_rub_ = r.export_volume_usd_rub;
  plan_firms(p, r);
  produce(p);
  goods_market(p, in, r);
  firm_accounts(p, in, r);
}

std::array<double, kInsts> AgentEconomy::net_financial_worth_rub() const {
  std::array<double, kInsts> w{};
  const double hh = sum_of(hh_.deposits_rub) + owed_to_households_rub_;
  const double fd = sum_of(firms_.deposits_rub);
  const double fl = sum_of(firms_.loans_rub);
  const double hl = credit_.total_rub();
  // Households' cash is the central bank's liability, their securities the firms' (other_financial_assets).
  w[static_cast<std::size_t>(Inst::Households)] = hh - hl + other_assets_.total_rub();
  w[static_cast<std::size_t>(Inst::Firms)] = fd - fl - other_assets_.securities_rub;
  w[static_cast<std::size_t>(Inst::Bank)] = fl + hl + bank_.reserves_rub - hh - fd - type_c_deposits_rub_;
  w[static_cast<std::size_t>(Inst::CentralBank)] = cb_.foreign_assets_rub - bank_.reserves_rub -
                                                   gov_.federal_rub - gov_.regional_rub -
                                                   other_assets_.cash_rub;
  w[static_cast<std::size_t>(Inst::Government)] = gov_.federal_rub + gov_.regional_rub;
  w[static_cast<std::size_t>(Inst::RestOfWorld)] = type_c_deposits_rub_ - cb_.foreign_assets_rub;
  return w;
}

namespace {

// Hyperinflation's threshold: prices rising by half in a month (Cagan 1956, "The monetary dynamics of
// hyperinflation", in Friedman (ed.), Studies in the Quantity Theory of Money). The shipped scenarios'
// agents never see a month above 10% (history, status quo, peace, escalation, no sanctions; seeds 1-3).
constexpr double kRunawayMonthlyPriceRise = 0.5;

std::string runaway_message(YearMonth month, const char* series, const std::string& what) {
  return fmt::format(
      "{}: {} {}: the agent economy ran away (a wage-price or ruble spiral the parameters in force let "
      "compound; see docs/ECONOMY.md, 'Wages, prices and the nominal anchor'): look first at "
      "economy.wage_error_correction_per_year, economy.wage_tightness_per_year, economy.price_adjustment, "
      "economy.expectations_anchor and state.ruble.import_price_elasticity",
      month.str(), series, what);
}

}  // namespace

// The numerical guard of the agent economy (docs/RELIABILITY.md, "Numerical guards"): a runaway (a
// wage-price or ruble spiral that the parameters in force let compound) shows first in the price level,
// the average wage and the bank's books; the run stops there as a numerical guard, not as a broken
// identity, so that a sweep or a calibration records the point as failed and goes on.
void AgentEconomy::require_finite_state(YearMonth month, double price_level_before) const {
  const std::pair<const char*, double> values[] = {{"economy.price_level", read_.price_level},
                                                   {"economy.average_wage_rub", read_.average_wage_rub},
                                                   {"economy.bank_deposits_rub", bank_.deposits_rub},
                                                   {"economy.bank_loans_rub", bank_.loans_rub}};
  for (const auto& [series, value] : values)
    if (!std::isfinite(value)) [[unlikely]]
      throw NonFiniteSeries(month, series, value,
                            runaway_message(month, series, fmt::format("is {}", value)));
  if (price_level_before > 0 && read_.price_level > (1.0 + kRunawayMonthlyPriceRise) * price_level_before)
      [[unlikely]]
    throw NonFiniteSeries(
        month, "economy.price_level", read_.price_level,
        runaway_message(
            month, "economy.price_level",
            fmt::format("rose {:.0f}% in the month (hyperinflation: more than {:.0f}%, Cagan 1956)",
                        (read_.price_level / price_level_before - 1.0) * 100.0,
                        kRunawayMonthlyPriceRise * 100.0)));
}

std::string AgentEconomy::check_balances() const {
  const double hh = sum_of(hh_.deposits_rub) + owed_to_households_rub_;
  const double fd = sum_of(firms_.deposits_rub);
  const double hl = credit_.column_total_rub();
  const double fl = sum_of(firms_.loans_rub) + hl;
  // A column summed in order carries a rounding error of up to (rows x machine epsilon) of its total
  // (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., 4.2): 2.6e-8 at 1:1 (118 M
  // rows), so the relative tolerance grows with the rows summed.
  const double relative = 1e-9 + static_cast<double>(hh_.size()) * std::numeric_limits<double>::epsilon();
  if (!(std::abs(hl - credit_.total_rub()) <= relative * (1.0 + std::abs(fl))))
    return fmt::format("economy: household loans owed {} but their running total is {}", hl,
                       credit_.total_rub());
  const double scale = 1.0 + std::abs(bank_.deposits_rub) + std::abs(bank_.loans_rub) + ledger_.gross_rub;
  const double tol = relative * scale;
  if (!(std::abs(hh + fd + type_c_deposits_rub_ - bank_.deposits_rub) <= tol))
    return fmt::format("economy: deposits held {} but the bank owes {}", hh + fd + type_c_deposits_rub_,
                       bank_.deposits_rub);
  if (!(std::abs(fl - bank_.loans_rub) <= tol))
    return fmt::format("economy: loans owed {} but the bank holds {}", fl, bank_.loans_rub);
  const double bank_worth = bank_.loans_rub + bank_.reserves_rub - bank_.deposits_rub;
  if (!(std::abs(bank_worth - bank_.equity_rub) <= tol))
    return fmt::format("economy: bank assets less deposits {} but equity from its flows {}", bank_worth,
                       bank_.equity_rub);
  const double cb_liabilities =
      bank_.reserves_rub + gov_.federal_rub + gov_.regional_rub + other_assets_.cash_rub;
  if (!(std::abs(cb_.foreign_assets_rub - cb_liabilities) <= tol))
    return fmt::format("economy: central bank assets {} but liabilities {}", cb_.foreign_assets_rub,
                       cb_liabilities);
  const auto worth = net_financial_worth_rub();
  double total = 0, lending = 0;
  for (std::size_t i = 0; i < kInsts; ++i) {
    total += worth[i];
    lending += ledger_.net_lending_rub[i];
    const double change = worth[i] - worth_before_[i];
    if (!(std::abs(change - ledger_.net_lending_rub[i]) <= tol))
      return fmt::format("economy: sector {} net worth moved {} but its net lending was {}", i, change,
                         ledger_.net_lending_rub[i]);
  }
  if (!(std::abs(total) <= tol))
    return fmt::format("economy: financial assets exceed liabilities by {}", total);
  if (!(std::abs(lending) <= tol)) return fmt::format("economy: net lending sums to {}, not zero", lending);
  return {};
}

void AgentEconomy::hash(StateHasher& h) const {
  h.values(hh_.deposits_rub);
  h.values(hh_.wage_rub);
  h.values(hh_.employer);
  h.values(hh_.status);
  h.values(credit_.consumer_rub);
  h.values(credit_.mortgage_rub);
  h.values(turnover_.active);
  h.values(turnover_.loss_months);
  h.values(turnover_.behind_months);
  h.values(firms_.employees);
  h.values(firms_.wage_rub);
  h.values(firms_.price);
  h.values(firms_.capital);
  h.values(firms_.inventory);
  h.values(firms_.deposits_rub);
  h.values(firms_.loans_rub);
  h.values(firms_.dividend_rub);
  h.values(parts_stock_);
  h.values(parts_drained_);
  h.values(parts_output_share_);
  h.value(owed_to_households_rub_);
  if (type_c_deposits_rub_ != 0) h.value(type_c_deposits_rub_);          // only once any are blocked
  if (firm_credit_.tracked) h.values(firm_credit_.expected_ebitda_rub);  // firm_credit_limit only
  // The orders under way, only with time to build (investment_time_to_build_months).
  if (investment_orders_.enabled()) h.values(investment_orders_.due_real);
  if (lasting_real_loan_rate_pct_ != 0) h.value(lasting_real_loan_rate_pct_);  // its switch only
  h.value(lasting_real_defence_loan_rate_pct_);  // the defence industry's rate read and order book
  h.value(defence_backlog_rub_);
  // The deposit market's state and the households' other assets, only where their switches are on (so
  // that runs without them keep their hashes).
  if (deposits_.kinds) deposits_.hash(h);
  if (covid_.enabled) {  // covid_start only (runs without it keep their hashes)
    h.value(covid_saving_.excess_rub);
    h.value(covid_unspent_rub_);
  }
  if (leavers_share_ > 0) h.value(leavers_share_);         // quits_with_tightness only
  if (scarcity_cut_log_ != 0) h.value(scarcity_cut_log_);  // markup_labour_scarcity_follows_wages only
  if (other_assets_.total_rub() != 0) {
    h.value(other_assets_.cash_rub);
    h.value(other_assets_.securities_rub);
  }
  h.value(bank_.equity_rub);
  h.value(bank_.reserves_rub);
  h.value(cb_.foreign_assets_rub);
  h.value(gov_.federal_rub);
  h.value(gov_.regional_rub);
  h.value(expected_inflation_pct_);
  h.value(productivity_trend_);
  h.value(food_relative_);
  h.value(goods_relative_);
  h.value(export_relative_);
  h.value(import_price_);
  h.value(export_volume_usd_rub_);
  h.value(import_shares_.seen_household);
  h.value(import_shares_.seen_investment);
  h.value(import_shares_.seen_inputs);
  if (intermediate_imports_.start_relative_price[0] > 0) {  // intermediate_import_switching only
    h.value(intermediate_imports_.share);
    h.value(intermediate_imports_.start_relative_price);
  }
  h.value(chained_basket_);
  h.value(cpi_);
  h.value(underlying_cpi_);
  h.value(real_gdp_);
}

}  // namespace sancsim
