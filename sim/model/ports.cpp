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
  while (stock_kbbl[gi] >= 0.5 * avg_cargo) {
    // The buyer owed the most (ties: lowest index) takes the next cargo.
    std::size_t best = ids.front();
    for (std::size_t b : ids)
      if (buyers.owed_kbbl[b] > buyers.owed_kbbl[best]) best = b;
    if (buyers.owed_kbbl[best] < 0.5 * avg_cargo) break;
    const double premium_acc_before = premium_acc_;
    // Price of this cargo; products alternate between the premium and discount cap classes.
    double price = markets.fob_usd[gi];
    double cap = policy.crude_cap_usd_per_bbl;
    if (g == Grade::Products) {
      premium_acc_ += p.premium_products_share;
      const bool premium = premium_acc_ >= 1.0;
      if (premium) premium_acc_ -= 1.0;
      const double spread = p.product_class_spread_usd_per_bbl;
      price += premium ? spread * (1.0 - p.premium_products_share) : -spread * p.premium_products_share;
      cap = premium ? policy.premium_products_cap_usd_per_bbl : policy.discount_products_cap_usd_per_bbl;
    }
    const bool g7_allowed =
        !policy.maritime_ban &&
        (price <= cap || cheat_rng_.uniform() < p.cap_cheat_probability * (1.0 - policy.enforcement));
    // Between the shunning and the crude cap, sellers put a growing share of crude cargoes on their
    // own or a friendly (shadow) tanker first: it spares them the sanctions exposure of coalition
    // services. Once a cap is in force the cap rule decides (docs/MODEL.md §8.2 says why). An
    // accumulator spreads those cargoes evenly (no draw).
    const double own_fleet_acc_before = own_fleet_acc_;
    bool own_fleet_first = false;
    const bool no_crude_cap = policy.crude_cap_usd_per_bbl == PolicyState::kNoCap;
    if (policy.shunning && no_crude_cap && h == Hull::Crude) {
      const double ramp = std::clamp(
          days_between(policy.shunning_since, c.today) / std::max(1.0, p.own_fleet_ramp_days), 0.0, 1.0);
      own_fleet_acc_ += ramp * p.own_fleet_first_share;
      own_fleet_first = own_fleet_acc_ >= 1.0;
      if (own_fleet_first) own_fleet_acc_ -= 1.0;
    }
    std::int64_t t = shipping.take_for_cargo(h, g7_allowed, own_fleet_first);
    if (t < 0 && !g7_allowed && !policy.maritime_ban &&
        (h == Hull::Product || cap >= c.producers.crude_reservation_usd(p, policy, c.brent_usd))) {
      // No shadow tanker free: the seller accepts the cap to use a coalition tanker (a compliant sale
      // at the cap), giving up the price above it. The shadow operator sees the unmet demand.
      t = shipping.take_idle(Fleet::G7, h);
      if (t >= 0) {
        price = std::min(price, cap);
        backlog[Shipping::idx(Fleet::Shadow, h)] += 1.0 / 7.0;
      }
    }
    if (t < 0) {
      own_fleet_acc_ = own_fleet_acc_before;
      backlog[Shipping::idx(g7_allowed ? Fleet::G7 : Fleet::Shadow, h)] += 1.0 / 7.0;
      backlog[Shipping::idx(Fleet::Shadow, h)] += 1.0 / 7.0;
      break;
    }
    const auto tanker = static_cast<TankerIndex>(t);
    // A tanker loads a full cargo of its class; if the port does not hold it yet, it waits.
    const double cargo = shipping.table().cargo_kbbl(tanker);
    if (stock_kbbl[gi] < cargo) {
      shipping.put_back(tanker);
      premium_acc_ = premium_acc_before;
      own_fleet_acc_ = own_fleet_acc_before;
      break;
    }
    const bool on_shadow = shipping.table().fleet[tanker] == Fleet::Shadow;
    const bool on_designated = shipping.table().designated[tanker] != 0;
    shipping.dispatch(tanker, p.buyers[best].voyage_days, c.today);
    stock_kbbl[gi] -= cargo;
    buyers.owed_kbbl[best] -= cargo;
    buyers.cumulative_mbbl[best] += cargo / 1000.0;
    markets.shadow_share[gi] += 0.02 * ((on_shadow ? 1.0 : 0.0) - markets.shadow_share[gi]);
    if (on_shadow)
      markets.designated_vessel_share +=
          0.02 * ((on_designated ? 1.0 : 0.0) - markets.designated_vessel_share);
    const double revenue = cargo * 1000.0 * price;
    if (h == Hull::Crude) {
      c.ledger.crude_exported_kbbl += cargo;
      c.month.crude_seaborne_kbbl += cargo;
      if (!on_shadow) c.month.crude_seaborne_g7_kbbl += cargo;
      c.month.crude_to_region_kbbl[static_cast<std::size_t>(p.buyers[best].region)] += cargo;
      c.month.crude_revenue_usd += revenue;
    } else {
      c.ledger.products_exported_kbbl += cargo;
      c.month.product_exports_kbbl += cargo;
      c.month.product_revenue_usd += revenue;
    }
  }
}

}  // namespace sancsim
