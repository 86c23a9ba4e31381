#pragma once
// What one run gives back, whatever model made it: the monthly table, per-run metrics and the
// hash of the final state. The output and sweep layers read only this.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sancsim/engine/series_table.hpp"

namespace sancsim {

struct Metric {
  std::string name;
  double value;
};

struct RunResult {
  SeriesTable series;
  std::vector<Metric> metrics;   // in a fixed order
  std::uint64_t state_hash = 0;  // of the world at the end of the run
};

// Looks up a metric by name; NaN if absent.
double metric(const RunResult& r, std::string_view name);

}  // namespace sancsim
