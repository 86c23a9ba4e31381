#include "sancsim/economy/agent_economy.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include <fmt/format.h>

#include "sancsim/economy/import_pricing.hpp"
#include "sancsim/economy/investment.hpp"
#include "sancsim/economy/war_demand.hpp"
#include "sancsim/economy/war_supply.hpp"

namespace sancsim {

namespace {

constexpr double kVatAtStart = 0.20;
constexpr double kDepositSpreadLognormal = 1.0;  // sigma of log deposits across households

// Personal income tax on an annual income (Tax Code art. 224): 13% and 15% above 5 M RUB to 2024; the
// five-bracket scale of Law 176-FZ from 2025 (russia_economy.md 6.1).
double pit_annual_rub(double income, bool progressive) {
  if (!progressive) return 0.13 * std::min(income, 5e6) + 0.15 * std::max(0.0, income - 5e6);
  struct Bracket {
    double up_to, rate;
  };
  static constexpr Bracket kScale[] = {{2.4e6, 0.13}, {5e6, 0.15}, {20e6, 0.18}, {50e6, 0.20}, {1e300, 0.22}};
  double tax = 0, lower = 0;
  for (const Bracket& b : kScale) {
    if (income <= lower) break;
    tax += b.rate * (std::min(income, b.up_to) - lower);
    lower = b.up_to;
  }
  return tax;
}

void push(std::array<double, 13>& h, double v) {
  std::copy(h.begin() + 1, h.end(), h.begin());
  h[12] = v;
}

std::array<double, 13> backfill(double now, double yoy_pct) {
  std::array<double, 13> h{};
  const double monthly = std::log1p(yoy_pct / 100.0) / 12.0;
  for (int k = 0; k <= 12; ++k) h[static_cast<std::size_t>(k)] = now * std::exp(-monthly * (12 - k));
  return h;
}

double yoy(const std::array<double, 13>& h) { return (h[12] / h[0] - 1.0) * 100.0; }

template <class T>
double sum_of(const std::vector<T>& v) {
  return std::accumulate(v.begin(), v.end(), 0.0);
}

std::array<double, kSectors> shares(const std::array<double, kSectors>& v) {
  double total = 0;
  for (double x : v) total += x;
  std::array<double, kSectors> out{};
  for (std::size_t s = 0; s < kSectors; ++s) out[s] = total > 0 ? v[s] / total : 0.0;
  return out;
}

bool is_employee(Status s) { return s == Status::Civilian || s == Status::Defence || s == Status::Public; }

Status employee_status(Sector s) {
  if (s == Sector::Mach) return Status::Defence;
  if (s == Sector::Pub) return Status::Public;
  return Status::Civilian;
}

}  // namespace

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

struct AgentEconomy::MonthRates {
  int year = 0;
  double key_rate_pct = 0;
  double deposit_rate = 0;  // monthly
  double loan_rate = 0;
  double defence_loan_rate = 0;
  double real_loan_rate_pct = 0;
  double import_price = 1;
  double vat = 0.2;
  double wealth_spend = 0;  // share of deposits spent this month
  WarDemand war;            // the invasion's demand shock on households (war_demand.hpp)
  double profit_tax = 0.2, profit_federal_share = 0.15;
  bool progressive = false;
  double social_contribution = 0.238;
  double pension = 0, benefit = 0, military_pay = 0, bonus = 0;
  double transfer_per_household = 0;
  double scale = 1;  // simulated RUB per bn RUB
};

AgentEconomy::AgentEconomy(const AgentEconomyParams& p, const EconomyStart& start,
                           const EconomyMonthInputs& first)
    : io_(IoTable::from_2019()),
      rng_(static_cast<std::uint64_t>(p.seed), 0, Stream::Economy, 0),
      turnover_rng_(static_cast<std::uint64_t>(p.seed), 0, Stream::Economy, 1),
      scale_bn_(p.persons_per_agent / 1e9) {
  const double per_agent = p.persons_per_agent;
  const double rub_per_bn = 1e9 / per_agent;  // simulated RUB per bn RUB of the whole economy

  // Sector calibration: workers from the employment data, real GDP weights from the 2019 table.
  std::array<double, kSectors> monthly_output{}, workers{};
  for (std::size_t s = 0; s < kSectors; ++s) {
    workers[s] = std::max(1.0, std::round(kEmployment2021K[s] * 1000.0 / per_agent));
    gva_share_[s] = kSut2019.gva_rub_bn[s] / kSut2019.output_rub_bn[s];
  }
  household_basket_ = shares(kSut2019.household_consumption_rub_bn);
  government_basket_ = shares(kSut2019.government_consumption_rub_bn);
  investment_basket_ = shares(kSut2019.gfcf_rub_bn);
  auto exports = kSut2019.exports_rub_bn;
  exports[index(Sector::OilGas)] = 0;  // from the oil trade
  export_basket_ = shares(exports);
  base_energy_export_real_ = first.energy_exports_usd_bn * first.usd_rub * rub_per_bn;
  monthly_output = start_output(p, start, first, workers);
  for (std::size_t s = 0; s < kSectors; ++s) {
    productivity_[s] = monthly_output[s] / workers[s];
    tfp_[s] = 1.0;
    capital_productivity_[s] = 1.0;
    // Export parity: a sector sells at home partly at the world price, by its export share of output
    // (oil and gas excluded: its domestic prices are regulated and damped, and its exports are the oil
    // trade's).
    export_share_[s] =
        s == index(Sector::OilGas) ? 0.0 : kSut2019.exports_rub_bn[s] / kSut2019.output_rub_bn[s];
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
  turnover_.resize(firms_.size());
  const int year = start.month.year();
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
      firms_.inventory[f] = p.inventory_target_months * y;
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
      firms_.markup[f] = std::max(0.02, 1.0 / unit_cost - 1.0);
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
  // replacement vacancies (separation_share x employees) and all searchers (docs/ECONOMY.md).
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
  // Loans in proportion to capital; the bank's sheet closes with reserves (negative: refinancing).
  const double loans = p.initial_firm_loans_rub_bn * rub_per_bn;
  for (std::size_t f = 0; f < firms_.size(); ++f)
    firms_.loans_rub[f] = loans * firms_.capital[f] / capital_total;
  // Dividends due in the first month: the firms' start margins less wear, interest and profit tax.
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const double y = firms_.output[f];
    const double margin = y * (1.0 - 1.0 / (1.0 + firms_.markup[f]));
    const double profit = margin - p.depreciation_pct_per_year / 1200.0 * firms_.capital[f] -
                          firms_.loans_rub[f] * (start.key_rate_pct + p.loan_spread_pct) / 1200.0;
    firms_.dividend_due_rub[f] = (1.0 - p.profit_tax_pct.at(year) / 100.0) * std::max(0.0, profit);
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
  bank_.deposits_rub = sum_of(hh_.deposits_rub) + sum_of(firms_.deposits_rub);
  bank_.loans_rub = sum_of(firms_.loans_rub) + credit_.total_rub();
  // The bank holds its first dividend on top of its capital (paid out of equity in the first month).
  bank_.equity_rub = p.bank_capital_ratio * bank_.loans_rub + bank_dividend_start_rub_;
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
  read_.price_level = start.price_level;
  read_.real_gdp_index = start.real_gdp_index;
  read_.unemployment_pct = start.unemployment_pct;
  read_.cpi_yoy_pct = start.cpi_yoy_pct;
  read_.cpi_momentum_pct = start.cpi_yoy_pct;
  read_.gdp_yoy_pct = start.gdp_yoy_pct;
  read_.nominal_gdp_rub_bn_per_year = start.gdp_rub_bn_per_year;
  worth_before_ = net_financial_worth_rub();
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
  const double deposit_rate = std::max(0.0, start.key_rate_pct + p.deposit_spread_pct) / 1200.0;
  const double defence_orders = std::max(0.0, first.defence_rub_bn * rub_per_bn - soldier_pay);
  const double federal = (first.security_rub_bn + first.other_rub_bn) * rub_per_bn;
  const double saving = p.household_saving_start_rub_bn_per_year * rub_per_bn / 12.0;  // a month
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
  real_deposit_rate_start_pct_ = start.key_rate_pct + p.deposit_spread_pct - start.cpi_yoy_pct;
  real_loan_rate_start_pct_ = start.key_rate_pct + p.loan_spread_pct - start.cpi_yoy_pct;
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
    const double profit_tax = p.profit_tax_pct.at(year) / 100.0 * std::max(0.0, profit);
    profit_tax_regional_rub_ = profit_tax * (1.0 - p.profit_tax_federal_share.at(year));
    const double regional = std::max(
        0.0, sc * wage_bill + (1.0 - p.pit_federal_share) * pit + profit_tax_regional_rub_ - pensions);
    const double dividends = std::max(0.0, profit) - profit_tax;  // no net investment at the start
    const double household_dividends =
        std::min(dividends, p.household_dividends_start_rub_bn_per_year * rub_per_bn / 12.0);
    const double income = wage_bill - pit + soldier_pay + pensions + first.social_rub_bn * rub_per_bn +
                          household_dividends + deposits * deposit_rate + bank_dividend_start_rub_;
    // Households save the data's deposit flow at the start; spending out of deposits is derived from
    // it (so that C = c_y (Y - debt service) + w D + new consumer credit leaves exactly that saving).
    const double disposable = income - credit.service;
    const double spend = (disposable + credit.resales + credit.consumer_new - saving) / (1.0 + vat);
    wealth_spend_start_ = std::max(
        0.0, ((1.0 - p.consumption_out_of_income) * disposable + credit.resales - saving) / deposits);
    SectorVector f;
    for (std::size_t s = 0; s < kSectors; ++s) {
      f(static_cast<Eigen::Index>(s)) =
          spend * household_basket_[s] * (1.0 - kSut2019.household_import_share[s]) +
          (federal + regional) * government_basket_[s] +
          investment * investment_basket_[s] * (1.0 - kSut2019.gfcf_import_share[s]) +
          first.non_energy_exports_usd_bn * first.usd_rub * rub_per_bn * export_basket_[s] +
          kSut2019.a_domestic[s][index(Sector::OilGas)] * base_energy_export_real_;
    }
    f(static_cast<Eigen::Index>(index(Sector::Mach))) += defence_orders;
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
  r.key_rate_pct = in.key_rate_pct;
  r.scale = 1.0 / scale_bn_;
  r.deposit_rate = std::max(0.0, in.key_rate_pct + p.deposit_spread_pct) / 1200.0;
  r.loan_rate = std::max(0.0, in.key_rate_pct + p.loan_spread_pct) / 1200.0;
  r.defence_loan_rate = std::max(0.0, in.key_rate_pct + p.defence_loan_spread_pct.at(r.year)) / 1200.0;
  r.real_loan_rate_pct = in.key_rate_pct + p.loan_spread_pct - expected_inflation_pct_;
  // The sanctions wedge holds from the invasion on (the month's share of days after it), whole for as
  // long as the sanctions stand: it does not fade with the war's demand shock. Its year path carries
  // the parallel imports' lower cost (0.15 in 2022, 0.12 from 2024).
  const double wedge = in.invasion_share * p.import_cost_wedge.at(r.year);
  // Importers reprice at once when the parity rises and cut prices gradually when it falls.
  r.import_price =
      sticky_import_price(import_price_, in.usd_rub / usd_rub_start_ * in.world_price_level * (1.0 + wedge),
                          import_price_down_speed(p.import_price_fall_share_per_quarter, 3.0));
  r.vat = in.vat_rate_pct / 100.0;
  const double real_deposit_pct = in.key_rate_pct + p.deposit_spread_pct - expected_inflation_pct_;
  r.wealth_spend =
      std::max(0.0, wealth_spend_start_ - p.wealth_rate_sensitivity *
                                              (real_deposit_pct - real_deposit_rate_start_pct_) / 1200.0);
  double household_import_share = 0;
  for (std::size_t s = 0; s < kSectors; ++s)
    household_import_share += household_basket_[s] * kSut2019.household_import_share[s];
  r.war = war_demand(p, in.war_shock_weight, household_import_share);
  r.profit_tax = p.profit_tax_pct.at(r.year) / 100.0;
  r.profit_federal_share = p.profit_tax_federal_share.at(r.year);
  r.progressive = p.pit_progressive.at(r.year) >= 0.5;
  r.social_contribution = p.social_contribution_pct / 100.0;
  r.pension = p.pension_rub_per_month.at(r.year);
  r.benefit = p.unemployment_benefit_rub_per_month;
  r.military_pay = p.military_pay_rub_per_month.at(r.year);
  r.bonus = p.signup_bonus_rub.at(r.year);
  r.transfer_per_household =
      in.social_rub_bn * r.scale / static_cast<double>(static_cast<std::int64_t>(hh_.size()) - emigrated_);
  return r;
}

double AgentEconomy::army_offer_rub(const AgentEconomyParams& p, int year) const {
  // Pay plus the sign-up bonus spread over a year's contract.
  return p.military_pay_rub_per_month.at(year) + p.signup_bonus_rub.at(year) / 12.0;
}

// Firms plan output from expected demand and inventories, post vacancies or mark workers to let go,
// and decide investment.
double AgentEconomy::investment_goods_price(double import_price) const {
  double p_inv = 0;
  for (std::size_t s = 0; s < kSectors; ++s)
    p_inv += investment_basket_[s] * ((1.0 - kSut2019.gfcf_import_share[s]) * sector_price_[s] +
                                      kSut2019.gfcf_import_share[s] * import_price);
  return p_inv;
}

void AgentEconomy::plan_firms(const AgentEconomyParams& p, const MonthRates& r) {
  const double lambda = p.demand_expectation_weight;
  // Investment goods' price and the real cost of credit (investment answers to the key rate).
  const double p_inv = investment_goods_price(r.import_price);
  const double lambda_k = p.investment_demand_weight;
  const double delta = p.depreciation_pct_per_year / 1200.0;
  // The old rule (off by default): the month's real loan rate cuts gross investment at once.
  const double credit =
      std::max(0.0, 1.0 - p.investment_rate_sensitivity * (r.real_loan_rate_pct - real_loan_rate_start_pct_));
  // The capital firms want answers to the user cost of capital (real loan rate plus depreciation)
  // against the start's, with a constant elasticity; investment closes the gap to it gradually.
  const double capital_cost_factor =
      user_cost_capital_factor(p.investment_user_cost_elasticity, p.depreciation_pct_per_year,
                               r.real_loan_rate_pct, real_loan_rate_start_pct_);
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const std::size_t s = index(firms_.sector[f]);
    double& expected = firms_.expected_demand[f];
    expected = (1.0 - lambda) * expected + lambda * firms_.demand[f];
    double plan = expected + 0.5 * (p.inventory_target_months * expected - firms_.inventory[f]);
    plan = std::clamp(plan, 0.0, capacity(p, f));
    // After the invasion the imported inputs on offer limit output (last month's lasting demand).
    if (p.war_imports_bind_output)
      plan = output_on_imported_inputs(plan, firms_.lasting_demand[f], capital_productivity_[s]);
    firms_.output[f] = plan;  // the plan; produce() caps it by the workers hired
    const auto need = static_cast<std::int32_t>(std::lround(plan / (productivity_[s] * tfp_[s])));
    const std::int32_t have = firms_.employees[f];
    // Vacancies: the gap to the need plus the separations the firm expects this month (replacement
    // hiring), so that churn alone does not leave it short.
    // (rounded at random, so that small firms replace churn on average too).
    const double churn = p.separation_share * have;
    const auto replace =
        static_cast<std::int32_t>(churn) + (rng_.uniform() < churn - std::floor(churn) ? 1 : 0);
    firms_.vacancies[f] = std::max(0, need + replace - have);
    firms_.hires[f] = 0;
    firm_quits_[f] = 0;
    // Labour is hoarded: a firm lets go a share of its excess staff a month (at most a twentieth).
    firm_shed_[f] =
        have > need ? std::min(0.05, p.labour_adjustment * static_cast<double>(have - need) / have) : 0.0;
    // Investment: replace wear and close part of the gap to the capital that lasting demand needs (a
    // slow expectation, so that a month's swing in sales does not swing investment: a slower accelerator).
    double& lasting = firms_.lasting_demand[f];
    lasting = (1.0 - lambda_k) * lasting + lambda_k * firms_.demand[f];
    const double wanted = capital_cost_factor * 12.0 * p.capital_output_years * lasting /
                          (p.target_utilisation * capital_productivity_[s]);
    const double adjust = turnover_.age_months[f] == 0 ? 1.0 : p.investment_adjustment;  // an entrant: all
    const double real = std::max(0.0, delta * firms_.capital[f] + adjust * (wanted - firms_.capital[f]));
    firms_.investment_rub[f] = credit * real * p_inv;
  }
}

// Soldiers' exits, separations and who searches this month: one draw per household.
void AgentEconomy::army(const AgentEconomyParams& p, int year) {
  const double target = p.contract_soldiers_target_k.at(year) * 1000.0 / p.persons_per_agent;
  const double exit_share = p.army_exit_share_per_month.at(year);
  const double excess =
      soldiers_ > target ? p.army_adjustment_per_month * (soldiers_ - target) / soldiers_ : 0.0;
  const double benefit = p.unemployment_benefit_rub_per_month;
  searchers_.clear();
  double exits = 0;
  const std::size_t n = hh_.size();
  for (std::size_t h = 0; h < n; ++h) {
    const Status st = hh_.status[h];
    if (st == Status::Retired || st == Status::Mobilised || st == Status::Emigrated) continue;
    const double u = rng_.uniform();
    if (st == Status::Soldier) {
      if (u < exit_share + excess) {  // contract ends (or demobilisation): back to the civilian labour market
        hh_.status[h] = Status::Unemployed;
        hh_.wage_rub[h] = benefit;
        exits += 1;
        searchers_.push_back(static_cast<std::int32_t>(h));
      }
      continue;
    }
    if (st == Status::Unemployed) {
      searchers_.push_back(static_cast<std::int32_t>(h));
      continue;
    }
    const auto f = static_cast<std::size_t>(hh_.employer[h]);
    if (u < firm_shed_[f] + p.separation_share) {
      --firms_.employees[f];
      hh_.status[h] = Status::Unemployed;
      hh_.employer[h] = -1;
      hh_.wage_rub[h] = benefit;
      searchers_.push_back(static_cast<std::int32_t>(h));
    } else if (u < firm_shed_[f] + p.separation_share + p.job_search_share) {
      searchers_.push_back(static_cast<std::int32_t>(h));
    }
  }
  soldiers_ -= exits;
  // Slots: replace this month's exits (not while demobilising) and close part of the gap to the target.
  army_slots_ = soldiers_ < target
                    ? (excess > 0 ? 0.0 : exits) + p.army_adjustment_per_month * (target - soldiers_)
                    : 0.0;
}

// Search and matching: searchers in a random order each see a few open vacancies (and the army's
// offer when eligible) and take the best if it beats their own wage by the switching premium.
void AgentEconomy::labour_market(const AgentEconomyParams& p, int year) {
  open_firms_.clear();
  for (std::size_t f = 0; f < firms_.size(); ++f)
    if (firms_.vacancies[f] > 0) open_firms_.push_back(static_cast<std::int32_t>(f));
  // Fisher-Yates with the economy's stream: the order of search is random but reproducible.
  for (std::size_t i = searchers_.size(); i > 1; --i) std::swap(searchers_[i - 1], searchers_[rng_.below(i)]);
  const double army_offer = army_offer_rub(p, year);
  const double military_pay = p.military_pay_rub_per_month.at(year);
  const double bonus = p.signup_bonus_rub.at(year);
  bonuses_rub_ = 0;
  // Matching: a searcher meets offers with a probability that rises with vacancies per searcher.
  double open = army_slots_;
  for (const std::int32_t f : open_firms_) open += firms_.vacancies[static_cast<std::size_t>(f)];
  const double meet =
      searchers_.empty()
          ? 0.0
          : std::min(1.0, matching_efficiency_ * std::sqrt(open / static_cast<double>(searchers_.size())));
  for (const std::int32_t hi : searchers_) {
    if (open_firms_.empty() && army_slots_ < 1.0) break;
    if (rng_.uniform() >= meet) continue;
    const auto h = static_cast<std::size_t>(hi);
    std::size_t best_slot = open_firms_.size();
    double best_wage = 0;
    for (int k = 0; k < p.vacancies_sampled && !open_firms_.empty(); ++k) {
      const auto slot = static_cast<std::size_t>(rng_.below(open_firms_.size()));
      const double w = firms_.wage_rub[static_cast<std::size_t>(open_firms_[slot])];
      if (w > best_wage) {
        best_wage = w;
        best_slot = slot;
      }
    }
    const bool employed = is_employee(hh_.status[h]);
    const double reservation = employed ? hh_.wage_rub[h] * (1.0 + p.switch_premium) : 0.0;
    const bool army =
        army_slots_ >= 1.0 && hh_.army_eligible[h] && army_offer > best_wage && army_offer > reservation;
    if (army) {
      if (employed) {
        --firms_.employees[static_cast<std::size_t>(hh_.employer[h])];
        ++firm_quits_[static_cast<std::size_t>(hh_.employer[h])];
      }
      hh_.status[h] = Status::Soldier;
      hh_.employer[h] = -1;
      hh_.wage_rub[h] = military_pay;
      hh_.deposits_rub[h] += bonus;  // paid by the federal budget (booked in household_pass)
      bonuses_rub_ += bonus;
      soldiers_ += 1;
      army_slots_ -= 1;
      continue;
    }
    if (best_slot == open_firms_.size() || best_wage <= reservation) continue;
    const auto f = static_cast<std::size_t>(open_firms_[best_slot]);
    if (employed) {
      --firms_.employees[static_cast<std::size_t>(hh_.employer[h])];
      ++firm_quits_[static_cast<std::size_t>(hh_.employer[h])];
    }
    hh_.status[h] = employee_status(firms_.sector[f]);
    hh_.employer[h] = static_cast<std::int32_t>(f);
    hh_.wage_rub[h] = firms_.wage_rub[f];
    ++firms_.employees[f];
    ++firms_.hires[f];
    if (--firms_.vacancies[f] == 0) {
      open_firms_[best_slot] = open_firms_.back();
      open_firms_.pop_back();
    }
  }
}

void AgentEconomy::produce(const AgentEconomyParams& p) {
  sector_output_.fill(0.0);
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const std::size_t s = index(firms_.sector[f]);
    const double y =
        std::min({firms_.output[f], productivity_[s] * tfp_[s] * firms_.employees[f], capacity(p, f)});
    firms_.output[f] = std::max(0.0, y);
    firms_.inventory[f] += firms_.output[f];
    sector_output_[s] += firms_.output[f];
  }
}

// Each household receives its income, pays its income tax and spends out of income and deposits.
void AgentEconomy::household_pass(const AgentEconomyParams& p, const MonthRates& r) {
  double wages = 0, pit = 0, soldier_pay = 0, pensions = 0, benefits = 0, interest = 0, dividends = 0,
         consumption = 0, unemployed = 0;
  const double deposits_now = sum_of(hh_.deposits_rub);
  const double firm_dividends = sum_of(firms_.dividend_due_rub);
  const double household_firm_dividends = household_dividend_share_ * firm_dividends;
  const double dividend_per_deposit =
      deposits_now > 0 ? (household_firm_dividends + bank_.dividend_due_rub) / deposits_now : 0.0;
  const double keep_income = p.consumption_out_of_income;
  const double owed_per_deposit = deposits_now > 0 ? owed_to_households_rub_ / deposits_now : 0.0;
  double owed_paid = 0;
  const double transfer = r.transfer_per_household;
  const std::size_t n = hh_.size();
  const double* firm_wage = firms_.wage_rub.data();
  HouseholdCredit::Sums credit_sums;
  const CreditMonth credit = credit_.rates(p.credit, r.key_rate_pct, expected_inflation_pct_);
  for (std::size_t h = 0; h < n; ++h) {
    const Status st = hh_.status[h];
    const double d = hh_.deposits_rub[h];
    double income = 0, earnings = 0;  // earnings: what lenders lend against (none to the unemployed)
    switch (st) {
      case Status::Civilian:
      case Status::Defence:
      case Status::Public: {
        const double w = firm_wage[hh_.employer[h]];
        hh_.wage_rub[h] = w;
        const double tax = pit_annual_rub(12.0 * w, r.progressive) / 12.0;
        wages += w;
        pit += tax;
        income = w - tax;
        earnings = w;
        break;
      }
      case Status::Emigrated:
        continue;            // abroad: no income, no spending here
      case Status::Soldier:  // military pay is exempt from income tax
      case Status::Mobilised:
        hh_.wage_rub[h] = r.military_pay;
        soldier_pay += r.military_pay;
        income = r.military_pay;
        earnings = income;
        break;
      case Status::Unemployed:
        hh_.wage_rub[h] = r.benefit;
        benefits += r.benefit;
        unemployed += 1;
        income = r.benefit;
        break;
      case Status::Retired:
        hh_.wage_rub[h] = r.pension;
        pensions += r.pension;
        income = r.pension;
        earnings = income;
        break;
    }
    const double earned = d * r.deposit_rate;
    const double paid_out = d * dividend_per_deposit;
    interest += earned;
    dividends += paid_out;
    income += transfer + earned + paid_out;
    // Debt service first; new loans are spent at once (consumer credit here, mortgages on housing).
    const auto loan = credit_.step(h, earnings, st != Status::Retired, d + income, credit, credit_sums);
    const double disposable = income - loan.service;
    const double c = std::clamp(r.war.consumption_factor * (keep_income * disposable + r.wealth_spend * d),
                                0.0, std::max(0.0, d + disposable));
    consumption += c + loan.consumer_new;
    owed_paid += d * owed_per_deposit;
    hh_.deposits_rub[h] = d + disposable - c + d * owed_per_deposit;
  }
  owed_to_households_rub_ -= owed_paid;
  credit_.finish_month(credit, credit_sums);
  book_household_credit(p, r.key_rate_pct, credit);
  const double transfers = transfer * static_cast<double>(static_cast<std::int64_t>(n) - emigrated_);

  // The other side of each flow.
  double wage_bill = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const double bill = firms_.wage_rub[f] * firms_.employees[f];
    firms_.deposits_rub[f] -= bill * (1.0 + r.social_contribution) + firms_.dividend_due_rub[f];
    wage_bill += bill;
    firms_.dividend_due_rub[f] = 0;
  }
  if (std::abs(wage_bill - wages) > 1e-6 * (1.0 + wage_bill))
    throw std::logic_error(
        fmt::format("economy: wages received {} differ from the firms' wage bill {}", wages, wage_bill));
  ledger_.pay(Inst::Firms, Inst::Households, wage_bill);
  social_contrib_rub_ = wage_bill * r.social_contribution;
  to_government(Inst::Firms, social_contrib_rub_, gov_.regional_rub);
  const double pit_federal = pit * p.pit_federal_share;
  to_government(Inst::Households, pit_federal, gov_.federal_rub);
  to_government(Inst::Households, pit - pit_federal, gov_.regional_rub);
  from_government(Inst::Households, soldier_pay + bonuses_rub_ + transfers, gov_.federal_rub);
  from_government(Inst::Households, pensions + benefits, gov_.regional_rub);
  // Deposit interest and the bank's dividend create deposits out of the bank's equity.
  ledger_.pay(Inst::Bank, Inst::Households, interest);
  bank_.deposits_rub += interest;
  bank_.equity_rub -= interest;
  bank_.profit_rub -= interest;
  // Dividends declared last month: the bank's from its equity (new deposits), the firms' from their
  // deposits (above); households received them in proportion to their deposits.
  ledger_.pay(Inst::Bank, Inst::Households, bank_.dividend_due_rub);
  bank_.deposits_rub += bank_.dividend_due_rub;
  bank_.equity_rub -= bank_.dividend_due_rub;
  ledger_.pay(Inst::Firms, Inst::Households, dividends - bank_.dividend_due_rub);
  bank_.dividend_due_rub = 0;
  // The firms' dividends not paid to resident households: the federal budget's, the rest abroad.
  state_dividends_rub_ = state_dividend_share_ * firm_dividends;
  to_government(Inst::Firms, state_dividends_rub_, gov_.federal_rub);
  capital_outflow(Inst::Firms, firm_dividends - household_firm_dividends - state_dividends_rub_);
  consumption_rub_ = consumption;
  unemployed_now_ = unemployed;
  pit_federal_rub_ = pit_federal;
  pit_regional_rub_ = pit - pit_federal;
  pensions_rub_ = pensions + benefits;
  transfers_rub_ = soldier_pay + bonuses_rub_ + transfers;
  soldier_pay_rub_ = soldier_pay;
}

void AgentEconomy::to_government(Inst payer, double amount, double& account) {
  ledger_.pay(payer, Inst::Government, amount);
  bank_.deposits_rub -= amount;
  bank_.reserves_rub -= amount;
  account += amount;
}

void AgentEconomy::from_government(Inst payee, double amount, double& account) {
  ledger_.pay(Inst::Government, payee, amount);
  bank_.deposits_rub += amount;
  bank_.reserves_rub += amount;
  account -= amount;
}

void AgentEconomy::to_world(Inst payer, double amount) {
  ledger_.pay(payer, Inst::RestOfWorld, amount);
  bank_.deposits_rub -= amount;
  bank_.reserves_rub -= amount;
  cb_.foreign_assets_rub -= amount;
  imports_rub_ += amount;
}

void AgentEconomy::capital_outflow(Inst payer, double amount) {
  ledger_.pay(payer, Inst::RestOfWorld, amount);
  bank_.deposits_rub -= amount;
  bank_.reserves_rub -= amount;
  cb_.foreign_assets_rub -= amount;
}

// A random household that `eligible` admits (rejection sampling on the economy's stream); the size of
// the table when none is found in 64 draws per household.
std::size_t AgentEconomy::random_household(bool (*eligible)(const Households&, std::size_t)) {
  const std::size_t n = hh_.size();
  for (std::size_t tries = 0; tries < 64 * n; ++tries) {
    const auto h = static_cast<std::size_t>(rng_.below(n));
    if (eligible(hh_, h)) return h;
  }
  return n;
}

// Mobilisation and emigration as dated stocks: when a `set` event raises economy.mobilised_k, men of
// service age (army-eligible employees and unemployed) are called up at random and paid as soldiers;
// when it falls, reservists are demobilised into the civilian labour market. economy.emigrated_k does
// the same for working-age emigrants, who take their deposits abroad (a capital outflow).
void AgentEconomy::population_events(const AgentEconomyParams& p, int year) {
  const auto stock = [&](double k) {
    return static_cast<std::int64_t>(std::llround(k * 1000.0 / p.persons_per_agent));
  };
  const auto leave_job = [&](std::size_t h) {
    if (is_employee(hh_.status[h])) --firms_.employees[static_cast<std::size_t>(hh_.employer[h])];
    hh_.employer[h] = -1;
  };
  const std::int64_t mobilised = stock(p.mobilised_k), emigrated = stock(p.emigrated_k);
  for (; mobilised_ < mobilised; ++mobilised_) {
    const std::size_t h = random_household([](const Households& hh, std::size_t i) {
      return hh.army_eligible[i] && (is_employee(hh.status[i]) || hh.status[i] == Status::Unemployed);
    });
    if (h == hh_.size()) break;
    leave_job(h);
    hh_.status[h] = Status::Mobilised;
    hh_.wage_rub[h] = p.military_pay_rub_per_month.at(year);
  }
  for (std::size_t h = 0; h < hh_.size() && mobilised_ > mobilised; ++h)
    if (hh_.status[h] == Status::Mobilised) {
      hh_.status[h] = Status::Unemployed;
      hh_.wage_rub[h] = p.unemployment_benefit_rub_per_month;
      --mobilised_;
    }
  for (; emigrated_ < emigrated; ++emigrated_) {
    const std::size_t h = random_household([](const Households& hh, std::size_t i) {
      return is_employee(hh.status[i]) || hh.status[i] == Status::Unemployed;
    });
    if (h == hh_.size()) break;
    leave_job(h);
    hh_.status[h] = Status::Emigrated;
    hh_.wage_rub[h] = 0;
    settle_emigrant_loans(h);
    capital_outflow(Inst::Households, hh_.deposits_rub[h]);
    hh_.deposits_rub[h] = 0;
  }
  for (std::size_t h = 0; h < hh_.size() && emigrated_ > emigrated; ++h)
    if (hh_.status[h] == Status::Emigrated) {
      hh_.status[h] = Status::Unemployed;
      hh_.wage_rub[h] = p.unemployment_benefit_rub_per_month;
      --emigrated_;
    }
}

void AgentEconomy::from_world(Inst payee, double amount) {
  ledger_.pay(Inst::RestOfWorld, payee, amount);
  bank_.deposits_rub += amount;
  bank_.reserves_rub += amount;
  cb_.foreign_assets_rub += amount;
}

}  // namespace sancsim

namespace sancsim {

void AgentEconomy::government_to_world(double amount, double& account) {
  ledger_.pay(Inst::Government, Inst::RestOfWorld, amount);
  account -= amount;
  cb_.foreign_assets_rub -= amount;
  imports_rub_ += amount;
}

// Demand by sector from households, the state, investment and exports meets the firms' stocks; what
// a sector cannot supply is bought abroad (final buyers) or not bought (exports).
void AgentEconomy::goods_market(const AgentEconomyParams& p, const EconomyMonthInputs& in,
                                const MonthRates& r) {
  // Households: VAT to the federal budget, the imported part of the basket abroad.
  const double c_net = consumption_rub_ / (1.0 + r.vat);
  vat_rub_ = consumption_rub_ - c_net;
  to_government(Inst::Households, vat_rub_, gov_.federal_rub);
  std::array<double, kSectors> dom_hh{}, dom_fed{}, dom_reg{}, dom_inv{}, exports{};
  double hh_imports = 0, inv_imports = 0;
  split_household_spending(c_net, r.war, household_basket_, kSut2019.household_import_share, dom_hh,
                           hh_imports);
  dom_hh[index(Sector::Cons)] += new_housing_rub_;  // mortgages buy new housing (VAT-exempt)
  // The state: defence orders (what the defence budget leaves after soldiers' pay and bonuses) to the
  // defence industry; other purchases and the regions' purchases by the government's basket.
  const double defence_orders = std::max(0.0, in.defence_rub_bn * r.scale - soldier_pay_rub_ - bonuses_rub_);
  const double federal_purchases = (in.security_rub_bn + in.other_rub_bn) * r.scale;
  // The regions and social funds spend this month what their receipts leave after pensions and
  // benefits (last month's profit tax, which is assessed after the market).
  regional_spending_due_rub_ =
      std::max(0.0, social_contrib_rub_ + pit_regional_rub_ + profit_tax_regional_rub_ - pensions_rub_);
  for (std::size_t s = 0; s < kSectors; ++s) {
    dom_fed[s] = federal_purchases * government_basket_[s];
    dom_reg[s] = regional_spending_due_rub_ * government_basket_[s];
  }
  dom_fed[index(Sector::Mach)] += defence_orders;
  double investment = 0;
  for (double v : firms_.investment_rub) investment += v;
  for (std::size_t s = 0; s < kSectors; ++s) {
    const double spend = investment * investment_basket_[s];
    const double imported = spend * kSut2019.gfcf_import_share[s];
    inv_imports += imported;
    dom_inv[s] = spend - imported;
    exports[s] = in.non_energy_exports_usd_bn * in.usd_rub * r.scale * export_basket_[s];
  }
  to_world(Inst::Households, hh_imports);
  to_world(Inst::Firms, inv_imports);
  // The oil and gas firms also buy inputs for what they export (the oil trade's volume).
  energy_export_real_ = base_energy_export_real_ * in.energy_export_volume_index;
  SectorVector output = Eigen::Map<const SectorVector>(sector_output_.data());
  output(static_cast<Eigen::Index>(index(Sector::OilGas))) += energy_export_real_;
  const SectorVector intermediate = io_.intermediate_demand(output);

  double unmet_hh = 0, unmet_fed = 0, unmet_reg = 0, unmet_inv = 0, sold_fed = 0, sold_reg = 0,
         sold_exports = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    const auto first = static_cast<std::size_t>(first_firm_[s]);
    const auto last = first + static_cast<std::size_t>(firm_count_[s]);
    const double previous = sector_price_[s];
    double wsum = 0, wp = 0;
    for (std::size_t f = first; f < last; ++f) {
      const double w = firms_.inventory[f] * std::pow(firms_.price[f] / previous, -p.demand_elasticity);
      firm_weight_[f] = w;
      wsum += w;
      wp += w * firms_.price[f];
    }
    const double price = wsum > 0 ? wp / wsum : previous;
    sector_price_[s] = price;
    const double nominal = dom_hh[s] + dom_fed[s] + dom_reg[s] + dom_inv[s] + exports[s];
    const double demand = nominal / price + intermediate(static_cast<Eigen::Index>(s));
    double sold = 0, sold_value = 0;
    for (std::size_t f = first; f < last; ++f) {
      const double d = wsum > 0 ? demand * firm_weight_[f] / wsum : 0.0;
      firms_.demand[f] = d;
      firms_.sales[f] = std::min(d, firms_.inventory[f]);
      sold += firms_.sales[f];
      sold_value += firms_.sales[f] * firms_.price[f];
    }
    const double fill = demand > 0 ? sold / demand : 1.0;
    sector_fill_[s] = fill;
    sector_sales_[s] = sold;
    // Buyers pay the sector's price for what they get; the pool goes to the firms by their sales at
    // their own prices.
    const double pool = fill * (nominal + intermediate(static_cast<Eigen::Index>(s)) * price);
    for (std::size_t f = first; f < last; ++f)
      firm_weight_[f] = sold_value > 0 ? pool * firms_.sales[f] * firms_.price[f] / sold_value : 0.0;
    if (sold_value <= 0 && pool > 0) throw std::logic_error("economy: a sector sold nothing but was paid");
    unmet_hh += (1.0 - fill) * dom_hh[s];
    unmet_fed += (1.0 - fill) * dom_fed[s];
    unmet_reg += (1.0 - fill) * dom_reg[s];
    unmet_inv += (1.0 - fill) * dom_inv[s];
    sold_fed += fill * dom_fed[s];
    sold_reg += fill * dom_reg[s];
    sold_exports += fill * exports[s];
    ledger_.pay(Inst::Households, Inst::Firms, fill * dom_hh[s]);
  }
  // Unmet demand of final buyers is met by imports; the state's purchases leave its accounts.
  to_world(Inst::Households, unmet_hh);
  to_world(Inst::Firms, unmet_inv);
  government_to_world(unmet_fed, gov_.federal_rub);
  government_to_world(unmet_reg, gov_.regional_rub);
  from_government(Inst::Firms, sold_fed, gov_.federal_rub);
  from_government(Inst::Firms, sold_reg, gov_.regional_rub);
  from_world(Inst::Firms, sold_exports);
  for (std::size_t f = 0; f < firms_.size(); ++f) firms_.deposits_rub[f] += firm_weight_[f];
}

void AgentEconomy::firm_accounts(const AgentEconomyParams& p, const EconomyMonthInputs& in,
                                 const MonthRates& r) {
  const double p_imp = r.import_price;
  // Unit cost of intermediate inputs by using sector: domestic at the supplier's price where supplied,
  // imported where not, and the sector's own imported inputs.
  std::array<double, kSectors> input_cost{};
  for (std::size_t s = 0; s < kSectors; ++s) {
    double c = kSut2019.imported_inputs_per_output[s] * p_imp;
    for (std::size_t q = 0; q < kSectors; ++q)
      c += kSut2019.a_domestic[q][s] * (sector_fill_[q] * sector_price_[q] + (1.0 - sector_fill_[q]) * p_imp);
    input_cost[s] = c;
  }
  const double p_inv = investment_goods_price(p_imp);
  // Oil and gas: export revenue in, oil and gas taxes out, by capital.
  const std::size_t og_first = static_cast<std::size_t>(first_firm_[index(Sector::OilGas)]);
  const std::size_t og_last = og_first + static_cast<std::size_t>(firm_count_[index(Sector::OilGas)]);
  double og_capital = 0;
  for (std::size_t f = og_first; f < og_last; ++f) og_capital += firms_.capital[f];
  const double energy = in.energy_exports_usd_bn * in.usd_rub * r.scale;
  const double og_taxes = in.oil_gas_taxes_rub_bn * r.scale;
  from_world(Inst::Firms, energy);
  to_government(Inst::Firms, og_taxes, gov_.federal_rub);

  const double delta = p.depreciation_pct_per_year / 1200.0;
  // The labour market's tightness (vacancies posted per unemployed) and quits per employee this month;
  // the first month's values are the normal ones that wage setting measures against.
  double open = 0, posted = 0, quits = 0, staff = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    open += firms_.vacancies[f];
    posted += firms_.vacancies[f] + firms_.hires[f];
    quits += firm_quits_[f];
    staff += firms_.employees[f];
  }
  const double tightness = (posted + 1.0) / (unemployed_now_ + 1.0);
  if (month_index_ == 0) {
    unfilled_normal_ = posted > 0 ? open / posted : 0.0;
    tightness_normal_ = tightness;
    quit_normal_ = staff > 0 ? quits / staff : 0.0;
  }
  // Wages grow with expected inflation, trend productivity and the economy's tightness (a wage curve
  // in log(v/u), bounded so that an empty pool of unemployed cannot explode it).
  const double common_wage_growth =
      p.wage_indexation * expected_inflation_pct_ / 1200.0 +
      p.wage_productivity_passthrough *
          (std::pow(1.0 + p.productivity_growth_pct.at(r.year) / 100.0, 1.0 / 12.0) - 1.0) +
      p.wage_tightness_per_year / 12.0 * std::clamp(std::log(tightness / tightness_normal_), -2.0, 2.0);
  const double world_rub = in.usd_rub / usd_rub_start_ * in.world_price_level;
  double imported_inputs = 0, domestic_inputs = 0, other_taxes = 0, loan_interest = 0, deposit_interest = 0,
         profit_tax_fed = 0, profit_tax_reg = 0, new_loans = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const std::size_t s = index(firms_.sector[f]);
    const double revenue = firm_weight_[f];
    const bool oil = f >= og_first && f < og_last;
    const double own_energy = oil && og_capital > 0 ? energy * firms_.capital[f] / og_capital : 0.0;
    const double own_og_tax = oil && og_capital > 0 ? og_taxes * firms_.capital[f] / og_capital : 0.0;
    const double y = firms_.output[f] +
                     (oil && og_capital > 0 ? energy_export_real_ * firms_.capital[f] / og_capital : 0.0);
    double imported = kSut2019.imported_inputs_per_output[s] * p_imp * y;
    double domestic = 0;
    for (std::size_t q = 0; q < kSectors; ++q) {
      domestic += kSut2019.a_domestic[q][s] * sector_fill_[q] * sector_price_[q] * y;
      imported += kSut2019.a_domestic[q][s] * (1.0 - sector_fill_[q]) * p_imp * y;
    }
    const double rate = firms_.sector[f] == Sector::Mach ? r.defence_loan_rate : r.loan_rate;
    const double interest_paid = firms_.loans_rub[f] * rate;
    const double interest_got = std::max(0.0, firms_.deposits_rub[f]) * r.deposit_rate;
    const double other = p.other_taxes_pct_of_sales / 100.0 * revenue;
    const double bill = firms_.wage_rub[f] * firms_.employees[f] * (1.0 + r.social_contribution);
    const double depreciation = delta * firms_.capital[f] * p_inv;
    const double profit = revenue + own_energy + interest_got - bill - domestic - imported - other -
                          interest_paid - own_og_tax - depreciation;
    const double tax = r.profit_tax * std::max(0.0, profit);
    const double after = profit - tax;
    firms_.profit_rub[f] = after;
    // Dividends aim at the free cash flow: after-tax profit less the own-funds share of net investment,
    // plus the depreciation allowance a shrinking firm does not reinvest (in the long run no firm hoards
    // cash); they move toward it gradually (Lintner 1956), so windfalls are paid out over years.
    const double net_investment = firms_.investment_rub[f] - depreciation;
    const double aim = std::max(0.0, after - (net_investment > 0 ? p.own_funds_share : 1.0) * net_investment);
    double& dividend = firms_.dividend_rub[f];
    dividend += p.dividend_adjustment_per_month * (aim - dividend);
    firms_.dividend_due_rub[f] = dividend;
    double& dep = firms_.deposits_rub[f];
    dep += own_energy + interest_got - domestic - imported - other - interest_paid - own_og_tax -
           firms_.investment_rub[f] - tax;
    imported_inputs += imported;
    domestic_inputs += domestic;
    other_taxes += other;
    loan_interest += interest_paid;
    deposit_interest += interest_got;
    profit_tax_fed += tax * r.profit_federal_share;
    profit_tax_reg += tax * (1.0 - r.profit_federal_share);
    // Finance: borrow up to the buffer of deposits; repay a share of the loan out of what is above it.
    // (the dividend declared now leaves the deposits next month).
    const double buffer = p.firm_deposit_months * bill + firms_.dividend_due_rub[f];
    if (dep < buffer) {
      const double borrow = buffer - dep;
      firms_.loans_rub[f] += borrow;
      dep += borrow;
      new_loans += borrow;
    } else {
      const double repay =
          std::min({firms_.loans_rub[f] * p.loan_repayment_per_month, dep - buffer, firms_.loans_rub[f]});
      firms_.loans_rub[f] -= repay;
      dep -= repay;
      new_loans -= repay;
    }
    // Capital, stocks, prices and wages for next month.
    firms_.capital[f] += (p_inv > 0 ? firms_.investment_rub[f] / p_inv : 0.0) - delta * firms_.capital[f];
    const double available = firms_.inventory[f];
    firms_.inventory[f] = available - firms_.sales[f];
    // Excess demand: what buyers asked against what the firm made this month.
    const double made = firms_.output[f];
    const double excess = made > 0 ? std::clamp(firms_.demand[f] / made - 1.0, -0.5, 0.5) : 0.5;
    const double unit_cost =
        firms_.wage_rub[f] * (1.0 + r.social_contribution) / (productivity_[s] * tfp_[s]) + input_cost[s] +
        p.other_taxes_pct_of_sales / 100.0 * firms_.price[f];
    // Mark-up pricing on unit labour, input and import costs, blended with export parity (the world
    // price in rubles) by the sector's export share: farm goods follow world food prices.
    const double cost_plus = (1.0 + firms_.markup[f]) * unit_cost * (1.0 + p.excess_demand_markup * excess);
    const double world = world_rub * (s == index(Sector::Agr) ? food_relative_ : 1.0);
    const double target = (1.0 - export_share_[s]) * cost_plus + export_share_[s] * world;
    firms_.price[f] += p.price_adjustment * (target - firms_.price[f]);
    const std::int32_t posted_f = firms_.vacancies[f] + firms_.hires[f];
    const double unfilled = posted_f > 0 ? static_cast<double>(firms_.vacancies[f]) / posted_f : 0.0;
    // Wages: indexed to expected inflation; up where more vacancies stay open than is normal (the
    // start's share), down where fewer do or staff is shed (a firm-level wage Phillips curve).
    const double pressure = posted_f > 0 ? unfilled - unfilled_normal_ : 0.0;
    const double quit_share =
        firms_.employees[f] + firm_quits_[f] > 0
            ? static_cast<double>(firm_quits_[f]) / (firms_.employees[f] + firm_quits_[f]) - quit_normal_
            : 0.0;
    firms_.wage_rub[f] *= 1.0 + common_wage_growth + p.wage_up_per_month * pressure +
                          p.wage_quit_response * quit_share -
                          (firm_shed_[f] > 0 ? p.wage_down_per_month : 0.0);
  }
  // The other side of each flow.
  ledger_.pay(Inst::Firms, Inst::Firms, domestic_inputs);
  to_world(Inst::Firms, imported_inputs);
  to_government(Inst::Firms, other_taxes + profit_tax_fed, gov_.federal_rub);
  to_government(Inst::Firms, profit_tax_reg, gov_.regional_rub);
  ledger_.pay(Inst::Firms, Inst::Bank, loan_interest);
  bank_.deposits_rub -= loan_interest;
  bank_.equity_rub += loan_interest;
  ledger_.pay(Inst::Bank, Inst::Firms, deposit_interest);
  bank_.deposits_rub += deposit_interest;
  bank_.equity_rub -= deposit_interest;
  const double gov_interest = in.interest_rub_bn * r.scale;
  from_government_to_bank(gov_interest);
  bank_.loans_rub += new_loans;
  bank_.deposits_rub += new_loans;
  bank_.profit_rub += loan_interest - deposit_interest + gov_interest;
  // The bank keeps its capital ratio and pays out equity above it.
  bank_.dividend_due_rub = std::max(0.0, bank_.equity_rub - p.bank_capital_ratio * bank_.loans_rub);
  bank_.profit_rub = 0;
  federal_taxes_rub_ = vat_rub_ + pit_federal_rub_ + profit_tax_fed + other_taxes;
  profit_tax_regional_rub_ = profit_tax_reg;
  nominal_value_added_rub_ = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) nominal_value_added_rub_ += firm_weight_[f];
  nominal_value_added_rub_ += energy - domestic_inputs - imported_inputs + vat_rub_;
}

void AgentEconomy::from_government_to_bank(double amount) {
  ledger_.pay(Inst::Government, Inst::Bank, amount);
  gov_.federal_rub -= amount;
  bank_.reserves_rub += amount;
  bank_.equity_rub += amount;
}

}  // namespace sancsim

namespace sancsim {

void AgentEconomy::measure(const AgentEconomyParams& p, const EconomyMonthInputs& in, const MonthRates& r) {
  double basket = 0, imported = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    const double imp = kSut2019.household_import_share[s];
    const double import_price = r.import_price * (s == index(Sector::Agr) ? food_relative_ : 1.0);
    basket += household_basket_[s] * ((1.0 - imp) * sector_price_[s] + imp * import_price);
    imported += household_basket_[s] * imp * import_price;
  }
  const double cpi = start_.price_level * basket / base_cpi_basket_ * (1.0 + r.vat) / (1.0 + kVatAtStart);
  double real = gva_share_[index(Sector::OilGas)] * energy_export_real_;
  double output = 0, capacity = 0;
  for (std::size_t s = 0; s < kSectors; ++s) real += gva_share_[s] * sector_output_[s];
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    output += firms_.output[f];
    capacity += this->capacity(p, f);
  }
  std::array<double, kStatuses> count{};
  for (Status st : hh_.status) count[static_cast<std::size_t>(st)] += 1;
  const double employees = count[static_cast<std::size_t>(Status::Civilian)] +
                           count[static_cast<std::size_t>(Status::Defence)] +
                           count[static_cast<std::size_t>(Status::Public)];
  double wage_bill = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) wage_bill += firms_.wage_rub[f] * firms_.employees[f];
  const double avg_wage = employees > 0 ? wage_bill / employees : 0.0;
  // The Bank's underlying index: the CPI less the looked-through share of a large import-price rise's
  // first-round effect (the basket's import share times the rise beyond the threshold).
  const double first_round =
      basket > 0
          ? imported / basket * std::max(0.0, import_rise_log_ - std::log1p(in.large_import_rise_pct / 100.0))
          : 0.0;
  const double underlying = month_index_ == 0 ? cpi
                                              : underlying_cpi_[12] * cpi / cpi_[12] *
                                                    std::exp(-in.first_round_lookthrough * first_round);
  push(cpi_, cpi);
  push(underlying_cpi_, underlying);
  push(real_gdp_, start_.real_gdp_index * real / base_real_gdp_);
  push(wage_, avg_wage);
  if (month_index_ == 0) wage_ = backfill(avg_wage, start_.wage_yoy_pct);

  EconomyReadings& o = read_;
  o.price_level = cpi;
  o.cpi_yoy_pct = yoy(cpi_);
  o.cpi_momentum_pct = (std::pow(cpi_[12] / cpi_[9], 4.0) - 1.0) * 100.0;
  o.underlying_cpi_yoy_pct = yoy(underlying_cpi_);
  o.underlying_cpi_momentum_pct = (std::pow(underlying_cpi_[12] / underlying_cpi_[9], 4.0) - 1.0) * 100.0;
  o.real_gdp_index = real_gdp_[12];
  o.gdp_yoy_pct = yoy(real_gdp_);
  o.real_wage_yoy_pct = ((wage_[12] / wage_[0]) / (cpi_[12] / cpi_[0]) - 1.0) * 100.0;
  const double unemployed = count[static_cast<std::size_t>(Status::Unemployed)];
  o.unemployment_pct = 100.0 * unemployed / std::max(1.0, employees + unemployed);
  o.output_gap_pct = capacity > 0 ? (output / capacity / p.target_utilisation - 1.0) * 100.0 : 0.0;
  o.nominal_gdp_rub_bn_per_year = 12.0 * nominal_value_added_rub_ * scale_bn_;
  o.federal_taxes_rub_bn = federal_taxes_rub_ * scale_bn_;
  o.federal_dividends_rub_bn = state_dividends_rub_ * scale_bn_;
  o.imports_usd_bn = imports_rub_ * scale_bn_ / in.usd_rub;
  o.employment_defence_share =
      employees > 0 ? count[static_cast<std::size_t>(Status::Defence)] / employees : 0.0;
  o.contract_soldiers_k = count[static_cast<std::size_t>(Status::Soldier)] * p.persons_per_agent / 1000.0;
  o.household_deposits_rub_bn = (sum_of(hh_.deposits_rub) + owed_to_households_rub_) * scale_bn_;
  o.firm_loans_rub_bn = sum_of(firms_.loans_rub) * scale_bn_;
  o.mortgages_rub_bn = credit_.mortgage_total_rub * scale_bn_;
  o.household_loans_rub_bn = credit_.total_rub() * scale_bn_;
  o.new_household_loans_rub_bn = (credit_.month().consumer_new + credit_.month().mortgage_new) * scale_bn_;
  o.new_mortgages_rub_bn = credit_.month().mortgage_new * scale_bn_;
  o.mortgage_subsidy_rub_bn = mortgage_subsidy_rub_ * scale_bn_;
  o.active_firms = 0;
  for (const std::uint8_t a : turnover_.active) o.active_firms += a;
  o.firm_exits = static_cast<double>(turnover_.exits);
  o.firm_entries = static_cast<double>(turnover_.entries);
  o.firm_loans_written_off_rub_bn = turnover_.written_off_rub * scale_bn_;
  o.average_wage_rub = avg_wage;
  o.import_price_index = r.import_price;
  for (std::size_t s = 0; s < kSectors; ++s) o.output_rub_bn[s] = sector_output_[s] * scale_bn_;
  o.output_rub_bn[index(Sector::OilGas)] += energy_export_real_ * scale_bn_;
  // Expectations: adaptive on inflation, partly anchored on households' measured expectations (which
  // stayed far above the target: they do not follow the agents' own CPI down).
  const double aim =
      p.expectations_anchor * (p.expectations_anchor_pct.at(r.year) - p.expectations_survey_bias_pp) +
      (1.0 - p.expectations_anchor) * o.cpi_yoy_pct;
  expected_inflation_pct_ += p.expectations_speed * (aim - expected_inflation_pct_);
  credit_.expect_real_income_growth(o.real_wage_yoy_pct);
}

void AgentEconomy::advance_supply(const AgentEconomyParams& p, const EconomyMonthInputs& in) {
  const int year = in.month.year();
  productivity_trend_ *= std::pow(1.0 + p.productivity_growth_pct.at(year) / 100.0, 1.0 / 12.0);
  const double world_growth = world_price_before_ > 0 ? in.world_price_level / world_price_before_ : 1.0;
  food_relative_ *= std::pow(1.0 + p.world_food_price_growth_pct.at(year) / 100.0, 1.0 / 12.0) / world_growth;
  world_price_before_ = in.world_price_level;
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
  return firms_.capital[f] * capital_productivity_[index(firms_.sector[f])] / (12.0 * p.capital_output_years);
}

void AgentEconomy::step(const AgentEconomyParams& p, const EconomyMonthInputs& in) {
  ledger_.clear();
  imports_rub_ = 0;
  bonuses_rub_ = 0;
  worth_before_ = net_financial_worth_rub();
  advance_supply(p, in);
  const MonthRates r = rates(p, in);
  import_rise_log_ = import_price_ > 0 ? std::log(r.import_price / import_price_) : 0.0;
  import_price_ = r.import_price;
  plan_firms(p, r);
  population_events(p, r.year);
  army(p, r.year);
  labour_market(p, r.year);
  produce(p);
  household_pass(p, r);
  goods_market(p, in, r);
  firm_accounts(p, in, r);
  turn_over_firms(p, r.import_price);
  measure(p, in, r);
  ++month_index_;
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
  population_events(p, r.year);
  army(p, r.year);
  household_pass(p, r);
}

void AgentEconomy::firms_step_only(const AgentEconomyParams& p, const EconomyMonthInputs& in) {
  ledger_.clear();
  imports_rub_ = 0;
  const MonthRates r = rates(p, in);
  import_price_ = r.import_price;
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
  w[static_cast<std::size_t>(Inst::Households)] = hh - hl;
  w[static_cast<std::size_t>(Inst::Firms)] = fd - fl;
  w[static_cast<std::size_t>(Inst::Bank)] = fl + hl + bank_.reserves_rub - hh - fd;
  w[static_cast<std::size_t>(Inst::CentralBank)] =
      cb_.foreign_assets_rub - bank_.reserves_rub - gov_.federal_rub - gov_.regional_rub;
  w[static_cast<std::size_t>(Inst::Government)] = gov_.federal_rub + gov_.regional_rub;
  w[static_cast<std::size_t>(Inst::RestOfWorld)] = -cb_.foreign_assets_rub;
  return w;
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
  if (!(std::abs(hh + fd - bank_.deposits_rub) <= tol))
    return fmt::format("economy: deposits held {} but the bank owes {}", hh + fd, bank_.deposits_rub);
  if (!(std::abs(fl - bank_.loans_rub) <= tol))
    return fmt::format("economy: loans owed {} but the bank holds {}", fl, bank_.loans_rub);
  const double bank_worth = bank_.loans_rub + bank_.reserves_rub - bank_.deposits_rub;
  if (!(std::abs(bank_worth - bank_.equity_rub) <= tol))
    return fmt::format("economy: bank assets less deposits {} but equity from its flows {}", bank_worth,
                       bank_.equity_rub);
  const double cb_liabilities = bank_.reserves_rub + gov_.federal_rub + gov_.regional_rub;
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
  h.value(owed_to_households_rub_);
  h.value(bank_.equity_rub);
  h.value(bank_.reserves_rub);
  h.value(cb_.foreign_assets_rub);
  h.value(gov_.federal_rub);
  h.value(gov_.regional_rub);
  h.value(expected_inflation_pct_);
  h.value(productivity_trend_);
  h.value(food_relative_);
  h.value(import_price_);
  h.value(cpi_);
  h.value(underlying_cpi_);
  h.value(real_gdp_);
}

}  // namespace sancsim
