#pragma once
// `--set events.<id>.<field>=value`: changes one field of a dated event after the scenario chain
// is merged, so that a sweep can vary, say, a price cap's level or its start date.
#include <string>
#include <vector>

#include "event_reader.hpp"
#include "sancsim/scenario/scenario.hpp"

namespace sancsim::scenario_detail {

// True for a key of the form `events.<id>.<field>`.
bool is_event_override(const Override& o);

// Applies the event overrides to `events` (merged over the chain). Settable fields: `date`, `end`,
// `wind_down_days` and the kind's value key (e.g. `cap_usd_per_bbl`). An id no event has is an
// error when `must_match`; a counterfactual passes false, so that it keeps its own events.
void apply_event_overrides(const std::vector<Override>& overrides, std::vector<ReadEvent>& events,
                           const std::vector<EventKindSpec>& catalogue, bool must_match, Diagnostics& out);

}  // namespace sancsim::scenario_detail
