#pragma once
// The table of summary metrics of several runs: one row per metric, one column per run, and under
// each value its difference from the run's `compare_to` (the run's own `<metric>_vs_counterfactual`).
#include <string>
#include <vector>

#include "sancsim/report/inputs.hpp"

namespace sancsim::report {

// An HTML <table>.
std::string summary_table_html(const std::vector<RunInput>& runs);

}  // namespace sancsim::report
