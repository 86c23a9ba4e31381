#pragma once
// `sancsim discover`: scenario discovery over a finished sweep (PRIM, prim.hpp). Each ok run is a
// case: its design point's numeric parameters are the inputs, and it is of interest when its
// outcome is below (or above) a threshold.
#include <filesystem>
#include <ostream>
#include <string>

#include "sancsim/sweep/prim.hpp"

namespace sancsim {

struct DiscoverOptions {
  std::string outcome;  // a metric or declared outcome of the sweep
  double threshold = 0;
  bool below = true;  // cases of interest: outcome < threshold (else > threshold)
  PrimOptions prim;
  // If set, the chosen box is also written there as JSON (outcome, rule, coverage, density, mass,
  // each restricted parameter's box and design range), which `sancsim report` draws.
  std::filesystem::path save_json;
};

// Reads DIR/results.sqlite (read-only), runs PRIM and prints the peeling trajectory and the chosen
// box to `out`; returns the result. Throws SweepError for a directory without results, an unknown
// outcome, a design without numeric parameters or no runs with the outcome.
PrimResult discover_sweep(const std::filesystem::path& sweep_dir, const DiscoverOptions& options,
                          std::ostream& out);

}  // namespace sancsim
