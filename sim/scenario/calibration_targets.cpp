// Reading calibration_targets.toml.
#include <algorithm>
#include <iterator>
#include <tuple>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "sancsim/engine/input_file.hpp"
#include "sancsim/scenario/calibration.hpp"
#include "suggest.hpp"
#include "toml_support.hpp"

namespace sancsim {

// "2024" (a year), "2024-04" (a month) or "2024-04..2024-06" (inclusive).
std::optional<std::pair<YearMonth, YearMonth>> parse_calibration_window(const std::string& text) {
  const auto dots = text.find("..");
  if (dots != std::string::npos) {
    auto a = YearMonth::parse(text.substr(0, dots)), b = YearMonth::parse(text.substr(dots + 2));
    if (!a || !b || *b < *a) return std::nullopt;
    return std::pair{*a, *b};
  }
  if (text.size() == 4 && text.find_first_not_of("0123456789") == std::string::npos) {
    const int year = std::stoi(text);
    return std::pair{YearMonth::from(year, 1), YearMonth::from(year, 12)};
  }
  if (auto m = YearMonth::parse(text)) return std::pair{*m, *m};
  return std::nullopt;
}

bool inside_calibration_windows(const std::pair<YearMonth, YearMonth>& w,
                                const std::vector<std::pair<YearMonth, YearMonth>>& all) {
  for (const auto& c : all)
    if (!(w.first < c.first) && !(c.second < w.second)) return true;
  return false;
}

namespace {

using scenario_detail::describe_value;
using scenario_detail::Reporter;

const char* kWindowHelp = "expected \"YYYY\", \"YYYY-MM\" or \"YYYY-MM..YYYY-MM\"";

std::optional<std::string> text_at(const toml::table& t, const char* key, const std::string& where,
                                   const Reporter& report, bool required = true) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) report.at(t.source(), where + "." + key, "missing; expected a string");
    return std::nullopt;
  }
  if (const auto* s = n->as_string()) return s->get();
  report.at(n->source(), where + "." + key, fmt::format("expected a string, got {}", describe_value(*n)));
  return std::nullopt;
}

// `[low, high]` with low <= high; reported otherwise.
std::optional<std::pair<double, double>> read_range(const toml::node& n, const std::string& key,
                                                    const Reporter& report) {
  const auto* a = n.as_array();
  if (a && a->size() == 2) {
    const auto lo = scenario_detail::as_number(*a->get(0)), hi = scenario_detail::as_number(*a->get(1));
    if (lo && hi && *lo <= *hi) return std::pair{*lo, *hi};
  }
  report.at(n.source(), key, fmt::format("expected [low, high] with low <= high, got {}", describe_value(n)));
  return std::nullopt;
}

std::optional<CalibrationTarget> read_target(const toml::table& t, std::size_t index,
                                             const CalibrationTargets& out, const Reporter& report) {
  const std::string where = fmt::format("target[{}]", index);
  static const std::vector<std::string> keys = {"quantity", "series", "window",     "statistic", "data",
                                                "band",     "source", "known_miss", "guard",     "economy"};
  for (const auto& [k, v] : t)
    if (std::find(keys.begin(), keys.end(), k.str()) == keys.end())
      report.at(k.source(), where + "." + std::string(k.str()),
                scenario_detail::unknown_with_hint("key", k.str(), keys));
  CalibrationTarget c;
  c.file = report.file();
  c.line = static_cast<int>(t.source().begin.line);
  bool ok = true;
  auto take = [&](const char* key, std::string& into, bool required = true) {
    if (auto s = text_at(t, key, where, report, required))
      into = *s;
    else if (required)
      ok = false;
  };
  take("quantity", c.quantity);
  take("series", c.series);
  take("data", c.data);
  take("source", c.source);
  take("known_miss", c.known_miss, false);
  take("economy", c.economy, false);
  if (!c.economy.empty() && c.economy != "agents" && c.economy != "aggregate") {
    report.at(
        t.get("economy")->source(), where + ".economy",
        fmt::format("expected \"agents\" or \"aggregate\" (the economy.model the target is for), got \"{}\"",
                    c.economy));
    ok = false;
  }
  std::string window, statistic = "mean";
  take("window", window);
  take("statistic", statistic, false);
  // The outcome statistics a target may use (the names are engine/outcome's).
  constexpr OutcomeStat kTargetStats[] = {OutcomeStat::Mean, OutcomeStat::Sum, OutcomeStat::Change,
                                          OutcomeStat::GrowthPct, OutcomeStat::YearMeanGrowthPct};
  const auto stat = parse_outcome_stat(statistic);
  if (stat && std::find(std::begin(kTargetStats), std::end(kTargetStats), *stat) != std::end(kTargetStats)) {
    c.stat = *stat;
  } else {
    std::string names;
    for (std::size_t i = 0; i < std::size(kTargetStats); ++i)
      names += fmt::format("{}\"{}\"",
                           i == 0                             ? ""
                           : i + 1 == std::size(kTargetStats) ? " or "
                                                              : ", ",
                           outcome_stat_name(kTargetStats[i]));
    report.at(t.get("statistic")->source(), where + ".statistic",
              fmt::format("expected {}, got \"{}\"", names, statistic));
    ok = false;
  }
  if (!window.empty()) {
    const auto w = parse_calibration_window(window);
    bool inside = false;
    if (w) {
      const auto spans = months_read(c.stat, w->first, w->second);
      inside = std::all_of(spans.begin(), spans.end(),
                           [&](const auto& span) { return inside_calibration_windows(span, out.windows); });
    }
    if (!w) {
      report.at(t.get("window")->source(), where + ".window",
                fmt::format("{}, got \"{}\"", kWindowHelp, window));
      ok = false;
    } else if (c.stat == OutcomeStat::YearMeanGrowthPct && w->second.index - w->first.index < 23) {
      report.at(t.get("window")->source(), where + ".window",
                fmt::format("\"year_mean_growth_pct\" compares the window's first and last twelve months: "
                            "expected a window of at least 24 months, got \"{}\"",
                            window));
      ok = false;
    } else if (!inside) {
      report.at(
          t.get("window")->source(), where + ".window",
          fmt::format("\"{}\" is not inside a calibration window (held-out data may not be used)", window));
      ok = false;
    } else {
      c.from = w->first;
      c.to = w->second;
    }
  }
  const toml::node* band = t.get("band");
  if (!band) {
    report.at(t.source(), where + ".band", "missing; expected [low, high], the band the model must fall in");
    ok = false;
  } else if (const auto r = read_range(*band, where + ".band", report)) {
    std::tie(c.low, c.high) = *r;
  } else {
    ok = false;
  }
  if (const toml::node* guard = t.get("guard")) {
    const auto r = read_range(*guard, where + ".guard", report);
    if (r && c.known_miss.empty())
      report.at(guard->source(), where + ".guard",
                "only a known_miss has a guard (a target that counts has its band)");
    if (r && !c.known_miss.empty())
      std::tie(c.guard_low, c.guard_high) = *r;
    else
      ok = false;
  }
  if (!ok) return std::nullopt;
  return c;
}

}  // namespace

OutcomeDef CalibrationTarget::outcome() const {
  OutcomeDef d = outcome_def(series + "_" + window(), series, stat);
  d.from = from;
  d.to = to;
  return d;
}

bool CalibrationTarget::applies_to(const Scenario& scenario) const {
  return economy.empty() || economy == scenario.params.state.agents.model;
}

std::string CalibrationTarget::window() const {
  if (from == to) return from.str();
  if (from.month() == 1 && to.month() == 12 && from.year() == to.year()) return std::to_string(from.year());
  return from.str() + ".." + to.str();
}

std::variant<CalibrationTargets, Diagnostics> load_calibration_targets(const std::string& path) {
  Diagnostics problems;
  auto text = read_input_file(path);
  if (auto* e = std::get_if<InputFileError>(&text)) {
    problems.add({path, 0, 0, "", "cannot read the calibration targets file: " + e->message});
    return problems;
  }
  const auto document = read_toml(std::get<std::string>(text), path, problems);
  if (!document) return problems;
  const toml::table& root = *document;
  const Reporter report(path, problems);
  CalibrationTargets out;
  const toml::node* windows = root.get("calibration_windows");
  const auto* wa = windows ? windows->as_array() : nullptr;
  if (!wa || wa->empty())
    report.at(windows ? windows->source() : root.source(), "calibration_windows",
              "missing; expected an array of \"YYYY-MM..YYYY-MM\" windows");
  if (wa)
    for (const auto& w : *wa) {
      const auto* s = w.as_string();
      const auto parsed = s ? parse_calibration_window(s->get()) : std::nullopt;
      if (parsed)
        out.windows.push_back(*parsed);
      else
        report.at(w.source(), "calibration_windows",
                  fmt::format("{}, got {}", kWindowHelp, describe_value(w)));
    }
  const toml::node* targets = root.get("target");
  const auto* ta = targets ? targets->as_array() : nullptr;
  if (!ta || ta->empty()) report.at(root.source(), "target", "missing; expected [[target]] tables");
  if (ta)
    for (std::size_t i = 0; i < ta->size(); ++i) {
      const auto* t = ta->get(i)->as_table();
      if (!t) {
        report.at(ta->get(i)->source(), fmt::format("target[{}]", i), "expected a table");
        continue;
      }
      if (auto c = read_target(*t, i, out, report)) out.targets.push_back(std::move(*c));
    }
  for (const auto& [k, v] : root)
    if (k.str() != "calibration_windows" && k.str() != "target")
      report.at(k.source(), std::string(k.str()),
                scenario_detail::unknown_with_hint("key", k.str(), {"calibration_windows", "target"}));
  if (!problems.empty()) return problems;
  return out;
}

}  // namespace sancsim
