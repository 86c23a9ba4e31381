#include "event_override.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "suggest.hpp"

namespace sancsim::scenario_detail {
namespace {

constexpr std::string_view kPrefix = "events.";

void problem(Diagnostics& out, const std::string& key, std::string message) {
  out.add({"--set", 0, 0, key, std::move(message)});
}

// Sets `field` of `e` from `value`; false (with a message) if the field or value is not allowed.
void set_field(PolicyEvent& e, const EventKindSpec& spec, const std::string& field, const toml::node& value,
               const std::string& key, Diagnostics& out) {
  if (field == "date" || field == "end") {
    const auto d = as_date(value);
    if (!d) {
      problem(out, key, fmt::format("expected a date (YYYY-MM-DD, unquoted), got {}", describe_value(value)));
      return;
    }
    if (field == "date")
      e.date = *d;
    else
      e.end = *d;
    if (e.end && *e.end < e.date)
      problem(out, key,
              fmt::format("the event would end ({}) before its date ({})", e.end->iso(), e.date.iso()));
    return;
  }
  if (field == "wind_down_days") {
    const auto* i = value.as_integer();
    if (!i || i->get() < 0 || i->get() > 3650) {
      problem(out, key, fmt::format("expected an integer in [0, 3650], got {}", describe_value(value)));
      return;
    }
    e.wind_down_days = static_cast<int>(i->get());
    return;
  }
  if (!spec.value_key.empty() && field == spec.value_key) {
    const auto x = as_number(value);
    if (!x || *x < spec.value_min || *x > spec.value_max) {
      problem(out, key,
              fmt::format("expected a number{}, got {}", range_text(spec.value_min, spec.value_max),
                          describe_value(value)));
      return;
    }
    e.value = *x;
    return;
  }
  std::vector<std::string> fields = {"date", "end", "wind_down_days"};
  if (!spec.value_key.empty()) fields.emplace_back(spec.value_key);
  std::string message = unknown_with_hint(
      fmt::format("field \"{}\" for --set on an event of type \"{}\"", field, spec.name), field, fields);
  message += "; settable:";
  for (std::size_t i = 0; i < fields.size(); ++i) message += fmt::format("{} {}", i ? "," : "", fields[i]);
  problem(out, key, std::move(message));
}

}  // namespace

bool is_event_override(const Override& o) { return o.key.starts_with(kPrefix); }

void apply_event_overrides(const std::vector<Override>& overrides, std::vector<ReadEvent>& events,
                           const std::vector<EventKindSpec>& catalogue, bool must_match, Diagnostics& out) {
  for (const auto& o : overrides) {
    if (!is_event_override(o)) continue;
    const std::string rest = o.key.substr(kPrefix.size());
    const auto dot = rest.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == rest.size()) {
      problem(out, o.key, "expected events.<event id>.<field>, e.g. events.g7_cap_crude.cap_usd_per_bbl=30");
      continue;
    }
    const std::string id = rest.substr(0, dot), field = rest.substr(dot + 1);
    auto it =
        std::find_if(events.begin(), events.end(), [&](const ReadEvent& r) { return r.event.id == id; });
    if (it == events.end()) {
      if (!must_match) continue;
      std::vector<std::string> ids;
      for (const auto& r : events)
        if (!r.event.id.empty()) ids.push_back(r.event.id);
      std::string message =
          unknown_with_hint(fmt::format("event id \"{}\" (no event of the scenario has it)", id), id, ids);
      if (message.find("did you mean") == std::string::npos) {
        // No single likely typo: list the nearest ids (`sancsim events SCENARIO` lists them all).
        std::vector<std::pair<std::size_t, std::string>> near;
        for (const auto& c : ids) near.emplace_back(edit_distance(id, c), c);
        std::sort(near.begin(), near.end());
        std::string list;
        for (std::size_t i = 0; i < near.size() && i < 5; ++i) list += (i ? ", " : "") + near[i].second;
        if (!list.empty())
          message +=
              fmt::format("; the closest ids: {} (`sancsim events SCENARIO` lists all {})", list, ids.size());
      }
      problem(out, o.key, message);
      continue;
    }
    const toml::table doc = parse_set_value(o.value);
    const auto spec = std::find_if(catalogue.begin(), catalogue.end(),
                                   [&](const EventKindSpec& s) { return s.kind == it->event.kind; });
    if (spec == catalogue.end()) continue;  // cannot happen: read events have a catalogued kind
    set_field(it->event, *spec, field, *doc.get("v"), o.key, out);
  }
  // A changed date may move the event: keep the list in date order, as merged.
  std::stable_sort(events.begin(), events.end(),
                   [](const ReadEvent& a, const ReadEvent& b) { return a.event.date < b.event.date; });
}

}  // namespace sancsim::scenario_detail
