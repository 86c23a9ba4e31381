#pragma once
// The weekly market: intermediaries place the volume the producers offer (direct sales need none;
// mainstream traders while present, not for designated sellers; shells up to their capacity), and
// each grade clears against its buyer groups at the discount where their demand meets the placed
// volume, never beyond the sellers' floor. The discount is an outcome, not an input.
#include "sancsim/engine/date.hpp"
#include "sancsim/model/buyers.hpp"
#include "sancsim/model/market.hpp"
#include "sancsim/model/oil_params.hpp"
#include "sancsim/model/policy.hpp"
#include "sancsim/model/producers.hpp"
#include "sancsim/model/tankers.hpp"
#include "sancsim/model/traders.hpp"

namespace sancsim {

// Places `markets.offered_kbd` with intermediaries: sets the margin and the unplaced volume;
// returns the share of the offer that found an intermediary.
double intermediate(const OilParams& p, const PolicyState& policy, Date today, const Producers& producers,
                    Traders& traders, Markets& markets);

// Clears each grade: buyers' freight, required discounts and capacities; the clearing discount and
// FOB price; each buyer's allotment. A finite `pinned_urals_fob_usd` (a scenario's price path) sets
// the Urals price instead of the clearing: buyers take what they demand at it, up to the offer.
void clear_grades(const OilParams& p, const PolicyState& policy, Date today, double brent_usd,
                  const Producers& producers, const Shipping& shipping, double placed_share, Buyers& buyers,
                  Markets& markets, double pinned_urals_fob_usd);

}  // namespace sancsim
