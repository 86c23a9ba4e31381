#include "sancsim/economy/investment.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

double user_cost_capital_factor(double elasticity, double depreciation_pct_per_year, double real_rate_pct,
                                double real_rate_start_pct) {
  if (elasticity <= 0) return 1.0;
  const double floor = 0.5 * depreciation_pct_per_year;
  const double cost = std::max(floor, real_rate_pct + depreciation_pct_per_year);
  const double cost_start = std::max(floor, real_rate_start_pct + depreciation_pct_per_year);
  return std::pow(cost / cost_start, -elasticity);
}

}  // namespace sancsim
