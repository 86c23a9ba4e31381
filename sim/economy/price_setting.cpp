#include "sancsim/economy/price_setting.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

double price_indexation_factor(double expected_inflation_pct_a_year, double share) {
  if (share == 0.0) return 1.0;
  const double a_year = std::max(-99.0, expected_inflation_pct_a_year) / 100.0;
  return std::pow(1.0 + a_year, share / 12.0);
}

double next_price(double price, double target, double adjustment, double indexation_factor) {
  const double indexed = price * indexation_factor;
  return indexed + adjustment * (target - indexed);
}

double steady_target_over_price(double growth_per_month, double adjustment,
                                double indexation_growth_per_month) {
  if (!(adjustment > 0) || adjustment > 1) return 1.0;
  const double g = growth_per_month, h = indexation_growth_per_month;
  return ((g - h) / adjustment + 1.0 + h) / (1.0 + g);
}

double gap_hazard_adjustment(double base, double hazard, double gap_log, double steady_gap_log) {
  if (!(hazard > 0)) return base;
  return std::min(1.0, base + hazard * std::max(0.0, std::abs(gap_log) - steady_gap_log));
}

}  // namespace sancsim
