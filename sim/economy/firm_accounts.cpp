// The firms' accounts of the month: energy export revenue, wage setting, inputs, taxes, interest,
// profits, dividends, investment and loans.
#include "agent_economy_month.hpp"

#include <algorithm>
#include <cmath>

#include "sancsim/economy/export_parity.hpp"
#include "sancsim/economy/investment.hpp"
#include "sancsim/economy/markup.hpp"
#include "sancsim/economy/price_setting.hpp"
#include "sancsim/economy/real_profit.hpp"
#include "sancsim/economy/wage_setting.hpp"

namespace sancsim {

using namespace agent_economy_detail;

double AgentEconomy::loan_rate_of(std::size_t f, const MonthRates& r) const {
  return firms_.sector[f] == Sector::Def ? r.defence_loan_rate : r.loan_rate;
}

void AgentEconomy::firm_accounts(const AgentEconomyParams& p, const EconomyMonthInputs& in,
                                 const MonthRates& r) {
  const double p_imp = r.import_price;
  // Unit cost of intermediate inputs by using sector: domestic at the supplier's price where supplied,
  // imported where not, and the sector's own imported inputs.
  // Imported inputs pay the customs payments on top of their customs value (non_oil_bases).
  const double customs_rate = input_customs_rate(p);
  const double p_imp_landed = p_imp * (1.0 + customs_rate);
  // Inputs that cannot be stocked (services_not_stored) cannot be imported either: what their suppliers
  // did not serve is not bought, and the unit cost prices them at the supplier's price.
  std::array<bool, kSectors> unserved_not_imported{};
  for (std::size_t q = 0; q < kSectors; ++q)
    unserved_not_imported[q] = stockless_sector(p, static_cast<Sector>(q));
  std::array<double, kSectors> input_cost{};
  for (std::size_t s = 0; s < kSectors; ++s) {
    double c = import_shares_.inputs_per_output[s] * p_imp_landed;
    for (std::size_t q = 0; q < kSectors; ++q)
      c += kSut2019.a_domestic[q][s] * import_shares_.domestic_input_scale[s] *
           (unserved_not_imported[q]
                ? sector_price_[q]
                : sector_fill_[q] * sector_price_[q] + (1.0 - sector_fill_[q]) * p_imp_landed);
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
  double open = 0, posted = 0, quits = 0, staff = 0, shedding_staff = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    open += firms_.vacancies[f];
    posted += firms_.vacancies[f] + firms_.hires[f];
    quits += firm_quits_[f];
    staff += firms_.employees[f];
    if (firm_shed_[f] > 0) shedding_staff += firms_.employees[f];
  }
  const double tightness = (posted + 1.0) / (unemployed_now_ + 1.0);
  if (month_index_ == 0) {
    unfilled_normal_ = posted > 0 ? open / posted : 0.0;
    tightness_normal_ = tightness;
    quit_normal_ = staff > 0 ? quits / staff : 0.0;
    posts_unfilled_normal_ = staff + open > 0 ? open / (staff + open) : 0.0;
    unemployment_start_pct_ = read_.unemployment_pct;
  }
  // The start's normal share of employment in shedding firms: the first month starts every firm at its
  // need (none sheds), so the normal is the mean over the first quarter after it (months 1-3), when the
  // start's churn has set in and unemployment is still the start's.
  if (month_index_ >= 1 && month_index_ <= static_cast<int>(kShedNormalMonths) && staff > 0)
    shed_normal_ += (shedding_staff / staff - shed_normal_) / static_cast<double>(month_index_);
  const double shed_normal = p.wage_shedding_against_start ? shed_normal_ : 0.0;
  const bool scarcity_bid = p.wage_scarcity_bid;
  // Wages grow with expected inflation and trend productivity, error-correct toward the real wage the
  // wage curve justifies (section "Wages, prices and the nominal anchor"), and rise with the economy's
  // tightness (a wage curve in log(v/u), bounded so that an empty pool of unemployed cannot explode it).
  const double trend_growth = std::pow(1.0 + p.productivity_growth_pct.at(r.year) / 100.0, 1.0 / 12.0) - 1.0;
  const WageEquation wage_equation{.indexation = p.wage_indexation,
                                   .productivity_passthrough = p.wage_productivity_passthrough,
                                   .error_correction_per_year = p.wage_error_correction_per_year,
                                   .wage_curve_elasticity = p.wage_curve_elasticity,
                                   .lowest_unemployment_pct = p.wage_curve_lowest_unemployment_pct,
                                   .highest_unemployment_pct = p.wage_curve_highest_unemployment_pct};
  // The real wage the correction reads: over the CPI (the consumption wage) or over the price of domestic
  // output (the product wage), against the first month's.
  const bool consumption_wage = p.wage_curve_on_consumer_wage;
  const double wage_start = consumption_wage ? consumer_wage_start_ : real_wage_start_;
  const double deflator = consumption_wage ? cpi_[12] : output_price_;
  const bool measured = month_index_ > 0 && wage_start > 0;
  const double real_wage = measured ? wage_[12] / deflator / wage_start : 1.0;
  const double reference_unemployment = p.wage_curve_reference_at_start
                                            ? unemployment_start_pct_
                                            : p.wage_curve_reference_unemployment_pct.at(r.year);
  const double justified = measured ? wage_curve_real_wage(wage_equation, productivity_trend_,
                                                           read_.unemployment_pct, reference_unemployment)
                                    : 1.0;
  // With markup_labour_scarcity the product wage that pricing allows rises as unemployment falls below the
  // natural rate (the wage curve's dated reference, which the Bank's rule shares; markup.hpp): one
  // price-setting real wage for every non-regulated firm. Mark-ups are normal at the natural rate whatever
  // reference the wage claim reads, unless markup_labour_scarcity_at_wage_curve_reference puts both curves
  // on the wage claim's reference (with wage_curve_reference_at_start, the start's rate).
  // With markup_labour_scarcity_follows_wages that is only the allowance: pricing gives the product wage the
  // wage claims have already pushed (scarcity_cut_log_, updated after the offers below), never more.
  const double scarcity_allowance =
      p.markup_labour_scarcity && month_index_ > 0
          ? labour_scarcity_real_wage_factor(read_.unemployment_pct,
                                             p.markup_labour_scarcity_at_wage_curve_reference
                                                 ? reference_unemployment
                                                 : p.wage_curve_reference_unemployment_pct.at(r.year),
                                             p.wage_curve_lowest_unemployment_pct,
                                             p.markup_labour_scarcity_elasticity)
          : 1.0;
  const bool scarcity_follows_wages = p.markup_labour_scarcity && p.markup_labour_scarcity_follows_wages;
  const double scarcity_real_wage = scarcity_follows_wages ? std::exp(scarcity_cut_log_) : scarcity_allowance;
  // Wage offers are indexed to expected inflation or in part to the CPI's past twelve months (last month's
  // year-on-year rate; the start's in the first month).
  const double wage_inflation_pct =
      wage_indexation_inflation_pct(expected_inflation_pct_, read_.cpi_yoy_pct, p.wage_past_inflation_share);
  const CommonWageGrowth common =
      common_wage_growth_parts(wage_equation, wage_inflation_pct, trend_growth, real_wage, justified);
  const double tightness_growth =
      p.wage_tightness_per_year / 12.0 * std::clamp(std::log(tightness / tightness_normal_), -2.0, 2.0);
  const double common_wage_growth = common.total() + tightness_growth;
  // Prices on the unit labour cost expected over the price's life: it grows with the common wage growth
  // less trend productivity (input costs enter at this month's prices).
  const double labour_cost_factor =
      1.0 + p.expected_unit_cost_pricing *
                (expected_unit_cost_factor((1.0 + common_wage_growth) / (1.0 + trend_growth) - 1.0,
                                           p.price_adjustment) -
                 1.0);
  // Prices indexed to the month's expected inflation (price_setting.hpp; 1 when off).
  const double price_indexation = price_indexation_factor(expected_inflation_pct_, p.price_indexation_share);
  const bool hazard_on = p.price_gap_hazard > 0;
  const bool public_on_path = p.public_wage_from_budget_path;
  const bool markup_on_demand = p.markup_on_demand;
  const double competitor_weight = p.price_competitor_weight;
  const double labour_weight = p.labour_cost_competitor_weight;
  const double labour_gap_reversion = p.labour_cost_gap_reversion_per_month;
  if (month_index_ == 0) sector_price_at_last_pricing_ = sector_price_;
  const MarkupRule markup_rule{.response_per_month = p.markup_response_per_month,
                               .reversion_per_month = p.markup_reversion_per_month,
                               .stock_weight = p.markup_stock_weight,
                               .utilisation_weight = p.markup_utilisation_weight,
                               .max_gap_log = p.markup_max_gap_log};
  const double public_pay_growth = public_pay_growth_per_month(
      p.public_pay_index, in.month.year(), in.month.month(), std::log1p(common_wage_growth));
  const double world_rub = in.usd_rub / usd_rub_start_ * in.world_price_level;
  // The world price that the export parity of the sectors other than farming follows: Russia's own export
  // goods (world_export_prices) or the world's traded goods.
  const double exporters_relative = p.world_export_prices ? export_relative_ : goods_relative_;
  // Staff of the firms whose offers follow the market, of those on the budget's pay path, and the
  // firm-level terms of the offers' growth (employment-weighted sums, for wage_growth_terms_).
  double market_staff = 0, path_staff = 0, path_growth = 0, firm_level_growth = 0;
  const FarmExportParity farm_parity{.tradable_share = p.farm_tradable_share,
                                     .duty_rate = p.farm_export_duty_rate,
                                     .duty_base = p.farm_export_duty_base};
  // The imported inputs cut off are not bought (war_cut_off_goods_not_imported): firms use their stocks
  // of them, then make less (war_imports_bind_output).
  const double inputs_on_offer = p.war_cut_off_goods_not_imported && in.war_shock_weight > 0
                                     ? 1.0 - p.war_import_cutoff_share * in.war_shock_weight
                                     : 1.0;
  double imported_inputs = 0, domestic_inputs = 0, other_taxes = 0, loan_interest = 0, deposit_interest = 0,
         profit_tax_fed = 0, profit_tax_reg = 0, new_loans = 0, customs_paid = 0;
  // The bank's lending standard (firm_credit_limit): credit asked beyond the limits, firms refused
  // some, overdrafts of illiquid firms carried into their loans.
  const bool credit_limit = p.firm_credit.enabled;
  double credit_refused = 0, credit_forced = 0;
  std::int32_t credit_rationed = 0;
  // The bank's operating costs of last month (bank_pnl) buy the services firms' work in proportion to
  // their sales: the bank's staff are counted in the services sector's employment and paid by it.
  double services_sales = 0, bank_services_paid = 0;
  if (bank_services_due_rub_ > 0)
    for (std::size_t f = 0; f < firms_.size(); ++f)
      if (firms_.sector[f] == Sector::Serv) services_sales += firm_weight_[f];
  const double bank_services_per_sale = services_sales > 0 ? bank_services_due_rub_ / services_sales : 0.0;
  // Expected inflation a month (dividends_on_real_profit).
  const double debt_erosion_per_month = net_debt_erosion_per_month(expected_inflation_pct_);
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const std::size_t s = index(firms_.sector[f]);
    const double revenue = firm_weight_[f];
    const bool oil = f >= og_first && f < og_last;
    const double own_energy = oil && og_capital > 0 ? energy * firms_.capital[f] / og_capital : 0.0;
    const double own_og_tax = oil && og_capital > 0 ? og_taxes * firms_.capital[f] / og_capital : 0.0;
    const double y = firms_.output[f] +
                     (oil && og_capital > 0 ? energy_export_real_ * firms_.capital[f] / og_capital : 0.0);
    double imported = import_shares_.inputs_per_output[s] * p_imp * y * inputs_on_offer;
    double domestic = 0;
    const double scale = import_shares_.domestic_input_scale[s];
    for (std::size_t q = 0; q < kSectors; ++q) {
      domestic += kSut2019.a_domestic[q][s] * scale * sector_fill_[q] * sector_price_[q] * y;
      if (!unserved_not_imported[q])
        imported += kSut2019.a_domestic[q][s] * scale * (1.0 - sector_fill_[q]) * p_imp * y;
    }
    const double rate = loan_rate_of(f, r);
    const double interest_paid = firms_.loans_rub[f] * rate;
    const double interest_got = std::max(0.0, firms_.deposits_rub[f]) * r.firm_deposit_rate;
    const double other = p.other_taxes_pct_of_sales / 100.0 * revenue;
    const double bill =
        firms_.wage_rub[f] * firm_pay_factor_[f] * firms_.employees[f] * (1.0 + r.social_contribution);
    const double depreciation = delta * firms_.capital[f] * p_inv;
    const double customs = customs_rate * imported;
    const double from_bank = firms_.sector[f] == Sector::Serv ? bank_services_per_sale * revenue : 0.0;
    bank_services_paid += from_bank;
    const double profit = revenue + from_bank + own_energy + interest_got - bill - domestic - imported -
                          customs - other - interest_paid - own_og_tax - depreciation;
    const double tax = r.profit_tax * std::max(0.0, profit);
    const double after = profit - tax;
    firms_.profit_rub[f] = after;
    // Dividends aim at the free cash flow: after-tax profit less the own-funds share of net investment,
    // plus the depreciation allowance a shrinking firm does not reinvest (in the long run no firm hoards
    // cash); they move toward it gradually (Lintner 1956), so windfalls are paid out over years.
    const double net_investment = firms_.investment_rub[f] - depreciation;
    // With dividends_on_real_profit the profit it aims at is the real one: the nominal interest paid less
    // what inflation takes off the net debt's real value this month.
    const double inflation_gain =
        p.dividends_on_real_profit ? debt_erosion_per_month * (firms_.loans_rub[f] - firms_.deposits_rub[f])
                                   : 0.0;
    const double aim = std::max(
        0.0, after + inflation_gain - (net_investment > 0 ? p.own_funds_share : 1.0) * net_investment);
    double& dividend = firms_.dividend_rub[f];
    // With dividends_on_real_profit last month's dividend is carried at this month's prices first, so that
    // under steady inflation it does not lag its aim by the partial adjustment's nominal gap.
    if (p.dividends_on_real_profit) dividend /= 1.0 - debt_erosion_per_month;
    dividend += p.dividend_adjustment_per_month * (aim - dividend);
    firms_.dividend_due_rub[f] = dividend;
    double& dep = firms_.deposits_rub[f];
    dep += from_bank + own_energy + interest_got - domestic - imported - customs - other - interest_paid -
           own_og_tax - firms_.investment_rub[f] - tax;
    imported_inputs += imported;
    customs_paid += customs;
    domestic_inputs += domestic;
    other_taxes += other;
    loan_interest += interest_paid;
    deposit_interest += interest_got;
    profit_tax_fed += tax * r.profit_federal_share;
    profit_tax_reg += tax * (1.0 - r.profit_federal_share);
    // Finance: borrow up to the buffer of deposits; repay a share of the loan out of what is above it.
    // (the dividend declared now leaves the deposits next month).
    const double buffer = p.firm_deposit_months * bill + firms_.dividend_due_rub[f];
    if (credit_limit) {
      // The bank's view of the firm's cash flow: operating income before interest, tax and wear
      // (EBITDA), smoothed; and its cash before wages, which the plan reads to fund its staff.
      const double before_wages =
          revenue + from_bank + own_energy - domestic - imported - customs - other - own_og_tax;
      double& ebitda = firm_credit_.expected_ebitda_rub[f];
      double& cash = firm_credit_.expected_cash_before_wages_rub[f];
      const double w = month_index_ == 0 ? 1.0 : p.firm_credit.ebitda_expectation_weight;
      ebitda += w * (before_wages - bill - ebitda);
      cash += w * (before_wages - cash);
      firm_credit_.limit_rub[f] =
          firm_credit_limit_rub(p.firm_credit, ebitda, rate, firms_.capital[f] * p_inv);
      firm_credit_.illiquid[f] = 0;
    }
    if (dep < buffer) {
      const double wanted = buffer - dep;
      double borrow = wanted;
      if (credit_limit && under_lending_standard(f)) {
        // Credit within the limit (a start-up's capital is lent on its plan); a firm it leaves with a
        // negative account cannot pay its bills: the bank carries the overdraft into its loan for the month,
        // and the firm exits or is restructured (turn_over_firms).
        borrow = std::min(wanted, std::max(0.0, firm_credit_.limit_rub[f] - firms_.loans_rub[f]));
        if (borrow < wanted) {
          credit_refused += wanted - borrow;
          ++credit_rationed;
        }
        if (dep + borrow < 0) {
          firm_credit_.illiquid[f] = 1;
          credit_forced += -(dep + borrow);
          borrow = -dep;
        }
      }
      firms_.loans_rub[f] += borrow;
      dep += borrow;
      new_loans += borrow;
      // A firm refused credit declares no dividend its deposits above the wage buffer cannot pay, and its
      // dividend restarts from what it paid.
      if (borrow < wanted) {
        firms_.dividend_due_rub[f] =
            std::clamp(dep - p.firm_deposit_months * bill, 0.0, firms_.dividend_due_rub[f]);
        firms_.dividend_rub[f] = firms_.dividend_due_rub[f];
      }
    } else {
      const double repay =
          std::min({firms_.loans_rub[f] * p.loan_repayment_per_month, dep - buffer, firms_.loans_rub[f]});
      firms_.loans_rub[f] -= repay;
      dep -= repay;
      new_loans -= repay;
    }
    // Capital, stocks, prices and wages for next month.
    firms_.capital[f] += (p_inv > 0 ? firms_.investment_rub[f] / p_inv : 0.0) - delta * firms_.capital[f];
    // What a firm whose product cannot be stocked made and did not sell is lost (services_not_stored).
    const double available = firms_.inventory[f];
    firms_.inventory[f] = stockless(p, f) ? 0.0 : available - firms_.sales[f];
    // Excess demand: what buyers asked against what the firm made this month.
    const double made = firms_.output[f];
    const double excess = made > 0 ? std::clamp(firms_.demand[f] / made - 1.0, -0.5, 0.5) : 0.5;
    // Labour per unit of output at this month's hours and their pay (both 1 without overtime).
    const double output_per_worker = productivity_[s] * tfp_[s] * labour_saving_ * firm_hours_[f];
    const double labour_cost_per_wage =
        labour_cost_factor * firm_pay_factor_[f] * (1.0 + r.social_contribution);
    const double unit_labour_cost = labour_cost_factor * firms_.wage_rub[f] * firm_pay_factor_[f] *
                                    (1.0 + r.social_contribution) / output_per_worker;
    const double unit_cost =
        unit_labour_cost + input_cost[s] + p.other_taxes_pct_of_sales / 100.0 * firms_.price[f];
    const bool regulated = has_regulated_price(firms_.sector[f]);
    // With labour_cost_competitor_weight the firm prices on a unit labour cost that follows its own only in
    // part where it outruns the sector's price (markup.hpp, labour_cost_gap_log). An entrant in a reused row
    // reads its predecessor's last unit labour cost once; the gap's bound (the mark-up) holds that month.
    double priced_unit_cost = unit_cost;
    if (labour_weight > 0 && !regulated) {
      const double last = firm_last_unit_labour_cost_[f];
      const double own_growth = last > 0 && unit_labour_cost > 0 ? std::log(unit_labour_cost / last) : 0.0;
      const double sector_growth = sector_price_at_last_pricing_[s] > 0
                                       ? std::log(sector_price_[s] / sector_price_at_last_pricing_[s])
                                       : 0.0;
      firm_labour_cost_gap_log_[f] =
          labour_cost_gap_log(firm_labour_cost_gap_log_[f], own_growth, sector_growth, labour_weight,
                              labour_gap_reversion, std::log1p(firms_.markup[f]));
      priced_unit_cost -= unit_labour_cost * (1.0 - std::exp(-firm_labour_cost_gap_log_[f]));
    }
    firm_last_unit_labour_cost_[f] = unit_labour_cost;
    // Mark-up pricing on unit labour, input and import costs, blended with export parity (the world
    // price in rubles) by the sector's export share: farm goods follow world food prices. With
    // markup_on_demand the mark-up itself moves with the firm's demand against its capacity (stocks and
    // plant against their targets; markup.hpp) in place of the excess-demand factor; regulated prices
    // (oil and gas, utilities' tariffs) keep the normal mark-up.
    double demand_factor = 1.0 + p.excess_demand_markup * excess;
    if (markup_on_demand && !regulated) {
      const double plant = capacity(p, f);
      const double pressure =
          demand_pressure(firms_.inventory[f], p.inventory_target_months * firms_.expected_demand[f],
                          plant > 0 ? firms_.demand[f] / plant : p.target_utilisation, p.target_utilisation,
                          p.markup_stock_weight, p.markup_utilisation_weight);
      firms_.markup[f] = next_markup(markup_rule, firms_.markup[f], normal_markup_[s], pressure);
      demand_factor = 1.0;
    }
    // With price_competitor_weight the firm weighs its cost-plus price against its competitors' (the
    // sector's price this month): a rise of its own unit cost passes into its target only in part until
    // the sector's price follows, so the margin takes a wage race at first and recovers as the sector's
    // price catches up. Regulated prices stay on cost.
    // Under labour scarcity the mark-up gives way so that the price carries the higher product wage.
    const double scarcity_factor =
        regulated || !(unit_cost > 0)
            ? 1.0
            : labour_scarcity_markup_factor(unit_labour_cost / unit_cost, scarcity_real_wage);
    const double own_price = (1.0 + firms_.markup[f]) * scarcity_factor * priced_unit_cost;
    const double anchored =
        regulated ? own_price
                  : competitor_weighted_price(own_price, sector_price_[s], competitor_weight, unit_cost);
    const double cost_plus = std::max(unit_cost, anchored) * demand_factor;
    double world = world_rub * (s == index(Sector::Agr) ? food_relative_ : exporters_relative);
    double parity_weight = export_share_[s];
    // Farm tradables at export parity (export_parity.hpp).
    if (p.farm_export_parity && s == index(Sector::Agr)) {
      world = export_netback_index(farm_parity, world, in.usd_rub / usd_rub_start_);
      parity_weight = farm_parity_weight(farm_parity, export_share_[s]);
    }
    const double target = (1.0 - parity_weight) * cost_plus + parity_weight * world;
    // Large gaps are closed faster (price_gap_hazard; regulated prices keep the base share).
    const double indexation_f = regulated ? 1.0 : price_indexation;
    double adjustment = p.price_adjustment;
    if (hazard_on && !regulated && target > 0 && firms_.price[f] > 0)
      adjustment = gap_hazard_adjustment(p.price_adjustment, p.price_gap_hazard,
                                         std::log(target / (firms_.price[f] * indexation_f)),
                                         steady_price_gap_log_[s]);
    firms_.price[f] = next_price(firms_.price[f], target, adjustment, indexation_f);
    const std::int32_t posted_f = firms_.vacancies[f] + firms_.hires[f];
    const double unfilled = posted_f > 0 ? static_cast<double>(firms_.vacancies[f]) / posted_f : 0.0;
    // Wages: indexed to expected inflation; up where more vacancies stay open than is normal (the
    // start's share), down where fewer do or staff is shed (a firm-level wage Phillips curve).
    const double pressure = posted_f > 0 ? unfilled - unfilled_normal_ : 0.0;
    const double quit_share =
        firms_.employees[f] + firm_quits_[f] > 0
            ? static_cast<double>(firm_quits_[f]) / (firms_.employees[f] + firm_quits_[f]) - quit_normal_
            : 0.0;
    if (public_on_path && firms_.sector[f] == Sector::Pub) {
      firms_.wage_rub[f] *= std::exp(public_pay_growth);  // the budget's pay, not the market's
      path_staff += firms_.employees[f];
      path_growth += firms_.employees[f] * public_pay_growth;
      continue;
    }
    const double firm_level = p.wage_up_per_month * pressure + p.wage_quit_response * quit_share +
                              shedding_wage_change(firm_shed_[f] > 0, shed_normal, p.wage_down_per_month);
    firms_.wage_rub[f] *= 1.0 + common_wage_growth + firm_level;
    // A firm short of workers bids for them, on top of the common growth and
    // never above what its margin at the new price can pay.
    const double bid =
        scarcity_bid
            ? scarcity_wage_bid(
                  static_cast<double>(firms_.vacancies[f]) /
                      std::max(1, firms_.vacancies[f] + firms_.employees[f]),
                  posts_unfilled_normal_, p.labour_supply_elasticity_to_firm * p.wage_review_months,
                  firms_.wage_rub[f],
                  wage_ceiling_rub(firms_.price[f],
                                   input_cost[s] + p.other_taxes_pct_of_sales / 100.0 * firms_.price[f],
                                   output_per_worker, labour_cost_per_wage))
            : 0.0;
    if (bid > 0) firms_.wage_rub[f] *= std::exp(bid);
    market_staff += firms_.employees[f];
    firm_level_growth += firms_.employees[f] * (firm_level + std::max(0.0, bid));
  }
  // The margins absorb their share of this month's real wage claim of the market's offers (the error
  // correction, the tightness term and the firm-level terms: growth beyond indexation and productivity),
  // within what the labour market allows; next month's prices read it.
  if (scarcity_follows_wages && market_staff > 0)
    scarcity_cut_log_ = labour_scarcity_cut_log(
        scarcity_cut_log_, common.error_correction + tightness_growth + firm_level_growth / market_staff,
        p.markup_labour_scarcity_absorbed_share, std::log(scarcity_allowance), p.markup_reversion_per_month);
  const double all_staff = market_staff + path_staff;
  const double per_staff_pct_a_year = all_staff > 0 ? 1200.0 / all_staff : 0.0;
  wage_growth_terms_ = {
      .expected_inflation = common.expected_inflation * market_staff * per_staff_pct_a_year,
      .error_correction = common.error_correction * market_staff * per_staff_pct_a_year,
      .labour_market = (tightness_growth * market_staff + firm_level_growth) * per_staff_pct_a_year,
      .other = (common.productivity * market_staff + path_growth) * per_staff_pct_a_year};
  firm_credit_.tracked = credit_limit;
  firm_credit_.refused_rub = credit_refused;
  firm_credit_.forced_rub = credit_forced;
  firm_credit_.rationed = credit_rationed;
  sector_price_at_last_pricing_ = sector_price_;
  // The other side of each flow.
  ledger_.pay(Inst::Firms, Inst::Firms, domestic_inputs);
  to_world(Inst::Firms, imported_inputs);
  to_government(Inst::Firms, customs_paid, gov_.federal_rub);
  import_customs_rub_ = customs_paid + final_use_customs_rub_;  // the final buyers' paid in the market
  imported_inputs_rub_ = imported_inputs;
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
  // The bank's profit and loss (bank_pnl): it pays last month's operating costs to the services firms
  // (above); this month's, a share of its operating income (the mortgage subsidy counted in it), come
  // off its taxable profit and are paid next month.
  if (bank_services_paid > 0) {
    ledger_.pay(Inst::Bank, Inst::Firms, bank_services_paid);
    bank_.deposits_rub += bank_services_paid;
    bank_.equity_rub -= bank_services_paid;
  }
  if (p.bank_pnl) {
    bank_.profit_rub += mortgage_subsidy_rub_;
    bank_operating_costs_rub_ = p.bank_cost_to_income_share * std::max(0.0, bank_.profit_rub);
    bank_.profit_rub -= bank_operating_costs_rub_;
  }
  double bank_profit_tax = 0;
  // The bank's profit tax (non_oil_bases): the state bonds' coupons at their own rate, wholly federal;
  // the rest of its profit at the profit tax rate, shared like the firms'. Paid out of its equity.
  bank_profit_tax_federal_rub_ = 0;
  if (p.non_oil_bases) {
    const double coupon_tax = p.state_bond_coupon_tax_pct / 100.0 * std::max(0.0, gov_interest);
    const double other_tax = r.profit_tax * std::max(0.0, bank_.profit_rub - gov_interest);
    bank_profit_tax_federal_rub_ = coupon_tax + other_tax * r.profit_federal_share;
    bank_to_government(bank_profit_tax_federal_rub_, gov_.federal_rub);
    bank_to_government(other_tax * (1.0 - r.profit_federal_share), gov_.regional_rub);
    profit_tax_reg += other_tax * (1.0 - r.profit_federal_share);
    bank_profit_tax = coupon_tax + other_tax;
  }
  profit_tax_fed += bank_profit_tax_federal_rub_ + dividend_withholding_rub_;
  other_taxes += import_customs_rub_ + household_excises_rub_;
  // The bank keeps its capital ratio and pays out equity above it; with bank_pnl a share of its net profit.
  if (p.bank_pnl)
    close_bank_month(p, bank_profit_tax);
  else
    bank_.dividend_due_rub = std::max(0.0, bank_.equity_rub - p.bank_capital_ratio * bank_.loans_rub);
  bank_.profit_rub = 0;
  federal_taxes_rub_ = vat_rub_ + state_purchases_vat_rub_ + pit_federal_rub_ + profit_tax_fed + other_taxes;
  profit_tax_federal_rub_ = profit_tax_fed;
  other_taxes_rub_ = other_taxes;
  profit_tax_regional_rub_ = profit_tax_reg;
  nominal_value_added_rub_ = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) nominal_value_added_rub_ += firm_weight_[f];
  nominal_value_added_rub_ +=
      energy - domestic_inputs - imported_inputs + vat_rub_ + state_purchases_vat_rub_;
}

}  // namespace sancsim
