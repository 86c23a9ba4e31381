#include "event_reader.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "suggest.hpp"

namespace sancsim::scenario_detail {
namespace {

const EventKindSpec* find_kind(const std::vector<EventKindSpec>& catalogue, std::string_view name) {
  auto it = std::find_if(catalogue.begin(), catalogue.end(),
                         [&](const EventKindSpec& s) { return s.name == name; });
  return it == catalogue.end() ? nullptr : &*it;
}

std::vector<std::string> kind_names(const std::vector<EventKindSpec>& catalogue) {
  std::vector<std::string> names;
  for (const auto& s : catalogue) names.emplace_back(s.name);
  return names;
}

// Reads a string field; reports a non-string.
std::optional<std::string> string_field(const toml::node& v, const std::string& key, const Reporter& report) {
  if (const auto* s = v.as_string()) return s->get();
  report.at(v.source(), key, fmt::format("expected a string, got {}", describe_value(v)));
  return std::nullopt;
}

std::optional<Date> date_field(const toml::node& v, const std::string& key, const Reporter& report) {
  if (auto d = as_date(v)) return d;
  report.at(v.source(), key,
            fmt::format("expected a date (YYYY-MM-DD, unquoted), got {}", describe_value(v)));
  return std::nullopt;
}

// The type first: it decides which other keys are allowed.
const EventKindSpec* read_type(const toml::table& table, const std::string& key,
                               const std::vector<EventKindSpec>& catalogue, const Reporter& report) {
  const toml::node* type = table.get("type");
  if (!type) {
    report.at(table.source(), key + ".type", "missing; expected an event type such as \"price_cap_crude\"");
    return nullptr;
  }
  const auto name = string_field(*type, key + ".type", report);
  if (!name) return nullptr;
  const EventKindSpec* spec = find_kind(catalogue, *name);
  if (!spec)
    report.at(type->source(), key + ".type",
              unknown_with_hint(fmt::format("event type \"{}\"", *name), *name, kind_names(catalogue)));
  return spec;
}

std::vector<std::string> allowed_keys(const EventKindSpec& spec) {
  std::vector<std::string> keys = {"date",   "type",           "id",  "jurisdiction",
                                   "target", "wind_down_days", "end", "note"};
  if (!spec.value_key.empty()) keys.emplace_back(spec.value_key);
  if (spec.kind == EventKind::Relief) {
    keys.emplace_back("undoes");
    keys.emplace_back("undoes_kind");
  }
  if (spec.kind == EventKind::SetParameter) keys.emplace_back("key");
  return keys;
}

}  // namespace

std::optional<ReadEvent> read_event(const toml::table& table, std::size_t index,
                                    const std::vector<EventKindSpec>& catalogue, const Reporter& report) {
  const std::string key = fmt::format("events[{}]", index);
  ReadEvent r;
  r.key = key;
  PolicyEvent& e = r.event;
  e.file = report.file();
  e.line = static_cast<int>(table.source().begin.line);

  const EventKindSpec* spec = read_type(table, key, catalogue, report);
  if (spec) e.kind = spec->kind;
  bool usable = spec != nullptr;
  bool has_date = false, has_value = false, has_target = false, has_undoes = false;

  for (const auto& [k, v] : table) {
    const std::string name(k.str());
    const std::string field = key + "." + name;
    if (name == "type") continue;
    if (name == "date") {
      const auto d = date_field(v, field, report);
      has_date = d.has_value();
      if (d) e.date = *d;
    } else if (name == "id" || name == "jurisdiction" || name == "note") {
      if (auto s = string_field(v, field, report))
        (name == "id" ? e.id : name == "note" ? e.note : e.jurisdiction) = *s;
      if (name == "id") r.id_at = v.source().begin;
    } else if (name == "target") {
      if (auto s = string_field(v, field, report)) {
        has_target = true;
        e.target = *s;
        if (spec && !spec->targets.empty() &&
            std::find(spec->targets.begin(), spec->targets.end(), *s) == spec->targets.end()) {
          std::vector<std::string> allowed(spec->targets.begin(), spec->targets.end());
          std::string message =
              fmt::format("target \"{}\" not allowed for type \"{}\"; expected one of", *s, spec->name);
          for (std::size_t i = 0; i < allowed.size(); ++i)
            message += fmt::format("{} \"{}\"", i ? "," : "", allowed[i]);
          const std::string hint = closest(*s, allowed);
          if (!hint.empty()) message += fmt::format("; did you mean \"{}\"?", hint);
          report.at(v.source(), field, std::move(message));
        }
      }
    } else if (spec && spec->kind == EventKind::SetParameter && name == "key") {
      if (auto s = string_field(v, field, report)) {
        has_target = true;
        e.target = *s;
        r.key_at = v.source().begin;
      }
    } else if (name == "wind_down_days") {
      const auto* i = v.as_integer();
      if (i && i->get() >= 0 && i->get() <= 3650)
        e.wind_down_days = static_cast<int>(i->get());
      else
        report.at(v.source(), field,
                  fmt::format("expected an integer in [0, 3650], got {}", describe_value(v)));
    } else if (name == "end") {
      if (auto d = date_field(v, field, report)) e.end = *d;
    } else if (spec && name == spec->value_key) {
      const auto x = as_number(v);
      has_value = true;
      if (x && *x >= spec->value_min && *x <= spec->value_max)
        e.value = *x;
      else
        report.at(v.source(), field,
                  fmt::format("expected a number{}, got {}", range_text(spec->value_min, spec->value_max),
                              describe_value(v)));
    } else if (spec && spec->kind == EventKind::Relief && name == "undoes") {
      has_undoes = true;
      const auto* a = v.as_array();
      if (!a) {
        report.at(v.source(), field,
                  fmt::format("expected an array of event ids, got {}", describe_value(v)));
        continue;
      }
      for (const auto& item : *a) {
        if (const auto* s = item.as_string()) {
          e.undoes.push_back(s->get());
          r.undoes_at.push_back(item.source().begin);
        } else {
          report.at(item.source(), field,
                    fmt::format("expected an event id (string), got {}", describe_value(item)));
        }
      }
    } else if (spec && spec->kind == EventKind::Relief && name == "undoes_kind") {
      has_undoes = true;
      if (auto s = string_field(v, field, report)) {
        if (find_kind(catalogue, *s))
          e.undoes_kind = *s;
        else
          report.at(v.source(), field,
                    unknown_with_hint(fmt::format("event type \"{}\"", *s), *s, kind_names(catalogue)));
      }
    } else if (spec) {
      report.at(
          k.source(), field,
          unknown_with_hint(fmt::format("key for event type \"{}\"", spec->name), name, allowed_keys(*spec)));
    }
  }

  if (!table.contains("date")) {
    report.at(table.source(), key + ".date", "missing; expected the date the event takes effect");
  }
  usable = usable && has_date;
  if (!spec) return std::nullopt;
  if (spec->value_required && !has_value)
    report.at(table.source(), fmt::format("{}.{}", key, spec->value_key),
              fmt::format("missing; type \"{}\" requires a number{}", spec->name,
                          range_text(spec->value_min, spec->value_max)));
  if (spec->kind == EventKind::SetParameter && !has_target)
    report.at(table.source(), key + ".key",
              "missing; a set event names its parameter, e.g. key = \"coalition.reactive_vessels_per_month\" "
              "(`sancsim params` lists them)");
  if (spec->target_required && !has_target)
    report.at(table.source(), key + ".target",
              fmt::format("missing; type \"{}\" requires a target", spec->name));
  if (spec->kind == EventKind::Relief && !has_undoes)
    report.at(table.source(), key + ".undoes",
              "missing; a relief event needs `undoes` (ids) or `undoes_kind`");
  if (has_date && e.end && *e.end < e.date)
    report.at(table.get("end")->source(), key + ".end",
              fmt::format("end {} is before the event's date {}", e.end->iso(), e.date.iso()));
  if (!usable) return std::nullopt;
  return r;
}

void check_set_events(const std::vector<ReadEvent>& events, const ParamTable& table, Diagnostics& out) {
  std::vector<std::string> keys;
  for (const auto& r : events) {
    const PolicyEvent& e = r.event;
    if (e.kind != EventKind::SetParameter || e.target.empty()) continue;
    auto report = [&](std::string message) {
      out.add(Diagnostic{e.file, static_cast<int>(r.key_at.line), static_cast<int>(r.key_at.column),
                         r.key + ".key", std::move(message)});
    };
    const ParamSpec* spec = table.find(e.target);
    if (!spec) {
      if (keys.empty())
        for (const auto& s : table.all()) keys.push_back(s.key);
      report(unknown_with_hint(fmt::format("parameter \"{}\"", e.target), e.target, keys));
      continue;
    }
    const bool integer = spec->kind == ParamSpec::Kind::Integer;
    if (spec->kind != ParamSpec::Kind::Real && !integer && spec->kind != ParamSpec::Kind::Path) {
      report(fmt::format(
          "parameter \"{}\" is not a number; a set event changes a number or year-path parameter", e.target));
      continue;
    }
    if (std::isnan(e.value)) continue;  // reported as a missing or bad value
    if (e.value < spec->min || e.value > spec->max || (integer && e.value != std::round(e.value)))
      report(fmt::format("value {} for \"{}\": expected {}{}", e.value, e.target,
                         integer ? "an integer" : "a number", range_text(spec->min, spec->max)));
  }
}

void check_events(const std::vector<ReadEvent>& events, Diagnostics& out) {
  auto report = [&](const ReadEvent& r, int line, int column, std::string key, std::string message) {
    out.add(Diagnostic{r.event.file, line, column, std::move(key), std::move(message)});
  };
  std::map<std::string, const ReadEvent*> by_id;
  for (const auto& r : events) {
    if (r.event.id.empty()) continue;
    auto [it, fresh] = by_id.emplace(r.event.id, &r);
    if (!fresh)
      report(r, static_cast<int>(r.id_at.line), static_cast<int>(r.id_at.column), r.key + ".id",
             fmt::format("duplicate event id \"{}\" (first at {}:{})", r.event.id, it->second->event.file,
                         it->second->event.line));
  }
  for (const auto& r : events) {
    for (std::size_t i = 0; i < r.event.undoes.size(); ++i) {
      const std::string& id = r.event.undoes[i];
      const int line = i < r.undoes_at.size() ? static_cast<int>(r.undoes_at[i].line) : r.event.line;
      const int column = i < r.undoes_at.size() ? static_cast<int>(r.undoes_at[i].column) : 0;
      auto it = by_id.find(id);
      if (it == by_id.end())
        report(r, line, column, r.key + ".undoes", fmt::format("relief names unknown event id \"{}\"", id));
      else if (it->second->event.date > r.event.date)
        report(r, line, column, r.key + ".undoes",
               fmt::format("relief on {} names event \"{}\" dated {}, which is later", r.event.date.iso(), id,
                           it->second->event.date.iso()));
    }
  }
}

}  // namespace sancsim::scenario_detail
