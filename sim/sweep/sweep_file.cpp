// Sweep files: TOML in, a validated SweepSpec or every problem found out.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <functional>
#include <limits>
#include <memory>
#include <stdexcept>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "sancsim/scenario/toml_reader.hpp"
#include "sancsim/engine/input_file.hpp"
#include "sancsim/engine/state_hash.hpp"
#include "sancsim/sweep/sweep_spec.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;

// Collects diagnostics for one file with the position of the node they are about.
struct Reporter {
  std::string file;
  Diagnostics diags;
  void at(const toml::source_region& where, std::string key, std::string message) {
    diags.add({file, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column), std::move(key),
               std::move(message)});
  }
  void at(int line, int column, std::string key, std::string message) {
    diags.add({file, line, column, std::move(key), std::move(message)});
  }
};

std::string toml_text(const toml::node& n) {
  std::ostringstream os;
  n.visit([&](auto&& v) { os << v; });
  return os.str();
}

std::optional<double> number_of(const toml::node& n) {
  if (auto v = n.as_integer()) return static_cast<double>(v->get());
  if (auto v = n.as_floating_point()) return v->get();
  return std::nullopt;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// A CSV cell as an axis value: numbers stay numbers, true/false stay flags, anything else is a string.
AxisValue cell_value(const std::string& cell) {
  double x = 0;
  auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), x);
  if (ec == std::errc() && end == cell.data() + cell.size() && !cell.empty()) {
    bool integer = cell.find_first_of(".eE") == std::string::npos;
    return {x, toml_number(x, integer), true};
  }
  if (cell == "true" || cell == "false") return {0, cell, false};
  if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') return {0, cell, false};
  std::string quoted = "'" + cell + "'";  // a TOML literal string
  return {0, quoted, false};
}

// A line of a points file as cells: text and 1-based column.
std::vector<std::pair<std::string, int>> split_cells(const std::string& s) {
  std::vector<std::pair<std::string, int>> cells;
  std::size_t start = 0;
  while (true) {
    auto comma = s.find(',', start);
    cells.emplace_back(trim(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start)),
                       static_cast<int>(start) + 1);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return cells;
}

// Rows of the points file reported as bad before the rest are only counted.
constexpr std::size_t kMaxPointProblems = 20;

// Reads an explicit points file: a header of scenario keys, then one point per line. The file is
// streamed: each point is checked, counted into the bounds and the digest, and only its place in
// the file is kept.
void read_points(SweepSpec& spec, Reporter& top, const toml::source_region& where) {
  InputLines in(spec.points_file);
  if (in.error()) {
    top.at(where, "design.file",
           fmt::format("a readable points file ({}: {})", spec.points_file, in.error()->message));
    return;
  }
  Reporter r{spec.points_file, {}};
  std::string line;
  std::vector<std::string> header;
  int line_no = 0;
  std::size_t bad_rows = 0;
  StateHasher digest;
  std::vector<bool> has_number(spec.axes.size());
  auto& rows = spec.csv_points;
  auto& order = rows.column_axis;  // axis index of each column
  while (in.next(line)) {
    ++line_no;
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    auto cells = split_cells(line);
    if (header.empty()) {
      for (auto& [text, col] : cells) {
        header.push_back(text);
        if (text.empty()) r.at(line_no, col, "", "a scenario key in every header cell");
      }
      if (spec.axes.empty()) {
        for (std::size_t i = 0; i < header.size(); ++i) {
          SweepAxis a;
          a.key = header[i];
          a.line = line_no;
          a.column = cells[i].second;
          spec.axes.push_back(a);
        }
        has_number.assign(spec.axes.size(), false);
      }
      for (std::size_t i = 0; i < header.size(); ++i) {
        std::size_t found = spec.axes.size();
        for (std::size_t k = 0; k < spec.axes.size(); ++k)
          if (spec.axes[k].key == header[i]) found = k;
        if (found == spec.axes.size())
          r.at(line_no, cells[i].second, header[i], "a key declared in a [[param]] table of the sweep file");
        order.push_back(found);
      }
      if (std::set<std::string>(header.begin(), header.end()).size() != header.size())
        r.at(line_no, 1, "", "each key once in the header");
      for (auto& a : spec.axes)
        if (std::find(header.begin(), header.end(), a.key) == header.end())
          r.at(line_no, 1, a.key, "a column for every [[param]] key");
      continue;
    }
    const std::size_t problems = r.diags.items().size();
    if (cells.size() != header.size()) {
      if (bad_rows < kMaxPointProblems)
        r.at(line_no, 1, "",
             fmt::format("{} values (one per header column), found {}", header.size(), cells.size()));
      ++bad_rows;
      continue;
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (cells[i].first.empty() && bad_rows < kMaxPointProblems)
        r.at(line_no, cells[i].second, header[i], "a value");
      if (order[i] >= spec.axes.size()) continue;
      // Bounds of numeric columns, for people reading the params table.
      const AxisValue v = cell_value(cells[i].first);
      digest.text(v.toml);
      auto& axis = spec.axes[order[i]];
      if (!v.is_number) continue;
      if (!has_number[order[i]] || v.number < axis.lo) {
        axis.lo = v.number;
        axis.lo_line = line_no, axis.lo_column = cells[i].second;
      }
      if (!has_number[order[i]] || v.number > axis.hi) {
        axis.hi = v.number;
        axis.hi_line = line_no, axis.hi_column = cells[i].second;
      }
      has_number[order[i]] = true;
    }
    if (r.diags.items().size() != problems) ++bad_rows;
    if (line.size() > std::numeric_limits<std::uint32_t>::max()) {
      r.at(line_no, 1, "", "a line shorter than 4 GiB");
      continue;
    }
    rows.offset.push_back(in.line_offset());
    rows.length.push_back(static_cast<std::uint32_t>(line.size()));
  }
  if (in.error()) r.at(line_no + 1, 1, "", "the rest of the file: " + in.error()->message);
  if (bad_rows > kMaxPointProblems)
    r.at(line_no, 1, "",
         fmt::format("{} more rows with problems are not listed", bad_rows - kMaxPointProblems));
  if (header.empty())
    r.at(1, 1, "", "a header line of scenario keys");
  else if (rows.size() == 0)
    r.at(line_no, 1, "", "at least one point after the header");
  rows.values_digest = digest.digest();
  if (r.diags.empty()) {
    rows.file = std::make_shared<const InputRanges>(spec.points_file);
    if (rows.file->error()) r.at(1, 1, "", "a readable points file (" + rows.file->error()->message + ")");
  }
  for (auto& d : r.diags.items()) top.diags.add(d);
}

void parse_axis(const toml::table& t, SweepSpec& spec, Reporter& r, std::size_t index,
                const std::function<std::string(const std::string&)>& resolve) {
  SweepAxis a;
  a.line = static_cast<int>(t.source().begin.line);
  a.column = static_cast<int>(t.source().begin.column);
  std::string where = fmt::format("param[{}]", index);
  for (auto& [k, v] : t) {
    std::string key = where + "." + std::string(k.str());
    if (k == "key") {
      if (auto s = v.as_string(); s && !s->get().empty())
        a.key = s->get();
      else
        r.at(v.source(), key,
             "a non-empty string naming a scenario key, e.g. \"coalition.enforcement_initial\"");
    } else if (k == "range") {
      auto arr = v.as_array();
      std::optional<double> lo, hi;
      if (arr && arr->size() == 2) {
        lo = number_of(*arr->get(0));
        hi = number_of(*arr->get(1));
      }
      if (!lo || !hi || !std::isfinite(*lo) || !std::isfinite(*hi) || !(*lo < *hi)) {
        r.at(v.source(), key, "[lo, hi] with two finite numbers, lo < hi");
      } else {
        a.lo = *lo;
        a.hi = *hi;
      }
    } else if (k == "log") {
      if (auto b = v.as_boolean())
        a.log = b->get();
      else
        r.at(v.source(), key, "true or false");
    } else if (k == "dist") {
      const auto* s = v.as_string();
      static const std::pair<const char*, AxisDist> dists[] = {{"uniform", AxisDist::Uniform},
                                                               {"loguniform", AxisDist::LogUniform},
                                                               {"normal", AxisDist::Normal},
                                                               {"triangular", AxisDist::Triangular}};
      bool ok = false;
      for (auto& [name, dist] : dists)
        if (s && s->get() == name) a.dist = dist, ok = true;
      if (!ok) r.at(v.source(), key, "one of \"uniform\", \"loguniform\", \"normal\", \"triangular\"");
    } else if (k == "mean" || k == "sd" || k == "mode") {
      auto x = number_of(v);
      if (!x || !std::isfinite(*x) || (k == "sd" && !(*x > 0)))
        r.at(v.source(), key, k == "sd" ? "a positive number" : "a finite number");
      else
        (k == "mean" ? a.mean : k == "sd" ? a.sd : a.mode) = *x;
    } else if (k == "integer") {
      if (auto b = v.as_boolean())
        a.integer = b->get();
      else
        r.at(v.source(), key, "true or false");
    } else if (k == "levels") {
      auto n = v.as_integer();
      if (n && n->get() >= 2 && n->get() <= 100000)
        a.levels = static_cast<int>(n->get());
      else
        r.at(v.source(), key, "an integer from 2 to 100000");
    } else if (k == "values") {
      auto arr = v.as_array();
      if (!arr || arr->empty()) {
        r.at(v.source(), key, "a non-empty array of values");
        continue;
      }
      for (auto& item : *arr) a.values.push_back(toml_text(item));
    } else {
      r.at(k.source(), key,
           "one of key, range, log, dist, mean, sd, mode, integer, levels, values (unknown key)");
    }
  }
  if (a.key.empty() && !t.contains("key")) r.at(t.source(), where, "a `key` naming the scenario parameter");
  bool has_range = t.contains("range"), has_values = t.contains("values");
  if (has_range == has_values)
    r.at(t.source(), where, "exactly one of `range = [lo, hi]` or `values = [...]`");
  if (a.dist == AxisDist::LogUniform) a.log = true;
  if (a.log && a.dist != AxisDist::Uniform && a.dist != AxisDist::LogUniform)
    r.at(t.source(), where + ".log", "no `log = true` with a normal or triangular `dist`");
  if (a.log && has_range && a.lo <= 0)
    r.at(t.source(), where + ".range", "positive bounds for a log-scaled range");
  const bool normal = a.dist == AxisDist::Normal, triangular = a.dist == AxisDist::Triangular;
  if ((normal || triangular) && !has_range)
    r.at(t.source(), where + ".range",
         fmt::format("`range = [lo, hi]`: the bounds of the {} distribution",
                     normal ? "truncated normal" : "triangular"));
  if (normal && (!t.contains("mean") || !t.contains("sd")))
    r.at(t.source(), where, "`mean` and `sd` for dist = \"normal\"");
  if (normal && has_range && a.lo < a.hi && !(a.mean > a.lo - 8 * a.sd && a.mean < a.hi + 8 * a.sd))
    r.at(t.source(), where + ".mean",
         "a mean within 8 sd of the range (the truncated part holds no probability)");
  if (triangular && !t.contains("mode")) r.at(t.source(), where, "`mode` for dist = \"triangular\"");
  if (triangular && has_range && t.contains("mode") && (a.mode < a.lo || a.mode > a.hi))
    r.at(t.source(), where + ".mode", fmt::format("a mode within the range [{}, {}]", a.lo, a.hi));
  if (!normal && (t.contains("mean") || t.contains("sd")))
    r.at(t.source(), where, "`mean` and `sd` only with dist = \"normal\"");
  if (!triangular && t.contains("mode")) r.at(t.source(), where, "`mode` only with dist = \"triangular\"");
  if (t.contains("dist") && has_values)
    r.at(t.source(), where + ".dist", "a `range` (a value list has no distribution)");
  // `key = "scenario"` varies the base scenario itself: paths relative to the sweep file.
  if (a.key == "scenario") {
    a.values.clear();
    if (auto arr = t["values"].as_array()) {
      for (auto& item : *arr) {
        if (auto path = item.as_string())
          a.values.push_back(fmt::format("'{}'", resolve(path->get())));
        else
          r.at(item.source(), where + ".values", "scenario file paths (strings)");
      }
    }
  }
  spec.axes.push_back(std::move(a));
}

// One side of a [[compare]]: a table of scenario keys and values.
std::vector<CompareSetting> parse_side(const toml::node& v, const std::string& key, Reporter& r,
                                       const std::function<std::string(const std::string&)>& resolve) {
  std::vector<CompareSetting> side;
  const auto* t = v.as_table();
  if (!t || t->empty()) {
    r.at(v.source(), key,
         "an inline table of swept keys and values, e.g. { scenario = \"../cap.toml\" } or "
         "{ \"coalition.enforcement_initial\" = 0.8 }");
    return side;
  }
  for (const auto& [k, x] : *t) {
    CompareSetting s;
    s.key = std::string(k.str());
    if (s.key == "scenario") {
      if (const auto* path = x.as_string())
        s.value = {0, fmt::format("'{}'", resolve(path->get())), false};
      else
        r.at(x.source(), key + ".scenario", "a scenario file path (a string)");
    } else if (auto n = number_of(x)) {
      s.value = {*n, toml_text(x), true};
    } else {
      s.value = {0, toml_text(x), false};
    }
    side.push_back(std::move(s));
  }
  return side;
}

void parse_compare(const toml::table& t, SweepSpec& spec, Reporter& r, std::size_t index,
                   const std::function<std::string(const std::string&)>& resolve) {
  SweepCompare c;
  c.line = static_cast<int>(t.source().begin.line);
  c.column = static_cast<int>(t.source().begin.column);
  const std::string where = fmt::format("compare[{}]", index);
  for (const auto& [k, v] : t) {
    const std::string key = where + "." + std::string(k.str());
    if (k == "name") {
      const auto* s = v.as_string();
      if (s && !s->get().empty() && s->get().find_first_of(",\"\n") == std::string::npos)
        c.name = s->get();
      else
        r.at(v.source(), key, "a non-empty name without commas or quotes");
    } else if (k == "a" || k == "b") {
      (k == "a" ? c.a : c.b) = parse_side(v, key, r, resolve);
    } else {
      r.at(k.source(), key, "one of name, a, b (the difference is a minus b; unknown key)");
    }
  }
  for (const char* side : {"name", "a", "b"})
    if (!t.contains(side)) r.at(t.source(), where + "." + side, "missing");
  spec.compares.push_back(std::move(c));
}

}  // namespace

const char* design_name(DesignKind k) {
  switch (k) {
    case DesignKind::Grid:
      return "grid";
    case DesignKind::Random:
      return "random";
    case DesignKind::Lhs:
      return "lhs";
    case DesignKind::Sobol:
      return "sobol";
    case DesignKind::Morris:
      return "morris";
    case DesignKind::Csv:
      return "csv";
  }
  return "?";
}

const char* record_name(RecordKind k) { return k == RecordKind::Series ? "series" : "metrics"; }

std::string toml_number(double x, bool integer) {
  if (integer) return fmt::format("{}", static_cast<long long>(std::llround(x)));
  std::string s = fmt::format("{}", x);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";  // keep floats floats
  return s;
}

SweepLoad parse_sweep(const std::string& text, const std::string& file) {
  Reporter r{file, {}};
  SweepSpec spec;
  spec.file = file;
  spec.text = text;
  const auto parsed = read_toml(text, file, r.diags);
  if (!parsed) return r.diags;
  const toml::table& root = *parsed;
  fs::path dir = file.empty() ? fs::current_path() : fs::absolute(fs::path(file)).parent_path();
  auto resolve = [&](const std::string& p) { return fs::absolute(dir / p).lexically_normal().string(); };

  bool has_scenario = false, has_design = false;
  const toml::table* design = nullptr;
  for (auto& [k, v] : root) {
    std::string key(k.str());
    if (key == "name") {
      if (auto s = v.as_string())
        spec.name = s->get();
      else
        r.at(v.source(), key, "a string");
    } else if (key == "scenario") {
      has_scenario = true;
      if (auto s = v.as_string(); s && !s->get().empty())
        spec.base_scenario = resolve(s->get());
      else
        r.at(v.source(), key, "the path of the base scenario file (relative to this file)");
    } else if (key == "seed") {
      if (auto n = v.as_integer(); n && n->get() >= 0)
        spec.master_seed = static_cast<std::uint64_t>(n->get());
      else
        r.at(v.source(), key, "a non-negative integer master seed");
    } else if (key == "replications") {
      if (auto n = v.as_integer(); n && n->get() >= 1 && n->get() <= 1000000)
        spec.replications = static_cast<std::uint32_t>(n->get());
      else
        r.at(v.source(), key, "an integer from 1 to 1000000");
    } else if (key == "record") {
      auto s = v.as_string();
      if (s && s->get() == "metrics")
        spec.record = RecordKind::Metrics;
      else if (s && s->get() == "series")
        spec.record = RecordKind::Series;
      else
        r.at(v.source(), key, "\"metrics\" or \"series\"");
    } else if (key == "seeds") {
      auto s = v.as_string();
      if (s && (s->get() == "common" || s->get() == "independent"))
        spec.common_seeds = s->get() == "common";
      else
        r.at(v.source(), key,
             "\"common\" (replication r has the same seed at every point: paired differences) or "
             "\"independent\" (the default: a seed per point and replication)");
    } else if (key == "outcome") {
      auto arr = v.as_array();
      if (!arr || !arr->is_array_of_tables()) {
        r.at(v.source(), key, "[[outcome]] tables (name, series, statistic, window)");
        continue;
      }
      for (std::size_t i = 0; i < arr->size(); ++i)
        if (auto o = read_outcome(*arr->get(i)->as_table(), i, file, r.diags))
          spec.outcomes.push_back(std::move(*o));
    } else if (key == "compare") {
      auto arr = v.as_array();
      if (!arr || !arr->is_array_of_tables()) {
        r.at(v.source(), key, "[[compare]] tables (name, a, b)");
        continue;
      }
      for (std::size_t i = 0; i < arr->size(); ++i)
        parse_compare(*arr->get(i)->as_table(), spec, r, i, resolve);
    } else if (key == "design") {
      has_design = true;
      design = v.as_table();
      if (!design) r.at(v.source(), key, "a table [design] with `kind`");
    } else if (key == "param") {
      auto arr = v.as_array();
      if (!arr || !arr->is_array_of_tables()) {
        r.at(v.source(), key, "[[param]] tables");
        continue;
      }
      for (std::size_t i = 0; i < arr->size(); ++i) parse_axis(*arr->get(i)->as_table(), spec, r, i, resolve);
    } else {
      r.at(k.source(), key,
           "one of name, scenario, seed, seeds, replications, record, design, param, outcome, "
           "compare (unknown key)");
    }
  }
  if (!has_scenario) r.at(1, 1, "scenario", "a base scenario path (scenario = \"...\")");
  // Replications of the base scenario alone need no design: one point.
  if (!has_design && !spec.axes.empty()) r.at(1, 1, "design", "a [design] table with `kind`");

  bool has_samples = false, has_kind = false;
  const toml::node* file_node = nullptr;
  if (design) {
    spec.design_line = static_cast<int>(design->source().begin.line);
    spec.design_column = static_cast<int>(design->source().begin.column);
    for (auto& [k, v] : *design) {
      std::string key = "design." + std::string(k.str());
      if (k == "kind") {
        has_kind = true;
        auto s = v.as_string();
        static const std::pair<const char*, DesignKind> kinds[] = {
            {"grid", DesignKind::Grid},   {"random", DesignKind::Random}, {"lhs", DesignKind::Lhs},
            {"sobol", DesignKind::Sobol}, {"morris", DesignKind::Morris}, {"csv", DesignKind::Csv}};
        bool ok = false;
        for (auto& [name, kind] : kinds)
          if (s && s->get() == name) spec.design = kind, ok = true;
        if (!ok)
          r.at(v.source(), key, "one of \"grid\", \"random\", \"lhs\", \"sobol\", \"morris\", \"csv\"");
      } else if (k == "levels") {
        auto n = v.as_integer();
        if (n && n->get() >= 2 && n->get() <= 100000)
          spec.levels = static_cast<int>(n->get());
        else
          r.at(v.source(), key, "an integer from 2 to 100000");
      } else if (k == "samples") {
        has_samples = true;
        auto n = v.as_integer();
        if (n && n->get() >= 1 && n->get() <= (std::int64_t{1} << 40))
          spec.samples = static_cast<std::uint64_t>(n->get());
        else
          r.at(v.source(), key, "a positive integer");
      } else if (k == "second_order") {
        if (auto b = v.as_boolean())
          spec.second_order = b->get();
        else
          r.at(v.source(), key, "true or false");
      } else if (k == "file") {
        file_node = &v;
        if (auto s = v.as_string(); s && !s->get().empty())
          spec.points_file = resolve(s->get());
        else
          r.at(v.source(), key, "the path of a CSV points file (relative to this file)");
      } else {
        r.at(k.source(), key, "one of kind, levels, samples, second_order, file (unknown key)");
      }
    }
    if (!has_kind) r.at(design->source(), "design.kind", "a design kind");
    bool needs_samples = spec.design == DesignKind::Random || spec.design == DesignKind::Lhs ||
                         spec.design == DesignKind::Sobol || spec.design == DesignKind::Morris;
    if (has_kind && needs_samples && !has_samples)
      r.at(design->source(), "design.samples",
           fmt::format("`samples` for a {} design", design_name(spec.design)));
    if (spec.second_order && has_kind && spec.design != DesignKind::Sobol)
      r.at(design->source(), "design.second_order",
           fmt::format("a sobol design (second-order indices need Saltelli's A, B, AB and BA points; a {} "
                       "design has none)",
                       design_name(spec.design)));
    if (spec.design == DesignKind::Morris && spec.levels % 2 != 0)
      r.at(design->source(), "design.levels", "an even number of Morris levels");
    if (spec.design == DesignKind::Csv) {
      if (!file_node)
        r.at(design->source(), "design.file", "`file` naming the CSV points file of a csv design");
      else if (!spec.points_file.empty())
        read_points(spec, r, file_node->source());
    } else if (spec.axes.empty() && has_kind &&
               (spec.design == DesignKind::Sobol || spec.design == DesignKind::Morris)) {
      r.at(design->source(), "param",
           fmt::format("at least one [[param]] table for a {} design", design_name(spec.design)));
    }
  }
  std::set<std::string> compare_names;
  for (const auto& c : spec.compares) {
    auto at = [&](const std::string& key, std::string message) {
      r.at(c.line, c.column, key, std::move(message));
    };
    if (!spec.common_seeds)
      at("seeds",
         fmt::format("seeds = \"common\" for [[compare]] \"{}\": the two runs of a replication must share "
                     "their random numbers for the difference to be paired",
                     c.name));
    if (!c.name.empty() && !compare_names.insert(c.name).second) at("compare." + c.name, "a name of its own");
    if (spec.design != DesignKind::Grid && spec.design != DesignKind::Csv)
      at("compare." + c.name, fmt::format("a grid or csv design ([[compare]] names exact points; a {} design "
                                          "has none)",
                                          design_name(spec.design)));
    for (const auto* side : {&c.a, &c.b})
      for (const auto& s : *side)
        if (std::none_of(spec.axes.begin(), spec.axes.end(),
                         [&](const SweepAxis& a) { return a.key == s.key; }))
          at("compare." + c.name + "." + s.key, "a key of a [[param]] of this sweep");
  }
  std::set<std::string> seen;
  for (auto& a : spec.axes)
    if (!a.key.empty() && !seen.insert(a.key).second)
      r.at(a.line, a.column, a.key, "each key in one [[param]] only");
  if (!r.diags.empty()) return r.diags;
  if (spec.name.empty()) spec.name = fs::path(file).stem().string();
  return spec;
}

std::vector<AxisValue> csv_point(const SweepSpec& spec, std::uint64_t i) {
  const auto& rows = spec.csv_points;
  if (!rows.file) throw std::runtime_error(fmt::format("{}: the points file is not open", spec.points_file));
  auto text = rows.file->read(rows.offset.at(i), rows.length.at(i));
  if (auto* e = std::get_if<InputFileError>(&text))
    throw std::runtime_error(fmt::format("{}: {}", spec.points_file, e->message));
  std::string line = std::move(std::get<std::string>(text));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  const auto cells = split_cells(line);
  if (cells.size() != rows.column_axis.size())
    throw std::runtime_error(
        fmt::format("{}: the file changed since the sweep was loaded (point {} is not where it was)",
                    spec.points_file, i));
  std::vector<AxisValue> point(spec.axes.size());
  for (std::size_t c = 0; c < cells.size(); ++c)
    if (rows.column_axis[c] < point.size()) point[rows.column_axis[c]] = cell_value(cells[c].first);
  return point;
}

SweepLoad load_sweep(const std::string& path) {
  auto text = read_input_file(path);
  if (auto* e = std::get_if<InputFileError>(&text)) {
    Diagnostics d;
    d.add({path, 0, 0, "", "a readable sweep file (" + e->message + ")"});
    return d;
  }
  return parse_sweep(std::get<std::string>(text), fs::absolute(path).lexically_normal().string());
}

}  // namespace sancsim
