// `sancsim run SCENARIO`: load, run once (and its `compare_to` counterfactual, for the *_vs_counterfactual
// metrics: history.toml declares one, so its agent economy runs twice), write series.csv, summary.json and
// manifest.json.
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "commands.hpp"
#include "digest.hpp"
#include "flag_checks.hpp"
#include "sancsim/output/dir_lock.hpp"
#include "sancsim/output/replace_dir.hpp"
#include "sancsim/output/run_json.hpp"
#include "sancsim/output/series_csv.hpp"
#include "scenario_loading.hpp"

namespace sancsim::cli {
namespace {
namespace fs = std::filesystem;

struct RunOptions {
  std::string scenario;
  std::string out_dir;  // default: out/<scenario file stem>
  std::uint64_t seed = 1;
  std::uint32_t replication = 0;
  std::vector<std::string> sets;
  bool quiet = false;
};

std::vector<std::pair<std::string, std::string>> param_values(const Scenario& s) {
  Params copy = s.params;  // describe() binds to a mutable struct; the copy keeps `s` untouched
  std::vector<std::pair<std::string, std::string>> values;
  const ParamTable table = describe(copy);  // named: a range-for over describe(copy).all() would dangle
  for (const auto& spec : table.all()) values.emplace_back(spec.key, spec.value_text());
  return values;
}

// The manifest's record of each event: its note, else what its kind does, with value and target.
std::vector<ManifestEvent> manifest_events(const Scenario& s) {
  std::vector<ManifestEvent> events;
  for (const auto& e : s.events) {
    const EventKindSpec& spec = spec_of(e.kind);
    std::string description = e.note.empty() ? std::string(spec.description) : e.note;
    std::string detail;
    if (!std::isnan(e.value))
      detail = spec.value_key.empty() ? fmt::format("{}", e.value)
                                      : fmt::format("{} = {}", spec.value_key, e.value);
    for (const auto& part : {e.jurisdiction, e.target})
      if (!part.empty()) detail += (detail.empty() ? "" : ", ") + part;
    if (!detail.empty()) description += " (" + detail + ")";
    events.push_back(
        {.date = e.date.iso(), .id = e.id, .type = std::string(spec.name), .description = description});
  }
  return events;
}

// The files of a run directory; `run` replaces them as one set and refuses a directory with others.
const std::vector<std::string> kRunFiles = {"series.csv", "summary.json", "manifest.json"};

// The manifest's record of a run that stopped: which of the scenario's runs, where, and why.
ManifestFailure manifest_failure(const Scenario& s, const RunFailure& f) {
  const bool counterfactual = !f.run.empty();
  const Date started = counterfactual ? s.counterfactual->start : s.start;
  return {.error = f.error,
          .failed_run = counterfactual ? "compare_to" : "scenario",
          .stopped_in_month = f.month,
          .last_completed_month =
              f.month > YearMonth::of(started) ? std::optional(YearMonth{f.month.index - 1}) : std::nullopt};
}

// After a failed run's files are written: which run stopped where, and what its directory holds.
std::string where_the_months_went(const std::string& file, const Scenario& s, const ManifestFailure& f,
                                  const SeriesTable& series, const fs::path& out_dir) {
  const std::string span = series.rows() == 0 ? std::string()
                                              : fmt::format("{} to {}", series.months().front().str(),
                                                            series.months().back().str());
  const std::string rest = fmt::format(", {} the failure (\"status\": \"failed\"), summary.json no metrics\n",
                                       (out_dir / "manifest.json").string());
  const std::string csv = (out_dir / "series.csv").string();
  if (f.failed_run == "compare_to")
    return fmt::format(
        "sancsim: {}: its counterfactual run ({}) stopped in {}; {} holds the run's own {} months ({}){}",
        file, s.counterfactual->name, f.stopped_in_month.str(), csv, series.rows(), span, rest);
  if (series.rows() == 0)
    return fmt::format("sancsim: {} stopped in {}, before its first reported month; {} holds no month{}",
                       file, f.stopped_in_month.str(), csv, rest);
  return fmt::format("sancsim: {} stopped in {}; {} holds the {} months before it ({}){}", file,
                     f.stopped_in_month.str(), csv, series.rows(), span, rest);
}

int run(const RunOptions& o, const Invocation& invocation) {
  const auto overrides = parse_overrides_or_report(o.sets, std::cerr);
  if (!overrides) return kExitBadInput;
  const std::string started_utc = utc_timestamp_now();
  const auto t0 = std::chrono::steady_clock::now();
  const auto scenario = load_or_report(o.scenario, *overrides, std::cerr);
  if (!scenario) return kExitBadInput;

  const fs::path out_dir =
      o.out_dir.empty() ? fs::path("out") / fs::path(o.scenario).stem() : fs::path(o.out_dir);
  if (const auto others = entries_other_than(out_dir, kRunFiles); !others.empty()) {
    std::cerr << fmt::format(
        "sancsim: {} holds files that are not a run's ({}{}); a run replaces its directory as a whole, "
        "so choose a directory of its own for --out\n",
        out_dir.string(), others.front(),
        others.size() > 1 ? fmt::format(" and {} more", others.size() - 1) : "");
    return kExitBadInput;
  }
  auto locked = lock_output_dir(out_dir);
  if (const auto* failure = std::get_if<DirLockFailure>(&locked)) {
    std::cerr << "sancsim: " << failure->message << '\n';
    return failure->in_use ? kExitBadInput : kExitFailure;
  }
  const DirLock& lock = std::get<DirLock>(locked);
  if (!o.quiet) {
    std::cerr << fmt::format("sancsim: running {} ({} to {}, seed {}, replication {})\n", scenario->name,
                             scenario->start.iso(), scenario->end.iso(), o.seed, o.replication);
  }
  const RunAttempt attempt = try_run_scenario(*scenario, o.seed, o.replication);
  const RunResult& result = attempt.result;
  const double wall_time_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const std::optional<ManifestFailure> failure =
      attempt.failure ? std::optional(manifest_failure(*scenario, *attempt.failure)) : std::nullopt;
  // Said before the files are written, so that a failure to write them cannot hide it.
  if (failure) std::cerr << "sancsim: error: " << failure->error << '\n';

  replace_directory(lock, kRunFiles, [&](const fs::path& fresh) {
    write_series_csv(result.series, fresh / "series.csv");
    nlohmann::ordered_json extra;
    extra["scenario"] = scenario->name;
    extra["scenario_hash"] = scenario->hash;
    extra["seed"] = o.seed;
    extra["replication"] = o.replication;
    extra["state_hash"] = hex16(result.state_hash);
    extra["status"] = failure ? kRunFailed : kRunOk;
    write_summary_json(result.metrics, extra, fresh / "summary.json");

    RunManifest m;
    m.scenario_name = scenario->name;
    m.scenario_chain = scenario->chain;
    m.scenario_hash = scenario->hash;
    m.seed = o.seed;
    m.replication = o.replication;
    m.start = scenario->start;
    m.end = scenario->end;
    m.state_hash = result.state_hash;
    m.wall_time_s = wall_time_s;
    m.started_utc = started_utc;
    m.command_line = shell_quoted_command_line(invocation.argc, invocation.argv);
    m.host = host_name();
    m.params = param_values(*scenario);
    if (scenario->counterfactual) m.compare_to = scenario->counterfactual->name;
    m.events = manifest_events(*scenario);
    m.failure = failure;
    write_manifest_json(m, fresh / "manifest.json");
  });

  if (failure) {
    std::cerr << where_the_months_went(o.scenario, *scenario, *failure, result.series, out_dir);
    return kExitFailure;
  }
  if (!o.quiet) {
    std::cerr << fmt::format("sancsim: done in {:.3f} s: {} months, {} series -> {}\n", wall_time_s,
                             result.series.rows(), result.series.cols(), out_dir.string());
    std::cout << scenario->name << '\n';
    print_digest(std::cout, digest_values(result));
  }
  return kExitOk;
}

CommandRun setup(CLI::App& sub, const Invocation& invocation) {
  auto o = std::make_shared<RunOptions>();
  sub.add_option("scenario", o->scenario, "Scenario file (TOML)")->required();
  sub.add_option("--out", o->out_dir, "Output directory (default: out/<scenario file stem>)");
  sub.add_option("--seed", o->seed, "Random seed")
      ->capture_default_str()
      ->check(unsigned_at_most(std::numeric_limits<std::uint64_t>::max()));
  sub.add_option("--replication", o->replication, "Replication index (selects independent random streams)")
      ->capture_default_str()
      ->check(unsigned_at_most(std::numeric_limits<std::uint32_t>::max()));
  sub.add_option("--set", o->sets, "Override a parameter: key.path=value (TOML value), repeatable");
  sub.add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  add_input_limit_option(sub);
  return [o, invocation] { return run(*o, invocation); };
}

const CommandRegistration registration{
    "run", "Run one scenario and write series.csv, summary.json, manifest.json", setup};

}  // namespace
}  // namespace sancsim::cli
