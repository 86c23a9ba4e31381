#include "sancsim/model/buyers.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sancsim {

Buyers::Buyers(const OilParams& p) {
  for (std::size_t b = 0; b < kBuyers; ++b) {
    of_[static_cast<std::size_t>(p.buyers[b].grade)].push_back(b);
    ramp_usd[b] = p.buyers[b].ramp_usd_per_bbl;
    intake_kbd[b] = p.buyers[b].capacity_kbd;  // no bound before the first weeks are known
  }
}

void Buyers::note_intake() {
  // Arrangements made stay made: a group that took less for a while (the price, a sanction) can
  // take its earlier volumes again at once. Only new volume takes time.
  for (std::size_t b = 0; b < kBuyers; ++b)
    intake_kbd[b] = intake_noted_ ? std::max(intake_kbd[b], allotment_kbd[b]) : allotment_kbd[b];
  intake_noted_ = true;
}

double Buyers::new_buyer_share(Grade g, const OilParams& p) const {
  // New buyers learn together: payment channels, insurers and tankers set up for one serve the
  // others, so the buyer side deepens with what the new buyers have bought between them.
  double total = 0, fresh = 0, learned_mbbl = 0;
  for (std::size_t b : of(g)) {
    total += allotment_kbd[b];
    if (p.buyers[b].unfamiliar_usd_per_bbl > 0) {
      fresh += allotment_kbd[b];
      learned_mbbl += cumulative_mbbl[b];
    }
  }
  return total > 0 ? fresh / total * std::exp2(-learned_mbbl / p.learning_volume_mbbl) : 0.0;
}

double Buyers::spot_room_kbd(const BuyerParams& bp, const PolicyState& policy, Date today) {
  if (!policy.shunning || bp.other_term_share <= 0) return std::numeric_limits<double>::infinity();
  // Contracts for a year are negotiated in the quarter before it begins (an assumption): a renewal
  // less than that after the shunning was already agreed, and the contracts run to the next one.
  constexpr int kNegotiationLeadDays = 90;
  const Date since = policy.shunning_since.plus_days(kNegotiationLeadDays);
  const int renewal_year =
      since.year() + (since.month() >= static_cast<unsigned>(bp.other_term_renewal_month) ? 1 : 0);
  const Date renewal = Date::from_ymd(renewal_year, static_cast<unsigned>(bp.other_term_renewal_month), 1);
  if (!(today < renewal)) return std::numeric_limits<double>::infinity();
  return (1.0 - bp.other_term_share) * bp.refinery_runs_kbd;
}

double Buyers::weekly_rise_kbd(const BuyerParams& bp, const OilParams& p) {
  // A refinery changes its crude diet a share a month: assays and blending trials for the new grade,
  // term contracts with its other suppliers that run on, tonnage and payment channels to arrange. The
  // share is of its whole slate, so a large refining system takes up a new grade faster than a small
  // one, whatever its ceiling for that grade.
  // Product importers take up a new supplier's fuel oil, gasoil or naphtha a share a month of the
  // volume of Russian products they can use (their ceiling), not of their whole product imports: a
  // new grade of fuel oil for a power plant or a bunker blender is a small part of a large market.
  constexpr double kDaysPerMonth = 365.25 / 12.0;
  if (bp.grade == Grade::Products)
    return bp.capacity_kbd * p.product_absorption_share_per_month * 7.0 / kDaysPerMonth;
  return bp.refinery_runs_kbd * p.absorption_share_per_month * 7.0 / kDaysPerMonth;
}

double Buyers::effective_capacity(std::size_t b, const OilParams& p, const PolicyState& policy,
                                  Date today) const {
  const BuyerParams& bp = p.buyers[b];
  if (policy.embargoed[b]) return 0.0;
  double cap = bp.capacity_kbd;
  if (policy.shunning && bp.term_run_off_days > 0) {
    // Contracted volumes keep coming until the contracts expire, evenly over their terms.
    cap *= std::max(0.0, 1.0 - days_between(policy.shunning_since, today) / bp.term_run_off_days);
  } else if (policy.shunning && !bp.jurisdictions.empty()) {
    const double ramp = std::clamp(
        days_between(policy.shunning_since, today) / std::max(1.0, p.self_sanction_ramp_days), 0.0, 1.0);
    const double factor = bp.grade == Grade::Products ? p.self_sanction_products_factor : 1.0;
    cap *= 1.0 - p.self_sanction_capacity_cut * factor * ramp;
  }
  // Intake rises each week at most by a week's share of what the group's refineries can switch to a
  // new grade in a month, above what the group has arranged for (docs/MODEL.md §6).
  cap = std::min(cap, intake_kbd[b] + weekly_rise_kbd(bp, p));
  cap = std::min(cap, spot_room_kbd(bp, policy, today));
  cap *= 1.0 - p.buyer_sanction_capacity_cut * policy.buyer_sanctioned_share[b];
  if (policy.third_country_products_ban) cap *= 1.0 - bp.product_export_share;
  return std::max(0.0, cap);
}

double Buyers::required_discount(std::size_t b, const OilParams& p, const PolicyState& policy, Date today,
                                 const Markets& markets, double designated_supply) const {
  const BuyerParams& bp = p.buyers[b];
  const auto g = static_cast<std::size_t>(bp.grade);
  const double above_cap =
      markets.fob_usd[g] > policy.binding_cap_usd_per_bbl(bp.grade, p.product_class_spread_usd_per_bbl) ? 1.0
                                                                                                        : 0.0;
  double r = bp.quality_usd_per_bbl + freight_usd[b] - bp.alt_freight_usd_per_bbl + markets.margin_usd;
  if (policy.shunning && !bp.jurisdictions.empty() && bp.term_run_off_days <= 0) {
    const double ramp = std::clamp(
        days_between(policy.shunning_since, today) / std::max(1.0, p.self_sanction_ramp_days), 0.0, 1.0);
    const double factor = bp.grade == Grade::Products ? p.self_sanction_products_factor : 1.0;
    r += p.self_sanction_premium_usd_per_bbl * factor * ramp;
  }
  // A listed refiner has no Western finance left to lose: the exposure premia no longer apply. Only
  // buyers allowed to take designated sellers' oil bear its risk (the others buy none of it).
  const double exposure = policy.buyer_listed[b] ? 0.0 : bp.exposure;
  const double designated = takes_designated(b, p, policy) ? designated_supply : 0.0;
  r += exposure *
       (designated * p.designated_seller_premium_usd_per_bbl +
        markets.shadow_share[g] * markets.designated_vessel_share * p.designated_vessel_premium_usd_per_bbl +
        above_cap * policy.enforcement * p.above_cap_premium_usd_per_bbl);
  r += learned_usd[b];
  r += bp.unfamiliar_usd_per_bbl * std::exp2(-cumulative_mbbl[b] / p.learning_volume_mbbl);
  return r;
}

void Buyers::react(const PolicyEvent& e, const OilParams& p, double enforcement) {
  if (e.kind == EventKind::Announcement) {
    if (e.target == "self_sanctioning")
      for (std::size_t b = 0; b < kBuyers; ++b)
        if (p.buyers[b].jurisdictions.empty())
          learned_usd[b] += p.nonwestern_invasion_jump_usd_per_bbl * p.buyers[b].exposure;
    return;
  }
  // How much news the row's action carries for the buyers it concerns (0: none). Vessel listings
  // act through the tankers they idle, not through a premium.
  double size = 0;
  int region = -1;  // -1: every buyer
  std::size_t listed_buyers = 0;
  for (std::size_t b = 0; b < kBuyers; ++b) listed_buyers += p.buyers[b].key.starts_with(e.target);
  switch (e.kind) {
    case EventKind::Designation:
      // A producer or a service (insurers, shipping, traders) is news to every buyer; a listed
      // refiner concerns only itself, and it loses its exposure instead (PolicyState::buyer_listed).
      size = listed_buyers > 0 ? 0.0 : p.risk_jump_usd_per_bbl;
      break;
    case EventKind::BuyerSanctions:
      size = 2.0 * p.risk_jump_usd_per_bbl;
      break;
    case EventKind::SecondaryTariff:
      if (e.value > 0) {
        size = p.tariff_escalation_usd_per_bbl;
        region = static_cast<int>(region_of_country(e.target));
      }
      break;
    default:
      break;
  }
  if (size <= 0) return;
  // Rows of one date, kind and jurisdiction are one action: it counts once.
  if (!today_actions_.empty() && today_actions_.front().day != e.date.days) today_actions_.clear();
  Action* action = nullptr;
  for (auto& a : today_actions_)
    if (a.kind == e.kind && a.jurisdiction == e.jurisdiction) action = &a;
  const auto kind = static_cast<std::size_t>(e.kind);
  if (!action) {
    today_actions_.push_back({.day = e.date.days, .kind = e.kind, .jurisdiction = e.jurisdiction, .size = 0});
    action = &today_actions_.back();
    ++actions_of_kind_[kind];
  }
  const double novelty = std::pow(p.risk_repeat_factor, actions_of_kind_[kind] - 1);
  const double credibility = 0.5 + enforcement;
  const double jump = size * novelty * credibility;
  if (jump <= action->size) return;
  const double extra = jump - action->size;
  action->size = jump;
  for (std::size_t b = 0; b < kBuyers; ++b)
    if (region < 0 || static_cast<int>(p.buyers[b].region) == region)
      learned_usd[b] += extra * p.buyers[b].exposure;
}

void Buyers::forget(const OilParams& p) {
  const double decay = std::exp2(-1.0 / p.risk_half_life_days);
  for (auto& l : learned_usd) l *= decay;
}

}  // namespace sancsim
