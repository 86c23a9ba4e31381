#include "sancsim/model/clearing.hpp"

#include <algorithm>
#include <cmath>
#include <span>

namespace sancsim {
namespace {

constexpr std::size_t kUrals = static_cast<std::size_t>(Grade::Urals);
constexpr std::size_t kEspo = static_cast<std::size_t>(Grade::Espo);
constexpr std::size_t kProducts = static_cast<std::size_t>(Grade::Products);

Hull hull_of(Grade g) { return g == Grade::Products ? Hull::Product : Hull::Crude; }

}  // namespace

double intermediate(const OilParams& p, const PolicyState& policy, Date today, const Producers& producers,
                    Traders& traders, Markets& markets) {
  const double offered =
      markets.offered_kbd[kUrals] + markets.offered_kbd[kEspo] + markets.offered_kbd[kProducts];
  double via_mainstream = 0, via_shells = 0, designated_via_shells = 0, undesignated = 0;
  for (std::size_t k = 0; k < kProducers; ++k) {
    const double d = policy.producer_designation[k];
    const double vol = offered * producers.export_share[k];
    const double intermediated = vol * (1.0 - p.producers[k].direct_sales_share * (1.0 - d));
    const double mainstream = intermediated * p.mainstream_share * traders.mainstream_presence * (1.0 - d) *
                              policy.mainstream_allowed(k, today);
    via_mainstream += mainstream;
    via_shells += intermediated - mainstream;
    designated_via_shells += d * (intermediated - mainstream);
    undesignated += vol * (1.0 - d);
  }
  const double unplaced = traders.place(via_shells);
  // A designated producer whose barrels find no shell sells them at home to an undesignated one,
  // which exports as many of its own in their place (a swap at the re-sorting cost), as far as
  // undesignated volume goes. Only what neither channel takes stays unsold.
  const double designated_unplaced = via_shells > 0 ? unplaced * designated_via_shells / via_shells : 0.0;
  markets.resorted_kbd = std::min(designated_unplaced, undesignated);
  markets.unplaced_kbd = unplaced - markets.resorted_kbd;
  // While swaps are possible, shells cannot charge designated sellers more than a swap costs.
  double shell_margin = traders.shell_margin_usd_per_bbl(p);
  if (designated_via_shells > 0 && designated_unplaced < undesignated)
    shell_margin = std::min(shell_margin, std::max(p.shell_margin_usd_per_bbl, p.resorting_cost_usd_per_bbl));
  const double intermediated = via_mainstream + via_shells;
  markets.margin_usd =
      offered > 0 ? (via_mainstream * p.trader_margin_usd_per_bbl + (via_shells - unplaced) * shell_margin +
                     markets.resorted_kbd * p.resorting_cost_usd_per_bbl) /
                        std::max(1.0, intermediated - markets.unplaced_kbd) * (intermediated / offered)
                  : 0.0;
  return offered > 0 ? 1.0 - markets.unplaced_kbd / offered : 1.0;
}

void clear_grades(const OilParams& p, const PolicyState& policy, Date today, double brent_usd,
                  const Producers& producers, const Shipping& shipping, double placed_share, Buyers& buyers,
                  Markets& markets, double pinned_urals_fob_usd) {
  std::array<double, kBuyers> req{}, cap{}, ramp{};
  for (std::size_t g = 0; g < kGrades; ++g) {
    const auto grade = static_cast<Grade>(g);
    const auto& ids = buyers.of(grade);
    const Hull h = hull_of(grade);
    const double cargo = h == Hull::Crude ? p.cargo_crude_kbbl : p.cargo_products_kbbl;
    const double designated_supply = producers.designated_share(grade, policy);
    for (std::size_t b : ids) {
      const double v = p.buyers[b].voyage_days;
      buyers.freight_usd[b] =
          (1.0 - markets.shadow_share[g]) * shipping.freight_usd_per_bbl(Fleet::G7, h, v, cargo) +
          markets.shadow_share[g] * shipping.freight_usd_per_bbl(Fleet::Shadow, h, v, cargo);
      buyers.required_usd[b] = buyers.required_discount(b, p, policy, today, markets, designated_supply);
      buyers.capacity_kbd[b] = buyers.effective_capacity(b, p, policy, today);
    }
    std::size_t n = 0;
    for (std::size_t b : ids) {
      req[n] = buyers.required_usd[b];
      cap[n] = buyers.capacity_kbd[b];
      ramp[n] = buyers.ramp_usd[b];
      ++n;
    }
    const double offered = markets.offered_kbd[g] * placed_share;
    Clearing c;
    if (g == kUrals && std::isfinite(pinned_urals_fob_usd)) {
      // A pinned price: the discount is the path's, and buyers take their demand at it.
      c.discount_usd_per_bbl = brent_usd - pinned_urals_fob_usd;
      double demand = 0;
      for (std::size_t i = 0; i < n; ++i)
        demand += buyer_demand_kbd(c.discount_usd_per_bbl, req[i], cap[i], ramp[i]);
      c.sold_kbd = std::min(std::max(0.0, offered), demand);
    } else {
      c = clear_market(std::span(req.data(), n), std::span(cap.data(), n), std::span(ramp.data(), n), offered,
                       producers.seller_floor(grade, p, policy, brent_usd));
    }
    // Allotments: each group's demand at the clearing discount, scaled to the volume sold.
    double demand = 0;
    for (std::size_t b : ids)
      demand += buyer_demand_kbd(c.discount_usd_per_bbl, buyers.required_usd[b], buyers.capacity_kbd[b],
                                 buyers.ramp_usd[b]);
    const double scale = demand > 0 ? c.sold_kbd / demand : 0.0;
    for (std::size_t b : ids)
      buyers.allotment_kbd[b] = scale * buyer_demand_kbd(c.discount_usd_per_bbl, buyers.required_usd[b],
                                                         buyers.capacity_kbd[b], buyers.ramp_usd[b]);
    // Once the coalition's buyers shun Russian crude, the buyers left, new to it, bargain: the price
    // splits the surplus between the competitive discount and the sellers' disagreement point, which
    // runs from the competitive discount (storage has room: the cargo can wait) to their reservation
    // (Brent less their reservation price, not the search's bound) as storage fills (docs/MODEL.md §6).
    // The volumes are those of the competitive clearing; only the price moves.
    if (policy.shunning && grade != Grade::Products &&
        !(g == kUrals && std::isfinite(pinned_urals_fob_usd))) {
      const double impasse = sellers_impasse_discount(
          c.discount_usd_per_bbl, producers.seller_reservation_discount(p, policy, brent_usd),
          producers.storage_fill(p));
      c.discount_usd_per_bbl =
          std::min(p.max_discount_usd_per_bbl,
                   bargained_discount(c.discount_usd_per_bbl, impasse,
                                      p.new_buyers_bargaining_weight * buyers.new_buyer_share(grade, p)));
    }
    markets.discount_usd[g] = c.discount_usd_per_bbl;
    markets.sold_kbd[g] = c.sold_kbd;
    const double basis = g == kProducts ? p.products_crack_usd_per_bbl : 0.0;
    markets.fob_usd[g] = brent_usd + basis - c.discount_usd_per_bbl;
  }
  buyers.note_intake();
}

}  // namespace sancsim
