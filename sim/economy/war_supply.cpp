#include "sancsim/economy/war_supply.hpp"

#include <algorithm>

namespace sancsim {

double war_supply_factor(double cutoff_share, double imported_input_intensity, double war_shock_weight) {
  return 1.0 - cutoff_share * imported_input_intensity * war_shock_weight;
}

double output_on_imported_inputs(double plan, double lasting_demand, double supply_factor) {
  if (supply_factor >= 1.0) return plan;
  return std::min(plan, std::max(0.0, supply_factor * lasting_demand));
}

}  // namespace sancsim
