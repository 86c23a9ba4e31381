#include "sancsim/model/market.hpp"

#include <algorithm>

namespace sancsim {
namespace {
double total_demand(double d, std::span<const double> req, std::span<const double> cap,
                    std::span<const double> ramp) {
  double q = 0;
  for (std::size_t i = 0; i < req.size(); ++i) q += buyer_demand_kbd(d, req[i], cap[i], ramp[i]);
  return q;
}
}  // namespace

Clearing clear_market(std::span<const double> req, std::span<const double> cap, std::span<const double> ramp,
                      double offered, double floor_discount) {
  Clearing c;
  // The lowest discount any buyer asks for: with nothing offered, the price is the best bid.
  double lo = floor_discount;
  for (std::size_t i = 0; i < req.size(); ++i)
    if (cap[i] > 0) lo = std::min(lo, req[i]);
  if (offered <= 0) {
    c.discount_usd_per_bbl = lo;
    return c;
  }
  const double at_floor = total_demand(floor_discount, req, cap, ramp);
  if (at_floor <= offered) {
    c.discount_usd_per_bbl = floor_discount;
    c.sold_kbd = at_floor;
    return c;
  }
  // Demand is continuous and non-decreasing in the discount: bisect on [lo, floor].
  double hi = floor_discount;
  for (int it = 0; it < 60 && hi - lo > 1e-9; ++it) {
    const double mid = 0.5 * (lo + hi);
    if (total_demand(mid, req, cap, ramp) < offered)
      lo = mid;
    else
      hi = mid;
  }
  c.discount_usd_per_bbl = hi;
  c.sold_kbd = offered;
  return c;
}

}  // namespace sancsim
