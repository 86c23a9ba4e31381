#pragma once
// A sweep bound to its base scenario: the sweep file and scenario are loaded and checked once,
// and each worker's model applies a point's values as `--set` overrides of the base scenario.
#include <string>
#include <variant>

#include "sancsim/scenario/diagnostics.hpp"
#include "sancsim/sweep/design.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim {

struct PreparedSweep {
  Design design;
  std::string hash;      // of the sweep file, its points and the resolved base scenario
  ModelFactory factory;  // one ScenarioModel per worker
};

// Loads a sweep file and its base scenario and checks every swept key against the parameter
// registry (unknown keys, ranges outside a parameter's bounds); integer parameters get integer
// values. Every problem comes back at once as diagnostics.
std::variant<PreparedSweep, Diagnostics> prepare_sweep(const std::string& sweep_file);

// The default output directory of a sweep file: out/sweeps/<file stem>.
std::string default_sweep_out(const std::string& sweep_file);

}  // namespace sancsim
