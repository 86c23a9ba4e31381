#pragma once
// The JSON files beside a run's series: summary.json (the run's metrics) and manifest.json (what
// was run, with which build, where and when), so that every result can be traced and repeated.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "sancsim/engine/date.hpp"
#include "sancsim/engine/run_result.hpp"

namespace sancsim {

// A policy event as the manifest records it (the report draws them on its time axes).
struct ManifestEvent {
  std::string date;         // YYYY-MM-DD
  std::string id;           // "" if the scenario gave none
  std::string type;         // the `type` string of scenario files
  std::string description;  // the event's note, else what its kind does, its value and target
};

// A run that stopped part-way, as its manifest records it (docs: README, "Reading the outputs").
struct ManifestFailure {
  std::string error;           // the message, as a sweep's `error` column holds it
  std::string failed_run;      // "scenario", or "compare_to" when the counterfactual stopped
  YearMonth stopped_in_month;  // the month the failing run stopped in
  std::optional<YearMonth> last_completed_month;  // the month before, if that run had begun by then
};

// Everything about a run that a manifest records besides the build (added by the writer).
struct RunManifest {
  std::string scenario_name;
  std::vector<std::string> scenario_chain;  // the file named by the user, then what it extends
  std::string scenario_hash;                // 16 hex digits over the resolved scenario
  std::uint64_t seed = 1;
  std::uint32_t replication = 0;
  Date start;
  Date end;
  std::uint64_t state_hash = 0;  // of the world at the end of the run
  double wall_time_s = 0;
  std::string started_utc;   // ISO 8601, e.g. "2025-01-31T12:00:00Z"
  std::string command_line;  // as typed, arguments quoted where needed
  std::string host;
  std::vector<std::pair<std::string, std::string>> params;  // every parameter key and its value as run
  std::string compare_to;                                   // the counterfactual scenario's name; "" if none
  std::vector<ManifestEvent> events;       // the scenario's events after inheritance, in date order
  std::optional<ManifestFailure> failure;  // none: the run reached its end ("status": "ok")
};

// The `status` of a run's summary.json and manifest.json: the words a sweep's database uses.
inline constexpr const char* kRunOk = "ok";
inline constexpr const char* kRunFailed = "failed";

// summary.json: `extra` fields first (scenario, seed, ...), then "metrics": {name: value} in the
// run's order; NaN metrics become null.
nlohmann::ordered_json summary_json(const std::vector<Metric>& metrics, const nlohmann::ordered_json& extra);
void write_summary_json(const std::vector<Metric>& metrics, const nlohmann::ordered_json& extra,
                        const std::filesystem::path& path);

// manifest.json: sancsim version and git commit of this build, then the fields of `m` (after `end`:
// `status`, and for a failed run `error`, `failed_run`, `stopped_in_month` and
// `last_completed_month`; params as an object, in registry order; then compare_to if any, and events).
nlohmann::ordered_json manifest_json(const RunManifest& m);
void write_manifest_json(const RunManifest& m, const std::filesystem::path& path);

// Helpers to fill a RunManifest.
std::string utc_timestamp_now();  // "YYYY-MM-DDTHH:MM:SSZ"
std::string host_name();          // "unknown" if unavailable
std::string shell_quoted_command_line(int argc, const char* const* argv);
std::string hex16(std::uint64_t value);  // 16 lowercase hex digits

}  // namespace sancsim
