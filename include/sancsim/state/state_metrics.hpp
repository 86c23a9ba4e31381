#pragma once
// The Russian state's built-in metrics, as outcome definitions over the state's monthly columns: the
// same definitions a user writes as [[outcome]] in a scenario file, computed by evaluate_outcome.
#include <vector>

#include "sancsim/engine/outcome.hpp"

namespace sancsim {

// In summary.json order; every series is a column RussianState::register_columns adds.
const std::vector<OutcomeDef>& state_metric_definitions();

}  // namespace sancsim
