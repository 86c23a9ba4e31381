#pragma once
// Global sensitivity analysis of a finished (or partly finished) sweep: Sobol' first- and
// total-order indices with bootstrap intervals for `sobol` designs, Morris mu, mu* and sigma for
// `morris` designs, per metric, from the mean over replications at each point.
#include <filesystem>
#include <vector>

namespace sancsim {

struct AnalyzeOptions {
  unsigned bootstrap = 1000;  // resamples for Sobol' confidence intervals
  double confidence = 0.95;
};

// Writes DIR/sobol_indices.csv or DIR/morris_indices.csv (atomically) and returns what it wrote.
// Throws SweepError for a directory without results or a design without an analysis.
std::vector<std::filesystem::path> analyze_sweep(const std::filesystem::path& out_dir,
                                                 const AnalyzeOptions& options = {});

}  // namespace sancsim
