#include "sancsim/economy/war_supply.hpp"

#include <algorithm>

namespace sancsim {

double war_supply_factor(double cutoff_share, double imported_input_intensity, double war_shock_weight) {
  return 1.0 - cutoff_share * imported_input_intensity * war_shock_weight;
}

PartsLimitedOutput output_on_imported_parts(double plan, double reference, double supply_factor, double parts,
                                            double drained) {
  PartsLimitedOutput out{plan, parts, drained};
  const double on_offer = std::max(0.0, supply_factor * reference);
  if (supply_factor < 1.0 && plan > on_offer) {  // no limit without a cut
    const double from_stock = std::min(parts, plan - on_offer);
    out.output = on_offer + from_stock;
    out.parts = parts - from_stock;
  }
  out.drained = std::max(0.0, drained + reference - out.output);
  return out;
}

double imported_parts_target(double stock_months, double full_cut_supply_factor, double expected_demand) {
  return stock_months * std::max(0.0, 1.0 - full_cut_supply_factor) * std::max(0.0, expected_demand);
}

double plan_without_shortage(double expected_demand, double inventory, double drained, double target_months,
                             double capacity) {
  const double plan = expected_demand + 0.5 * (target_months * expected_demand - inventory - drained);
  return std::clamp(plan, 0.0, capacity);
}

double staff_kept(double need, double lasting_demand, double output_per_worker) {
  if (!(output_per_worker > 0)) return need;
  return std::max(need, lasting_demand / output_per_worker);
}

double idle_pay_factor(double output, double output_at_full_hours, double idle_pay_share) {
  if (!(output_at_full_hours > 0)) return 1.0;
  const double worked = std::clamp(output / output_at_full_hours, 0.0, 1.0);
  return worked + idle_pay_share * (1.0 - worked);
}

}  // namespace sancsim
