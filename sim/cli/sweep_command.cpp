// `sancsim sweep SWEEP.toml [--out DIR] [--threads N] [--resume]`: run a batch of runs or a
// parameter sweep into DIR/results.sqlite, summary.csv and series_quantiles.csv.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "sancsim/sweep/scenario_sweep.hpp"

namespace sancsim::cli {
namespace {

struct SweepOptions {
  std::string file;
  std::string out_dir;  // default: out/sweeps/<file stem>
  unsigned threads = 0;
  bool resume = false;
  bool quiet = false;
};

int sweep(const SweepOptions& o) {
  auto prepared = prepare_sweep(o.file);
  if (auto* d = std::get_if<Diagnostics>(&prepared)) {
    std::cerr << d->str();
    return kExitBadInput;
  }
  auto& p = std::get<PreparedSweep>(prepared);
  RunnerOptions r;
  r.out_dir = o.out_dir.empty() ? default_sweep_out(o.file) : o.out_dir;
  r.threads = o.threads;
  r.resume = o.resume;
  r.progress = !o.quiet;
  const auto& spec = p.design.spec();
  if (!o.quiet)
    std::cerr << fmt::format("sancsim: sweep {} ({} design, {} points x {} replications) -> {}\n", spec.name,
                             design_name(spec.design), p.design.points(), spec.replications, r.out_dir.string());
  try {
    const auto s = run_threaded_sweep(p.design, p.hash, p.factory, r);
    if (!o.quiet)
      std::cerr << fmt::format("sancsim: {} runs ({} failed) on {} threads in {:.2f} s; {} were already done; "
                               "SQLite writer busy {:.1f}% of the time\n",
                               s.runs_now, s.failures_now, s.threads, s.wall_s, s.runs_before,
                               s.wall_s > 0 ? 100 * s.writer_busy_s / s.wall_s : 0.0);
    std::cout << r.out_dir.string() << '\n';
    return s.failures_now == 0 ? kExitOk : kExitFailure;
  } catch (const SweepError& e) {
    std::cerr << "sancsim: " << e.what() << '\n';
    return kExitFailure;
  }
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto o = std::make_shared<SweepOptions>();
  sub.add_option("sweep", o->file, "Sweep file (TOML)")->required();
  sub.add_option("--out", o->out_dir, "Output directory (default: out/sweeps/<sweep file stem>)");
  sub.add_option("--threads", o->threads, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  sub.add_flag("--resume", o->resume, "Continue an interrupted sweep in --out (refused if the sweep changed)");
  sub.add_flag("-q,--quiet", o->quiet, "No progress output");
  return [o] { return sweep(*o); };
}

const CommandRegistration registration{"sweep", "Run batch runs or a parameter sweep into a results database",
                                       setup};

}  // namespace
}  // namespace sancsim::cli
