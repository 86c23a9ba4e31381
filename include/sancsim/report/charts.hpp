#pragma once
// The report's charts as Vega-Lite specifications (JSON), built from the inputs. A chart carries
// its title and source line inside the spec (so an exported SVG or PNG keeps them) and a caption
// that says what to read from it. Nothing here draws: the browser does, with Vega-Lite.
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sancsim/report/inputs.hpp"

namespace sancsim::report {

struct Chart {
  std::string id;       // the HTML element's id, unique in a report; also the export file name
  std::string title;    // also inside the spec
  std::string caption;  // what to read from it (plain text)
  std::string source;   // scenario file, commit, seed (plain text; also the spec's subtitle)
  nlohmann::json spec;  // Vega-Lite
};

// Scatter plots keep at most this many runs per outcome (every k-th run above it; the caption
// says so), so that a 10,000-run sweep's report stays small and quick to draw.
inline constexpr std::size_t kMaxScatterRuns = 2000;

// Prices and discounts with the policy events, volumes by destination, carriage, revenue, budget,
// NWF and macro series; several runs are overlaid (or faceted where stacked). `prefix` keeps ids
// unique.
std::vector<Chart> run_charts(const std::vector<RunInput>& runs, const std::string& prefix);

// Fan charts of the headline series, outcome-versus-parameter scatter plots for `outcomes`,
// Sobol' and Morris indices and PRIM boxes when present.
std::vector<Chart> sweep_charts(const SweepInput& sweep, const std::vector<std::string>& outcomes,
                                const std::string& prefix);

// The outcomes a sweep report shows by default: its analysed metrics, else the headline metrics
// it has (at most four).
std::vector<std::string> default_sweep_outcomes(const SweepInput& sweep);

// Each calibration target's model value and seed range against its band, known misses marked.
std::vector<Chart> calibration_charts(const CalibrationInput& calibration, const std::string& prefix);

// A calibration run (`sancsim calibrate`): the estimates with +-2 standard errors and the defaults
// within each parameter's bounds, and each moment's standardised miss at the start and at the
// estimate.
std::vector<Chart> calibrate_charts(const CalibrateInput& calibrate, const std::string& prefix);

}  // namespace sancsim::report
