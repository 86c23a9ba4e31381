// The goods market of the agent economy: firms plan output and prices, produce, and sell to households,
// firms, the state and exports against output and imports.
#include "agent_economy_month.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sancsim/economy/export_volume.hpp"
#include "sancsim/economy/investment.hpp"
#include "sancsim/economy/purchases_abroad.hpp"
#include "sancsim/economy/wage_setting.hpp"
#include "sancsim/economy/war_supply.hpp"

namespace sancsim {

using namespace agent_economy_detail;

double AgentEconomy::investment_goods_price(double import_price) const {
  double p_inv = 0;
  for (std::size_t s = 0; s < kSectors; ++s)
    p_inv += investment_basket_[s] * ((1.0 - import_shares_.investment[s]) * sector_price_[s] +
                                      import_shares_.investment[s] * import_price);
  return p_inv;
}

double AgentEconomy::trend_output_per_worker(std::size_t f) const {
  return labour_saving_ * productivity_[index(firms_.sector[f])] * productivity_trend_;
}

void AgentEconomy::plan_firms(const AgentEconomyParams& p, const MonthRates& r) {
  const double lambda = p.demand_expectation_weight;
  // Investment goods' price and the real cost of credit (investment answers to the key rate).
  const double p_inv = investment_goods_price(r.import_price);
  const double lambda_k = p.investment_demand_weight;
  const double delta = p.depreciation_pct_per_year / 1200.0;
  InvestmentOrders& orders = investment_orders_;
  // The old rule (off by default): the month's real loan rate cuts gross investment at once.
  const double credit =
      std::max(0.0, 1.0 - p.investment_rate_sensitivity * (r.real_loan_rate_pct - real_loan_rate_start_pct_));
  // The capital firms want answers to the user cost of capital (real loan rate plus depreciation)
  // against the start's, with a constant elasticity; investment closes the gap to it gradually.
  // With investment_reads_lasting_real_rate the real loan rate it reads is a slow expectation (lasting
  // demand's weight), the month's rate at the first month.
  // The defence industry's capital reads its own (state-directed) loan rate in the same way.
  const auto rate_read = [&](double month_rate_pct, double& lasting_rate) {
    if (!p.investment_reads_lasting_real_rate) return month_rate_pct;
    lasting_rate =
        month_index_ == 0 ? month_rate_pct : (1.0 - lambda_k) * lasting_rate + lambda_k * month_rate_pct;
    return lasting_rate;
  };
  const double capital_cost_factor = user_cost_capital_factor(
      p.investment_user_cost_elasticity, p.depreciation_pct_per_year,
      rate_read(r.real_loan_rate_pct, lasting_real_loan_rate_pct_), real_loan_rate_start_pct_);
  const double defence_capital_cost_factor =
      user_cost_capital_factor(p.investment_user_cost_elasticity, p.depreciation_pct_per_year,
                               rate_read(r.real_defence_loan_rate_pct, lasting_real_defence_loan_rate_pct_),
                               real_defence_loan_rate_start_pct_);
  // Idle time instead of layoffs while the invasion's shock lasts (war_idle_time).
  // and while the COVID restrictions of the start last (covid_start; firms kept their staff on idle time).
  idle_time_now_ = (p.war_idle_time && r.war.shock_weight > 0) || r.war.services_on_sale < 1.0;
  // The share of staff a firm expects to leave to unemployment this month: separation_share, or with
  // quits_with_tightness last month's leavers (the first month's is separation_share).
  const double expected_leavers =
      p.quits_with_tightness && leavers_share_ > 0 ? leavers_share_ : p.separation_share;
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const std::size_t s = index(firms_.sector[f]);
    double& expected = firms_.expected_demand[f];
    expected = (1.0 - lambda) * expected + lambda * firms_.demand[f];
    // The inventory rule (no stock drained by a shortage); a firm whose product cannot be stocked
    // (services_not_stored) stands ready to serve what it expects to be asked, within its plant.
    double plan = stockless(p, f) ? std::clamp(expected, 0.0, capacity(p, f))
                                  : plan_without_shortage(expected, firms_.inventory[f], 0.0,
                                                          p.inventory_target_months, capacity(p, f));
    // After the invasion the imported parts on offer limit output once the firm's stock of the cut-off
    // parts runs out; the firm keeps the staff for the output it would make without the shortage.
    if (p.war_imports_bind_output) ration_imported_parts(p, f, plan);
    firms_.output[f] = plan;  // the plan; produce() caps it by the workers hired
    const double need_staff = plan / labour_productivity(p, f);
    auto need = static_cast<std::int32_t>(std::lround(need_staff));
    const std::int32_t have = firms_.employees[f];
    // With idle time a firm keeps the staff its lasting demand needs: it lays none of them off and
    // replaces its leavers up to that staff, but hires beyond its plan's need only to replace them.
    std::int32_t keep = idle_time_now_
                            ? static_cast<std::int32_t>(std::lround(staff_kept(
                                  need_staff, firms_.lasting_demand[f], trend_output_per_worker(f))))
                            : need;
    // Vacancies: the gap to the need plus the separations the firm expects this month (replacement
    // hiring), so that churn alone does not leave it short.
    // (rounded at random, so that small firms replace churn on average too).
    const double churn = expected_leavers * have;
    const auto replace =
        static_cast<std::int32_t>(churn) + (rng_.uniform() < churn - std::floor(churn) ? 1 : 0);
    // With the bank's lending standard and firm_credit_funded_payroll a firm keeps and hires only the staff
    // that its deposits, the credit left under its limit and its expected cash before wages can pay after its
    // interest and declared dividend; the staff it cannot pay it lays off at once. (under_lending_standard).
    double funds = 0, payroll_per_worker = 0;
    const bool funded_only = p.firm_credit.enabled && p.firm_credit.funded_payroll && month_index_ > 0 &&
                             under_lending_standard(f);
    if (funded_only) {
      funds = firms_.deposits_rub[f] + std::max(0.0, firm_credit_.limit_rub[f] - firms_.loans_rub[f]) +
              firm_credit_.expected_cash_before_wages_rub[f] - loan_rate_of(f, r) * firms_.loans_rub[f] -
              firms_.dividend_due_rub[f];
      payroll_per_worker = firms_.wage_rub[f] * firm_pay_factor_[f] * (1.0 + r.social_contribution);
      const double payable =
          payroll_per_worker > 0 ? std::floor(std::max(0.0, funds) / payroll_per_worker) : 0.0;
      if (payable < static_cast<double>(need)) need = static_cast<std::int32_t>(payable);
      if (payable < static_cast<double>(keep)) keep = static_cast<std::int32_t>(payable);
    }
    const std::int32_t staff_aim = std::max(need, std::min(keep, have));
    firms_.vacancies[f] = std::max(0, staff_aim + replace - have);
    firms_.hires[f] = 0;
    firm_quits_[f] = 0;
    // Labour is hoarded: a firm lets go a share of its excess staff a month (at most a twentieth). With
    // attrition_before_shedding the month's expected separations take up the excess first, so a firm
    // whose excess churn removes anyway neither lays off nor cuts its wage while it replaces leavers.
    const double excess = static_cast<double>(have - keep) - (p.attrition_before_shedding ? churn : 0.0);
    firm_shed_[f] = excess > 0 ? std::min(0.05, p.labour_adjustment * excess / have) : 0.0;
    if (funded_only && keep < have)
      firm_shed_[f] = std::max(firm_shed_[f], 1.0 - static_cast<double>(keep) / have);
    // Investment: replace wear and close part of the gap to the capital that lasting demand needs (a
    // slow expectation, so that a month's swing in sales does not swing investment: a slower accelerator).
    double& lasting = firms_.lasting_demand[f];
    lasting = (1.0 - lambda_k) * lasting + lambda_k * firms_.demand[f];
    const double cost_factor =
        firms_.sector[f] == Sector::Def ? defence_capital_cost_factor : capital_cost_factor;
    const double wanted = cost_factor * 12.0 * p.capital_output_years * lasting /
                          (p.target_utilisation * capital_productivity_[s]);
    const double adjust = turnover_.age_months[f] == 0 ? 1.0 : p.investment_adjustment;  // an entrant: all
    if (!orders.enabled()) {
      const double real = std::max(0.0, delta * firms_.capital[f] + adjust * (wanted - firms_.capital[f]));
      firms_.investment_rub[f] = credit * real * p_inv;
    } else {
      // Time to build: the decision is an order paid over the build months; the firm counts its orders
      // under way (less the wear they replace while built) as capital. The first month starts in a steady
      // flow of the month's decision.
      const bool first = month_index_ == 0;
      const double counted = first ? firms_.capital[f]
                                   : capital_in_place_and_on_order(firms_.capital[f], orders.unbuilt_real(f),
                                                                   delta, orders.months);
      const double real = std::max(0.0, delta * firms_.capital[f] + adjust * (wanted - counted));
      if (first) orders.start_steady(f, credit * real);
      orders.order(f, credit * real);
      firms_.investment_rub[f] = orders.pay_now(f) * p_inv;
    }
    // Investment out of what the kept staff's pay leaves of the funds (firm_credit_funded_payroll).
    if (funded_only) {
      const double left = funds - payroll_per_worker * std::min(need, have);
      firms_.investment_rub[f] = std::clamp(left, 0.0, firms_.investment_rub[f]);
    }
  }
  orders.next_month();
}

// Soldiers' exits, separations and who searches this month: one draw per household.

void AgentEconomy::produce(const AgentEconomyParams& p) {
  sector_output_.fill(0.0);
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const std::size_t s = index(firms_.sector[f]);
    const double normal_hours_output = labour_productivity(p, f) * firms_.employees[f];
    const double plant = capacity(p, f);
    // Overtime (overtime_with_demand): a firm short of workers works its staff longer, within the bound.
    const double hours = p.overtime_with_demand
                             ? overtime_hours_factor(std::min(firms_.output[f], plant), normal_hours_output,
                                                     p.overtime_max_share)
                             : 1.0;
    firm_hours_[f] = hours;
    firm_pay_factor_[f] = p.overtime_with_demand ? overtime_pay_factor(hours, p.overtime_pay_premium) : 1.0;
    const double y = std::min({firms_.output[f], normal_hours_output * hours, plant});
    // Idle time (war_idle_time): the hours the staff would work at the trend's output per worker, without
    // the war's cut, that this month's output does not need are paid at the idle share of the wage.
    if (idle_time_now_ && hours <= 1.0)
      firm_pay_factor_[f] = idle_pay_factor(
          std::max(0.0, y), trend_output_per_worker(f) * firms_.employees[f], p.idle_pay_share);
    firms_.output[f] = std::max(0.0, y);
    firms_.inventory[f] += firms_.output[f];
    sector_output_[s] += firms_.output[f];
  }
}

// Each household receives its income, pays its income tax and spends out of income and deposits.

void AgentEconomy::goods_market(const AgentEconomyParams& p, const EconomyMonthInputs& in,
                                const MonthRates& r) {
  // Households: their purchases abroad (household_purchases_abroad) out of their spending to the rest of
  // the world; on the rest VAT at their effective rate to the federal budget, the imported part of the
  // basket abroad. The excises on tobacco, alcohol and sugary drinks (household_excises) are inside the
  // price before VAT: the VAT is on the price with the excise, the sellers keep neither.
  household_purchases_abroad_rub_ =
      p.household_purchases_abroad
          ? purchases_abroad_rub(consumption_rub_, p.household_purchases_abroad_pct_of_spending.at(r.year))
          : 0.0;
  if (household_purchases_abroad_rub_ > 0) to_world(Inst::Households, household_purchases_abroad_rub_);
  const double at_home = consumption_rub_ - household_purchases_abroad_rub_;
  const double c_net_of_vat = at_home / (1.0 + r.household_vat);
  vat_rub_ = at_home - c_net_of_vat;
  to_government(Inst::Households, vat_rub_, gov_.federal_rub);
  household_excises_rub_ = p.household_excises ? p.household_excise_pct_of_spending / 100.0 * at_home : 0.0;
  to_government(Inst::Households, household_excises_rub_, gov_.federal_rub);
  const double c_net = c_net_of_vat - household_excises_rub_;
  std::array<double, kSectors> dom_hh{}, dom_fed{}, dom_reg{}, dom_inv{}, exports{}, windfall{};
  double hh_imports = 0, inv_imports = 0;
  std::array<double, kSectors> hh_imports_by_sector{};
  split_household_spending(c_net, r.war, household_basket_, import_shares_.household, dom_hh, hh_imports,
                           &hh_imports_by_sector);
  // The services the restrictions left unbought this month (covid_start), at purchasers' prices: they join
  // the excess saving next month.
  if (covid_.enabled) {
    const double missing =
        covid_missing_share(r.war.services_on_sale, household_basket_[index(Sector::Serv)]);
    covid_unspent_rub_ = missing < 1.0 ? consumption_rub_ * missing / (1.0 - missing) : 0.0;
  }
  dom_hh[index(Sector::Cons)] += new_housing_rub_;  // mortgages buy new housing (VAT-exempt)
  // The state: defence orders (what the defence budget leaves after soldiers' pay and bonuses) to the
  // defence industry; other purchases and the regions' purchases by the government's basket.
  const double defence_orders = std::max(0.0, in.defence_rub_bn * r.scale - soldier_pay_rub_ - bonuses_rub_);
  const double federal_purchases = (in.security_rub_bn + in.other_rub_bn) * r.scale * r.purchases_share;
  // The regions and social funds spend this month what their receipts leave after pensions and
  // benefits (last month's profit tax, which is assessed after the market).
  regional_spending_due_rub_ =
      std::max(0.0, social_contrib_rub_ + pit_regional_rub_ + profit_tax_regional_rub_ - pensions_rub_);
  // The state pays purchasers' prices: on its purchases of goods the VAT returns to the federal budget
  // (the regions' VAT moves to the federal account) and the sellers get the rest (state_purchases_pay_vat).
  const double state_vat = p.state_purchases_pay_vat ? vat_in_price(r.vat) : 0.0;
  double vat_federal = defence_orders * state_vat, vat_regional = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    dom_fed[s] = federal_purchases * government_basket_[s];
    dom_reg[s] = regional_spending_due_rub_ * government_basket_[s];
    if (taxed_when_the_state_buys(static_cast<Sector>(s))) {
      vat_federal += dom_fed[s] * state_vat;
      vat_regional += dom_reg[s] * state_vat;
      dom_fed[s] -= dom_fed[s] * state_vat;
      dom_reg[s] -= dom_reg[s] * state_vat;
    }
  }
  // With the orders not yet delivered, asked for over defence_backlog_months.
  const double backlog_due = defence_backlog_rub_ / std::max(1.0, p.defence_backlog_months);
  defence_backlog_rub_ -= backlog_due;
  dom_fed[index(Sector::Def)] += defence_orders * (1.0 - state_vat) + backlog_due;
  gov_.regional_rub -= vat_regional;
  gov_.federal_rub += vat_regional;
  state_purchases_vat_rub_ = vat_federal + vat_regional;
  double investment = 0;
  for (double v : firms_.investment_rub) investment += v;
  // Imported goods cut off after the invasion (war_cut_off_goods_not_imported): the share of imported
  // investment goods and inputs not on offer, and the shares of final buyers' unmet demand still bought
  // abroad (households' at their own final goods' availability).
  const bool cut_off = p.war_cut_off_goods_not_imported && in.war_shock_weight > 0;
  const double not_on_offer = cut_off ? p.war_import_cutoff_share * in.war_shock_weight : 0.0;
  const double hh_abroad = cut_off ? r.war.import_availability : 1.0;
  double inv_not_bought = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    const double spend = investment * investment_basket_[s];
    const double imported = spend * import_shares_.investment[s];
    inv_imports += imported * (1.0 - not_on_offer);
    inv_not_bought += imported * not_on_offer;
    dom_inv[s] = spend - imported;
    // Export volumes are set at the volume rate; the rest of the ruble value is the exporters' windfall.
    const double volume_usd_rub = r.export_volume_usd_rub > 0 ? r.export_volume_usd_rub : in.usd_rub;
    // The part of the dollar value that is price (the state's within-year path) is a windfall too.
    const double volume_usd_bn = in.non_energy_exports_usd_bn / in.non_energy_export_price_index;
    exports[s] = volume_usd_bn * volume_usd_rub * r.scale * export_basket_[s];
    windfall[s] =
        in.non_energy_exports_usd_bn * (in.usd_rub - volume_usd_rub) * r.scale * export_basket_[s] +
        (in.non_energy_exports_usd_bn - volume_usd_bn) * volume_usd_rub * r.scale * export_basket_[s];
  }
  // Customs payments on the final buyers' imported goods (final_use_customs), inside what they spend on
  // them: the customs value goes abroad, the duties to the federal budget. Services pay none.
  final_use_customs_rub_ = 0;
  if (p.final_use_customs) {
    const double c = vat_in_price(p.import_customs_pct / 100.0);  // duty over customs value plus duty
    double hh_goods = 0, hh_all = 0, inv_goods = 0, inv_all = 0;
    for (std::size_t s = 0; s < kSectors; ++s) {
      const double hh = household_basket_[s] * import_shares_.household[s];
      const double inv = investment_basket_[s] * import_shares_.investment[s];
      hh_all += hh;
      inv_all += inv;
      if (is_goods_sector(static_cast<Sector>(s))) {
        hh_goods += hh;
        inv_goods += inv;
      }
    }
    const double hh_customs = hh_all > 0 ? c * hh_imports * hh_goods / hh_all : 0.0;
    const double inv_customs = inv_all > 0 ? c * inv_imports * inv_goods / inv_all : 0.0;
    to_government(Inst::Households, hh_customs, gov_.federal_rub);
    to_government(Inst::Firms, inv_customs, gov_.federal_rub);
    hh_imports -= hh_customs;
    inv_imports -= inv_customs;
    final_use_customs_rub_ = hh_customs + inv_customs;
  }
  to_world(Inst::Households, hh_imports);
  to_world(Inst::Firms, inv_imports);
  // The oil and gas firms also buy inputs for what they export (the oil trade's volume).
  energy_export_real_ = base_energy_export_real_ * in.energy_export_volume_index;
  SectorVector output = Eigen::Map<const SectorVector>(sector_output_.data());
  output(static_cast<Eigen::Index>(index(Sector::OilGas))) += energy_export_real_;
  // Domestic inputs that replace imported ones are bought from the same sectors (a scaled column of A_d).
  for (std::size_t s = 0; s < kSectors; ++s)
    output(static_cast<Eigen::Index>(s)) *= import_shares_.domestic_input_scale[s];
  const SectorVector intermediate = io_.intermediate_demand(output);

  double unmet_hh = 0, unmet_fed = 0, unmet_reg = 0, unmet_inv = 0, sold_fed = 0, sold_reg = 0,
         sold_exports = 0, ordered_exports = 0;
  // Unmet demand for what cannot be stocked (services_not_stored) cannot be imported either: households
  // keep the money, the state its unspent purchases, firms invest less.
  double unserved_hh = 0, unserved_inv = 0;
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
    const double pool =
        std::max(0.0, fill * (nominal + windfall[s] + intermediate(static_cast<Eigen::Index>(s)) * price));
    for (std::size_t f = first; f < last; ++f)
      firm_weight_[f] = sold_value > 0 ? pool * firms_.sales[f] * firms_.price[f] / sold_value : 0.0;
    if (sold_value <= 0 && pool > 0) throw std::logic_error("economy: a sector sold nothing but was paid");
    if (stockless_sector(p, static_cast<Sector>(s))) {
      // What the sector's firms stood ready to serve and did not sell is lost: the month's output (GDP)
      // is their sales. Their own output (firms_.output) stays what they made, which their excess-demand
      // reading measures demand against.
      sector_output_[s] = sold;
      unserved_hh += (1.0 - fill) * dom_hh[s];
      unserved_inv += (1.0 - fill) * dom_inv[s];
    } else if (static_cast<Sector>(s) == Sector::Def) {
      // Weapons are not bought abroad: what the defence industry did not deliver stays on order, and the
      // state pays for it when it is delivered.
      defence_backlog_rub_ += std::max(0.0, (1.0 - fill) * dom_fed[s]);
    } else {
      unmet_hh += (1.0 - fill) * dom_hh[s];
      unmet_fed += (1.0 - fill) * dom_fed[s];
      unmet_reg += (1.0 - fill) * dom_reg[s];
      unmet_inv += (1.0 - fill) * dom_inv[s];
    }
    sold_fed += fill * dom_fed[s];
    sold_reg += fill * dom_reg[s];
    sold_exports += fill * (exports[s] + windfall[s]);
    ordered_exports += exports[s] + windfall[s];
    ledger_.pay(Inst::Households, Inst::Firms, fill * dom_hh[s]);
  }
  count_household_goods(r, dom_hh, hh_imports_by_sector, hh_abroad);
  // Unmet demand of final buyers is met by imports as far as they are on offer; the state's purchases
  // leave its accounts. What is not on offer abroad either is not bought: households keep the money
  // (credited next month), firms invest less, the state keeps it.
  to_world(Inst::Households, hh_abroad * unmet_hh);
  owed_to_households_rub_ += (1.0 - hh_abroad) * unmet_hh;
  to_world(Inst::Firms, (1.0 - not_on_offer) * unmet_inv);
  inv_not_bought += not_on_offer * unmet_inv;
  owed_to_households_rub_ += unserved_hh;
  inv_not_bought += unserved_inv;
  government_to_world((1.0 - not_on_offer) * unmet_fed, gov_.federal_rub);
  government_to_world((1.0 - not_on_offer) * unmet_reg, gov_.regional_rub);
  if (inv_not_bought > 0 && investment > 0) {
    const double bought = 1.0 - inv_not_bought / investment;
    for (double& v : firms_.investment_rub) v *= bought;
  }
  from_government(Inst::Firms, sold_fed, gov_.federal_rub);
  from_government(Inst::Firms, sold_reg, gov_.regional_rub);
  from_world(Inst::Firms, sold_exports);
  non_energy_exports_filled_ = ordered_exports > 0 ? sold_exports / ordered_exports : 1.0;
  for (std::size_t f = 0; f < firms_.size(); ++f) firms_.deposits_rub[f] += firm_weight_[f];
}

// The goods households got this month (trade_at_goods_volume): at home what the sectors filled, abroad the
// imports of the basket and the unmet demand bought abroad; at basic prices and at the first month's.
void AgentEconomy::count_household_goods(const MonthRates& r, const std::array<double, kSectors>& domestic,
                                         const std::array<double, kSectors>& imported, double bought_abroad) {
  household_goods_rub_ = household_goods_volume_rub_ = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    if (!is_goods_sector(static_cast<Sector>(s))) continue;
    const double import_price = household_import_price(r, s);
    if (month_index_ == 0) {
      goods_price_start_[s] = sector_price_[s];
      goods_import_price_start_[s] = import_price;
    }
    const double at_home = sector_fill_[s] * domestic[s];
    const double abroad = imported[s] + bought_abroad * (1.0 - sector_fill_[s]) * domestic[s];
    household_goods_rub_ += at_home + abroad;
    if (sector_price_[s] > 0)
      household_goods_volume_rub_ += at_home * goods_price_start_[s] / sector_price_[s];
    if (import_price > 0) household_goods_volume_rub_ += abroad * goods_import_price_start_[s] / import_price;
  }
  if (month_index_ == 0) services_price_start_ = sector_price_[index(Sector::Serv)];
}

}  // namespace sancsim
