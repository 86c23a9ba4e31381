#include "sancsim/model/policy.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {
namespace {

bool has_code(std::string_view list, std::string_view code) {
  while (!list.empty()) {
    const auto plus = list.find('+');
    const auto part = list.substr(0, plus);
    if (part == code) return true;
    if (plus == std::string_view::npos) break;
    list.remove_prefix(plus + 1);
  }
  return false;
}

// Coalition members whose services (ships, insurance, finance) a cap binds.
bool is_coalition(std::string_view juris) {
  for (auto code : {"G7", "EU", "UK", "US", "AU", "JP", "CA"})
    if (has_code(juris, code)) return true;
  return false;
}

double designation_weight(const PolicyEvent& e, const OilParams& p) {
  const double share = std::isnan(e.value) ? 1.0 : e.value;
  const double w = has_code(e.jurisdiction, "US") ? 1.0 : p.eu_uk_designation_weight;
  return share * w;
}

}  // namespace

Region region_of_country(std::string_view target) {
  if (target == "india") return Region::India;
  if (target == "china") return Region::China;
  if (target == "turkey") return Region::Turkey;
  return Region::Other;
}

bool jurisdictions_overlap(std::string_view event_jurisdiction, std::string_view binds) {
  std::string_view list = event_jurisdiction;
  while (!list.empty()) {
    const auto plus = list.find('+');
    if (has_code(binds, list.substr(0, plus))) return true;
    if (plus == std::string_view::npos) break;
    list.remove_prefix(plus + 1);
  }
  return false;
}

PolicyState derive_policy(const std::vector<PolicyEvent>& events, const std::vector<std::uint8_t>& active,
                          Date today, const OilParams& p) {
  PolicyState s;
  s.enforcement = p.enforcement_initial;
  s.quota_kbd = p.quota_kbd;
  // The lowest cap in force among coalition jurisdictions binds coalition-serviced tankers; caps are
  // kept per jurisdiction so that a later cap of one member replaces only that member's.
  struct Cap {
    std::string jurisdiction;
    double usd;
  };
  std::vector<Cap> crude, premium, discount;
  auto set_cap = [](std::vector<Cap>& caps, const PolicyEvent& e) {
    // A new cap by a jurisdiction replaces the caps of the jurisdictions it names.
    std::erase_if(caps, [&](const Cap& c) { return jurisdictions_overlap(c.jurisdiction, e.jurisdiction); });
    caps.push_back({e.jurisdiction, e.value});
  };
  for (std::size_t i = 0; i < events.size(); ++i) {
    const PolicyEvent& e = events[i];
    if (!active[i] || e.date > today) continue;
    const Date effective = e.date.plus_days(e.wind_down_days);
    const bool in_force = effective <= today && (!e.end || today < *e.end);
    switch (e.kind) {
      case EventKind::Announcement:
        if (e.target == "self_sanctioning") {
          s.shunning = true;
          s.shunning_since = e.date;
        }
        break;
      case EventKind::EmbargoCrude:
      case EventKind::EmbargoProducts:
        if (!in_force) break;
        for (std::size_t b = 0; b < kBuyers; ++b) {
          const bool products = p.buyers[b].grade == Grade::Products;
          if (products == (e.kind == EventKind::EmbargoProducts) &&
              jurisdictions_overlap(e.jurisdiction, p.buyers[b].jurisdictions))
            s.embargoed[b] = true;
        }
        break;
      case EventKind::EmbargoPipelineCrude:
        if (!in_force) break;
        if (jurisdictions_overlap(e.jurisdiction, "DE+PL")) s.druzhba_north_embargoed = true;
        if (jurisdictions_overlap(e.jurisdiction, "HU+SK+CZ")) s.druzhba_south_embargoed = true;
        break;
      case EventKind::EmbargoProductsThirdCountry:
        if (in_force) s.third_country_products_ban = true;
        break;
      case EventKind::PriceCapCrude:
        if (in_force && is_coalition(e.jurisdiction)) set_cap(crude, e);
        break;
      case EventKind::PriceCapProductsPremium:
        if (in_force && is_coalition(e.jurisdiction)) set_cap(premium, e);
        break;
      case EventKind::PriceCapProductsDiscount:
        if (in_force && is_coalition(e.jurisdiction)) set_cap(discount, e);
        break;
      case EventKind::Decree:
        if (in_force) s.cap_decree = true;
        break;
      case EventKind::TaxRule:
        if (in_force) s.tax_discount_floor_usd_per_bbl = e.value;
        break;
      case EventKind::Designation: {
        if (!in_force) break;
        const double w = designation_weight(e, p);
        for (std::size_t k = 0; k < kProducers; ++k)
          if (e.target == kProducerKeys[k])
            s.producer_designation[k] = std::min(1.0, s.producer_designation[k] + w);
        if (e.target == "insurers") s.insurer_designation = std::min(1.0, s.insurer_designation + w);
        // A listed refiner loses Western finance and non-Russian supply, not its Russian intake.
        for (std::size_t b = 0; b < kBuyers; ++b)
          if (p.buyers[b].key.starts_with(e.target)) s.buyer_listed[b] = true;
        break;
      }
      case EventKind::TransactionBan:
        // Applied from its date: the traders' contracts with the producer start running off then.
        for (std::size_t k = 0; k < kProducers; ++k)
          if (e.target == kProducerKeys[k] && !s.trader_ban[k]) {
            s.trader_ban[k] = true;
            s.trader_ban_adopted[k] = e.date;
            s.trader_ban_effective[k] = effective;
          }
        break;
      case EventKind::ServicesBan:
        if (!in_force) break;
        if (e.target == "maritime") s.maritime_ban = true;
        if (e.target == "petroleum_services") s.petroleum_services_ban = true;
        break;
      case EventKind::SecondaryTariff:
        if (in_force) s.tariff_pct[static_cast<std::size_t>(region_of_country(e.target))] = e.value;
        break;
      case EventKind::BuyerSanctions:
        if (!in_force) break;
        for (std::size_t b = 0; b < kBuyers; ++b)
          if (p.buyers[b].key.starts_with(e.target))
            s.buyer_sanctioned_share[b] =
                std::min(1.0, s.buyer_sanctioned_share[b] + (std::isnan(e.value) ? 1.0 : e.value));
        break;
      case EventKind::Enforcement:
        if (in_force) s.enforcement = e.value;
        break;
      case EventKind::RefineryOutage:
        if (in_force) s.refinery_outage_kbd += e.value;
        break;
      case EventKind::PortOutage:
        if (in_force) (e.target == "kozmino" ? s.port_outage_kozmino_kbd : s.port_outage_west_kbd) += e.value;
        break;
      case EventKind::OpecQuota:
        if (in_force) s.quota_kbd = e.value;
        break;
      case EventKind::EmbargoLng:
      case EventKind::CarveOut:
      case EventKind::WindDown:
      case EventKind::VesselDesignations:  // one-off: tankers are picked when the event applies
      case EventKind::SetParameter:        // parameters, not measures: DatedParameters
      case EventKind::Relief:
        break;
    }
  }
  for (const auto& c : crude) s.crude_cap_usd_per_bbl = std::min(s.crude_cap_usd_per_bbl, c.usd);
  for (const auto& c : premium)
    s.premium_products_cap_usd_per_bbl = std::min(s.premium_products_cap_usd_per_bbl, c.usd);
  for (const auto& c : discount)
    s.discount_products_cap_usd_per_bbl = std::min(s.discount_products_cap_usd_per_bbl, c.usd);
  return s;
}

bool apply_relief(const std::vector<PolicyEvent>& events, std::size_t r, std::vector<std::uint8_t>& active) {
  const PolicyEvent& relief = events[r];
  bool changed = false;
  for (std::size_t i = 0; i < r; ++i) {
    if (!active[i]) continue;
    const bool by_id = !events[i].id.empty() && std::find(relief.undoes.begin(), relief.undoes.end(),
                                                          events[i].id) != relief.undoes.end();
    const bool by_kind =
        !relief.undoes_kind.empty() && spec_of(events[i].kind).name == relief.undoes_kind &&
        (relief.jurisdiction.empty() || jurisdictions_overlap(events[i].jurisdiction, relief.jurisdiction));
    if (by_id || by_kind) {
      active[i] = 0;
      changed = true;
    }
  }
  return changed;
}

}  // namespace sancsim
