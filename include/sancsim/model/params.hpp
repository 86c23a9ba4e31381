#pragma once
// Every parameter of a run, with defaults: the oil trade and the Russian state.
#include "sancsim/engine/param_table.hpp"
#include "sancsim/model/oil_params.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

struct Params {
  OilParams oil = default_oil_params();
  StateParams state;
};

// The registry of every parameter of `p`: keys, units, ranges, sources.
ParamTable describe(Params& p);

}  // namespace sancsim
