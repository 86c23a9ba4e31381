// `sancsim sweep SWEEP.toml [--out DIR] [--threads N] [--resume] [--shard i/N]`: run a batch of
// runs or a parameter sweep into DIR/results.sqlite, summary.csv and series_quantiles.csv. Under
// mpirun or srun (two or more ranks) the sweep runs over the ranks of the job instead.
#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "commands.hpp"
#include "flag_checks.hpp"
#include "sancsim/sweep/scenario_sweep.hpp"
#ifdef SANCSIM_WITH_MPI
#include "sancsim/sweep/mpi/mpi_runner.hpp"
#endif

namespace sancsim::cli {
namespace {

// More threads than any machine has cores is a typo (e.g. a job's memory given as --threads).
constexpr unsigned kMaxThreads = 4096;

struct SweepOptions {
  std::string file;
  std::string out_dir;  // default: out/sweeps/<file stem>
  unsigned threads = 0;
  bool resume = false;
  bool quiet = false;
  std::string shard;               // "i/N"
  double worker_timeout_s = 60.0;  // MPI only
};

// The sweep's outcome and what its SQLite writer cost: CPU per run, and as a share of the CPU
// time of the runs and the writer together.
void report(const SweepSummary& s, const std::string& where) {
  const double runs = static_cast<double>(std::max<std::uint64_t>(s.runs_now, 1));
  const double work = s.run_s + s.writer_cpu_s;
  std::cerr << fmt::format(
      "sancsim: {} runs ({} failed) {} in {:.2f} s; {} were already done; "
      "SQLite writer {:.1f} us CPU per run, {:.2f}% of the sweep's work\n",
      s.runs_now, s.failures_now, where, s.wall_s, s.runs_before, 1e6 * s.writer_cpu_s / runs,
      work > 0 ? 100 * s.writer_cpu_s / work : 0.0);
}

#ifdef SANCSIM_WITH_MPI
// The sweep over the ranks of an MPI job; only the manager (rank 0) reports and writes.
int sweep_mpi(const SweepOptions& o, PreparedSweep& p, const RunnerOptions& r, mpi::Environment& env) {
  mpi::MpiOptions mo;
  mo.worker_timeout_s = o.worker_timeout_s;
  try {
    const auto s = mpi::run_mpi_sweep(env, p.design, p.hash, p.factory, r, mo);
    if (!s.manager) return kExitOk;
    if (!o.quiet) {
      report(s.sweep, fmt::format("on {} worker ranks", env.size() - 1));
      std::cerr << fmt::format(
          "sancsim: manager CPU {:.3f} s for {} messages ({:.1f} us per run, {:.2f}% of the runs' "
          "time)\n",
          s.manager_busy_s, s.messages,
          s.sweep.runs_now ? 1e6 * s.manager_busy_s / static_cast<double>(s.sweep.runs_now) : 0.0,
          s.sweep.run_s > 0 ? 100 * s.manager_busy_s / s.sweep.run_s : 0.0);
    }
    if (s.runs_lost)
      std::cerr << fmt::format(
          "sancsim: {} runs were lost with {} dead worker ranks; run the same command with "
          "--resume to complete the sweep\n",
          s.runs_lost, s.workers_lost);
    std::cout << r.out_dir.string() << '\n';
    return s.sweep.failures_now == 0 && s.runs_lost == 0 ? kExitOk : kExitFailure;
  } catch (const SweepError& e) {
    std::cerr << fmt::format("sancsim: rank {}: {}\n", env.rank(), e.what());
    const int code = dynamic_cast<const SweepInputError*>(&e) ? kExitBadInput : kExitFailure;
    if (env.rank() == 0) env.abort(code);  // the workers would wait for a manager that is gone
    return code;
  }
}
#endif

int sweep(const SweepOptions& o) {
  // MPI starts before anything else, so that every rank takes part even if the sweep is bad.
  // sweep_mpi is used only with two or more ranks: `mpirun -np 1` runs the threaded sweep.
#ifdef SANCSIM_WITH_MPI
  std::optional<mpi::Environment> env;
  if (mpi::launched_by_mpi()) env.emplace();
  const bool manager = !env || env->rank() == 0;
#else
  const bool manager = true;
#endif
  auto prepared = prepare_sweep(o.file);
  if (auto* d = std::get_if<Diagnostics>(&prepared)) {
    if (manager) std::cerr << d->str();
    return kExitBadInput;
  }
  auto& p = std::get<PreparedSweep>(prepared);
  RunnerOptions r;
  r.out_dir = o.out_dir.empty() ? default_sweep_out(o.file) : o.out_dir;
  r.threads = o.threads;
  r.resume = o.resume;
  r.progress = !o.quiet;
  if (!o.shard.empty()) {
    auto shard = parse_shard(o.shard);
    if (!shard) {
      if (manager) std::cerr << fmt::format("sancsim: --shard {}: expected i/N with 0 <= i < N\n", o.shard);
      return kExitBadInput;
    }
    r.shard = *shard;
  }
  const auto& spec = p.design.spec();
  if (!o.quiet && manager)
    std::cerr << fmt::format("sancsim: sweep {} ({} design, {} points x {} replications{}) -> {}\n",
                             spec.name, design_name(spec.design), p.design.points(), spec.replications,
                             r.shard.whole() ? "" : ", shard " + r.shard.str(), r.out_dir.string());
#ifdef SANCSIM_WITH_MPI
  if (env && env->size() > 1) return env->finish(sweep_mpi(o, p, r, *env));
#endif
  try {
    const auto s = run_threaded_sweep(p.design, p.hash, p.factory, r);
    if (!o.quiet) report(s, fmt::format("on {} threads", s.threads));
    std::cout << r.out_dir.string() << '\n';
    return s.failures_now == 0 ? kExitOk : kExitFailure;
  } catch (const SweepInputError& e) {
    std::cerr << "sancsim: " << e.what() << '\n';
    return kExitBadInput;
  } catch (const SweepError& e) {
    std::cerr << "sancsim: " << e.what() << '\n';
    return kExitFailure;
  }
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto o = std::make_shared<SweepOptions>();
  sub.add_option("sweep", o->file, "Sweep file (TOML)")->required();
  sub.add_option("--out", o->out_dir, "Output directory (default: out/sweeps/<sweep file stem>)");
  sub.add_option("--threads", o->threads, "Worker threads (per rank under MPI; default: all cores)")
      ->check(unsigned_at_most(kMaxThreads));
  sub.add_flag("--resume", o->resume,
               "Continue an interrupted sweep in --out (refused if the sweep changed)");
  sub.add_option("--shard", o->shard,
                 "Run only the runs with run_id % N == i into --out (merge with `sancsim merge`)");
  sub.add_option("--worker-timeout", o->worker_timeout_s,
                 "MPI: seconds of silence after which a worker rank is taken as dead (default 60)")
      ->check(CLI::PositiveNumber);
  sub.add_flag("-q,--quiet", o->quiet, "No progress output");
  add_input_limit_option(sub);
  return [o] { return sweep(*o); };
}

const CommandRegistration registration{"sweep", "Run batch runs or a parameter sweep into a results database",
                                       setup};

}  // namespace
}  // namespace sancsim::cli
