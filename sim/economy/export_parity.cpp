// Export parity of tradable farm commodities (export_parity.hpp).
#include "sancsim/economy/export_parity.hpp"

#include <algorithm>

namespace sancsim {

double farm_parity_weight(const FarmExportParity& rule, double export_share) {
  return std::max(export_share, std::clamp(rule.tradable_share, 0.0, 1.0));
}

double export_netback_index(const FarmExportParity& rule, double world_rub, double rub_index) {
  if (!(rule.duty_rate > 0) || !(rub_index > 0)) return world_rub;
  const auto netback = [&](double q) { return q - rule.duty_rate * std::max(0.0, q - rule.duty_base); };
  const double start = netback(1.0);
  if (!(start > 0)) return world_rub;
  return rub_index * netback(world_rub / rub_index) / start;
}

}  // namespace sancsim
