#pragma once
// Sets registered parameters from TOML values, checking kind, range and choices.
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "sancsim/engine/param_table.hpp"
#include "toml_support.hpp"

namespace sancsim::scenario_detail {

// Sets `key` (nested tables flatten to dotted keys) from `value`, reporting each problem at the
// value's position. `key_where` places "unknown key" messages; `extra_keys` are other keys valid
// at this place, offered as suggestions. A Path given as a table replaces the whole path; a key
// `path.YEAR` sets one year and keeps the others.
void apply_param(const ParamTable& table, const std::string& key, const toml::node& value,
                 const toml::source_region& key_where, const std::vector<std::string>& extra_keys,
                 const Reporter& report);

// Sets one parameter; false (and a diagnostic) if the value does not fit its spec.
bool set_param(const ParamSpec& spec, const toml::node& value, const Reporter& report);

}  // namespace sancsim::scenario_detail
