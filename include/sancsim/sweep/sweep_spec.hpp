#pragma once
// A sweep file: which base scenario, which parameters vary and how, the design, replications,
// master seed and what to record. Loading never throws for bad input: it returns every problem
// found as `file:line:col: key: what was expected`.
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "sancsim/engine/input_file.hpp"
#include "sancsim/scenario/diagnostics.hpp"
#include "sancsim/scenario/outcomes.hpp"

namespace sancsim {

// How a range axis's values are spread over [lo, hi]: the design's unit coordinate u goes through
// the distribution's inverse CDF (truncated to the range), so random, LHS and Sobol' designs draw
// from it and grids and Morris levels sit at its quantiles.
enum class AxisDist { Uniform, LogUniform, Normal, Triangular };

// One varied parameter: a scenario key path with a range (optionally log-scaled) or a value list.
struct SweepAxis {
  std::string key;  // scenario key path, as `--set` takes it
  double lo = 0;    // range bounds (unused for value lists)
  double hi = 0;
  bool log = false;  // sample the range uniformly in log space (dist = "loguniform")
  AxisDist dist = AxisDist::Uniform;
  double mean = 0, sd = 0;          // normal: before truncation to [lo, hi]
  double mode = 0;                  // triangular: the peak, in [lo, hi]
  bool integer = false;             // round range values to integers (set for integer parameters)
  int levels = 0;                   // grid points for a range axis; 0 = the design's `levels`
  std::vector<std::string> values;  // value list, each in TOML syntax; empty for a range axis
  int line = 0;                     // where the axis is declared, for later diagnostics
  int column = 0;
  // csv designs: the cells of the column's smallest and largest number (line, column in the points
  // file), where a value outside the parameter's bounds is reported.
  int lo_line = 0, lo_column = 0, hi_line = 0, hi_column = 0;
};

enum class DesignKind { Grid, Random, Lhs, Sobol, Morris, Csv };
enum class RecordKind { Metrics, Series };

// A point's value for one axis: a number, or TOML text for non-numeric values (flags, choices).
struct AxisValue {
  double number = 0;
  std::string toml;  // exactly what `--set key=...` receives
  bool is_number = true;
};

// Where the points of a csv design are in their file, not their values: a design of millions of
// rows would otherwise be held whole (2 M rows took 373 MB); csv_point() reads one row on demand.
struct CsvPointRows {
  std::vector<std::uint64_t> offset;        // byte offset of each point's line in the points file
  std::vector<std::uint32_t> length;        // its length in bytes, without the line end
  std::vector<std::size_t> column_axis;     // the axis of each column of the file
  std::uint64_t values_digest = 0;          // a hash of every value, for the sweep hash
  std::shared_ptr<const InputRanges> file;  // the points file, held open for csv_point()
  std::size_t size() const { return offset.size(); }
};

// One side of a [[compare]]: the design point where each named key has the given value.
struct CompareSetting {
  std::string key;
  AxisValue value;  // scenario paths resolved as in `values` of a `key = "scenario"` axis
};

// A [[compare]] block: per replication, every metric (and series) of point `a` minus point `b`.
// Needs seeds = "common", so that the two runs of a replication share their random numbers.
struct SweepCompare {
  std::string name;
  std::vector<CompareSetting> a, b;
  int line = 0, column = 0;
};

struct SweepSpec {
  std::string file;  // absolute path of the sweep file ("" when built in code)
  std::string text;  // the file's content, kept for the results database
  std::string name;
  std::string base_scenario;  // absolute path
  std::vector<SweepAxis> axes;
  DesignKind design = DesignKind::Grid;
  int levels = 3;             // grid: points per range axis; morris: levels p (even)
  std::uint64_t samples = 0;  // random, lhs: points; sobol: base samples N; morris: trajectories r
  // sobol: also the BA_i points (B with column i from A; Saltelli 2002), so that `analyze` can
  // estimate second-order indices: N (2d + 2) points instead of N (d + 2).
  bool second_order = false;
  std::string points_file;  // csv: absolute path
  CsvPointRows csv_points;  // csv: where the points are, found and checked at load time
  int design_line = 0;      // where [design] is, for later diagnostics
  int design_column = 0;
  std::uint32_t replications = 1;
  std::uint64_t master_seed = 1;
  RecordKind record = RecordKind::Metrics;
  // seeds = "common": replication r has the same seed at every design point (common random
  // numbers), so differences between points are paired; default: a seed per point and replication.
  bool common_seeds = false;
  std::vector<DeclaredOutcome> outcomes;  // [[outcome]] tables, added to the base scenario's
  std::vector<SweepCompare> compares;     // [[compare]] tables
};

// The design points of a comparison's two sides; throws std::invalid_argument saying why when a
// side matches no point or several (grid and csv designs only: others have no exact values).
struct ComparePoints {
  std::uint64_t a = 0, b = 0;
};
class Design;
ComparePoints compare_points(const Design& design, const SweepCompare& c);

using SweepLoad = std::variant<SweepSpec, Diagnostics>;

// Reads and validates a sweep file (and its points file for `csv` designs).
SweepLoad load_sweep(const std::string& path);
// The same from text; `file` names it in diagnostics and anchors relative paths.
SweepLoad parse_sweep(const std::string& text, const std::string& file);

// The values of point `i` of a csv design, read from its points file (one axis each). Throws
// std::runtime_error if the file no longer holds the row that was checked at load time.
std::vector<AxisValue> csv_point(const SweepSpec& spec, std::uint64_t i);

const char* design_name(DesignKind k);
const char* record_name(RecordKind k);

// A numeric value in the form TOML reads back exactly (shortest round trip; integers without '.').
std::string toml_number(double x, bool integer);

}  // namespace sancsim
