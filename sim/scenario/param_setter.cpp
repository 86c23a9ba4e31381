#include "param_setter.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "suggest.hpp"

namespace sancsim::scenario_detail {
namespace {

// Years a Path may name; anything else is a typo, not a year.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

std::optional<int> parse_year(std::string_view text) {
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc{} || end != text.data() + text.size() || year < kFirstYear || year > kLastYear)
    return std::nullopt;
  return year;
}

std::string expectation(const ParamSpec& spec) {
  switch (spec.kind) {
    case ParamSpec::Kind::Real:
      return "expected a number" + range_text(spec.min, spec.max);
    case ParamSpec::Kind::Integer:
      return "expected an integer" + range_text(spec.min, spec.max);
    case ParamSpec::Kind::Flag:
      return "expected true or false";
    case ParamSpec::Kind::Choice: {
      std::string s = "expected one of ";
      for (std::size_t i = 0; i < spec.choices.size(); ++i)
        s += fmt::format("{}\"{}\"", i ? ", " : "", spec.choices[i]);
      return s;
    }
    case ParamSpec::Kind::Day:
      return "expected a date (YYYY-MM-DD, unquoted)";
    case ParamSpec::Kind::Text:
      return "expected a string";
    case ParamSpec::Kind::Path:
      return "expected a table of year = number" + range_text(spec.min, spec.max);
  }
  return "unexpected value";
}

void wrong(const ParamSpec& spec, const toml::node& value, const Reporter& report) {
  report.at(value.source(), spec.key, fmt::format("{}, got {}", expectation(spec), describe_value(value)));
}

bool in_range(double v, const ParamSpec& spec) { return v >= spec.min && v <= spec.max; }

// One year's value of a Path; nullopt (and a diagnostic) if it is not a number in range.
std::optional<double> path_point(const ParamSpec& spec, const std::string& key, const toml::node& value,
                                 const Reporter& report) {
  const auto v = as_number(value);
  if (v && in_range(*v, spec)) return v;
  report.at(
      value.source(), key,
      fmt::format("expected a number{}, got {}", range_text(spec.min, spec.max), describe_value(value)));
  return std::nullopt;
}

bool set_path(const ParamSpec& spec, const toml::node& value, const Reporter& report) {
  const auto* t = value.as_table();
  if (!t) {
    wrong(spec, value, report);
    return false;
  }
  YearPath path;
  bool ok = true;
  for (const auto& [k, v] : *t) {
    const std::string key = spec.key + "." + std::string(k.str());
    const auto year = parse_year(k.str());
    if (!year) {
      report.at(k.source(), key, fmt::format("expected a year in [{}, {}] as key", kFirstYear, kLastYear));
      ok = false;
      continue;
    }
    if (const auto x = path_point(spec, key, v, report))
      path.points.emplace_back(*year, *x);
    else
      ok = false;
  }
  if (path.points.empty() && ok) {
    report.at(value.source(), spec.key, "expected at least one year = number");
    return false;
  }
  if (!ok) return false;
  std::sort(path.points.begin(), path.points.end());
  *std::get<YearPath*>(spec.target) = std::move(path);
  return true;
}

// Sets year `year` of a Path, keeping the other years.
void set_path_year(const ParamSpec& spec, int year, const std::string& key, const toml::node& value,
                   const Reporter& report) {
  const auto x = path_point(spec, key, value, report);
  if (!x) return;
  auto& points = std::get<YearPath*>(spec.target)->points;
  auto it = std::lower_bound(points.begin(), points.end(), std::pair{year, -INFINITY},
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  if (it != points.end() && it->first == year)
    it->second = *x;
  else
    points.insert(it, {year, *x});
}

std::vector<std::string> all_keys(const ParamTable& table, const std::vector<std::string>& extra) {
  std::vector<std::string> keys = extra;
  for (const auto& s : table.all()) keys.push_back(s.key);
  return keys;
}

}  // namespace

bool set_param(const ParamSpec& spec, const toml::node& value, const Reporter& report) {
  switch (spec.kind) {
    case ParamSpec::Kind::Real: {
      const auto v = as_number(value);
      if (!v || !in_range(*v, spec)) break;
      *std::get<double*>(spec.target) = *v;
      return true;
    }
    case ParamSpec::Kind::Integer: {
      const auto* i = value.as_integer();
      if (!i || !in_range(static_cast<double>(i->get()), spec)) break;
      *std::get<int*>(spec.target) = static_cast<int>(i->get());
      return true;
    }
    case ParamSpec::Kind::Flag: {
      const auto* b = value.as_boolean();
      if (!b) break;
      *std::get<bool*>(spec.target) = b->get();
      return true;
    }
    case ParamSpec::Kind::Choice: {
      const auto* s = value.as_string();
      if (!s) break;
      if (std::find(spec.choices.begin(), spec.choices.end(), s->get()) == spec.choices.end()) {
        std::string message = fmt::format("{}, got {}", expectation(spec), describe_value(value));
        const std::string hint = closest(s->get(), spec.choices);
        if (!hint.empty()) message += fmt::format("; did you mean \"{}\"?", hint);
        report.at(value.source(), spec.key, std::move(message));
        return false;
      }
      *std::get<std::string*>(spec.target) = s->get();
      return true;
    }
    case ParamSpec::Kind::Day: {
      const auto d = as_date(value);
      if (!d) break;
      *std::get<Date*>(spec.target) = *d;
      return true;
    }
    case ParamSpec::Kind::Text: {
      const auto* s = value.as_string();
      if (!s) break;
      *std::get<std::string*>(spec.target) = s->get();
      return true;
    }
    case ParamSpec::Kind::Path:
      return set_path(spec, value, report);
  }
  wrong(spec, value, report);
  return false;
}

void apply_param(const ParamTable& table, const std::string& key, const toml::node& value,
                 const toml::source_region& key_where, const std::vector<std::string>& extra_keys,
                 const Reporter& report) {
  if (const ParamSpec* spec = table.find(key)) {
    set_param(*spec, value, report);
    return;
  }
  if (const auto* t = value.as_table()) {
    for (const auto& [k, v] : *t)
      apply_param(table, key + "." + std::string(k.str()), v, k.source(), extra_keys, report);
    return;
  }
  const auto dot = key.rfind('.');
  if (dot != std::string::npos) {
    const ParamSpec* spec = table.find(std::string_view(key).substr(0, dot));
    const auto year = parse_year(std::string_view(key).substr(dot + 1));
    if (spec && spec->kind == ParamSpec::Kind::Path && year) {
      set_path_year(*spec, *year, key, value, report);
      return;
    }
  }
  report.at(key_where, key, unknown_with_hint("key", key, all_keys(table, extra_keys)));
}

}  // namespace sancsim::scenario_detail
