#include "sancsim/output/run_json.hpp"

#include <unistd.h>

#include <chrono>
#include <climits>
#include <cmath>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "sancsim/output/atomic_file.hpp"
#include "sancsim/output/build_info.hpp"

namespace sancsim {

namespace {

void write_json(const nlohmann::ordered_json& j, const std::filesystem::path& path) {
  write_file_atomically(path, [&](std::ostream& out) { out << j.dump(2) << '\n'; });
}

}  // namespace

nlohmann::ordered_json summary_json(const std::vector<Metric>& metrics, const nlohmann::ordered_json& extra) {
  nlohmann::ordered_json j = extra.is_object() ? extra : nlohmann::ordered_json::object();
  nlohmann::ordered_json values = nlohmann::ordered_json::object();
  for (const auto& m : metrics) {
    // JSON has no NaN; null says "not defined for this run" (e.g. NWF never exhausted).
    if (std::isfinite(m.value)) {
      values[m.name] = m.value;
    } else {
      values[m.name] = nullptr;
    }
  }
  j["metrics"] = std::move(values);
  return j;
}

void write_summary_json(const std::vector<Metric>& metrics, const nlohmann::ordered_json& extra,
                        const std::filesystem::path& path) {
  write_json(summary_json(metrics, extra), path);
}

nlohmann::ordered_json manifest_json(const RunManifest& m) {
  nlohmann::ordered_json j;
  j["sancsim_version"] = std::string(sancsim_version());
  j["git_commit"] = std::string(sancsim_git_commit());
  j["scenario"] = m.scenario_name;
  j["scenario_files"] = m.scenario_chain;
  j["scenario_hash"] = m.scenario_hash;
  j["seed"] = m.seed;
  j["replication"] = m.replication;
  j["start"] = m.start.iso();
  j["end"] = m.end.iso();
  j["status"] = m.failure ? kRunFailed : kRunOk;
  if (m.failure) {
    j["error"] = m.failure->error;
    j["failed_run"] = m.failure->failed_run;
    j["stopped_in_month"] = m.failure->stopped_in_month.str();
    j["last_completed_month"] = m.failure->last_completed_month
                                    ? nlohmann::ordered_json(m.failure->last_completed_month->str())
                                    : nlohmann::ordered_json();
  }
  j["state_hash"] = hex16(m.state_hash);
  j["wall_time_s"] = m.wall_time_s;
  j["started_utc"] = m.started_utc;
  j["command_line"] = m.command_line;
  j["host"] = m.host;
  nlohmann::ordered_json params = nlohmann::ordered_json::object();
  for (const auto& [key, value] : m.params) params[key] = value;
  j["params"] = std::move(params);
  if (!m.compare_to.empty()) j["compare_to"] = m.compare_to;
  nlohmann::ordered_json events = nlohmann::ordered_json::array();
  for (const auto& e : m.events)
    events.push_back({{"date", e.date}, {"id", e.id}, {"type", e.type}, {"description", e.description}});
  j["events"] = std::move(events);
  return j;
}

void write_manifest_json(const RunManifest& m, const std::filesystem::path& path) {
  write_json(manifest_json(m), path);
}

std::string utc_timestamp_now() {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

std::string host_name() {
  char buf[HOST_NAME_MAX + 1] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0 || buf[0] == '\0') return "unknown";
  return buf;
}

std::string shell_quoted_command_line(int argc, const char* const* argv) {
  std::string line;
  for (int i = 0; i < argc; ++i) {
    if (i > 0) line.push_back(' ');
    const std::string_view arg = argv[i];
    const bool plain = !arg.empty() && arg.find_first_not_of(
                                           "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                           "0123456789-_./=:,+@%") == std::string_view::npos;
    if (plain) {
      line.append(arg);
      continue;
    }
    line.push_back('\'');
    for (char c : arg) {
      if (c == '\'') {
        line.append("'\\''");
      } else {
        line.push_back(c);
      }
    }
    line.push_back('\'');
  }
  return line;
}

std::string hex16(std::uint64_t value) { return fmt::format("{:016x}", value); }

}  // namespace sancsim
