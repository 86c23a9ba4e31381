// The state alone on the data-built oil paths of calibration_paths.hpp (2021-01..2024-12), with the
// parameters of a scenario file and `--set` overrides; prints the monthly state columns as CSV.
// The second run of the state's calibration (docs/MODEL_STATE.md, "Calibration"), a check on the fit.
//   state_calibration_path SCENARIO [key.path=value ...]
#include <cstdio>
#include <iostream>
#include <variant>

#include "calibration_paths.hpp"
#include "sancsim/output/series_csv.hpp"
#include "sancsim/scenario/scenario.hpp"
#include "sancsim/state/russian_state.hpp"

using namespace sancsim;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: state_calibration_path SCENARIO [key.path=value ...]\n");
    return 2;
  }
  std::vector<Override> overrides;
  for (int i = 2; i < argc; ++i) {
    const auto o = parse_override(argv[i]);
    if (!o) {
      std::fprintf(stderr, "state_calibration_path: expected key.path=value, got '%s'\n", argv[i]);
      return 2;
    }
    overrides.push_back(*o);
  }
  const LoadResult loaded = load_scenario(argv[1], overrides);
  if (const auto* d = std::get_if<Diagnostics>(&loaded)) {
    std::fprintf(stderr, "%s", d->str().c_str());
    return 1;
  }
  const StateParams& p = std::get<Scenario>(loaded).params.state;
  write_series_csv(test::run_state_on_calibration_paths(p), std::cout);
  return 0;
}
