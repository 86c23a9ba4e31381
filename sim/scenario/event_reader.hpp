#pragma once
// Reads `[[events]]` tables into policy events, and checks the merged list for consistency.
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "sancsim/engine/param_table.hpp"
#include "sancsim/model/policy_event.hpp"
#include "toml_support.hpp"

namespace sancsim::scenario_detail {

// An event with the positions that later checks (which see the whole chain) report at.
struct ReadEvent {
  PolicyEvent event;
  std::string key;                               // "events[i]" in its file, for messages
  toml::source_position id_at;                   // of the `id` value (duplicates are reported there)
  std::vector<toml::source_position> undoes_at;  // one per `undoes` entry
  toml::source_position key_at;                  // of a `set` event's `key` value
};

// Reads one event table (`index` is its place in the file's `events` array); nullopt if it is
// unusable (no valid date or type). Every problem goes to `report`.
std::optional<ReadEvent> read_event(const toml::table& table, std::size_t index,
                                    const std::vector<EventKindSpec>& catalogue, const Reporter& report);

// Checks that need every event: duplicate ids, relief of unknown or later events.
void check_events(const std::vector<ReadEvent>& events, Diagnostics& out);

// Checks that each `set` event names a number parameter of `table` and gives a value in its range.
void check_set_events(const std::vector<ReadEvent>& events, const ParamTable& table, Diagnostics& out);

}  // namespace sancsim::scenario_detail
