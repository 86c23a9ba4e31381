// Reading a sweep directory: results.sqlite (read-only), the aggregates beside it
// (series_quantiles.csv, compare_series_quantiles.csv) and what `analyze` and `discover` wrote
// (sobol_indices.csv, morris_indices.csv, prim_<outcome>.json).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "../sweep/sql_statement.hpp"
#include "csv_table.hpp"
#include "sancsim/report/inputs.hpp"
#include "sancsim/sweep/results_db.hpp"
#include "sancsim/sweep/sensitivity.hpp"

namespace sancsim::report {
namespace fs = std::filesystem;

namespace {

std::int64_t meta_integer(const ResultsDb& db, const char* key) {
  const std::string text = db.meta(key);
  try {
    return text.empty() ? 0 : std::stoll(text);
  } catch (const std::exception&) {
    throw ReportError(
        fmt::format("{}: meta `{}`: expected an integer, got `{}`", db.file().string(), key, text));
  }
}

std::vector<QuantileRow> read_quantiles(const fs::path& file, const std::string& group_column,
                                        const std::string& group_prefix) {
  std::vector<QuantileRow> rows;
  if (!fs::exists(file)) return rows;
  const CsvTable t = read_csv_table(file);
  const std::size_t g = t.column(group_column), s = t.column("series"), m = t.column("month"),
                    p5 = t.column("p5"), p25 = t.column("p25"), p50 = t.column("p50"), p75 = t.column("p75"),
                    p95 = t.column("p95");
  rows.reserve(t.rows.size());
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    rows.push_back({.group = group_prefix + t.rows[r][g],
                    .series = t.rows[r][s],
                    .month = t.rows[r][m],
                    .p5 = t.number(r, p5),
                    .p25 = t.number(r, p25),
                    .p50 = t.number(r, p50),
                    .p75 = t.number(r, p75),
                    .p95 = t.number(r, p95)});
  return rows;
}

std::vector<IndexRow> read_indices(const fs::path& file, const char* a, const char* b) {
  std::vector<IndexRow> rows;
  if (!fs::exists(file)) return rows;
  const CsvTable t = read_csv_table(file);
  const std::string sa = a, sb = b;
  const std::size_t metric = t.column("metric"), param = t.column("param"), ca = t.column(sa),
                    ca_lo = t.column(sa + "_lo"), ca_hi = t.column(sa + "_hi"), cb = t.column(sb),
                    cb_lo = t.column(sb + "_lo"), cb_hi = t.column(sb + "_hi");
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    rows.push_back({.metric = t.rows[r][metric],
                    .param = t.rows[r][param],
                    .a = t.number(r, ca),
                    .a_lo = t.number(r, ca_lo),
                    .a_hi = t.number(r, ca_hi),
                    .b = t.number(r, cb),
                    .b_lo = t.number(r, cb_lo),
                    .b_hi = t.number(r, cb_hi)});
  return rows;
}

double number_field(const nlohmann::ordered_json& j, const char* key, const fs::path& file) {
  if (!j.contains(key) || !j[key].is_number())
    throw ReportError(fmt::format("{}: key `{}`: expected a number", file.string(), key));
  return j[key].get<double>();
}

PrimBox read_prim_box(const fs::path& file) {
  const auto j = read_json_file(file);
  PrimBox box;
  if (!j.is_object() || !j.contains("outcome") || !j["outcome"].is_string() || !j.contains("rule") ||
      !j["rule"].is_string() || !j.contains("box") || !j["box"].is_object())
    throw ReportError(
        fmt::format("{}: expected keys `outcome`, `rule` (strings) and `box` (an object), as "
                    "`sancsim discover` writes them",
                    file.string()));
  box.outcome = j["outcome"].get<std::string>();
  box.rule = j["rule"].get<std::string>();
  const auto& b = j["box"];
  box.coverage = number_field(b, "coverage", file);
  box.density = number_field(b, "density", file);
  box.mass = number_field(b, "mass", file);
  if (!b.contains("limits") || !b["limits"].is_array())
    throw ReportError(fmt::format("{}: box.limits: expected an array", file.string()));
  for (const auto& l : b["limits"]) {
    if (!l.contains("param") || !l["param"].is_string())
      throw ReportError(fmt::format("{}: box.limits[].param: expected a string", file.string()));
    box.limits.push_back({.param = l["param"].get<std::string>(),
                          .lo = number_field(l, "lo", file),
                          .hi = number_field(l, "hi", file),
                          .design_lo = number_field(l, "design_lo", file),
                          .design_hi = number_field(l, "design_hi", file)});
  }
  return box;
}

std::string quoted_identifier(const std::string& name) {
  std::string q = "\"";
  for (char c : name) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

}  // namespace

SweepInput read_sweep_dir(const fs::path& dir) {
  SweepInput s;
  s.dir = dir;
  try {
    const ResultsDb db(dir / "results.sqlite");
    s.name = db.meta("sweep_name");
    if (s.name.empty()) s.name = fs::absolute(dir).lexically_normal().filename().string();
    s.design = db.meta("design");
    s.base_scenario = db.meta("base_scenario");
    s.record = db.meta("record");
    s.sweep_toml = db.meta("sweep_toml");
    s.points = meta_integer(db, "points");
    s.runs = meta_integer(db, "runs");
    s.replications = meta_integer(db, "replications");
    s.master_seed = static_cast<std::uint64_t>(meta_integer(db, "master_seed"));
    {
      Statement q(db.handle(), db.file(), "SELECT key FROM params ORDER BY param");
      while (q.step()) s.params.push_back({.key = q.text(0)});
    }
    {
      Statement q(db.handle(), db.file(), "SELECT COUNT(*) FROM runs WHERE status = 'ok'");
      if (q.step()) s.runs_ok = q.integer(0);
    }
    {
      Statement q(
          db.handle(), db.file(),
          "SELECT name FROM metrics WHERE run_id = (SELECT MIN(run_id) FROM runs WHERE status = 'ok') "
          "ORDER BY name");
      while (q.step()) s.metrics.push_back(q.text(0));
    }
    for (auto& p : s.params) {
      Statement q(db.handle(), db.file(),
                  "SELECT COUNT(*) FROM points WHERE typeof(" + quoted_identifier(p.key) + ") = 'text'");
      p.numeric = q.step() && q.integer(0) == 0;
    }
  } catch (const SweepError& e) {
    throw ReportError(e.what());
  }
  // With many points the per-point file is large and its fans unreadable; the charts then use the
  // spread over all runs (read_all_runs_quantiles).
  if (s.points <= kMaxFanPoints)
    s.series_quantiles = read_quantiles(dir / "series_quantiles.csv", "point", "point ");
  s.compare_quantiles = read_quantiles(dir / "compare_series_quantiles.csv", "compare", "");
  s.sobol = read_indices(dir / "sobol_indices.csv", "S1", "ST");
  s.morris = read_indices(dir / "morris_indices.csv", "mu_star", "sigma");
  std::vector<fs::path> prim_files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("prim_") && name.ends_with(".json")) prim_files.push_back(entry.path());
  }
  std::sort(prim_files.begin(), prim_files.end());  // directory order differs between file systems
  for (const auto& f : prim_files) s.prim_boxes.push_back(read_prim_box(f));
  return s;
}

OutcomeSamples read_outcome_samples(const SweepInput& sweep, const std::string& outcome,
                                    std::size_t max_runs) {
  OutcomeSamples out;
  out.outcome = outcome;
  try {
    const ResultsDb db(sweep.dir / "results.sqlite");
    std::string columns;
    for (const auto& p : sweep.params) columns += ", p." + quoted_identifier(p.key);
    const std::string from =
        " FROM runs r JOIN points p ON p.point = r.point JOIN metrics m ON m.run_id = r.run_id "
        "WHERE r.status = 'ok' AND m.name = ?1 AND m.value IS NOT NULL";
    {
      Statement q(db.handle(), db.file(), "SELECT COUNT(*)" + from);
      q.bind(1, outcome);
      if (q.step()) out.runs = q.integer(0);
    }
    if (max_runs > 0 && out.runs > static_cast<std::int64_t>(max_runs))
      out.stride = (out.runs + static_cast<std::int64_t>(max_runs) - 1) / static_cast<std::int64_t>(max_runs);
    Statement q(db.handle(), db.file(), "SELECT m.value" + columns + from + " ORDER BY r.run_id");
    q.bind(1, outcome);
    for (std::int64_t i = 0; q.step(); ++i) {
      if (i % out.stride != 0) continue;
      out.values.push_back(q.real(0));
      std::vector<nlohmann::json> values;
      values.reserve(sweep.params.size());
      for (std::size_t c = 0; c < sweep.params.size(); ++c) {
        const int col = static_cast<int>(c) + 1;
        if (q.is_text(col))
          values.emplace_back(q.text(col));
        else if (q.is_null(col))
          values.emplace_back(nullptr);
        else
          values.emplace_back(q.real(col));
      }
      out.params.push_back(std::move(values));
    }
  } catch (const SweepError& e) {
    throw ReportError(e.what());
  }
  return out;
}

std::vector<QuantileRow> read_all_runs_quantiles(const SweepInput& sweep, const std::string& series) {
  std::vector<QuantileRow> rows;
  try {
    const ResultsDb db(sweep.dir / "results.sqlite");
    Statement q(db.handle(), db.file(),
                "SELECT s.month, s.value FROM series s JOIN runs r ON r.run_id = s.run_id "
                "WHERE r.status = 'ok' AND s.name = ?1 AND s.value IS NOT NULL ORDER BY s.month, s.value");
    q.bind(1, series);
    std::string month;
    std::vector<double> values;
    const auto flush = [&] {
      if (values.empty()) return;
      rows.push_back({.group = "all runs",
                      .series = series,
                      .month = month,
                      .p5 = quantile_sorted(values, 0.05),
                      .p25 = quantile_sorted(values, 0.25),
                      .p50 = quantile_sorted(values, 0.50),
                      .p75 = quantile_sorted(values, 0.75),
                      .p95 = quantile_sorted(values, 0.95)});
      values.clear();
    };
    while (q.step()) {
      std::string m = q.text(0);
      if (m != month) {
        flush();
        month = std::move(m);
      }
      values.push_back(q.real(1));
    }
    flush();
  } catch (const SweepError& e) {
    throw ReportError(e.what());
  }
  return rows;
}

}  // namespace sancsim::report
