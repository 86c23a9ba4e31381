#pragma once
// Dated policy events: what the sanctioning coalition (and Russia) impose, and relief that undoes
// it. A scenario lists them; the coalition agent applies each on its exact date.
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sancsim/engine/date.hpp"

namespace sancsim {

enum class EventKind {
  Announcement,                 // a marker; "self_sanctioning" target starts the 2022 shunning
  EmbargoCrude,                 // jurisdiction stops importing Russian seaborne crude
  EmbargoProducts,              // ... products
  EmbargoPipelineCrude,         // ... pipeline crude
  EmbargoProductsThirdCountry,  // ... products refined from Russian crude elsewhere
  EmbargoLng,                   // LNG (gas side; no effect on the oil trade)
  PriceCapCrude,                // coalition services only at or below cap_usd_per_bbl
  PriceCapProductsPremium,
  PriceCapProductsDiscount,
  Decree,              // Russian counter-measure (ban on cap-referencing contracts)
  TaxRule,             // Russian tax rule (discount floor D for the tax price)
  VesselDesignations,  // `vessels` more tankers designated
  Designation,         // a company (producer, trader, insurer, buyer) designated
  TransactionBan,      // Western traders may not lift a producer's oil for third countries (EU Art. 5aa)
  ServicesBan,         // a jurisdiction bans services; target "maritime" is a full maritime ban
  SecondaryTariff,     // tariff_pct on a buyer country's exports to the jurisdiction
  BuyerSanctions,      // secondary sanctions on a buyer group (escalation)
  CarveOut,            // general licence exempting an activity
  WindDown,            // end of a licence or transition period
  Enforcement,         // enforcement intensity (0..1) from this date
  RefineryOutage,      // capacity_kbd of Russian refining offline until `end`
  PortOutage,    // capacity_kbd of a port's crude loading offline until `end` (weather, strikes, drones)
  OpecQuota,     // Russia's crude production quota from this date
  SetParameter,  // a registered parameter (`target` holds its key) takes `value` from this date to `end`
  Relief,        // undoes earlier events (by id, or all of a kind)
};

// One event as written in a scenario file.
struct PolicyEvent {
  Date date;
  EventKind kind = EventKind::Announcement;
  std::string id;            // optional; lets relief events and `remove_events` name it
  std::string jurisdiction;  // EU, UK, US, G7, G7+EU+AU, RU, ...
  std::string
      target;  // producer, buyer, country, product, ... (see the catalogue); a parameter key for `set`
  double value = std::numeric_limits<double>::quiet_NaN();  // in the kind's unit (catalogue)
  int wind_down_days = 0;
  std::optional<Date> end;          // for outages and temporary measures
  std::vector<std::string> undoes;  // for Relief: ids of the events it lifts
  std::string undoes_kind;          // for Relief: lift every earlier event of this kind (key name)
  std::string note;
  std::string file;  // where it was written, for messages
  int line = 0;
};

// What a scenario may write for an event kind.
struct EventKindSpec {
  EventKind kind;
  std::string_view name;       // the `type` string in scenario files
  std::string_view value_key;  // e.g. "cap_usd_per_bbl"; empty if the kind takes no value
  bool value_required = false;
  double value_min = 0.0;
  double value_max = 0.0;
  bool target_required = false;
  std::vector<std::string_view> targets;  // allowed targets; empty = any text
  std::string_view description;
};

const std::vector<EventKindSpec>& event_catalogue();
const EventKindSpec* find_event_kind(std::string_view name);
const EventKindSpec& spec_of(EventKind kind);

}  // namespace sancsim
