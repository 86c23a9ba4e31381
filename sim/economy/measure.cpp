// What the agent economy reports each month: CPI, real GDP, wages, employment, balance sheets
// and the expectations they feed.
#include "agent_economy_month.hpp"

#include <algorithm>
#include <cmath>

#include "sancsim/economy/import_pricing.hpp"
#include "sancsim/economy/wage_setting.hpp"

namespace sancsim {

using namespace agent_economy_detail;

double AgentEconomy::household_import_price(const MonthRates& r, std::size_t s) const {
  return r.import_price * (s == index(Sector::Agr) ? food_relative_ / goods_relative_ : 1.0);
}

void AgentEconomy::measure(const AgentEconomyParams& p, const EconomyMonthInputs& in, const MonthRates& r) {
  // With expenditure switching the basket's imported shares are the households' of this month, and the
  // index is chained: this month's basket at this month's prices over it at last month's. The groups'
  // weights are the CPI's (cpi_basket_: at purchasers' prices with cpi_at_purchasers_prices, where a good's
  // trade margin moves with the good and imported goods carry theirs; otherwise the basic-price basket).
  const bool chained = p.import_switching;
  const auto& shares = chained ? import_shares_.household : kSut2019.household_import_share;
  double basket = 0, imported = 0, basket_before = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    const double imp = shares[s];
    const double import_price = household_import_price(r, s);
    basket += cpi_basket_[s] * ((1.0 - imp) * sector_price_[s] + imp * import_price);
    imported += cpi_basket_[s] * imp * import_price;
    if (chained) {
      basket_before += cpi_basket_[s] *
                       ((1.0 - imp) * cpi_prices_before_.domestic[s] + imp * cpi_prices_before_.imported[s]);
      cpi_prices_before_.domestic[s] = sector_price_[s];
      cpi_prices_before_.imported[s] = import_price;
    }
  }
  if (chained)
    chained_basket_ =
        month_index_ > 0 && basket_before > 0 ? chained_basket_ * basket / basket_before : basket;
  const double level = chained ? chained_basket_ : basket;
  const double cpi = start_.price_level * level / base_cpi_basket_ * (1.0 + r.household_vat) /
                     (1.0 + household_vat_rate(kVatAtStartPct, p.household_vat));
  double real = gva_share_[index(Sector::OilGas)] * energy_export_real_;
  double output = 0, capacity = 0;
  for (std::size_t s = 0; s < kSectors; ++s) real += gva_share_[s] * sector_output_[s];
  // Trade at the volume of goods sold: the households' margins count at the first month's margin per unit
  // of goods instead of at the services' price (0 in the first month and whenever goods and services
  // prices move together).
  const double services_price = sector_price_[index(Sector::Serv)];
  const double trade_volume_correction =
      p.trade_at_goods_volume && services_price_start_ > 0 && services_price > 0
          ? p.trade_margin_per_goods *
                (household_goods_volume_rub_ / services_price_start_ - household_goods_rub_ / services_price)
          : 0.0;
  real += gva_share_[index(Sector::Serv)] * trade_volume_correction;
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
  for (std::size_t f = 0; f < firms_.size(); ++f)
    wage_bill += firms_.wage_rub[f] * firm_pay_factor_[f] * firms_.employees[f];
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
  // The price of domestic output, by the first month's value added: what a product wage deflates by.
  if (month_index_ == 0) {
    double value_added = 0;
    for (std::size_t s = 0; s < kSectors; ++s) value_added += gva_share_[s] * sector_output_[s];
    for (std::size_t s = 0; s < kSectors; ++s)
      output_price_weights_[s] = value_added > 0 ? gva_share_[s] * sector_output_[s] / value_added : 0.0;
  }
  output_price_ = 0;
  for (std::size_t s = 0; s < kSectors; ++s) output_price_ += output_price_weights_[s] * sector_price_[s];
  if (month_index_ == 0) {
    wage_ = backfill(avg_wage, start_.wage_yoy_pct);
    real_wage_start_ = output_price_ > 0 ? avg_wage / output_price_ : 0.0;
    consumer_wage_start_ = cpi > 0 ? avg_wage / cpi : 0.0;
    wage_start_rub_ = avg_wage;
  }
  // Next month's labour saving: firms replace workers whose product wage has risen (constant output).
  if (real_wage_start_ > 0 && output_price_ > 0)
    labour_saving_ =
        labour_saving_factor(avg_wage / output_price_ / real_wage_start_, p.labour_demand_wage_elasticity);

  EconomyReadings& o = read_;
  o.price_level = cpi;
  o.output_price_index = output_price_;
  o.world_goods_relative = goods_relative_;
  o.cpi_yoy_pct = yoy(cpi_);
  o.cpi_momentum_pct = (std::pow(cpi_[12] / cpi_[9], 4.0) - 1.0) * 100.0;
  o.underlying_cpi_yoy_pct = yoy(underlying_cpi_);
  o.underlying_cpi_momentum_pct = (std::pow(underlying_cpi_[12] / underlying_cpi_[9], 4.0) - 1.0) * 100.0;
  o.real_gdp_index = real_gdp_[12];
  o.gdp_yoy_pct = yoy(real_gdp_);
  o.real_wage_yoy_pct = ((wage_[12] / wage_[0]) / (cpi_[12] / cpi_[0]) - 1.0) * 100.0;
  o.nominal_wage_yoy_pct = (wage_[12] / wage_[0] - 1.0) * 100.0;
  o.expected_inflation_pct = expected_inflation_pct_;  // this month's wages indexed to it; updated below
  o.wage_growth_expected_inflation_pct = wage_growth_terms_.expected_inflation;
  o.wage_growth_error_correction_pct = wage_growth_terms_.error_correction;
  o.wage_growth_labour_market_pct = wage_growth_terms_.labour_market;
  o.wage_growth_other_pct = wage_growth_terms_.other;
  const double unemployed = count[static_cast<std::size_t>(Status::Unemployed)];
  o.unemployment_pct = 100.0 * unemployed / std::max(1.0, employees + unemployed);
  o.output_gap_pct = capacity > 0 ? (output / capacity / p.target_utilisation - 1.0) * 100.0 : 0.0;
  o.nominal_gdp_rub_bn_per_year = 12.0 * nominal_value_added_rub_ * scale_bn_;
  o.federal_taxes_rub_bn = federal_taxes_rub_ * scale_bn_;
  o.federal_dividends_rub_bn = state_dividends_rub_ * scale_bn_;
  o.vat_households_rub_bn = vat_rub_ * scale_bn_;
  const HouseholdAccount& a = household_account_;
  o.household_wages_rub_bn = a.wages * scale_bn_;
  o.household_pit_rub_bn = (pit_federal_rub_ + pit_regional_rub_) * scale_bn_;
  o.military_pay_rub_bn = soldier_pay_rub_ * scale_bn_;
  o.signup_bonuses_rub_bn = bonuses_rub_ * scale_bn_;
  o.pensions_benefits_rub_bn = pensions_rub_ * scale_bn_;
  o.social_transfers_rub_bn = a.transfers * scale_bn_;
  o.household_interest_rub_bn = household_interest_rub_ * scale_bn_;
  o.household_dividends_rub_bn = a.dividends * scale_bn_;
  o.household_debt_service_rub_bn = a.debt_service * scale_bn_;
  o.household_spending_rub_bn = consumption_rub_ * scale_bn_;
  o.household_spending_from_income_rub_bn = a.from_income * scale_bn_;
  o.household_spending_from_deposits_rub_bn = a.from_deposits * scale_bn_;
  o.household_spending_from_credit_rub_bn = a.from_credit * scale_bn_;
  o.household_spending_held_back_rub_bn = a.held_back * scale_bn_;
  o.household_spending_real_rub_bn = cpi > 0 ? consumption_rub_ * start_.price_level / cpi * scale_bn_ : 0.0;
  double investment = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) investment += firms_.investment_rub[f];
  const double p_inv = investment_goods_price(r.import_price);
  o.investment_rub_bn = investment * scale_bn_;
  o.investment_real_rub_bn = p_inv > 0 ? investment / p_inv * scale_bn_ : 0.0;
  o.vat_state_purchases_rub_bn = state_purchases_vat_rub_ * scale_bn_;
  o.profit_tax_federal_rub_bn = profit_tax_federal_rub_ * scale_bn_;
  o.pit_federal_rub_bn = pit_federal_rub_ * scale_bn_;
  o.other_federal_taxes_rub_bn = other_taxes_rub_ * scale_bn_;
  o.bank_profit_tax_federal_rub_bn = bank_profit_tax_federal_rub_ * scale_bn_;
  o.dividend_withholding_rub_bn = dividend_withholding_rub_ * scale_bn_;
  o.import_customs_rub_bn = import_customs_rub_ * scale_bn_;
  o.household_excises_rub_bn = household_excises_rub_ * scale_bn_;
  o.dividends_abroad_rub_bn = dividends_abroad_rub_ * scale_bn_;
  o.dividends_retained_rub_bn = dividends_retained_rub_ * scale_bn_;
  o.dividends_type_c_rub_bn = dividends_type_c_rub_ * scale_bn_;
  o.type_c_deposits_rub_bn = type_c_deposits_rub_ * scale_bn_;
  o.firm_dividends_rub_bn = firm_dividends_rub_ * scale_bn_;
  o.dividends_households_rub_bn = household_firm_dividends_rub_ * scale_bn_;
  o.bank_operating_costs_rub_bn = bank_operating_costs_rub_ * scale_bn_;
  o.bank_net_profit_rub_bn = bank_net_profit_rub_ * scale_bn_;
  o.bank_dividends_rub_bn = bank_dividends_rub_ * scale_bn_;
  o.bank_dividends_state_rub_bn = bank_dividends_state_rub_ * scale_bn_;
  o.imported_inputs_rub_bn = imported_inputs_rub_ * scale_bn_;
  o.imports_usd_bn = imports_rub_ * scale_bn_ / in.usd_rub;
  o.household_purchases_abroad_usd_bn = household_purchases_abroad_rub_ * scale_bn_ / in.usd_rub;
  o.non_energy_exports_filled = non_energy_exports_filled_;
  o.employment_defence_share =
      employees > 0 ? count[static_cast<std::size_t>(Status::Defence)] / employees : 0.0;
  o.defence_backlog_rub_bn = defence_backlog_rub_ * scale_bn_;
  o.contract_soldiers_k = count[static_cast<std::size_t>(Status::Soldier)] * p.persons_per_agent / 1000.0;
  o.unemployed_k = count[static_cast<std::size_t>(Status::Unemployed)] * p.persons_per_agent / 1000.0;
  o.labour_flows_k = flows_.scaled(p.persons_per_agent);
  o.household_deposits_rub_bn = (sum_of(hh_.deposits_rub) + owed_to_households_rub_) * scale_bn_;
  o.firm_loans_rub_bn = sum_of(firms_.loans_rub) * scale_bn_;
  o.mortgages_rub_bn = credit_.mortgage_total_rub * scale_bn_;
  o.household_loans_rub_bn = credit_.total_rub() * scale_bn_;
  o.new_household_loans_rub_bn = (credit_.month().consumer_new + credit_.month().mortgage_new) * scale_bn_;
  o.new_mortgages_rub_bn = credit_.month().mortgage_new * scale_bn_;
  o.mortgage_subsidy_rub_bn = mortgage_subsidy_rub_ * scale_bn_;
  o.active_firms = 0;
  for (const std::uint8_t active : turnover_.active) o.active_firms += active;
  o.firm_exits = static_cast<double>(turnover_.exits);
  o.firm_entries = static_cast<double>(turnover_.entries);
  o.firm_loans_written_off_rub_bn = turnover_.written_off_rub * scale_bn_;
  o.average_wage_rub = avg_wage;
  o.import_price_index = r.import_price;
  o.import_dollar_price_over_world = r.import_parity / (in.usd_rub / usd_rub_start_ * in.world_price_level);
  for (std::size_t s = 0; s < kSectors; ++s) o.output_rub_bn[s] = sector_output_[s] * scale_bn_;
  o.sector_price_index = sector_price_;
  o.output_rub_bn[index(Sector::OilGas)] += energy_export_real_ * scale_bn_;
  o.output_rub_bn[index(Sector::Serv)] += trade_volume_correction * scale_bn_;
  // Expectations: adaptive on inflation, partly anchored on households' measured expectations (which
  // stayed far above the target: they do not follow the agents' own CPI down).
  const double anchor = expectations_anchor_on_cpi_scale_pct(
      p.expectations_anchor_pct.at(r.year), p.expectations_survey_bias_pp, in.inflation_target_pct,
      p.expectations_target_weight);
  const double aim = p.expectations_anchor * anchor + (1.0 - p.expectations_anchor) * o.cpi_yoy_pct;
  expected_inflation_pct_ += p.expectations_speed * (aim - expected_inflation_pct_);
  credit_.expect_real_income_growth(o.real_wage_yoy_pct);
}

}  // namespace sancsim
