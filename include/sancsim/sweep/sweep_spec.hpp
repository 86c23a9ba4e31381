#pragma once
// A sweep file: which base scenario, which parameters vary and how, the design, replications,
// master seed and what to record. Loading never throws for bad input: it returns every problem
// found as `file:line:col: key: what was expected`.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "sancsim/scenario/diagnostics.hpp"

namespace sancsim {

// One varied parameter: a scenario key path with a range (optionally log-scaled) or a value list.
struct SweepAxis {
  std::string key;  // scenario key path, as `--set` takes it
  double lo = 0;    // range bounds (unused for value lists)
  double hi = 0;
  bool log = false;                 // sample the range uniformly in log space
  bool integer = false;             // round range values to integers (set for integer parameters)
  int levels = 0;                   // grid points for a range axis; 0 = the design's `levels`
  std::vector<std::string> values;  // value list, each in TOML syntax; empty for a range axis
  int line = 0;                     // where the axis is declared, for later diagnostics
  int column = 0;
};

enum class DesignKind { Grid, Random, Lhs, Sobol, Morris, Csv };
enum class RecordKind { Metrics, Series };

// A point's value for one axis: a number, or TOML text for non-numeric values (flags, choices).
struct AxisValue {
  double number = 0;
  std::string toml;  // exactly what `--set key=...` receives
  bool is_number = true;
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
  std::string points_file;    // csv: absolute path
  std::vector<std::vector<AxisValue>> csv_points;  // csv: the points, read at load time
  std::vector<std::vector<int>> csv_places;        // csv: line, then each axis's column, per point
  int design_line = 0;                             // where [design] is, for later diagnostics
  int design_column = 0;
  std::uint32_t replications = 1;
  std::uint64_t master_seed = 1;
  RecordKind record = RecordKind::Metrics;
};

using SweepLoad = std::variant<SweepSpec, Diagnostics>;

// Reads and validates a sweep file (and its points file for `csv` designs).
SweepLoad load_sweep(const std::string& path);
// The same from text; `file` names it in diagnostics and anchors relative paths.
SweepLoad parse_sweep(const std::string& text, const std::string& file);

const char* design_name(DesignKind k);
const char* record_name(RecordKind k);

// A numeric value in the form TOML reads back exactly (shortest round trip; integers without '.').
std::string toml_number(double x, bool integer);

}  // namespace sancsim
