#pragma once
// The sanctioning coalition's (and Russia's) measures in force on a day, derived from the events
// applied so far minus those lifted by relief. Deriving from the event list, rather than mutating
// state event by event, makes relief of any measure exact.
#include <algorithm>
#include <array>
#include <limits>
#include <vector>

#include "sancsim/model/oil_params.hpp"
#include "sancsim/model/policy_event.hpp"
#include "sancsim/state/state_policy.hpp"

namespace sancsim {

struct PolicyState {
  static constexpr double kNoCap = std::numeric_limits<double>::infinity();
  bool shunning = false;  // after the invasion marker: Western buyers, traders, owners shun
  Date shunning_since;
  double crude_cap_usd_per_bbl = kNoCap;  // binding cap for coalition services (lowest in force)
  double premium_products_cap_usd_per_bbl = kNoCap;
  double discount_products_cap_usd_per_bbl = kNoCap;
  bool maritime_ban = false;  // no coalition tanker at any price
  bool petroleum_services_ban = false;
  bool cap_decree = false;  // Russian ban on cap-referencing contracts
  bool third_country_products_ban = false;
  double enforcement = 0.3;  // 0..1
  double quota_kbd = 0;      // 0 = no quota
  double refinery_outage_kbd = 0;
  double port_outage_west_kbd = 0;  // crude loading offline (port_outage events)
  double port_outage_kozmino_kbd = 0;
  double tax_discount_floor_usd_per_bbl = std::numeric_limits<double>::quiet_NaN();
  double insurer_designation = 0;                         // 0..1: shadow fleet's Russian insurers designated
  std::array<double, kProducers> producer_designation{};  // 0..1 weight, in force after wind-down
  // Transaction bans on producers (EU Art. 5aa): adopted on the event's date, effective after its wind-down.
  std::array<bool, kProducers> trader_ban{};
  std::array<Date, kProducers> trader_ban_adopted{};
  std::array<Date, kProducers> trader_ban_effective{};
  std::array<double, kBuyers> buyer_sanctioned_share{};  // secondary sanctions: intake cut
  std::array<bool, kBuyers> buyer_listed{};   // its company listed: no Western finance left to lose
  std::array<bool, kBuyers> embargoed{};      // seaborne crude or products, by grade
  std::array<double, kRegions> tariff_pct{};  // secondary tariffs by buyer region
  bool druzhba_north_embargoed = false;
  bool druzhba_south_embargoed = false;

  // The cap a grade's FOB price is compared with: the crude cap for Urals and ESPO; for the product
  // basket the lower of the premium cap and the discount cap plus the spread between the classes.
  double binding_cap_usd_per_bbl(Grade g, double product_class_spread_usd_per_bbl) const {
    if (g != Grade::Products) return crude_cap_usd_per_bbl;
    return std::min(premium_products_cap_usd_per_bbl,
                    discount_products_cap_usd_per_bbl + product_class_spread_usd_per_bbl);
  }

  // Share of the Western traders' contracts with producer k still running on `today`: under a
  // transaction ban they expire evenly between its adoption and its effective date (docs/MODEL.md §5).
  double mainstream_allowed(std::size_t k, Date today) const {
    if (!trader_ban[k]) return 1.0;
    const double term = days_between(trader_ban_adopted[k], trader_ban_effective[k]);
    if (term <= 0) return 0.0;
    return std::clamp(days_between(today, trader_ban_effective[k]) / term, 0.0, 1.0);
  }

  // The part the Russian state reads.
  StatePolicy for_state() const {
    return {.war_since = shunning ? std::optional<Date>(shunning_since) : std::nullopt,
            .tax_discount_floor_usd_per_bbl = tax_discount_floor_usd_per_bbl};
  }
};

// The buyer region of a country named by an event's target ("india", "china", "turkey"; else Other).
Region region_of_country(std::string_view target);

// True if a '+'-joined jurisdiction list (e.g. "G7+EU+AU") names any code in `binds` ("EU+G7").
bool jurisdictions_overlap(std::string_view event_jurisdiction, std::string_view binds);

// Folds the active events (those applied by `today` and not lifted) into the measures in force.
PolicyState derive_policy(const std::vector<PolicyEvent>& events, const std::vector<std::uint8_t>& active,
                          Date today, const OilParams& params);

// Marks events lifted by relief events dated on or before `today`; returns true if anything changed.
bool apply_relief(const std::vector<PolicyEvent>& events, std::size_t relief_index,
                  std::vector<std::uint8_t>& active);

}  // namespace sancsim
