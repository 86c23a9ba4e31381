#pragma once
// The measures in force that the Russian state reads. They are derived from the scenario's events
// once, with every other measure (model/policy.hpp: derive_policy), and handed to the state
// whenever they change, so that an event has one interpretation.
#include <limits>
#include <optional>

#include "sancsim/engine/date.hpp"

namespace sancsim {

struct StatePolicy {
  std::optional<Date> war_since;  // the invasion announcement (the 2022 shunning starts); none = peace time
  double tax_discount_floor_usd_per_bbl = std::numeric_limits<double>::quiet_NaN();  // Brent - D; NaN = none
};

}  // namespace sancsim
