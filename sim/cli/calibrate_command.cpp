// `sancsim calibrate CALIB.toml [--out DIR] [--threads N]`: estimates parameters by the method of
// simulated moments (docs/CALIBRATION.md) and writes the estimates, the moment fit, standard
// errors, the identification table and loss profiles into DIR. DIR keeps the evaluation log, so a
// killed calibration rerun with the same DIR resumes where it stopped.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <tbb/global_control.h>
#include <tbb/info.h>

#include "commands.hpp"
#include "sancsim/calibrate/calibration_output.hpp"
#include "sancsim/calibrate/calibration_run.hpp"
#include "sancsim/output/build_info.hpp"
#include "sancsim/output/dir_lock.hpp"
#include "sancsim/output/run_json.hpp"
#include "sancsim/scenario/calibration_file.hpp"

namespace sancsim::cli {
namespace {

namespace fs = std::filesystem;

struct Options {
  std::string file;
  std::string out;  // default: calibrate-<file's stem>
  unsigned threads = 0;
  bool quiet = false;
};

// The 1-minute load average, or NaN where /proc is not there: the machine may be shared.
double load_average() {
  std::ifstream in("/proc/loadavg");
  double load = NAN;
  in >> load;
  return load;
}

std::string header_of(const CalibrationSpec& spec) {
  std::string h;
  for (const auto& p : spec.params) h += p.label() + ",";
  for (const auto& m : spec.moments) h += m.def.series + " " + m.window + ",";
  h.pop_back();
  return h;
}

int calibrate(const Options& o, const Invocation& invocation) {
  auto loaded = load_calibration_spec(o.file);
  if (auto* d = std::get_if<Diagnostics>(&loaded)) {
    std::cerr << d->str();
    return kExitBadInput;
  }
  const auto& spec = std::get<CalibrationSpec>(loaded);
  const unsigned threads = o.threads ? o.threads : static_cast<unsigned>(tbb::info::default_concurrency());
  const tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism, threads);
  const fs::path dir =
      o.out.empty() ? fs::path("calibrate-" + fs::path(o.file).stem().string()) : fs::path(o.out);
  auto locked = lock_output_dir(dir);
  if (const auto* failure = std::get_if<DirLockFailure>(&locked)) {
    std::cerr << "sancsim calibrate: " << failure->message << '\n';
    return kExitFailure;
  }
  const auto t0 = std::chrono::steady_clock::now();
  const std::string started = utc_timestamp_now();
  const double load_start = load_average();
  try {
    const MomentEvaluator evaluator(spec, threads);
    EvaluationLog log(dir / "evaluations.csv", calibration_identity(evaluator), spec.params.size(),
                      spec.moments.size(), header_of(spec));
    std::ostream null_stream(nullptr);
    std::ostream& progress = o.quiet ? null_stream : std::cerr;
    progress << fmt::format(
        "calibrate: {} parameters, {} moments, {} scenario(s) x {} replications, {} threads{}\n",
        spec.params.size(), spec.moments.size(), spec.scenarios.size(), spec.replications, threads,
        log.replayed() ? fmt::format("; resuming: {} evaluations in the log", log.replayed())
                       : std::string());
    const CalibrationResult result = run_calibration(evaluator, log, progress);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    nlohmann::ordered_json manifest;
    manifest["sancsim_version"] = std::string(sancsim_version());
    manifest["git_commit"] = std::string(sancsim_git_commit());
    manifest["calibration_file"] = spec.file;
    manifest["scenarios"] = spec.scenarios;
    manifest["scenario_hashes"] = evaluator.scenario_hashes();
    manifest["started_utc"] = started;
    manifest["wall_time_s"] = wall;
    manifest["threads"] = threads;
    manifest["load_average_start"] =
        std::isnan(load_start) ? nlohmann::ordered_json() : nlohmann::ordered_json(load_start);
    const double load_end = load_average();
    manifest["load_average_end"] =
        std::isnan(load_end) ? nlohmann::ordered_json() : nlohmann::ordered_json(load_end);
    manifest["host"] = host_name();
    manifest["command_line"] = shell_quoted_command_line(invocation.argc, invocation.argv);
    write_calibration_outputs(dir, evaluator, result, manifest);
    std::cout << fmt::format(
        "calibrate: loss {:.4g} at the start, {:.4g} at the estimate ({} evaluations, {} points "
        "from an earlier run's log, {:.1f} s, {} threads, load {:.1f} -> {:.1f})\n",
        result.loss_start, result.loss, result.evaluations, result.replayed, wall, threads, load_start,
        load_end);
    for (std::size_t j = 0; j < spec.params.size(); ++j)
      std::cout << fmt::format("  {:<52} {:>12.6g}  se {:<10.3g} (start {:.6g})\n", spec.params[j].label(),
                               result.estimate[j], result.standard_error[j], result.start[j]);
    std::cout << "results in " << dir.string() << "/\n";
  } catch (const std::exception& e) {
    std::cerr << "sancsim calibrate: " << e.what() << (std::string(e.what()).ends_with('\n') ? "" : "\n");
    return dynamic_cast<const CalibrationError*>(&e) ? kExitBadInput : kExitFailure;
  }
  return kExitOk;
}

CommandRun setup(CLI::App& sub, const Invocation& invocation) {
  auto o = std::make_shared<Options>();
  sub.add_option("file", o->file, "Calibration file (TOML), e.g. scenarios/calibration/state.toml")
      ->required();
  sub.add_option("--out", o->out,
                 "Output directory (default: calibrate-<file name>); holds the log to resume from");
  sub.add_option("--threads", o->threads, "Worker threads (default: all cores)")->check(CLI::Range(1, 1024));
  sub.add_flag("-q,--quiet", o->quiet, "No progress lines");
  add_input_limit_option(sub);
  return [o, invocation] { return calibrate(*o, invocation); };
}

const CommandRegistration registration{
    "calibrate", "Estimate parameters by the method of simulated moments (calibration file)", setup};

}  // namespace
}  // namespace sancsim::cli
