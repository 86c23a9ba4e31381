#pragma once
// Market clearing for one grade: buyer groups each take Russian barrels up to their capacity once
// the FOB discount exceeds their required discount, ramping linearly over their spread of refiners.
// The clearing discount is where total demand meets the volume offered; nothing sets it directly.
#include <array>
#include <span>

#include "sancsim/model/oil_params.hpp"

namespace sancsim {

// Per-grade market state, set by the weekly clearing.
struct Markets {
  std::array<double, kGrades> fob_usd{};       // FOB price this week
  std::array<double, kGrades> discount_usd{};  // Brent basis minus FOB
  std::array<double, kGrades> offered_kbd{};
  std::array<double, kGrades> sold_kbd{};
  std::array<double, kGrades> shadow_share{};  // share of cargoes on shadow tankers (smoothed)
  double margin_usd = 0;                       // intermediation margin this week
  double unplaced_kbd = 0;                     // volume no intermediary would take
  double resorted_kbd = 0;             // designated sellers' volume sold in an undesignated seller's place
  double designated_vessel_share = 0;  // of shadow cargoes, on designated tankers (smoothed)
};

struct Clearing {
  double discount_usd_per_bbl = 0;  // Brent-basis minus FOB
  double sold_kbd = 0;              // volume placed (< offered if demand runs out at the seller's floor)
};

// Demand of one buyer group at FOB discount d.
inline double buyer_demand_kbd(double d, double required, double capacity, double ramp) {
  if (d <= required) return 0.0;
  if (d >= required + ramp) return capacity;
  return capacity * (d - required) / ramp;
}

// Clears `offered_kbd` against the buyers (required discount, capacity, ramp per group).
// `floor_discount` is the most the sellers accept (their reservation): if demand at that discount is
// short of the offer, only that demand is sold.
Clearing clear_market(std::span<const double> required, std::span<const double> capacity,
                      std::span<const double> ramp, double offered_kbd, double floor_discount);

// A thin buyer side (docs/MODEL.md §6): the sellers and the buyers split the surplus between the
// competitive discount (the marginal buyer's reservation) and the sellers' floor (theirs) in a Nash
// bargain in which the buyers hold `buyers_weight` (0: a competitive market, 1: the sellers' floor).
inline double bargained_discount(double competitive, double floor_discount, double buyers_weight) {
  if (competitive >= floor_discount) return competitive;
  return competitive + buyers_weight * (floor_discount - competitive);
}

// The sellers' side of that bargain when it breaks down (its disagreement point, as a discount): a
// cargo not sold this week goes into storage while there is room and is sold later at the competitive
// discount; only the full share of the room leaves the sellers at their reservation (barrels that
// cannot be stored are not produced). Binmore, Rubinstein and Wolinsky (1986): the disagreement point
// is what each side gets during the impasse.
inline double sellers_impasse_discount(double competitive, double reservation_discount, double storage_fill) {
  return competitive + storage_fill * (reservation_discount - competitive);
}

}  // namespace sancsim
