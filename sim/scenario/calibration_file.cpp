// Reading a calibration file (`sancsim calibrate`).
#include "sancsim/scenario/calibration_file.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <initializer_list>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "sancsim/engine/input_file.hpp"
#include "sancsim/scenario/calibration.hpp"
#include "suggest.hpp"
#include "toml_support.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;
using scenario_detail::as_number;
using scenario_detail::describe_value;
using scenario_detail::Reporter;

void reject_unknown_keys(const toml::table& t, const std::string& where, const std::vector<std::string>& keys,
                         const Reporter& report) {
  for (const auto& [k, v] : t)
    if (std::find(keys.begin(), keys.end(), k.str()) == keys.end())
      report.at(k.source(), where.empty() ? std::string(k.str()) : where + "." + std::string(k.str()),
                scenario_detail::unknown_with_hint("key", k.str(), keys));
}

std::optional<std::string> string_at(const toml::table& t, const char* key, const std::string& where,
                                     const Reporter& report, bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) report.at(t.source(), where + key, "missing; expected a string");
    return std::nullopt;
  }
  if (const auto* s = n->as_string()) return s->get();
  report.at(n->source(), where + key, fmt::format("expected a string, got {}", describe_value(*n)));
  return std::nullopt;
}

std::optional<double> number_at(const toml::table& t, const char* key, const std::string& where,
                                const Reporter& report, bool required) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) report.at(t.source(), where + key, "missing; expected a number");
    return std::nullopt;
  }
  if (auto v = as_number(*n)) return v;
  report.at(n->source(), where + key, fmt::format("expected a number, got {}", describe_value(*n)));
  return std::nullopt;
}

std::optional<std::pair<double, double>> band_at(const toml::node& n, const std::string& key,
                                                 const Reporter& report) {
  const auto* a = n.as_array();
  if (a && a->size() == 2) {
    const auto lo = as_number(*a->get(0)), hi = as_number(*a->get(1));
    if (lo && hi && *lo < *hi) return std::pair{*lo, *hi};
  }
  report.at(n.source(), key, fmt::format("expected [low, high] with low < high, got {}", describe_value(n)));
  return std::nullopt;
}

// A file's absolute, normalised name; never throws (a name too long for the system, say, stays
// as written, made absolute, and fails later where it is opened, with a message).
std::string canonical_name(const fs::path& p) {
  std::error_code ec;
  fs::path absolute = fs::absolute(p, ec);
  if (ec) absolute = p;
  fs::path canonical = fs::weakly_canonical(absolute, ec);
  return (ec ? absolute.lexically_normal() : canonical).string();
}

// A path relative to the calibration file's directory.
std::string beside(const std::string& file, const std::string& name) {
  return canonical_name(fs::path(file).parent_path() / name);
}

// `scenario = "x.toml"` or `scenario = ["x.toml", "y.toml"]`.
void read_scenarios(const toml::table& root, CalibrationSpec& spec, const Reporter& report) {
  const toml::node* n = root.get("scenario");
  if (!n) {
    report.at(root.source(), "scenario", "missing; expected a scenario file or an array of them");
    return;
  }
  auto add = [&](const toml::node& v) {
    if (const auto* s = v.as_string())
      spec.scenarios.push_back(beside(spec.file, s->get()));
    else
      report.at(v.source(), "scenario", fmt::format("expected a file name, got {}", describe_value(v)));
  };
  if (const auto* a = n->as_array())
    for (const auto& v : *a) add(v);
  else
    add(*n);
  if (spec.scenarios.empty()) report.at(n->source(), "scenario", "expected at least one scenario file");
}

// Which scenario a moment belongs to: `scenario = "file.toml"` (or the `key` given) as written in the
// `scenario` list.
std::size_t scenario_index(const toml::table& t, const std::string& where, const CalibrationSpec& spec,
                           const Reporter& report, const char* key = "scenario") {
  const auto name = string_at(t, key, where, report, false);
  if (!name) return 0;
  const std::string path = beside(spec.file, *name);
  for (std::size_t i = 0; i < spec.scenarios.size(); ++i)
    if (spec.scenarios[i] == path) return i;
  report.at(t.get(key)->source(), where + key,
            fmt::format("\"{}\" is not one of the file's `scenario` entries", *name));
  return 0;
}

void read_params(const toml::table& root, CalibrationSpec& spec, const Reporter& report) {
  const auto* a = root.get("parameter") ? root.get("parameter")->as_array() : nullptr;
  if (!a || a->empty()) {
    report.at(root.source(), "parameter", "missing; expected [[parameter]] tables (key, low, high)");
    return;
  }
  for (std::size_t i = 0; i < a->size(); ++i) {
    const auto* t = a->get(i)->as_table();
    const std::string where = fmt::format("parameter[{}].", i);
    if (!t) {
      report.at(a->get(i)->source(), where, "expected a table");
      continue;
    }
    reject_unknown_keys(*t, fmt::format("parameter[{}]", i), {"key", "year", "low", "high", "start"}, report);
    EstimatedParam p;
    const auto key = string_at(*t, "key", where, report, true);
    const auto low = number_at(*t, "low", where, report, true);
    const auto high = number_at(*t, "high", where, report, true);
    p.start = number_at(*t, "start", where, report, false);
    if (const toml::node* y = t->get("year")) {
      if (const auto* v = y->as_integer())
        p.year = static_cast<int>(v->get());
      else
        report.at(y->source(), where + "year", fmt::format("expected a year, got {}", describe_value(*y)));
    }
    if (!key || !low || !high) continue;
    p.key = *key;
    p.low = *low;
    p.high = *high;
    if (!(p.low < p.high)) {
      report.at(t->source(), where + "high", fmt::format("expected low < high, got [{}, {}]", p.low, p.high));
      continue;
    }
    if (p.start && (*p.start < p.low || *p.start > p.high))
      report.at(t->get("start")->source(), where + "start",
                fmt::format("expected a start inside [{}, {}], got {}", p.low, p.high, *p.start));
    for (const auto& q : spec.params)
      if (q.label() == p.label())
        report.at(t->source(), where + "key", fmt::format("{} is estimated twice", p.label()));
    spec.params.push_back(std::move(p));
  }
}

// `[targets]`: moments taken from a calibration targets file (data = the band's middle, scale =
// half its width), optionally only some series, with or without the known misses.
void read_targets(const toml::table& root, CalibrationSpec& spec, Diagnostics& problems,
                  const Reporter& report) {
  const toml::node* n = root.get("targets");
  if (!n) return;
  const auto* t = n->as_table();
  if (!t) {
    report.at(n->source(), "targets", "expected a table: file, series, known_misses");
    return;
  }
  reject_unknown_keys(*t, "targets", {"file", "series", "known_misses"}, report);
  const auto file = string_at(*t, "file", "targets.", report, true);
  if (!file) return;
  std::vector<std::string> series;
  if (const toml::node* s = t->get("series")) {
    const auto* a = s->as_array();
    if (a)
      for (const auto& v : *a)
        if (const auto* x = v.as_string()) series.push_back(x->get());
    if (!a || series.size() != a->size())
      report.at(s->source(), "targets.series", "expected an array of series names");
  }
  bool with_known_misses = true;
  if (const toml::node* k = t->get("known_misses")) {
    if (const auto* b = k->as_boolean())
      with_known_misses = b->get();
    else
      report.at(k->source(), "targets.known_misses", "expected true or false");
  }
  auto loaded = load_calibration_targets(beside(spec.file, *file));
  if (auto* d = std::get_if<Diagnostics>(&loaded)) {
    for (const auto& item : d->items()) problems.add(item);
    return;
  }
  auto& targets = std::get<CalibrationTargets>(loaded);
  spec.windows = targets.windows;
  for (const auto& s : series)
    if (std::none_of(targets.targets.begin(), targets.targets.end(),
                     [&](const CalibrationTarget& c) { return c.series == s; }))
      report.at(t->get("series")->source(), "targets.series",
                fmt::format("no target of \"{}\" in {}", s, *file));
  for (const auto& c : targets.targets) {
    const bool named = std::find(series.begin(), series.end(), c.series) != series.end();
    if (!series.empty() && !named) continue;
    // A target of one economy model only (its own columns) is taken when its series is named.
    if (!c.economy.empty() && !named) continue;
    if (!with_known_misses && !c.known_miss.empty()) continue;
    Moment m;
    m.quantity = c.quantity;
    m.def = c.outcome();
    m.window = c.window();
    m.data_text = c.data;
    m.data = 0.5 * (c.low + c.high);
    m.scale = 0.5 * (c.high - c.low);
    m.band_low = c.low;
    m.band_high = c.high;
    m.source = c.source;
    m.known_miss = !c.known_miss.empty();
    m.file = c.file;
    m.line = c.line;
    spec.moments.push_back(std::move(m));
  }
}

// Whether a window lies after every calibration window (a projection's months, which no data pins).
bool after_calibration_windows(const std::pair<YearMonth, YearMonth>& w,
                               const std::vector<std::pair<YearMonth, YearMonth>>& windows) {
  return std::all_of(windows.begin(), windows.end(), [&](const auto& c) { return c.second < w.first; });
}

// `[[moment]]`: a moment of the file's own: quantity, series, window, statistic (any outcome
// statistic), value, and band = [low, high] (scale: half its width) or sd = the scale.
// `[[guard]]` (guards = true): the same without a value: band = [low, high] is what a working economy
// keeps to (sd, if given, the scale of a miss outside it), and the window lies after the calibration
// windows (a projection), so that no held-out month can be fitted through it; with `economy = "steady"` it
// reads the agent economy alone on its steady path (a synthetic path from January 2021, no data).
void read_own_moments(const toml::table& root, CalibrationSpec& spec, const Reporter& report, bool guards) {
  const char* kind = guards ? "guard" : "moment";
  const toml::node* n = root.get(kind);
  if (!n) return;
  const auto* a = n->as_array();
  if (!a) {
    report.at(n->source(), kind, fmt::format("expected [[{}]] tables", kind));
    return;
  }
  for (std::size_t i = 0; i < a->size(); ++i) {
    const auto* t = a->get(i)->as_table();
    const std::string where = fmt::format("{}[{}].", kind, i);
    if (!t) {
      report.at(a->get(i)->source(), where, "expected a table");
      continue;
    }
    // A guard has a band and may compare scenarios; a moment has a value.
    std::vector<std::string> keys = {"quantity",  "scenario", "series", "window", "statistic",
                                     "threshold", "band",     "sd",     "source"};
    keys.push_back(guards ? "compare_to" : "value");
    if (guards) {
      keys.push_back("economy");
      keys.push_back("real_growth_pct");
      keys.push_back("inflation_pct");
    }
    reject_unknown_keys(*t, fmt::format("{}[{}]", kind, i), keys, report);
    Moment m;
    m.guard = guards;
    m.file = report.file();
    m.line = static_cast<int>(t->source().begin.line);
    // `economy = "steady"`: the agent economy alone on its steady path, no scenario (steady_path.hpp).
    if (const toml::node* e = guards ? t->get("economy") : nullptr) {
      m.steady.emplace();
      if (!e->as_string() || e->as_string()->get() != "steady")
        report.at(e->source(), where + "economy",
                  "expected \"steady\" (the agent economy alone on a steady path, with no shock)");
      if (const auto g = number_at(*t, "real_growth_pct", where, report, false)) {
        if (*g < -5 || *g > 10)
          report.at(t->get("real_growth_pct")->source(), where + "real_growth_pct",
                    fmt::format("expected a real growth rate of -5 to 10 (% a year), got {}", *g));
        m.steady->real_growth_pct = *g;
      }
      if (const auto pi = number_at(*t, "inflation_pct", where, report, false)) {
        if (*pi < 0 || *pi > 20)
          report.at(t->get("inflation_pct")->source(), where + "inflation_pct",
                    fmt::format("expected an inflation rate of 0 to 20 (% a year), got {}", *pi));
        m.steady->inflation_pct = *pi;
      }
      for (const char* key : {"scenario", "compare_to"})
        if (t->get(key))
          report.at(t->get(key)->source(), where + key,
                    "a guard on the steady economy runs no scenario; give `economy` or `scenario`, not both");
    }
    m.scenario = scenario_index(*t, where, spec, report);
    for (const char* key : {"real_growth_pct", "inflation_pct"})
      if (!m.steady && t->get(key))
        report.at(
            t->get(key)->source(), where + key,
            "only a guard on the steady economy (economy = \"steady\") has a path's growth or inflation");
    if (guards && t->get("compare_to") && !m.steady) {
      m.compare_to = scenario_index(*t, where, spec, report, "compare_to");
      if (*m.compare_to == m.scenario)
        report.at(t->get("compare_to")->source(), where + "compare_to",
                  "expected another scenario than the guard's own (the response is the difference)");
    }
    const auto quantity = string_at(*t, "quantity", where, report, true);
    const auto series = string_at(*t, "series", where, report, true);
    const auto window = string_at(*t, "window", where, report, true);
    const auto source = string_at(*t, "source", where, report, true);
    const auto stat_name = string_at(*t, "statistic", where, report, false);
    const auto value = guards ? std::optional<double>(0.0) : number_at(*t, "value", where, report, true);
    const auto sd = number_at(*t, "sd", where, report, false);
    const auto threshold = number_at(*t, "threshold", where, report, false);
    std::optional<std::pair<double, double>> band;
    if (const toml::node* b = t->get("band")) band = band_at(*b, where + "band", report);
    if (guards && !band && !t->get("band"))
      report.at(t->source(), where + "band", "missing; a guard needs band = [low, high]");
    if (!quantity || !series || !window || !source || !value) continue;
    m.quantity = *quantity;
    m.source = *source;
    m.data = *value;
    m.data_text = guards ? "guard" : scenario_detail::number_text(*value);
    m.window = *window;
    OutcomeStat stat = OutcomeStat::Mean;
    if (stat_name) {
      if (auto s = parse_outcome_stat(*stat_name))
        stat = *s;
      else
        report.at(t->get("statistic")->source(), where + "statistic",
                  scenario_detail::unknown_with_hint("statistic", *stat_name, outcome_stat_names()));
    }
    if (stat_needs_threshold(stat) && !threshold)
      report.at(t->source(), where + "threshold",
                fmt::format("missing; \"{}\" needs one", outcome_stat_name(stat)));
    const auto w = parse_calibration_window(*window);
    if (!w) {
      report.at(t->get("window")->source(), where + "window",
                fmt::format("expected \"YYYY\", \"YYYY-MM\" or \"YYYY-MM..YYYY-MM\", got \"{}\"", *window));
      continue;
    }
    // The steady economy's months are the steady path's own, from January 2021: no data is in them.
    if (guards && !m.steady && !after_calibration_windows(*w, spec.windows)) {
      report.at(t->get("window")->source(), where + "window",
                fmt::format("\"{}\" is not after the calibration windows (a guard bounds a projection; "
                            "the windows' months are fitted by moments)",
                            *window));
      continue;
    }
    if (!guards && !inside_calibration_windows(*w, spec.windows)) {
      report.at(
          t->get("window")->source(), where + "window",
          fmt::format("\"{}\" is not inside a calibration window (held-out data may not be used)", *window));
      continue;
    }
    m.def = OutcomeDef{.name = *series + "_" + *window,
                       .series = *series,
                       .stat = stat,
                       .from = w->first,
                       .to = w->second,
                       .threshold = threshold.value_or(0)};
    if (sd && band && !guards) {
      report.at(t->get("sd")->source(), where + "sd", "give either sd or band, not both");
      continue;
    }
    if (guards) {
      if (!band) continue;
      if (sd && !(*sd > 0)) {
        report.at(t->get("sd")->source(), where + "sd",
                  fmt::format("expected a positive number, got {}", *sd));
        continue;
      }
      m.band_low = band->first;
      m.band_high = band->second;
      m.data = 0.5 * (band->first + band->second);
      m.scale = sd ? *sd : 0.5 * (band->second - band->first);
    } else if (sd) {
      if (!(*sd > 0)) {
        report.at(t->get("sd")->source(), where + "sd",
                  fmt::format("expected a positive number, got {}", *sd));
        continue;
      }
      m.scale = *sd;
      m.band_low = m.data - *sd;
      m.band_high = m.data + *sd;
    } else if (band) {
      m.band_low = band->first;
      m.band_high = band->second;
      m.scale = 0.5 * (band->second - band->first);
    } else {
      report.at(t->source(), where + "band",
                "missing; expected band = [low, high] or sd = a positive number");
      continue;
    }
    spec.moments.push_back(std::move(m));
  }
}

// `calibration_windows` of the file itself (used when it names no targets file).
void read_windows(const toml::table& root, CalibrationSpec& spec, const Reporter& report) {
  const toml::node* n = root.get("calibration_windows");
  if (!n) return;
  const auto* a = n->as_array();
  std::vector<std::pair<YearMonth, YearMonth>> windows;
  if (a)
    for (const auto& v : *a)
      if (const auto* s = v.as_string())
        if (auto w = parse_calibration_window(s->get())) windows.push_back(*w);
  if (!a || windows.size() != a->size() || windows.empty()) {
    report.at(n->source(), "calibration_windows", "expected an array of \"YYYY-MM..YYYY-MM\" windows");
    return;
  }
  if (!spec.windows.empty()) {
    for (const auto& w : windows)
      if (!inside_calibration_windows(w, spec.windows))
        report.at(n->source(), "calibration_windows",
                  "must lie inside the targets file's calibration windows");
    return;
  }
  spec.windows = std::move(windows);
}

// `search.<key> = "name"`, one of `options`.
template <class Method>
void read_choice(const toml::table& t, const char* key,
                 std::initializer_list<std::pair<const char*, Method>> options, Method& into,
                 const Reporter& report) {
  const auto name = string_at(t, key, "search.", report, false);
  if (!name) return;
  std::string expected;
  for (const auto& [text, method] : options) {
    if (*name == text) {
      into = method;
      return;
    }
    expected += fmt::format("{}\"{}\"", expected.empty() ? "" : ", ", text);
  }
  report.at(t.get(key)->source(), fmt::format("search.{}", key),
            fmt::format("unknown method \"{}\"; expected one of {}", *name, expected));
}

void read_search(const toml::table& root, SearchSettings& s, const Reporter& report) {
  const toml::node* n = root.get("search");
  if (!n) return;
  const auto* t = n->as_table();
  if (!t) {
    report.at(n->source(), "search", "expected a table");
    return;
  }
  reject_unknown_keys(*t, "search",
                      {"global", "global_evaluations", "local", "local_evaluations", "local_rounds",
                       "relative_tolerance", "rng_seed", "jacobian_step", "profile_points", "profile_width"},
                      report);
  read_choice(*t, "global",
              {{"crs2", GlobalMethod::Crs2}, {"isres", GlobalMethod::Isres}, {"none", GlobalMethod::None}},
              s.global, report);
  read_choice(
      *t, "local",
      {{"bobyqa", LocalMethod::Bobyqa}, {"neldermead", LocalMethod::NelderMead}, {"none", LocalMethod::None}},
      s.local, report);
  auto count = [&](const char* key, int& into, int min) {
    if (auto v = number_at(*t, key, "search.", report, false)) {
      if (*v >= min && *v <= 1e6 && *v == std::floor(*v))
        into = static_cast<int>(*v);
      else
        report.at(t->get(key)->source(), fmt::format("search.{}", key),
                  fmt::format("expected a whole number in [{}, 1000000], got {}", min, *v));
    }
  };
  auto share = [&](const char* key, double& into) {
    if (auto v = number_at(*t, key, "search.", report, false)) {
      if (*v > 0 && *v < 1)
        into = *v;
      else
        report.at(t->get(key)->source(), fmt::format("search.{}", key),
                  fmt::format("expected a number in (0, 1), got {}", *v));
    }
  };
  count("global_evaluations", s.global_evaluations, 0);
  count("local_evaluations", s.local_evaluations, 0);
  count("local_rounds", s.local_rounds, 1);
  count("profile_points", s.profile_points, 0);
  if (s.profile_points == 1 || s.profile_points == 2)
    report.at(t->get("profile_points")->source(), "search.profile_points",
              fmt::format("expected 0 (no profiles) or at least 3, got {}", s.profile_points));
  int seed = static_cast<int>(s.rng_seed);
  count("rng_seed", seed, 0);
  s.rng_seed = static_cast<unsigned>(seed);
  share("relative_tolerance", s.relative_tolerance);
  share("jacobian_step", s.jacobian_step);
  share("profile_width", s.profile_width);
}

}  // namespace

std::string EstimatedParam::label() const { return year ? fmt::format("{}@{}", key, *year) : key; }

double Moment::weighted_miss(double model) const {
  if (!guard) return (model - data) / scale;
  if (model < band_low) return (model - band_low) / scale;
  if (model > band_high) return (model - band_high) / scale;
  return std::isnan(model) ? model : 0.0;
}

std::variant<CalibrationSpec, Diagnostics> load_calibration_spec(const std::string& path) {
  Diagnostics problems;
  auto text = read_input_file(path);
  if (auto* e = std::get_if<InputFileError>(&text)) {
    problems.add({path, 0, 0, "", "cannot read the calibration file: " + e->message});
    return problems;
  }
  const auto document = read_toml(std::get<std::string>(text), path, problems);
  if (!document) return problems;
  const toml::table& root = *document;
  const Reporter report(path, problems);
  CalibrationSpec spec;
  spec.file = canonical_name(path);
  reject_unknown_keys(root, "",
                      {"scenario", "set", "replications", "first_seed", "targets", "calibration_windows",
                       "parameter", "moment", "guard", "search"},
                      report);
  read_scenarios(root, spec, report);
  if (const toml::node* s = root.get("set")) {
    const auto* a = s->as_array();
    if (a)
      for (const auto& v : *a) {
        const auto* x = v.as_string();
        const auto o = x ? parse_override(x->get()) : std::nullopt;
        if (o)
          spec.fixed.push_back(*o);
        else
          report.at(v.source(), "set", fmt::format("expected \"key.path=value\", got {}", describe_value(v)));
      }
    else
      report.at(s->source(), "set", "expected an array of \"key.path=value\" strings");
  }
  if (auto r = number_at(root, "replications", "", report, false)) {
    if (*r >= 1 && *r <= 100 && *r == std::floor(*r))
      spec.replications = static_cast<int>(*r);
    else
      report.at(root.get("replications")->source(), "replications",
                fmt::format("expected a whole number in [1, 100], got {}", *r));
  }
  if (auto r = number_at(root, "first_seed", "", report, false)) {
    if (*r >= 1 && *r == std::floor(*r) && *r < 1e15)
      spec.first_seed = static_cast<std::uint64_t>(*r);
    else
      report.at(root.get("first_seed")->source(), "first_seed",
                fmt::format("expected a whole number >= 1, got {}", *r));
  }
  read_params(root, spec, report);
  read_targets(root, spec, problems, report);
  read_windows(root, spec, report);
  if (spec.windows.empty() && root.get("moment"))
    report.at(root.source(), "calibration_windows",
              "missing; name a targets file or give calibration_windows, so that moments keep to them");
  if (spec.windows.empty() && root.get("guard"))
    report.at(root.source(), "calibration_windows",
              "missing; name a targets file or give calibration_windows, so that guards keep after them");
  read_own_moments(root, spec, report, false);
  read_own_moments(root, spec, report, true);
  read_search(root, spec.search, report);
  const auto fitted = static_cast<std::size_t>(
      std::count_if(spec.moments.begin(), spec.moments.end(), [](const Moment& m) { return !m.guard; }));
  if (problems.empty() && fitted == 0)
    report.at(root.source(), "moment", "no moments: give [targets] or [[moment]] tables");
  if (problems.empty() && fitted < spec.params.size())
    report.at(root.source(), "moment",
              fmt::format("{} moments cannot identify {} parameters (guards do not count)", fitted,
                          spec.params.size()));
  if (!problems.empty()) return problems;
  return spec;
}

}  // namespace sancsim
