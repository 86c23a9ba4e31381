#pragma once
// What `sancsim report` reads: run directories (`sancsim run`), sweep directories (`sancsim
// sweep`, with what `analyze` and `discover` added) and calibration tables (`sancsim calibration
// --json`). Each reader checks its files and says which file and what was expected when one is
// wrong; the charts never see a half-read input.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace sancsim::report {

// A bad or missing input; the message names the file (and line or key) and what was expected.
class ReportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A run's monthly series (series.csv): one column per series, NaN where a month is undefined.
struct RunSeries {
  std::vector<std::string> months;  // "YYYY-MM"
  std::vector<std::string> names;   // column names, units in the name
  std::vector<std::vector<double>> columns;
  // The column of that name, or nullptr.
  const std::vector<double>* column(const std::string& name) const;
};

// A policy event as the manifest records it (date, id, type, description).
struct RunEvent {
  std::string date;  // YYYY-MM-DD
  std::string id;
  std::string type;
  std::string description;
};

// One run directory: series.csv, summary.json and manifest.json.
struct RunInput {
  std::filesystem::path dir;
  std::string label;  // the directory's name, which tells runs apart in charts
  RunSeries series;
  std::vector<std::pair<std::string, double>> metrics;  // summary.json's metrics; null reads as NaN
  nlohmann::ordered_json manifest;
  std::vector<RunEvent> events;  // the manifest's events (none in manifests of older builds)
  std::string scenario, compare_to, commit;
  // A run that stopped part-way (its manifest's status "failed"): which run, where and why; empty for a
  // complete run (and for manifests of older builds, which have no status).
  std::string stopped;
  std::uint64_t seed = 0;
};

// A sensitivity index of one parameter for one metric, with its interval (Sobol' S1/ST or Morris
// mu*/sigma).
struct IndexRow {
  std::string metric, param;
  double a = 0, a_lo = 0, a_hi = 0;  // S1 or mu*
  double b = 0, b_lo = 0, b_hi = 0;  // ST or sigma
};

// Monthly quantiles of a series at one design point (series_quantiles.csv) or of a paired
// difference (compare_series_quantiles.csv); `group` names the point or comparison.
struct QuantileRow {
  std::string group, series, month;
  double p5 = 0, p25 = 0, p50 = 0, p75 = 0, p95 = 0;
};

// A swept parameter and its value in every ok run (numbers, or text for value lists of text).
struct SweptParam {
  std::string key;
  bool numeric = true;
};

// The PRIM box that `sancsim discover` chose (prim_<outcome>.json in the sweep's directory).
struct PrimBox {
  std::string outcome, rule;  // rule: "below 100" / "above 100"
  double coverage = 0, density = 0, mass = 0;
  struct Limit {
    std::string param;
    double lo = 0, hi = 0, design_lo = 0, design_hi = 0;
  };
  std::vector<Limit> limits;
};

// Fan charts show each design point up to this many points; above it, the spread over all runs.
inline constexpr std::int64_t kMaxFanPoints = 8;

// One sweep directory.
struct SweepInput {
  std::filesystem::path dir;
  std::string name, design, base_scenario, record;
  std::string sweep_toml;  // the sweep file as run (results.sqlite's meta)
  std::uint64_t master_seed = 0;
  std::int64_t points = 0, runs = 0, runs_ok = 0, replications = 0;
  std::vector<SweptParam> params;
  std::vector<std::string> metrics;           // the metrics of the first ok run, by name
  std::vector<QuantileRow> series_quantiles;  // series_quantiles.csv (up to kMaxFanPoints points)
  std::vector<QuantileRow> compare_quantiles;
  std::vector<IndexRow> sobol, morris;  // sobol_indices.csv / morris_indices.csv if analyzed
  std::vector<PrimBox> prim_boxes;
};

// One calibration table (`sancsim calibration --json`).
struct CalibrationInput {
  std::filesystem::path file;
  nlohmann::ordered_json table;
};

// One calibration run's directory (`sancsim calibrate --out DIR`): its calibration.json, with the
// estimates (standard errors, bounds, defaults) and the moment fit at the start and the estimate.
struct CalibrateInput {
  std::filesystem::path dir;
  std::string label;  // the directory's name
  nlohmann::ordered_json result;
};

// The value of one outcome in the ok runs of a sweep, beside each run's parameter values; above
// `max_runs` runs every `stride`-th run (by run id) is kept, so a chart stays small and says so.
struct OutcomeSamples {
  std::string outcome;
  std::int64_t runs = 0;                            // ok runs with a value
  std::int64_t stride = 1;                          // every stride-th of them kept
  std::vector<std::vector<nlohmann::json>> params;  // per kept run, one value per SweptParam
  std::vector<double> values;
};
OutcomeSamples read_outcome_samples(const SweepInput& sweep, const std::string& outcome,
                                    std::size_t max_runs);

// Monthly quantiles (p5..p95, R type 7) of `series` over every ok run of a sweep recorded with
// series: the spread over the whole design and the seeds; group "all runs".
std::vector<QuantileRow> read_all_runs_quantiles(const SweepInput& sweep, const std::string& series);

// Reads a run directory; throws ReportError.
RunInput read_run_dir(const std::filesystem::path& dir);
// Reads a sweep directory (results.sqlite read-only, the CSVs beside it); throws ReportError.
SweepInput read_sweep_dir(const std::filesystem::path& dir);
// Reads a calibration table; throws ReportError.
CalibrationInput read_calibration_json(const std::filesystem::path& file);

// Reads a calibration run's directory; throws ReportError.
CalibrateInput read_calibrate_dir(const std::filesystem::path& dir);

// Whether `dir` holds a run (manifest.json and series.csv), a sweep (results.sqlite) or a
// calibration run (calibration.json and estimates.csv).
bool is_run_dir(const std::filesystem::path& dir);
bool is_calibrate_dir(const std::filesystem::path& dir);
bool is_sweep_dir(const std::filesystem::path& dir);

// The JSON document of `file` (read under the input size limit); throws ReportError.
nlohmann::ordered_json read_json_file(const std::filesystem::path& file);

}  // namespace sancsim::report
