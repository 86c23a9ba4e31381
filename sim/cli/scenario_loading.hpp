#pragma once
// Loading a scenario for a command: diagnostics go to a stream, one line each, as
// `file:line:col: key: message`, so that editors can jump to them.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "sancsim/scenario/scenario.hpp"

namespace sancsim::cli {

// The scenario, or nullopt after writing every problem to `err`.
std::optional<Scenario> load_or_report(const std::string& path, const std::vector<Override>& overrides,
                                       std::ostream& err);

// Parses `--set` texts; nullopt after writing the bad ones to `err`.
std::optional<std::vector<Override>> parse_overrides_or_report(const std::vector<std::string>& texts,
                                                               std::ostream& err);

}  // namespace sancsim::cli
