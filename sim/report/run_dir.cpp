// Reading a run directory (series.csv, summary.json, manifest.json) and calibration tables.
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "csv_table.hpp"
#include "sancsim/engine/input_file.hpp"
#include "sancsim/output/run_json.hpp"
#include "sancsim/report/inputs.hpp"

namespace sancsim::report {
namespace fs = std::filesystem;

const std::vector<double>* RunSeries::column(const std::string& name) const {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return &columns[i];
  return nullptr;
}

nlohmann::ordered_json read_json_file(const fs::path& file) {
  auto content = read_input_file(file);
  if (const auto* e = std::get_if<InputFileError>(&content))
    throw ReportError(fmt::format("{}: {}", file.string(), e->message));
  try {
    return nlohmann::ordered_json::parse(std::get<std::string>(content));
  } catch (const nlohmann::json::parse_error& e) {
    throw ReportError(fmt::format("{}: not valid JSON ({})", file.string(), e.what()));
  }
}

bool is_run_dir(const fs::path& dir) {
  return fs::is_regular_file(dir / "manifest.json") && fs::is_regular_file(dir / "series.csv");
}

bool is_sweep_dir(const fs::path& dir) { return fs::is_regular_file(dir / "results.sqlite"); }

namespace {

// A string field of a JSON object, or throws naming the file and key.
std::string text_field(const nlohmann::ordered_json& j, const char* key, const fs::path& file) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string())
    throw ReportError(fmt::format("{}: key `{}`: expected a string", file.string(), key));
  return j[key].get<std::string>();
}

RunSeries read_series(const fs::path& file) {
  const CsvTable t = read_csv_table(file);
  if (t.header.empty() || t.header[0] != "date")
    throw ReportError(fmt::format("{}:1: expected `date` as the first column", file.string()));
  RunSeries s;
  s.names.assign(t.header.begin() + 1, t.header.end());
  s.columns.assign(s.names.size(), std::vector<double>(t.rows.size()));
  s.months.reserve(t.rows.size());
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const std::string& month = t.rows[r][0];
    if (month.size() != 7 || month[4] != '-')
      throw ReportError(fmt::format("{}:{}: date `{}`: expected YYYY-MM", file.string(), t.lines[r], month));
    s.months.push_back(month);
    for (std::size_t c = 1; c < t.header.size(); ++c) s.columns[c - 1][r] = t.number(r, c);
  }
  return s;
}

}  // namespace

RunInput read_run_dir(const fs::path& dir) {
  RunInput run;
  run.dir = dir;
  run.label = fs::absolute(dir).lexically_normal().filename().string();
  if (run.label.empty()) run.label = fs::absolute(dir).lexically_normal().parent_path().filename().string();
  run.series = read_series(dir / "series.csv");

  const fs::path summary_file = dir / "summary.json";
  const auto summary = read_json_file(summary_file);
  if (!summary.contains("metrics") || !summary["metrics"].is_object())
    throw ReportError(fmt::format("{}: key `metrics`: expected an object", summary_file.string()));
  for (const auto& [name, value] : summary["metrics"].items()) {
    if (!value.is_null() && !value.is_number())
      throw ReportError(
          fmt::format("{}: metrics.{}: expected a number or null", summary_file.string(), name));
    run.metrics.emplace_back(
        name, value.is_null() ? std::numeric_limits<double>::quiet_NaN() : value.get<double>());
  }

  const fs::path manifest_file = dir / "manifest.json";
  run.manifest = read_json_file(manifest_file);
  run.scenario = text_field(run.manifest, "scenario", manifest_file);
  run.commit = text_field(run.manifest, "git_commit", manifest_file);
  if (!run.manifest.contains("seed") || !run.manifest["seed"].is_number_unsigned())
    throw ReportError(fmt::format("{}: key `seed`: expected an unsigned integer", manifest_file.string()));
  run.seed = run.manifest["seed"].get<std::uint64_t>();
  if (run.manifest.contains("compare_to"))
    run.compare_to = text_field(run.manifest, "compare_to", manifest_file);
  if (run.manifest.contains("status") && text_field(run.manifest, "status", manifest_file) == kRunFailed) {
    const auto field = [&](const char* key) {
      const auto& m = run.manifest;
      return m.contains(key) && m[key].is_string() ? m[key].get<std::string>() : std::string("?");
    };
    const bool counterfactual = field("failed_run") == "compare_to";
    run.stopped = fmt::format("{} stopped in {} ({}); {}", counterfactual ? "its compare_to run" : "the run",
                              field("stopped_in_month"), field("error"),
                              counterfactual ? "its own series is whole, its summary metrics are empty"
                                             : "its series end at " + field("last_completed_month") +
                                                   " and its summary metrics are empty");
  }
  if (run.manifest.contains("events")) {
    const auto& events = run.manifest["events"];
    if (!events.is_array())
      throw ReportError(fmt::format("{}: key `events`: expected an array", manifest_file.string()));
    for (const auto& e : events) {
      RunEvent ev{.date = text_field(e, "date", manifest_file),
                  .id = text_field(e, "id", manifest_file),
                  .type = text_field(e, "type", manifest_file),
                  .description = text_field(e, "description", manifest_file)};
      run.events.push_back(std::move(ev));
    }
  }
  return run;
}

CalibrationInput read_calibration_json(const fs::path& file) {
  CalibrationInput c{.file = file, .table = read_json_file(file)};
  if (!c.table.is_object() || !c.table.contains("targets") || !c.table["targets"].is_array())
    throw ReportError(
        fmt::format("{}: key `targets`: expected an array (the output of `sancsim calibration "
                    "--json`)",
                    file.string()));
  for (const auto& t : c.table["targets"]) {
    for (const char* key : {"quantity", "window", "data", "verdict", "known_miss"}) text_field(t, key, file);
    for (const char* key : {"model", "seed_min", "seed_max", "low", "high"})
      if (!t.contains(key) || !(t[key].is_number() || t[key].is_null()))
        throw ReportError(fmt::format("{}: targets[].{}: expected a number or null", file.string(), key));
  }
  return c;
}

}  // namespace sancsim::report
