#include "sancsim/model/buyers.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

Buyers::Buyers(const OilParams& p) {
  for (std::size_t b = 0; b < kBuyers; ++b) {
    of_[static_cast<std::size_t>(p.buyers[b].grade)].push_back(b);
    ramp_usd[b] = p.buyers[b].ramp_usd_per_bbl;
  }
}

double Buyers::effective_capacity(std::size_t b, const OilParams& p, const PolicyState& policy,
                                  Date today) const {
  const BuyerParams& bp = p.buyers[b];
  if (policy.embargoed[b]) return 0.0;
  double cap = bp.capacity_kbd;
  if (policy.shunning && !bp.jurisdictions.empty()) {
    const double ramp = std::clamp(
        days_between(policy.shunning_since, today) / std::max(1.0, p.self_sanction_ramp_days), 0.0, 1.0);
    const double factor = bp.grade == Grade::Products ? p.self_sanction_products_factor : 1.0;
    cap *= 1.0 - p.self_sanction_capacity_cut * factor * ramp;
  }
  cap *= 1.0 - p.buyer_sanction_capacity_cut * policy.buyer_sanctioned_share[b];
  if (policy.third_country_products_ban) cap *= 1.0 - bp.product_export_share;
  return std::max(0.0, cap);
}

double Buyers::required_discount(std::size_t b, const OilParams& p, const PolicyState& policy, Date today,
                                 const Markets& markets, double designated_supply) const {
  const BuyerParams& bp = p.buyers[b];
  const auto g = static_cast<std::size_t>(bp.grade);
  const double cap =
      bp.grade == Grade::Products
          ? std::min(policy.premium_products_cap_usd_per_bbl,
                     policy.discount_products_cap_usd_per_bbl + p.product_class_spread_usd_per_bbl)
          : policy.crude_cap_usd_per_bbl;
  const double above_cap = markets.fob_usd[g] > cap ? 1.0 : 0.0;
  double r = bp.quality_usd_per_bbl + freight_usd[b] - bp.alt_freight_usd_per_bbl + markets.margin_usd;
  if (policy.shunning && !bp.jurisdictions.empty()) {
    const double ramp = std::clamp(
        days_between(policy.shunning_since, today) / std::max(1.0, p.self_sanction_ramp_days), 0.0, 1.0);
    const double factor = bp.grade == Grade::Products ? p.self_sanction_products_factor : 1.0;
    r += p.self_sanction_premium_usd_per_bbl * factor * ramp;
  }
  r += bp.exposure *
       (designated_supply * p.designated_seller_premium_usd_per_bbl +
        markets.shadow_share[g] * markets.designated_vessel_share * p.designated_vessel_premium_usd_per_bbl +
        above_cap * policy.enforcement * p.above_cap_premium_usd_per_bbl);
  r += policy.tariff_pct[static_cast<std::size_t>(bp.region)] * p.tariff_premium_usd_per_bbl_per_pct *
       (0.5 + bp.exposure);
  r += learned_usd[b];
  r += bp.unfamiliar_usd_per_bbl * std::exp2(-cumulative_mbbl[b] / p.learning_volume_mbbl);
  return r;
}

void Buyers::react(const PolicyEvent& e, const OilParams& p) {
  auto jump_all = [&](double size) {
    for (std::size_t b = 0; b < kBuyers; ++b)
      learned_usd[b] += p.risk_jump_usd_per_bbl * p.buyers[b].exposure * size;
  };
  switch (e.kind) {
    case EventKind::Announcement:
      if (e.target == "self_sanctioning")
        for (std::size_t b = 0; b < kBuyers; ++b)
          if (p.buyers[b].jurisdictions.empty())
            learned_usd[b] += p.nonwestern_invasion_jump_usd_per_bbl * p.buyers[b].exposure;
      break;
    case EventKind::VesselDesignations:
      jump_all(std::min(3.0, e.value / 50.0));
      break;
    case EventKind::Designation:
      jump_all(1.0);
      break;
    case EventKind::SecondaryTariff:
      if (e.value > 0) jump_all(1.0);
      break;
    case EventKind::BuyerSanctions:
      jump_all(2.0);
      break;
    default:
      break;
  }
}

void Buyers::forget(const OilParams& p) {
  const double decay = std::exp2(-1.0 / p.risk_half_life_days);
  for (auto& l : learned_usd) l *= decay;
}

}  // namespace sancsim
