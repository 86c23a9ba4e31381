#include <algorithm>
#include <stdexcept>

#include "sancsim/model/oil_params.hpp"
#include "sancsim/model/policy_event.hpp"

namespace sancsim {
namespace {

// Targets a designation may name: producers, buyer groups and other companies.
std::vector<std::string_view> designation_targets() {
  std::vector<std::string_view> t(kProducerKeys.begin(), kProducerKeys.end());
  for (auto s : {"sovcomflot", "insurers", "shell_traders", "nayara", "china_teapots", "china_state",
                 "india_private", "india_state", "turkey", "chinaoil_hk"})
    t.push_back(s);
  return t;
}

std::vector<EventKindSpec> build() {
  const std::vector<std::string_view> countries = {"india", "china", "turkey", "other"};
  const std::vector<std::string_view> buyer_groups = {"india_private", "nayara",        "india_state",
                                                      "china_state",   "china_teapots", "china_pipeline",
                                                      "india_espo",    "turkey",        "other"};
  return {
      {EventKind::Announcement,
       "announcement",
       "",
       false,
       0,
       0,
       false,
       {},
       "a marker; target \"self_sanctioning\" starts the shunning of Russian oil by Western buyers, traders "
       "and "
       "ship owners (24 Feb 2022)"},
      {EventKind::EmbargoCrude,
       "embargo_crude",
       "",
       false,
       0,
       0,
       false,
       {},
       "buyers bound by the jurisdiction stop importing Russian seaborne crude"},
      {EventKind::EmbargoProducts,
       "embargo_products",
       "",
       false,
       0,
       0,
       false,
       {},
       "buyers bound by the jurisdiction stop importing Russian products"},
      {EventKind::EmbargoPipelineCrude,
       "embargo_pipeline_crude",
       "",
       false,
       0,
       0,
       false,
       {},
       "buyers bound by the jurisdiction stop pipeline crude imports (e.g. DE+PL on Druzhba north)"},
      {EventKind::EmbargoProductsThirdCountry,
       "embargo_products_third_country",
       "",
       false,
       0,
       0,
       false,
       {},
       "products refined from Russian crude elsewhere are banned: export refiners' intake falls"},
      {EventKind::EmbargoLng,
       "embargo_lng",
       "",
       false,
       0,
       0,
       false,
       {},
       "LNG import ban (gas side; no oil-trade effect)"},
      {EventKind::PriceCapCrude,
       "price_cap_crude",
       "cap_usd_per_bbl",
       true,
       0,
       500,
       false,
       {},
       "coalition services (shipping, insurance, finance) only for crude sold at or below the cap"},
      {EventKind::PriceCapProductsPremium,
       "price_cap_products_premium",
       "cap_usd_per_bbl",
       true,
       0,
       500,
       false,
       {},
       "cap for products trading at a premium to crude"},
      {EventKind::PriceCapProductsDiscount,
       "price_cap_products_discount",
       "cap_usd_per_bbl",
       true,
       0,
       500,
       false,
       {},
       "cap for products trading at a discount to crude"},
      {EventKind::Decree,
       "decree",
       "",
       false,
       0,
       0,
       false,
       {},
       "Russian counter-measure: no sales under contracts referencing the cap (recorded; no modelled effect: "
       "cargoes under the cap kept moving on coalition tankers through attestations)"},
      {EventKind::TaxRule,
       "tax_rule",
       "discount_floor_usd_per_bbl",
       true,
       0,
       100,
       false,
       {},
       "Russian tax price = max(Urals, Brent - D)"},
      {EventKind::VesselDesignations,
       "vessel_designations",
       "vessels",
       true,
       0,
       5000,
       false,
       {},
       "this many more tankers trading Russian oil are designated"},
      {EventKind::Designation, "designation", "share", false, 0, 1, true, designation_targets(),
       "a company is designated (SDN, asset freeze, transaction ban); share = part of a buyer group listed"},
      {EventKind::TransactionBan, "transaction_ban", "", false, 0, 0, true,
       std::vector<std::string_view>(kProducerKeys.begin(), kProducerKeys.end()),
       "persons of the jurisdiction may not transact with the producer except to import its oil (EU Reg. "
       "833/2014 Art. 5aa): Western traders stop lifting its oil for third countries when it takes effect, "
       "their contracts with it running off evenly from the event's date (wind_down_days)"},
      {EventKind::ServicesBan,
       "services_ban",
       "",
       false,
       0,
       0,
       true,
       {"petroleum_services", "maritime"},
       "\"maritime\": no coalition tanker may carry Russian oil at any price; \"petroleum_services\": "
       "upstream "
       "services ban (faster decline)"},
      {EventKind::SecondaryTariff, "secondary_tariff", "tariff_pct", true, 0, 500, true, countries,
       "extra tariff on a buyer country's exports for buying Russian oil (0 removes it)"},
      {EventKind::BuyerSanctions, "buyer_sanctions", "share", false, 0, 1, true, buyer_groups,
       "secondary sanctions on a buyer group; share = part of the group's intake at risk"},
      {EventKind::CarveOut,
       "carve_out",
       "",
       false,
       0,
       0,
       false,
       {},
       "general licence exempting an activity (recorded; the activities named in the history are outside the "
       "modelled trade)"},
      {EventKind::WindDown,
       "wind_down",
       "",
       false,
       0,
       0,
       false,
       {},
       "end of a licence or transition period (recorded; wind-downs act through wind_down_days on the "
       "event)"},
      {EventKind::Enforcement,
       "enforcement",
       "intensity",
       true,
       0,
       1,
       false,
       {},
       "enforcement intensity of the cap and designations from this date"},
      {EventKind::RefineryOutage,
       "refinery_outage",
       "capacity_kbd",
       true,
       0,
       6000,
       false,
       {},
       "Russian refining capacity offline until `end`"},
      {EventKind::PortOutage,
       "port_outage",
       "capacity_kbd",
       true,
       0,
       10000,
       true,
       {"west", "kozmino"},
       "crude loading capacity of the western ports (Baltic, Black Sea, Arctic) or Kozmino offline until "
       "`end` "
       "(weather, strikes, drone strikes)"},
      {EventKind::OpecQuota,
       "opec_quota",
       "quota_kbd",
       true,
       0,
       15000,
       false,
       {},
       "Russia's crude production quota from this date (0 = none)"},
      {EventKind::SetParameter,
       "set",
       "value",
       true,
       -1e300,
       1e300,
       false,
       {},
       "parameter `key` (as listed by `sancsim params`) takes `value` from this date, until `end` if given "
       "(a year path is flat at `value` meanwhile); parameters that only set the starting state (initial "
       "stocks, fleet and output) act at the start only"},
      {EventKind::Relief,
       "relief",
       "",
       false,
       0,
       0,
       false,
       {},
       "lifts earlier events: `undoes` (ids) and/or `undoes_kind` (every earlier event of a type)"},
  };
}

}  // namespace

const std::vector<EventKindSpec>& event_catalogue() {
  static const std::vector<EventKindSpec> catalogue = build();
  return catalogue;
}

const EventKindSpec* find_event_kind(std::string_view name) {
  const auto& c = event_catalogue();
  auto it = std::find_if(c.begin(), c.end(), [&](const EventKindSpec& s) { return s.name == name; });
  return it == c.end() ? nullptr : &*it;
}

const EventKindSpec& spec_of(EventKind kind) {
  const auto& c = event_catalogue();
  auto it = std::find_if(c.begin(), c.end(), [&](const EventKindSpec& s) { return s.kind == kind; });
  if (it == c.end()) throw std::logic_error("event kind missing from the catalogue");
  return *it;
}

}  // namespace sancsim
