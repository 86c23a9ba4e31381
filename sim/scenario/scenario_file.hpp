#pragma once
// One scenario file as written: its reserved keys read and checked, its parameters left in the
// TOML table for the resolver, which applies the chain in order.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "event_reader.hpp"
#include "sancsim/scenario/outcomes.hpp"

namespace sancsim::scenario_detail {

// A reserved value and where it was set (paths in it are relative to `dir`).
template <class T>
struct Setting {
  T value;
  std::string file;
  std::filesystem::path dir;
  toml::source_position at;
};

struct ScenarioFile {
  std::string shown;           // the name used in messages
  std::filesystem::path path;  // absolute, for cycle detection and relative paths
  toml::table root;            // parameters are read from here, skipping reserved keys
  std::optional<Setting<std::string>> name, description, extends, compare_to, daily_csv, monthly_csv,
      urals_csv, key_rate_csv;
  std::optional<Setting<Date>> start, end;
  std::optional<Setting<YearMonth>> report_start;
  bool inherit_events = true;
  std::vector<std::pair<std::string, toml::source_position>> remove_events;
  std::vector<ReadEvent> events;
  std::vector<DeclaredOutcome> outcomes;  // [[outcome]] tables, in file order
};

// The top-level keys that are not parameters.
const std::vector<std::string>& reserved_keys();
bool is_reserved(std::string_view key);

struct FileRead {
  std::optional<ScenarioFile> file;  // nullopt if missing or not valid TOML
  bool missing = false;              // the file could not be read (the caller reports where it was named)
  std::string why_missing;           // e.g. "not a regular file (a FIFO); ..."
};

// Reads and parses one file and its reserved keys; syntax and reserved-key problems go to `out`.
FileRead read_scenario_file(const std::filesystem::path& path, const std::string& shown,
                            const std::vector<EventKindSpec>& catalogue, Diagnostics& out);

// Reads one reserved scalar that `--set` may also give (name, description, start, end,
// report_start) into `into`; false if `key` is not one of them.
bool read_settable(const std::string& key, const toml::node& value, const Reporter& report,
                   const std::filesystem::path& dir, ScenarioFile& into);

}  // namespace sancsim::scenario_detail
