// Reading and checking `[[outcome]]` entries.
#include "sancsim/scenario/outcomes.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "sancsim/model/world.hpp"
#include "sancsim/scenario/scenario.hpp"
#include "suggest.hpp"
#include "toml_support.hpp"

namespace sancsim {
namespace {

using scenario_detail::describe_value;

// A month written as "YYYY-MM" or as a date (its month).
std::optional<YearMonth> as_month(const toml::node& v) {
  if (auto d = scenario_detail::as_date(v)) return YearMonth::of(*d);
  if (const auto* s = v.as_string()) return YearMonth::parse(s->get());
  return std::nullopt;
}

bool valid_name(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

std::optional<DeclaredOutcome> read_outcome(const toml::table& t, std::size_t index, const std::string& file,
                                            Diagnostics& out) {
  DeclaredOutcome o;
  o.file = file;
  o.line = static_cast<int>(t.source().begin.line);
  o.column = static_cast<int>(t.source().begin.column);
  const std::string where = fmt::format("outcome[{}]", index);
  const std::size_t problems = out.items().size();
  auto at = [&](const toml::source_region& r, const std::string& key, std::string message) {
    out.add(
        {file, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column), key, std::move(message)});
  };
  static const std::vector<std::string> keys = {"name", "series", "statistic", "from",
                                                "to",   "year",   "threshold", "vs"};
  bool has_stat = false, has_threshold = false;
  for (const auto& [k, v] : t) {
    const std::string key = where + "." + std::string(k.str());
    if (k == "name") {
      const auto* s = v.as_string();
      if (s && valid_name(s->get()))
        o.def.name = s->get();
      else
        at(v.source(), key,
           fmt::format(
               "a name of lower-case letters, digits and '_', e.g. \"og_revenue_2026_rub_bn\"; got {}",
               describe_value(v)));
    } else if (k == "series") {
      if (const auto* s = v.as_string(); s && !s->get().empty())
        o.def.series = s->get();
      else
        at(v.source(), key, fmt::format("a column of series.csv (a string); got {}", describe_value(v)));
    } else if (k == "statistic") {
      has_stat = true;
      const auto* s = v.as_string();
      const auto stat = s ? parse_outcome_stat(s->get()) : std::nullopt;
      if (stat) {
        o.def.stat = *stat;
      } else {
        std::string names;
        for (const auto& n : outcome_stat_names()) names += (names.empty() ? "" : ", ") + n;
        at(v.source(), key,
           s ? scenario_detail::unknown_with_hint("statistic \"" + s->get() + "\"", s->get(),
                                                  outcome_stat_names()) +
                   "; expected one of " + names
             : fmt::format("one of {}; got {}", names, describe_value(v)));
      }
    } else if (k == "from" || k == "to") {
      if (auto m = as_month(v))
        (k == "from" ? o.def.from : o.def.to) = *m;
      else
        at(v.source(), key, fmt::format("a month \"YYYY-MM\" or a date; got {}", describe_value(v)));
    } else if (k == "year") {
      const auto* n = v.as_integer();
      if (n && n->get() >= kEarliestStartYear && n->get() <= kLatestEndYear) {
        o.def.from = YearMonth::from(static_cast<int>(n->get()), 1);
        o.def.to = YearMonth::from(static_cast<int>(n->get()), 12);
      } else {
        at(v.source(), key,
           fmt::format("a year from {} to {}; got {}", kEarliestStartYear, kLatestEndYear,
                       describe_value(v)));
      }
      if (t.contains("from") || t.contains("to"))
        at(v.source(), key, "either `year` or `from`/`to`, not both");
    } else if (k == "threshold") {
      has_threshold = true;
      if (auto x = scenario_detail::as_number(v); x && std::isfinite(*x))
        o.def.threshold = *x;
      else
        at(v.source(), key, fmt::format("a finite number; got {}", describe_value(v)));
    } else if (k == "vs") {
      const auto* s = v.as_string();
      if (s && s->get() == "compare_to")
        o.def.vs_compare_to = true;
      else
        at(v.source(), key,
           fmt::format("\"compare_to\" (the paired difference from the comparison run); got {}",
                       describe_value(v)));
    } else {
      at(k.source(), key,
         scenario_detail::unknown_with_hint("key", std::string(k.str()), keys) +
             "; expected one of name, series, statistic, from, to, year, threshold, vs");
    }
  }
  auto missing = [&](const char* key, const std::string& what) {
    if (!t.contains(key)) at(t.source(), where + "." + key, fmt::format("missing; expected {}", what));
  };
  missing("name", "the outcome's name");
  missing("series", "a column of series.csv");
  if (!has_stat) missing("statistic", fmt::format("one of {}", fmt::join(outcome_stat_names(), ", ")));
  if (has_stat && stat_needs_threshold(o.def.stat) && !has_threshold)
    at(t.source(), where + ".threshold",
       fmt::format("missing; expected the threshold of {}", outcome_stat_name(o.def.stat)));
  if (has_threshold && has_stat && !stat_needs_threshold(o.def.stat))
    at(t["threshold"].node()->source(), where + ".threshold",
       "only for statistic = \"first_below\" or \"first_above\"");
  if (o.def.from && o.def.to && *o.def.from > *o.def.to)
    at(t.source(), where,
       fmt::format("a window with from <= to; got from {} to {}", o.def.from->str(), o.def.to->str()));
  if (out.items().size() != problems) return std::nullopt;
  return o;
}

RunColumns run_columns(const Scenario& s) {
  const World world(run_input(s, 1, 0));
  RunColumns c;
  c.series = world.series().names();
  for (const auto& m : world.metrics()) c.metrics.push_back(m.name);
  return c;
}

void check_outcomes(const std::vector<DeclaredOutcome>& outcomes, const Scenario& s,
                    const RunColumns& columns, Diagnostics& out) {
  const YearMonth first = s.report_from, last = YearMonth::of(s.end);
  std::set<std::string> names;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const auto& o = outcomes[i];
    auto at = [&](const std::string& key, std::string message) {
      out.add({o.file, o.line, o.column, key, std::move(message)});
    };
    const std::string where = "outcome." + o.def.name;
    if (!columns.series.empty() &&
        std::find(columns.series.begin(), columns.series.end(), o.def.series) == columns.series.end())
      at(where + ".series",
         scenario_detail::unknown_with_hint("series \"" + o.def.series + "\"", o.def.series, columns.series) +
             "; expected a column of series.csv (" + std::to_string(columns.series.size()) +
             " columns; `sancsim run` writes them)");
    if (std::find(columns.metrics.begin(), columns.metrics.end(), o.def.name) != columns.metrics.end())
      at(where + ".name", "a name of its own: this is a built-in metric's name");
    if (!names.insert(o.def.name).second) at(where + ".name", "a name of its own: declared twice");
    const YearMonth from = o.def.from.value_or(first), to = o.def.to.value_or(last);
    if (from < first || to > last)
      at(where, fmt::format("a window within the reported months {} to {}; got {} to {}", first.str(),
                            last.str(), from.str(), to.str()));
    if (o.def.vs_compare_to && !s.counterfactual)
      at(where + ".vs", "a scenario with `compare_to` (vs = \"compare_to\" is its paired difference)");
  }
}

}  // namespace sancsim
