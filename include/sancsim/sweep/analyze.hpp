#pragma once
// Global sensitivity analysis of a finished sweep: Sobol' first- and
// total-order indices with bootstrap intervals for `sobol` designs (and second-order ones when the
// design has `second_order = true`), Morris mu, mu* and sigma for
// `morris` designs, per metric, from the mean over replications at each point.
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace sancsim {

struct AnalyzeOptions {
  unsigned bootstrap = 1000;       // resamples for Sobol' confidence intervals
  double confidence = 0.95;        // in (0, 1)
  std::filesystem::path write_to;  // where the indices go; empty: the sweep's own directory
  std::string outcome;             // only this metric or outcome; empty: every one
  // Where the ranked tables (S1/ST or mu*/sigma with intervals, the seed-noise row) and warnings
  // go; none: only the CSV is written.
  std::ostream* report = nullptr;
};

// Reads DIR/results.sqlite read-only (so a read-only directory works) and writes
// sobol_indices.csv (and sobol_second_order.csv) or morris_indices.csv (atomically) to options.write_to or
// DIR; returns what it wrote. Throws SweepError for a directory without results, a design without an
// analysis, a shard (merge first), a sweep with runs missing (`sweep --resume` completes them) and a
// confidence outside (0, 1): indices of part of a design are biased, not just less precise.
std::vector<std::filesystem::path> analyze_sweep(const std::filesystem::path& sweep_dir,
                                                 const AnalyzeOptions& options = {});

}  // namespace sancsim
