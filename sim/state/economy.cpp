#include "sancsim/state/economy.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

double okun_output_gap_pct(double natural_unemployment_pct, double okun, double unemployment_pct) {
  return (natural_unemployment_pct - unemployment_pct) / okun;
}

double between_year_middles(double this_year, double neighbour, unsigned month) {
  const double from_middle = std::abs(static_cast<double>(month) - 6.5);
  return this_year + (neighbour - this_year) * from_middle / 12.0;
}

double fx_passthrough_weighted_change(const EconomyParams& p, double depreciation_log) {
  return depreciation_log >= 0 ? depreciation_log : p.fx_appreciation_passthrough_share * depreciation_log;
}

Economy::History Economy::backfill(double now, double yoy_pct) {
  History h{};
  const double monthly = std::log1p(yoy_pct / 100.0) / 12.0;
  for (int k = 0; k <= 12; ++k) h[static_cast<std::size_t>(k)] = now * std::exp(-monthly * (12 - k));
  return h;
}

void Economy::push(History& h, double v) {
  std::copy(h.begin() + 1, h.end(), h.begin());
  h[12] = v;
}

Economy::Economy(const InitialState& s)
    : gap_pct_(s.output_gap_pct),
      demand_gap_pct_(s.output_gap_pct),
      potential_(s.real_gdp_index / (1.0 + s.output_gap_pct / 100.0)),
      core_inflation_pct_(s.cpi_yoy_pct),
      underlying_core_inflation_pct_(s.cpi_yoy_pct),
      expected_inflation_pct_(s.cpi_yoy_pct),
      unemployment_pct_(s.unemployment_pct),
      price_(backfill(s.price_level, s.cpi_yoy_pct)),
      underlying_price_(price_),
      real_gdp_(backfill(s.real_gdp_index, s.gdp_yoy_pct)),
      wage_(backfill(1.0, s.wage_yoy_pct)) {}

void Economy::step(const EconomyParams& p, const CentralBankParams& cb, const EconomyInputs& in) {
  // IS curve: the gap moves toward what fiscal stance, real rates, export earnings and shocks imply.
  const double fiscal = p.fiscal_multiplier * (in.spending_pct_gdp - p.spending_ref_pct_gdp);
  const double rates = -p.rate_sensitivity * in.real_rate_gap_pct;
  const double exports = p.export_sensitivity *
                         std::log(std::max(in.energy_exports_usd_bn, 0.1) / p.export_ref_usd_bn_per_month);
  const double aim = fiscal + rates + exports + p.demand_shock_pct.at(in.year);
  demand_gap_pct_ = p.gap_persistence * demand_gap_pct_ + (1.0 - p.gap_persistence) * aim;
  // The invasion shock hits output at once (imports cut off, firms leaving) and fades on its own clock.
  gap_pct_ = demand_gap_pct_ + in.war_shock_weight * p.war_demand_shock_pct;

  potential_ *= std::exp(std::log1p(p.potential_growth_pct.at(in.year) / 100.0) / 12.0);
  const double real_gdp = potential_ * (1.0 + gap_pct_ / 100.0);

  // Phillips curve: persistence, expectations anchored partly on the target, slope on the gap.
  const double last_yoy = cpi_yoy_pct();
  expected_inflation_pct_ +=
      p.expectations_weight * (0.5 * cb.inflation_target_pct + 0.5 * last_yoy - expected_inflation_pct_);
  const double demand = expected_inflation_pct_ + p.phillips_slope * gap_pct_;
  const double cost_push = p.cost_push_pct.at(in.year);
  // Shares of the first-round effects the rule sees: of the cost push, of a large depreciation's jump.
  const double keep_cost_push = 1.0 - cb.cost_push_lookthrough;
  const double keep = 1.0 - cb.supply_shock_lookthrough;
  core_inflation_pct_ =
      p.inflation_persistence * core_inflation_pct_ + (1.0 - p.inflation_persistence) * (demand + cost_push);
  underlying_core_inflation_pct_ = p.inflation_persistence * underlying_core_inflation_pct_ +
                                   (1.0 - p.inflation_persistence) * (demand + keep_cost_push * cost_push);
  // FX pass-through spread over a quarter; printed money raises the price level one for one (scaled).
  std::copy(recent_depreciation_.begin() + 1, recent_depreciation_.end(), recent_depreciation_.begin());
  recent_depreciation_.back() = fx_passthrough_weighted_change(p, in.depreciation_log);
  double fx = 0;
  for (double d : recent_depreciation_) fx += d;
  fx *= p.fx_passthrough / 3.0;
  // The sanctions' wedge on import prices moves the import parity as a depreciation would: the same
  // ordinary pass-through over a quarter (falls scaled by the rigidity), a supply shock to the Bank.
  const double wedge_log = in.invasion_share * std::log1p(p.import_cost_wedge.at(in.year));
  std::copy(recent_wedge_change_.begin() + 1, recent_wedge_change_.end(), recent_wedge_change_.begin());
  recent_wedge_change_.back() = fx_passthrough_weighted_change(p, wedge_log - import_wedge_log_);
  import_wedge_log_ = wedge_log;
  double wedge_fx = 0;
  for (double d : recent_wedge_change_) wedge_fx += d;
  wedge_fx *= p.fx_passthrough / 3.0;
  // A large monthly fall of the ruble reprices at once, beyond the ordinary pass-through.
  const double large_fx = p.large_fx_passthrough *
                          std::max(0.0, in.depreciation_log - std::log1p(p.large_depreciation_pct / 100.0));
  const double money =
      p.money_financing_passthrough * in.printed_rub_bn / std::max(nominal_gdp_rub_bn_per_year(p), 1.0);
  push(price_, price_.back() * std::exp(core_inflation_pct_ / 1200.0 + fx + wedge_fx + large_fx + money));
  push(underlying_price_, underlying_price_.back() * std::exp(underlying_core_inflation_pct_ / 1200.0 + fx +
                                                              keep * (wedge_fx + large_fx) + money));
  push(real_gdp_, real_gdp);

  unemployment_pct_ = std::max(0.5, p.natural_unemployment_pct.at(in.year) - p.okun * gap_pct_);
  // Wages: indexation, productivity, the gap, and the tightness of the labour market against its
  // pre-war reference (the war's demand for soldiers and defence workers shows here).
  const double wage_growth_pct =
      cpi_yoy_pct() + p.productivity_growth_pct + p.wage_gap_coefficient * gap_pct_ +
      p.wage_tightness_coefficient * (p.wage_reference_unemployment_pct - unemployment_pct_);
  push(wage_, wage_.back() * std::exp(std::log1p(wage_growth_pct / 100.0) / 12.0));
}

double Economy::underlying_momentum_pct() const {
  return (std::pow(underlying_price_[12] / underlying_price_[9], 4.0) - 1.0) * 100.0;
}

double Economy::real_wage_yoy_pct() const {
  return ((wage_[12] / wage_[0]) / (price_[12] / price_[0]) - 1.0) * 100.0;
}

void Economy::hash(StateHasher& h) const {
  h.value(gap_pct_);
  h.value(demand_gap_pct_);
  h.value(potential_);
  h.value(core_inflation_pct_);
  h.value(underlying_core_inflation_pct_);
  h.value(expected_inflation_pct_);
  h.value(unemployment_pct_);
  h.value(recent_depreciation_);
  h.value(recent_wedge_change_);
  h.value(import_wedge_log_);
  h.value(price_);
  h.value(underlying_price_);
  h.value(real_gdp_);
  h.value(wage_);
}

}  // namespace sancsim
