// Mark-ups on demand against capacity (markup.hpp).
#include "sancsim/economy/markup.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

double demand_pressure(double stock_after_sales, double target_stock, double utilisation,
                       double target_utilisation, double stock_weight, double utilisation_weight) {
  // A firm with no stock target (no expected demand) reads only its plant.
  const double stock_gap = target_stock > 0 ? 1.0 - std::max(0.0, stock_after_sales) / target_stock : 0.0;
  const double plant_gap = target_utilisation > 0 ? utilisation / target_utilisation - 1.0 : 0.0;
  return std::clamp(stock_weight * stock_gap + utilisation_weight * plant_gap, -1.0, 1.0);
}

double next_markup(const MarkupRule& rule, double markup, double normal_markup, double pressure) {
  const double normal_log = std::log1p(std::max(0.0, normal_markup));
  const double now_log = std::log1p(std::max(0.0, markup));
  const double next_log =
      now_log + rule.response_per_month * pressure - rule.reversion_per_month * (now_log - normal_log);
  const double held = std::clamp(next_log, normal_log - rule.max_gap_log, normal_log + rule.max_gap_log);
  return std::max(0.0, std::expm1(held));
}

double competitor_weighted_price(double cost_plus, double competitors_price, double competitor_weight,
                                 double floor) {
  const double w = std::clamp(competitor_weight, 0.0, 1.0);
  if (!(w > 0) || !(cost_plus > 0) || !(competitors_price > 0)) return cost_plus;
  return std::max(floor, std::exp((1.0 - w) * std::log(cost_plus) + w * std::log(competitors_price)));
}

double labour_cost_gap_log(double gap_log, double unit_labour_cost_growth_log, double sector_price_growth_log,
                           double weight, double reversion_per_month, double max_gap_log) {
  const double w = std::clamp(weight, 0.0, 1.0);
  if (!(w > 0)) return 0.0;
  const double kept = 1.0 - std::clamp(reversion_per_month, 0.0, 1.0);
  const double next = kept * gap_log + w * (unit_labour_cost_growth_log - sector_price_growth_log);
  return std::clamp(next, 0.0, std::max(0.0, max_gap_log));
}

double labour_scarcity_real_wage_factor(double unemployment_pct, double reference_unemployment_pct,
                                        double lowest_unemployment_pct, double elasticity) {
  if (!(elasticity > 0) || !(reference_unemployment_pct > 0)) return 1.0;
  const double u = std::max(unemployment_pct, std::max(lowest_unemployment_pct, 1e-3));
  return u < reference_unemployment_pct ? std::pow(reference_unemployment_pct / u, elasticity) : 1.0;
}

double labour_scarcity_markup_factor(double labour_share_of_unit_cost, double real_wage_factor) {
  if (!(real_wage_factor > 1.0)) return 1.0;
  return 1.0 / (1.0 + std::clamp(labour_share_of_unit_cost, 0.0, 1.0) * (real_wage_factor - 1.0));
}

double labour_scarcity_cut_log(double cut_log, double real_wage_claim_log, double absorbed_share,
                               double allowance_log, double reversion_per_month) {
  const double absorbed = std::clamp(absorbed_share, 0.0, 1.0) * real_wage_claim_log;
  const double allowance = std::max(0.0, allowance_log);
  if (cut_log <= allowance) return std::clamp(cut_log + absorbed, 0.0, allowance);
  // Above what the labour market now allows (it has loosened): competition rebuilds the margin gradually,
  // and claims add nothing (falling ones rebuild it too).
  const double kept = 1.0 - std::clamp(reversion_per_month, 0.0, 1.0);
  return std::max(0.0, allowance + kept * (cut_log - allowance) + std::min(0.0, absorbed));
}

}  // namespace sancsim
