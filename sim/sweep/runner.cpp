// The threaded runner: a TBB pool of workers, one model (world) each, feeding the writer thread.
#include "sancsim/sweep/runner.hpp"

#include <chrono>

#include <fmt/format.h>
#include <tbb/blocked_range.h>
#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "sancsim/engine/rng.hpp"
#include "sancsim/engine/state_hash.hpp"
#include "sancsim/sweep/aggregates.hpp"
#include "sancsim/sweep/db_writer.hpp"
#include "sancsim/sweep/progress.hpp"
#include "sancsim/sweep/results_db.hpp"

namespace sancsim {

RunTask make_task(std::uint64_t run_id, const Design& design) {
  const std::uint64_t reps = design.spec().replications;
  RunTask t;
  t.run_id = run_id;
  t.point = run_id / reps;
  t.replication = static_cast<std::uint32_t>(run_id % reps);
  t.seed = derive_seed(design.spec().master_seed, t.point, t.replication);
  return t;
}

RunRecord execute_run(RunModel& model, const Design& design, const RunTask& task, bool keep_series) {
  RunRecord r;
  r.task = task;
  const auto t0 = std::chrono::steady_clock::now();
  try {
    r.result = model.run(task.point, design.values(task.point), task.seed, task.replication);
    r.ok = true;
    if (!keep_series) r.result.series = SeriesTable{};
  } catch (const std::exception& e) {
    r.ok = false;
    r.error = e.what();
    r.result = RunResult{};
  } catch (...) {
    r.ok = false;
    r.error = "unknown exception";
    r.result = RunResult{};
  }
  r.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

RangeSource::RangeSource(const Design& design, std::vector<bool> committed)
    : design_(design), committed_(std::move(committed)) {}

std::optional<RunTask> RangeSource::next() {
  const std::uint64_t runs = committed_.size();
  while (!stopped_) {
    std::uint64_t id = cursor_.fetch_add(1);
    if (id >= runs) return std::nullopt;
    if (!committed_[id]) return make_task(id, design_);
  }
  return std::nullopt;
}

std::string sweep_hash(const SweepSpec& spec, const std::string& extra) {
  StateHasher h;
  h.text(spec.text);
  h.text(extra);
  return fmt::format("{:016x}", h.digest());
}

SweepSummary run_threaded_sweep(const Design& design, const std::string& hash, const ModelFactory& factory,
                                const RunnerOptions& options) {
  const auto t0 = std::chrono::steady_clock::now();
  std::error_code ec;
  std::filesystem::create_directories(options.out_dir, ec);
  if (ec) throw SweepError(fmt::format("{}: cannot create the output directory: {}", options.out_dir.string(), ec.message()));

  ResultsDb db(options.out_dir / "results.sqlite", design, hash, options.resume);
  SweepSummary s;
  s.runs_total = design.points() * design.spec().replications;
  auto committed = db.committed(s.runs_total);
  for (bool c : committed) s.runs_before += c ? 1 : 0;
  s.threads = options.threads ? options.threads : static_cast<unsigned>(tbb::info::default_concurrency());

  const bool series = design.spec().record == RecordKind::Series;
  Progress progress(s.runs_total, s.runs_before, options.progress && s.runs_before < s.runs_total);
  RangeSource source(design, std::move(committed));
  {
    DbWriter writer(db, series, 4 * std::size_t{s.threads} + 16,
                    [&](std::uint64_t runs, std::uint64_t failures) { progress.update(runs, failures); });
    // Honour --threads above the core count too (TBB caps workers at the cores by default).
    tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism, s.threads);
    tbb::task_arena arena(static_cast<int>(s.threads));
    arena.execute([&] {
      tbb::parallel_for(
          tbb::blocked_range<unsigned>(0, s.threads, 1),
          [&](const tbb::blocked_range<unsigned>& workers) {
            for (unsigned w = workers.begin(); w != workers.end(); ++w) {
              auto model = factory();
              while (auto task = source.next()) {
                if (writer.failed()) {
                  source.stop();
                  break;
                }
                writer.put(execute_run(*model, design, *task, series));
              }
            }
          },
          tbb::simple_partitioner());
    });
    writer.finish();
    s.writer_busy_s = writer.busy_s();
    s.failures_now = writer.failures();
  }
  progress.finish();
  std::uint64_t total_committed = 0;
  for (bool c : db.committed(s.runs_total)) total_committed += c ? 1 : 0;
  s.runs_now = total_committed - s.runs_before;

  const auto ta = std::chrono::steady_clock::now();
  write_aggregates(db, options.out_dir);
  const auto t1 = std::chrono::steady_clock::now();
  s.aggregate_s = std::chrono::duration<double>(t1 - ta).count();
  s.wall_s = std::chrono::duration<double>(t1 - t0).count();
  return s;
}

}  // namespace sancsim
