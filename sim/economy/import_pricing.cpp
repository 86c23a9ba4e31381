#include "sancsim/economy/import_pricing.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

double sticky_import_price(double previous, double parity, double down_speed) {
  if (previous <= 0 || parity >= previous) return parity;
  const double speed = std::clamp(down_speed, 0.0, 1.0);
  return previous * std::pow(parity / previous, speed);
}

double import_price_down_speed(double share_after, double months) {
  const double share = std::clamp(share_after, 0.0, 1.0);
  return 1.0 - std::pow(1.0 - share, 1.0 / std::max(months, 1.0));
}

}  // namespace sancsim
