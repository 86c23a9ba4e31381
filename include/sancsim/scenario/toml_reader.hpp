#pragma once
// The one way sancsim reads TOML text (scenarios, sweep files, calibration targets, --set values):
// the nesting is checked before toml++ sees the text, because toml++ parses and destroys nested
// tables by recursion, and a file of 100,000 dotted keys (`[a.a.a...]`) overflowed the stack.
// Needs toml++ on the include path (the targets that link PkgConfig::TOMLPP).
#include <optional>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "sancsim/scenario/diagnostics.hpp"

namespace sancsim {

// Levels of tables, arrays and dotted-key parts that one value may sit under. sancsim's own files
// use at most 5; 64 leaves room for any honest file and keeps toml++'s recursion shallow.
inline constexpr int kMaxTomlNesting = 64;

// Where `text` nests deeper than kMaxTomlNesting: `file:line:col: nesting deeper than 64 ...`;
// nullopt when it does not. Strings and comments are skipped; syntax is left to toml++.
std::optional<Diagnostic> check_toml_nesting(std::string_view text, const std::string& file);

// Parses `text` (named `file` in messages) after check_toml_nesting; a syntax or nesting problem
// is added to `problems` and gives nullopt.
std::optional<toml::table> read_toml(std::string_view text, const std::string& file, Diagnostics& problems);

}  // namespace sancsim
