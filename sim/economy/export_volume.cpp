#include "sancsim/economy/export_volume.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

double export_volume_rate(double previous, double now, double speed) {
  if (previous <= 0 || speed >= 1.0) return now;
  return previous * std::pow(now / previous, std::max(0.0, speed));
}

}  // namespace sancsim
