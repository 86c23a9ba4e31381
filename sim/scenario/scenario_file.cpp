#include "scenario_file.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "sancsim/engine/input_file.hpp"
#include "suggest.hpp"

namespace sancsim::scenario_detail {
namespace {

template <class T>
Setting<T> setting(T value, const Reporter& report, const std::filesystem::path& dir,
                   const toml::node& node) {
  return Setting<T>{std::move(value), report.file(), dir, node.source().begin};
}

std::optional<std::string> read_string(const std::string& key, const toml::node& v, const Reporter& report) {
  if (const auto* s = v.as_string()) return s->get();
  report.at(v.source(), key, fmt::format("expected a string, got {}", describe_value(v)));
  return std::nullopt;
}

void read_data(const toml::table& data, const Reporter& report, const std::filesystem::path& dir,
               ScenarioFile& f) {
  // The data files a scenario may name, each with the setting it fills.
  const std::vector<std::pair<std::string, std::optional<Setting<std::string>>*>> files = {
      {"brent_daily_csv", &f.daily_csv},
      {"brent_monthly_csv", &f.monthly_csv},
      {"urals_fob_monthly_csv", &f.urals_csv},
      {"key_rate_monthly_csv", &f.key_rate_csv}};
  for (const auto& [k, v] : data) {
    const std::string name(k.str());
    const std::string key = "data." + name;
    const auto known =
        std::find_if(files.begin(), files.end(), [&](const auto& e) { return e.first == name; });
    if (known != files.end()) {
      if (auto s = read_string(key, v, report)) *known->second = setting(*s, report, dir, v);
    } else {
      std::vector<std::string> full;
      for (const auto& e : files) full.push_back("data." + e.first);
      report.at(k.source(), key, unknown_with_hint("key", key, full));
    }
  }
}

void read_reserved(const std::string& key, const toml::node& v, const Reporter& report,
                   const std::vector<EventKindSpec>& catalogue, ScenarioFile& f) {
  const auto dir = f.path.parent_path();
  if (read_settable(key, v, report, dir, f)) return;
  if (key == "extends" || key == "compare_to") {
    if (auto s = read_string(key, v, report))
      (key == "extends" ? f.extends : f.compare_to) = setting(*s, report, dir, v);
  } else if (key == "inherit_events") {
    if (const auto* b = v.as_boolean())
      f.inherit_events = b->get();
    else
      report.at(v.source(), key, fmt::format("expected true or false, got {}", describe_value(v)));
  } else if (key == "remove_events") {
    const auto* a = v.as_array();
    if (!a) {
      report.at(v.source(), key, fmt::format("expected an array of event ids, got {}", describe_value(v)));
      return;
    }
    for (const auto& item : *a) {
      if (const auto* s = item.as_string())
        f.remove_events.emplace_back(s->get(), item.source().begin);
      else
        report.at(item.source(), key,
                  fmt::format("expected an event id (string), got {}", describe_value(item)));
    }
  } else if (key == "events") {
    const auto* a = v.as_array();
    if (!a || !a->is_array_of_tables()) {
      report.at(v.source(), key, "expected [[events]] tables");
      return;
    }
    for (std::size_t i = 0; i < a->size(); ++i)
      if (auto e = read_event(*a->get(i)->as_table(), i, catalogue, report))
        f.events.push_back(std::move(*e));
  } else if (key == "outcome") {
    const auto* a = v.as_array();
    if (!a || !a->is_array_of_tables()) {
      report.at(v.source(), key, "expected [[outcome]] tables (name, series, statistic, window)");
      return;
    }
    for (std::size_t i = 0; i < a->size(); ++i)
      if (auto o = read_outcome(*a->get(i)->as_table(), i, report.file(), report.out()))
        f.outcomes.push_back(std::move(*o));
  } else if (key == "data") {
    if (const auto* t = v.as_table())
      read_data(*t, report, dir, f);
    else
      report.at(v.source(), key, fmt::format("expected a table, got {}", describe_value(v)));
  }
}

}  // namespace

const std::vector<std::string>& reserved_keys() {
  static const std::vector<std::string> keys = {
      "name",       "description",    "extends",       "start",  "end",  "report_start",
      "compare_to", "inherit_events", "remove_events", "events", "data", "outcome"};
  return keys;
}

bool is_reserved(std::string_view key) {
  const auto& keys = reserved_keys();
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool read_settable(const std::string& key, const toml::node& v, const Reporter& report,
                   const std::filesystem::path& dir, ScenarioFile& f) {
  if (key == "name" || key == "description") {
    if (auto s = read_string(key, v, report))
      (key == "name" ? f.name : f.description) = setting(*s, report, dir, v);
  } else if (key == "start" || key == "end") {
    if (auto d = as_date(v))
      (key == "start" ? f.start : f.end) = setting(*d, report, dir, v);
    else
      report.at(v.source(), key,
                fmt::format("expected a date (YYYY-MM-DD, unquoted), got {}", describe_value(v)));
  } else if (key == "report_start") {
    std::optional<YearMonth> month;
    if (auto d = as_date(v))
      month = YearMonth::of(*d);
    else if (const auto* s = v.as_string())
      month = YearMonth::parse(s->get());
    if (month)
      f.report_start = setting(*month, report, dir, v);
    else
      report.at(v.source(), key,
                fmt::format("expected a month \"YYYY-MM\" or a date, got {}", describe_value(v)));
  } else {
    return false;
  }
  return true;
}

FileRead read_scenario_file(const std::filesystem::path& path, const std::string& shown,
                            const std::vector<EventKindSpec>& catalogue, Diagnostics& out) {
  FileRead result;
  auto text = read_input_file(path);
  if (auto* e = std::get_if<InputFileError>(&text)) {
    result.missing = true;
    result.why_missing = e->message;
    return result;
  }
  ScenarioFile f;
  f.shown = shown;
  f.path = std::filesystem::absolute(path).lexically_normal();
  auto root = read_toml(std::get<std::string>(text), shown, out);
  if (!root) return result;
  f.root = std::move(*root);
  const Reporter report(shown, out);
  for (const auto& [k, v] : f.root)
    if (is_reserved(k.str())) read_reserved(std::string(k.str()), v, report, catalogue, f);
  result.file = std::move(f);
  return result;
}

}  // namespace sancsim::scenario_detail
