#pragma once
// Parameters of the Russian state: taxes, budget rule, spending, central bank, ruble, economy.
// (Filled in by the Russian-state module; see docs/MODEL.md.)
#include "sancsim/engine/param_table.hpp"

namespace sancsim {

struct StateParams {
  bool enabled = true;  // false runs the oil trade alone (faster sweeps)
};

void describe_state(ParamTable& table, StateParams& p);

}  // namespace sancsim
