#include "loader.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>

#include <fmt/format.h>

#include "brent_csv.hpp"
#include "event_override.hpp"
#include "param_setter.hpp"
#include "scenario_file.hpp"

namespace sancsim::scenario_detail {
namespace {

namespace fs = std::filesystem;

// The key of a cycle check: the same file reached by two spellings is one file.
fs::path identity(const fs::path& p) {
  std::error_code ec;
  auto c = fs::weakly_canonical(p, ec);
  return ec ? fs::absolute(p).lexically_normal() : c;
}

std::string shown_relative(const std::string& from_shown, const std::string& target) {
  return (fs::path(from_shown).parent_path() / target).lexically_normal().string();
}

// Reads one file of a chain, from the cache when it holds it (only files read without a problem
// are kept there).
std::shared_ptr<const ScenarioFile> read_file(const fs::path& path, const std::string& shown,
                                              const LoadContext& ctx, Diagnostics& out,
                                              std::string& missing) {
  missing.clear();
  const auto key = std::pair{path.string(), shown};
  if (ctx.cache)
    if (auto it = ctx.cache->files.find(key); it != ctx.cache->files.end()) return it->second;
  const std::size_t problems = out.items().size();
  FileRead read = read_scenario_file(path, shown, *ctx.catalogue, out);
  if (read.missing) missing = read.why_missing;
  if (!read.file) return nullptr;
  auto file = std::make_shared<const ScenarioFile>(std::move(*read.file));
  if (ctx.cache && out.items().size() == problems) ctx.cache->files.emplace(key, file);
  return file;
}

// Where a relative link is looked for: next to the file that names it, then in the project's
// scenarios/ directory.
std::vector<fs::path> link_candidates(const fs::path& dir, const std::string& value, const LoadContext& ctx) {
  std::vector<fs::path> paths = {(dir / value).lexically_normal()};
  if (!ctx.scenarios_dir.empty() && fs::path(value).is_relative()) {
    const fs::path alt = (ctx.scenarios_dir / value).lexically_normal();
    if (alt != paths.front()) paths.push_back(alt);
  }
  return paths;
}

std::string tried_text(const std::vector<fs::path>& paths) {
  std::string s;
  for (std::size_t i = 0; i < paths.size(); ++i)
    s += (i == 0 ? "" : i + 1 == paths.size() ? " and " : ", ") + fmt::format("\"{}\"", paths[i].string());
  return s;
}

// The user's file, then what it extends, and so on; stops at the first missing, broken or
// cyclic link (reported where the link is written). `complete` is false when it stopped early.
std::vector<std::shared_ptr<const ScenarioFile>> read_chain(const std::string& path, const LoadContext& ctx,
                                                            Diagnostics& out, bool& complete) {
  complete = false;
  std::vector<std::shared_ptr<const ScenarioFile>> chain;
  std::string missing;  // why a file could not be read
  auto first = read_file(path, path, ctx, out, missing);
  if (!missing.empty()) out.add({path, 0, 0, "", "cannot read the scenario file: " + missing});
  if (!first) return chain;
  chain.push_back(std::move(first));
  while (chain.back()->extends) {
    const auto link = *chain.back()->extends;
    const auto candidates = link_candidates(link.dir, link.value, ctx);
    fs::path target = candidates.front();
    std::string shown = shown_relative(chain.back()->shown, link.value);
    for (std::size_t i = 1; i < candidates.size(); ++i)
      if (std::error_code ec; !fs::exists(target, ec) && fs::exists(candidates[i], ec)) {
        target = candidates[i];
        shown = target.string();
      }
    const auto id = identity(target);
    auto same = [&](const auto& f) { return identity(f->path) == id; };
    if (std::any_of(chain.begin(), chain.end(), same)) {
      std::string cycle;
      for (const auto& f : chain) cycle += f->shown + " -> ";
      out.add({link.file, static_cast<int>(link.at.line), static_cast<int>(link.at.column), "extends",
               fmt::format("extends cycle: {}{}", cycle, shown)});
      break;
    }
    auto next = read_file(target, shown, ctx, out, missing);
    if (!missing.empty())
      out.add({link.file, static_cast<int>(link.at.line), static_cast<int>(link.at.column), "extends",
               candidates.size() > 1 ? fmt::format("cannot read \"{}\": {} (tried {})", link.value, missing,
                                                   tried_text(candidates))
                                     : fmt::format("cannot read \"{}\": {}", shown, missing)});
    if (!next) return chain;
    chain.push_back(std::move(next));
  }
  complete = true;
  return chain;
}

// `--set` values as a last layer: parameters go straight to the registry, reserved scalars
// into the returned layer. The parsed values live in `documents`.
ScenarioFile read_overrides(const std::vector<Override>& overrides, const ParamTable& table,
                            std::vector<toml::table>& documents, Diagnostics& out) {
  ScenarioFile layer;
  layer.shown = "--set";
  layer.path = fs::current_path() / "--set";
  const Reporter report("--set", out, false);
  for (const auto& o : overrides) {
    if (is_event_override(o)) continue;  // applied to the merged events
    documents.push_back(parse_set_value(o.value));
    const toml::node& value = *documents.back().get("v");
    if (read_settable(o.key, value, report, fs::current_path(), layer)) continue;
    if (is_reserved(o.key)) {
      report.at(value.source(), o.key, "cannot be set with --set; write it in a scenario file");
      continue;
    }
    apply_param(table, o.key, value, value.source(), reserved_keys(), report);
  }
  return layer;
}

// The winning (latest) setting of a reserved key over the layers, root first.
template <class T>
std::optional<Setting<T>> latest(const std::vector<const ScenarioFile*>& layers,
                                 std::optional<Setting<T>> ScenarioFile::*member) {
  std::optional<Setting<T>> result;
  for (const auto* f : layers)
    if (f->*member) result = f->*member;
  return result;
}

std::vector<ReadEvent> merge_events(const std::vector<const ScenarioFile*>& layers, Diagnostics& out) {
  std::vector<ReadEvent> events;
  for (const auto* f : layers) {
    if (!f->inherit_events) events.clear();
    for (const auto& [id, at] : f->remove_events) {
      const auto& wanted = id;  // a named reference: clang 14 (the fuzz build) cannot capture a binding
      auto it = std::remove_if(events.begin(), events.end(),
                               [&](const ReadEvent& e) { return e.event.id == wanted; });
      if (it == events.end())
        out.add({f->shown, static_cast<int>(at.line), static_cast<int>(at.column), "remove_events",
                 fmt::format("no inherited event has id \"{}\"", id)});
      events.erase(it, events.end());
    }
    events.insert(events.end(), f->events.begin(), f->events.end());
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const ReadEvent& a, const ReadEvent& b) { return a.event.date < b.event.date; });
  return events;
}

template <class T>
void report_at(Diagnostics& out, const Setting<T>& s, std::string key, std::string message) {
  out.add({s.file, static_cast<int>(s.at.line), static_cast<int>(s.at.column), std::move(key),
           std::move(message)});
}

// Start, end and the first reported month; all problems reported.
void resolve_period(const std::vector<const ScenarioFile*>& layers, const std::string& file, Scenario& s,
                    Diagnostics& out, bool chain_complete) {
  const auto start = latest(layers, &ScenarioFile::start);
  const auto end = latest(layers, &ScenarioFile::end);
  const auto report = latest(layers, &ScenarioFile::report_start);
  // A file it extends could not be read: start and end may well be there, so say nothing of them.
  if (!start && chain_complete)
    out.add({file, 0, 0, "start", "missing; expected the first simulated day, e.g. start = 2022-01-01"});
  if (!end && chain_complete)
    out.add({file, 0, 0, "end", "missing; expected the last simulated day, e.g. end = 2024-12-31"});
  if (!start || !end) return;
  s.start = start->value;
  s.end = end->value;
  if (s.start < Date::from_ymd(kEarliestStartYear, 1, 1))
    report_at(out, *start, "start",
              fmt::format("{} is before the earliest start {}-01-01: the model's data and calibration "
                          "begin in 2015 and it has no meaning that far back",
                          s.start.iso(), kEarliestStartYear));
  if (s.end > Date::from_ymd(kLatestEndYear, 12, 31))
    report_at(out, *end, "end",
              fmt::format("{} is past the horizon {}-12-31: the state has no fiscal response to its "
                          "debt, so past it the OFZ interest, borrowed again, drives inflation and the key "
                          "rate without bound (the key rate passes 30% by 2035 and runs end in NaN near "
                          "2047; docs/RELIABILITY.md)",
                          s.end.iso(), kLatestEndYear));
  if (!(s.start < s.end))
    report_at(out, *end, "end", fmt::format("end {} is not after start {}", s.end.iso(), s.start.iso()));
  s.report_from = report ? report->value : YearMonth::of(s.start);
  if (report && (s.report_from < YearMonth::of(s.start) || s.report_from > YearMonth::of(s.end)))
    report_at(out, *report, "report_start",
              fmt::format("{} is outside the simulated months {} to {}", s.report_from.str(),
                          s.start.year_month(), s.end.year_month()));
}

void load_brent(const std::vector<const ScenarioFile*>& layers, Scenario& s, const LoadContext& ctx,
                Diagnostics& out) {
  const auto daily = latest(layers, &ScenarioFile::daily_csv);
  const auto monthly = latest(layers, &ScenarioFile::monthly_csv);
  auto load = [&](const Setting<std::string>& csv, const char* key, auto reader,
                  std::map<std::string, BrentData>* cache) {
    const fs::path path = (csv.dir / csv.value).lexically_normal();
    const std::string shown = shown_relative(csv.file, csv.value);
    BrentData read;
    const std::size_t problems = out.items().size();
    const auto cached = cache ? cache->find(path.string()) : std::map<std::string, BrentData>::iterator{};
    if (cache && cached != cache->end()) {
      read = cached->second;
    } else {
      if (const auto why = reader(path, shown, read, out)) {
        report_at(out, csv, key, fmt::format("cannot read \"{}\": {}", shown, *why));
        return;
      }
      if (cache && out.items().size() == problems) cache->emplace(path.string(), read);
    }
    auto append = [](auto& to, const auto& from) { to.insert(to.end(), from.begin(), from.end()); };
    append(s.brent.days, read.days);
    append(s.brent.daily_usd_per_bbl, read.daily_usd_per_bbl);
    append(s.brent.months, read.months);
    append(s.brent.monthly_usd_per_bbl, read.monthly_usd_per_bbl);
    if (read.days.empty() && read.months.empty() && out.items().size() == problems &&
        s.params.oil.brent_mode == "pinned")
      report_at(out, csv, key,
                fmt::format("\"{}\" holds no prices, but brent.mode = \"pinned\" pins Brent to them; add "
                            "rows, or set brent.mode = \"baseline\"",
                            shown));
  };
  if (daily) load(*daily, "data.brent_daily_csv", read_brent_daily, ctx.cache ? &ctx.cache->daily : nullptr);
  if (monthly)
    load(*monthly, "data.brent_monthly_csv", read_brent_monthly, ctx.cache ? &ctx.cache->monthly : nullptr);
}

// A pinned monthly path the scenario names under `key` (the last file of the chain that names one, read
// from its setting `file`): `data.urals_fob_monthly_csv`, the months whose Urals FOB it pins, or
// `data.key_rate_monthly_csv`, the months whose key rate it pins. `values` names what an empty file lacks.
using PathReader = std::optional<std::string> (*)(const fs::path&, const std::string&, MonthlyPath&,
                                                  Diagnostics&);
void load_pinned_path(const std::vector<const ScenarioFile*>& layers,
                      std::optional<Setting<std::string>> ScenarioFile::*file, const char* key,
                      const char* values, PathReader read, MonthlyPath& into, Diagnostics& out) {
  const auto csv = latest(layers, file);
  if (!csv) return;
  const fs::path path = (csv->dir / csv->value).lexically_normal();
  const std::string shown = shown_relative(csv->file, csv->value);
  const std::size_t problems = out.items().size();
  if (const auto why = read(path, shown, into, out)) {
    report_at(out, *csv, key, fmt::format("cannot read \"{}\": {}", shown, *why));
    return;
  }
  if (into.months.empty() && out.items().size() == problems)
    report_at(out, *csv, key,
              fmt::format("\"{}\" holds no {}; expected a row `YYYY-MM,value` for each pinned month", shown,
                          values));
}

// Problems in reading order: files as first met, then by line and column.
Diagnostics in_reading_order(const Diagnostics& ds) {
  std::vector<std::string> files;
  for (const auto& d : ds.items())
    if (std::find(files.begin(), files.end(), d.file) == files.end()) files.push_back(d.file);
  auto rank = [&](const Diagnostic& d) {
    return std::tuple(std::find(files.begin(), files.end(), d.file) - files.begin(), d.line, d.column);
  };
  std::vector<Diagnostic> items = ds.items();
  std::stable_sort(items.begin(), items.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
  Diagnostics sorted;
  for (auto& d : items) sorted.add(std::move(d));
  return sorted;
}

LoadResult load(const std::string& path, const std::vector<Override>& overrides, const LoadContext& ctx,
                bool with_counterfactual) {
  Diagnostics out;
  bool complete = false;
  const auto chain = read_chain(path, ctx, out, complete);
  if (chain.empty()) return out;

  Scenario s;
  const ParamTable table = ctx.describe(s.params);
  std::vector<const ScenarioFile*> layers;  // root first
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) layers.push_back(it->get());
  for (const auto* f : layers) {
    const Reporter report(f->shown, out);
    for (const auto& [k, v] : f->root)
      if (!is_reserved(k.str()))
        apply_param(table, std::string(k.str()), v, k.source(), reserved_keys(), report);
  }
  std::vector<toml::table> documents;
  const ScenarioFile set_layer = read_overrides(overrides, table, documents, out);
  layers.push_back(&set_layer);

  const ScenarioFile& top = *chain.front();
  s.file = top.path.string();
  for (const auto& f : chain) s.chain.push_back(f->path.string());
  const auto name = latest(layers, &ScenarioFile::name);
  s.name = name ? name->value : top.path.stem().string();
  if (const auto d = latest(layers, &ScenarioFile::description)) s.description = d->value;
  resolve_period(layers, top.shown, s, out, complete);

  std::vector<ReadEvent> events = merge_events(layers, out);
  apply_event_overrides(overrides, events, *ctx.catalogue, with_counterfactual, out);
  check_events(events, out);
  check_set_events(events, table, out);
  for (auto& e : events) s.events.push_back(std::move(e.event));
  load_brent(layers, s, ctx, out);
  load_pinned_path(layers, &ScenarioFile::urals_csv, "data.urals_fob_monthly_csv", "prices",
                   read_urals_monthly, s.urals_fob, out);
  load_pinned_path(layers, &ScenarioFile::key_rate_csv, "data.key_rate_monthly_csv", "rates",
                   read_key_rate_monthly, s.key_rate, out);

  if (const auto cf = latest(layers, &ScenarioFile::compare_to);
      cf && !cf->value.empty() && with_counterfactual) {
    const auto candidates = link_candidates(cf->dir, cf->value, ctx);
    fs::path target = candidates.front();
    std::string shown = shown_relative(cf->file, cf->value);
    for (std::size_t i = 1; i < candidates.size(); ++i)
      if (std::error_code ec; !fs::exists(target, ec) && fs::exists(candidates[i], ec)) {
        target = candidates[i];
        shown = target.string();
      }
    std::error_code ec;
    if (candidates.size() > 1 && !fs::exists(target, ec)) {
      report_at(
          out, *cf, "compare_to",
          fmt::format("cannot read \"{}\": no such file (tried {})", cf->value, tried_text(candidates)));
    } else if (identity(target) == identity(top.path)) {
      report_at(out, *cf, "compare_to",
                "names this scenario itself; set compare_to = \"\" to drop an inherited comparison");
    } else {
      // A counterfactual is compared to nothing itself, so compare_to links cannot loop.
      LoadResult other = load(shown, overrides, ctx, false);
      if (auto* d = std::get_if<Diagnostics>(&other)) {
        // Problems of the shared overrides are the same in both files: report them once.
        for (const auto& item : d->items())
          if (std::find(out.items().begin(), out.items().end(), item) == out.items().end()) out.add(item);
      } else {
        auto& c = std::get<Scenario>(other);
        if (c.start != s.start || c.end != s.end || c.report_from != s.report_from)
          report_at(
              out, *cf, "compare_to",
              fmt::format("the counterfactual runs {} to {} (reported from {}); expected the same period as "
                          "this scenario, {} to {} (reported from {})",
                          c.start.iso(), c.end.iso(), c.report_from.str(), s.start.iso(), s.end.iso(),
                          s.report_from.str()));
        s.counterfactual = std::make_shared<const Scenario>(std::move(c));
      }
    }
  }
  std::vector<DeclaredOutcome> outcomes;
  for (const auto* f : layers)
    for (const auto& o : f->outcomes) {
      auto same = std::find_if(outcomes.begin(), outcomes.end(),
                               [&](const DeclaredOutcome& x) { return x.def.name == o.def.name; });
      if (same != outcomes.end() && same->file != o.file)
        *same = o;  // an extending file redefines an inherited outcome
      else
        outcomes.push_back(o);
    }
  if (!outcomes.empty()) {
    if (out.empty()) {
      const RunColumns columns = ctx.columns ? ctx.columns(s) : RunColumns{};
      check_outcomes(outcomes, s, columns, out);
    }
    for (const auto& o : outcomes) s.outcomes.push_back(o.def);
  }
  if (!out.empty()) return in_reading_order(out);
  s.hash = scenario_hash(s, table, *ctx.catalogue);
  return s;
}

}  // namespace

LoadResult load_scenario_with(const std::string& path, const std::vector<Override>& overrides,
                              const LoadContext& context) {
  return load(path, overrides, context, true);
}

}  // namespace sancsim::scenario_detail
