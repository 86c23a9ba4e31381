#include "sancsim/model/ports.hpp"

#include <algorithm>

namespace sancsim {
namespace {

constexpr std::size_t kUrals = static_cast<std::size_t>(Grade::Urals);
constexpr std::size_t kEspo = static_cast<std::size_t>(Grade::Espo);

Hull hull_of(Grade g) { return g == Grade::Products ? Hull::Product : Hull::Crude; }

}  // namespace

Ports::Ports(std::uint64_t seed, std::uint32_t replication)
    : cheat_rng_(seed, replication, Stream::CapCheating, 0) {}

void Ports::pipe_crude(LoadingContext& c) {
  auto pipe = [&](double kbd, Region r, std::size_t grade) {
    const double v = c.producers.draw_crude(kbd);
    c.ledger.crude_exported_kbbl += v;
    c.month.crude_pipeline_kbbl += v;
    c.month.crude_to_region_kbbl[static_cast<std::size_t>(r)] += v;
    c.month.crude_revenue_usd += v * 1000.0 * (c.markets.fob_usd[grade] - c.p.pipeline_discount_usd_per_bbl);
  };
  if (!c.policy.druzhba_north_embargoed) pipe(c.p.druzhba_north_kbd, Region::Eu, kUrals);
  if (!c.policy.druzhba_south_embargoed) pipe(c.p.druzhba_south_kbd, Region::Eu, kUrals);
  pipe(c.p.espo_pipeline_kbd, Region::China, kEspo);
}

void Ports::load(LoadingContext& c) {
  // Crude moves from storage to the port up to what was sold, then loads onto tankers.
  for (Grade g : {Grade::Espo, Grade::Urals, Grade::Products}) {
    const auto gi = static_cast<std::size_t>(g);
    const double cargo = g == Grade::Products ? c.p.cargo_products_kbbl : c.p.cargo_crude_kbbl;
    double& stock = g == Grade::Products ? c.producers.product_stock_kbbl : c.producers.crude_storage_kbbl;
    for (std::size_t b : c.buyers.of(g))
      c.buyers.owed_kbbl[b] = std::min(c.buyers.owed_kbbl[b] + c.buyers.allotment_kbd[b],
                                       30.0 * std::max(c.buyers.allotment_kbd[b], cargo / 30.0));
    if (stock_kbbl[gi] < 3.0 * std::max(cargo, 2000.0)) {
      const double inflow = std::clamp(c.markets.sold_kbd[gi], 0.0, stock);
      stock -= inflow;
      stock_kbbl[gi] += inflow;
    }
    load_grade(g, c);
  }
}

void Ports::load_grade(Grade g, LoadingContext& c) {
  const OilParams& p = c.p;
  const PolicyState& policy = c.policy;
  Shipping& shipping = c.shipping;
  Buyers& buyers = c.buyers;
  Markets& markets = c.markets;
  const auto gi = static_cast<std::size_t>(g);
  const Hull h = hull_of(g);
  const double avg_cargo = h == Hull::Crude ? p.cargo_crude_kbbl : p.cargo_products_kbbl;
  const auto& ids = buyers.of(g);
  const double designated_share = c.producers.designated_share(g, policy);
  while (stock_kbbl[gi] >= 0.5 * avg_cargo) {
    const Accumulators before = acc_;
    // Whose cargo it is: a designated seller's (its share of exports) goes only to a buyer allowed
    // to take it; if no such buyer is owed a cargo, an undesignated seller sells in its place and
    // the designated producer bears the cost of the swap (re-sorting, docs/MODEL.md §8.2).
    bool designated_seller = acc_.take(acc_.designated, designated_share);
    // The buyer owed the most (ties: lowest index) takes the next cargo.
    auto owed_most = [&](bool designated) {
      std::size_t best = kBuyers;
      for (std::size_t b : ids)
        if ((!designated || buyers.takes_designated(b, p, policy)) &&
            (best == kBuyers || buyers.owed_kbbl[b] > buyers.owed_kbbl[best]))
          best = b;
      return best;
    };
    std::size_t best = owed_most(designated_seller);
    bool resorted = false;
    if (designated_seller && (best == kBuyers || buyers.owed_kbbl[best] < 0.5 * avg_cargo)) {
      designated_seller = false;
      resorted = true;
      best = owed_most(false);
    }
    if (buyers.owed_kbbl[best] < 0.5 * avg_cargo) {
      acc_ = before;
      break;
    }
    // Price of this cargo; products alternate between the premium and discount cap classes.
    double price = markets.fob_usd[gi];
    double cap = policy.crude_cap_usd_per_bbl;
    if (g == Grade::Products) {
      const bool premium = acc_.take(acc_.premium_products, p.premium_products_share);
      const double spread = p.product_class_spread_usd_per_bbl;
      price += premium ? spread * (1.0 - p.premium_products_share) : -spread * p.premium_products_share;
      cap = premium ? policy.premium_products_cap_usd_per_bbl : policy.discount_products_cap_usd_per_bbl;
    }
    // A designated seller's cargo can use no coalition service at any price; a seller with its own
    // or an affiliated shadow fleet (a share that builds up after the shunning) uses that sunk asset
    // first.
    bool own_fleet = false;
    if (policy.shunning) {
      const double ramp = std::clamp(
          days_between(policy.shunning_since, c.today) / std::max(1.0, p.own_fleet_ramp_days), 0.0, 1.0);
      own_fleet = acc_.take(acc_.own_fleet[static_cast<std::size_t>(h)], ramp * p.own_fleet_first_share);
    }
    const bool capped = cap != PolicyState::kNoCap;
    const double g7_cost = shipping.freight_usd_per_bbl(Fleet::G7, h, p.buyers[best].voyage_days, avg_cargo) +
                           (capped ? p.attestation_cost_usd_per_bbl : 0.0);
    const double shadow_cost =
        shipping.freight_usd_per_bbl(Fleet::Shadow, h, p.buyers[best].voyage_days, avg_cargo);
    int cheat = -1;  // drawn once, and only for a cargo priced above the cap
    // Coalition carriage is lawful at or below the cap; above it only on a false attestation, which
    // enforcement makes rarer. Other sellers take the cheaper carriage they may use: coalition
    // freight plus the attestation and record-keeping a cap asks for, against shadow freight.
    auto find_tanker = [&](bool designated, bool& g7_lawful) {
      if (!policy.maritime_ban && !designated && price > cap && cheat < 0)
        cheat = cheat_rng_.uniform() < p.cap_cheat_probability * (1.0 - policy.enforcement) ? 1 : 0;
      g7_lawful = !policy.maritime_ban && !designated && (price <= cap || cheat == 1);
      std::int64_t t = shipping.take_for_cargo(h, g7_lawful, own_fleet || shadow_cost < g7_cost);
      if (t < 0 && !g7_lawful && !policy.maritime_ban && !designated &&
          (h == Hull::Product || cap >= c.producers.crude_reservation_usd(p, policy, c.brent_usd))) {
        // No shadow tanker free: the seller accepts the cap to use a coalition tanker (a compliant
        // sale at the cap), giving up the price above it. The shadow operator sees the unmet demand.
        t = shipping.take_idle(Fleet::G7, h);
        if (t >= 0) {
          price = std::min(price, cap);
          backlog[Shipping::idx(Fleet::Shadow, h)] += 1.0 / 7.0;
        }
      }
      return t;
    };
    bool g7_lawful = false;
    std::int64_t t = find_tanker(designated_seller, g7_lawful);
    if (t < 0 && designated_seller) {
      // No tanker for a designated seller's cargo: rather than hold the terminal, an undesignated
      // seller ships in its place (the designated producer's barrel is swapped at a cost) on
      // whatever carriage it may use. The shadow operator still sees the unmet demand.
      backlog[Shipping::idx(Fleet::Shadow, h)] += 1.0 / 7.0;
      designated_seller = false;
      resorted = true;
      t = find_tanker(false, g7_lawful);
    }
    if (t < 0) {
      acc_ = before;
      backlog[Shipping::idx(g7_lawful ? Fleet::G7 : Fleet::Shadow, h)] += 1.0 / 7.0;
      backlog[Shipping::idx(Fleet::Shadow, h)] += 1.0 / 7.0;
      break;
    }
    const auto tanker = static_cast<TankerIndex>(t);
    // A tanker loads a full cargo of its class; if the port does not hold it yet, it waits.
    const double cargo = shipping.table().cargo_kbbl(tanker);
    if (stock_kbbl[gi] < cargo) {
      shipping.put_back(tanker);
      acc_ = before;
      break;
    }
    const Fleet fleet = shipping.table().fleet[tanker];
    const bool on_shadow = fleet == Fleet::Shadow;
    const bool on_designated = shipping.table().designated[tanker] != 0;
    shipping.dispatch(tanker, p.buyers[best].voyage_days, c.today);
    stock_kbbl[gi] -= cargo;
    buyers.owed_kbbl[best] -= cargo;
    buyers.cumulative_mbbl[best] += cargo / 1000.0;
    markets.shadow_share[gi] += 0.02 * ((on_shadow ? 1.0 : 0.0) - markets.shadow_share[gi]);
    if (on_shadow)
      markets.designated_vessel_share +=
          0.02 * ((on_designated ? 1.0 : 0.0) - markets.designated_vessel_share);
    if (designated_seller) buyers.designated_mbbl[best] += cargo / 1000.0;
    const double revenue = cargo * 1000.0 * (resorted ? price - p.resorting_cost_usd_per_bbl : price);
    if (h == Hull::Crude) {
      c.ledger.crude_exported_kbbl += cargo;
      c.month.crude_seaborne_kbbl += cargo;
      if (!on_shadow) c.month.crude_seaborne_g7_kbbl += cargo;
      c.month.crude_to_region_kbbl[static_cast<std::size_t>(p.buyers[best].region)] += cargo;
      c.month.crude_revenue_usd += revenue;
      if (g == Grade::Urals) {
        // Freight as paid: this cargo's fleet at the Baltic-India voyage, weighted by its volume.
        c.month.urals_cargo_kbbl += cargo;
        c.month.urals_freight_paid_usd_kbbl +=
            cargo *
            shipping.freight_usd_per_bbl(fleet, Hull::Crude, c.baltic_india_voyage_days, p.cargo_crude_kbbl);
      }
    } else {
      c.ledger.products_exported_kbbl += cargo;
      c.month.product_exports_kbbl += cargo;
      c.month.products_to_region_kbbl[static_cast<std::size_t>(p.buyers[best].region)] += cargo;
      c.month.product_revenue_usd += revenue;
    }
  }
}

}  // namespace sancsim
