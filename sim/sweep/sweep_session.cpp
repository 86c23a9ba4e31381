// The manager side of a sweep: database, pending runs, progress, writer thread and aggregates.
#include "sancsim/sweep/sweep_session.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "sancsim/sweep/aggregates.hpp"
#include "sancsim/sweep/cpu_time.hpp"

namespace sancsim {

DirLock lock_or_throw(const std::filesystem::path& dir) {
  auto locked = lock_output_dir(dir);
  if (const auto* failure = std::get_if<DirLockFailure>(&locked)) {
    if (failure->in_use) throw SweepInputError(failure->message);
    throw SweepError(failure->message);
  }
  return std::move(std::get<DirLock>(locked));
}

SweepSession::SweepSession(const Design& design, const std::string& hash, const RunnerOptions& options,
                           unsigned workers)
    : design_(design),
      options_(options),
      start_(std::chrono::steady_clock::now()),
      start_cpu_s_(process_cpu_s()) {
  lock_ = lock_or_throw(options.out_dir);
  db_ = std::make_unique<ResultsDb>(options.out_dir / "results.sqlite", design, hash, options.resume,
                                    options.shard.str());
  const std::uint64_t runs = design.points() * design.spec().replications;
  auto skip = db_->committed(runs);
  for (std::uint64_t id = 0; id < runs; ++id) {
    if (!options.shard.contains(id)) {
      skip[id] = true;  // another shard's run: neither counted nor run
      continue;
    }
    ++summary_.runs_total;
    summary_.runs_before += skip[id] ? 1 : 0;
  }
  summary_.threads = workers;
  keep_series_ = design.spec().record == RecordKind::Series;
  progress_ = std::make_unique<Progress>(summary_.runs_total, summary_.runs_before,
                                         options.progress && summary_.runs_before < summary_.runs_total);
  source_ = std::make_unique<RangeSource>(design, std::move(skip));
  // The writer's queue: a few runs per worker; with metrics only (about a kilobyte a run) room
  // for a whole transaction, so that an MPI manager handing over a report of many runs never waits.
  const std::size_t per_workers = 4 * std::size_t{workers} + 16;
  const std::size_t capacity = keep_series_ ? per_workers : std::max<std::size_t>(per_workers, 1024);
  writer_ = std::make_unique<DbWriter>(
      *db_, keep_series_, capacity,
      [this](std::uint64_t done, std::uint64_t failures) { progress_->update(done, failures); });
}

SweepSession::~SweepSession() = default;

SweepSummary SweepSession::finish() {
  SweepSummary s = summary_;
  writer_->finish();
  s.cpu_s = process_cpu_s() - start_cpu_s_;
  s.writer_busy_s = writer_->busy_s();
  s.writer_cpu_s = writer_->cpu_s();
  s.run_s = writer_->run_s();
  s.failures_now = writer_->failures();
  progress_->finish();
  const std::uint64_t runs = design_.points() * design_.spec().replications;
  std::uint64_t done = 0;
  const auto committed = db_->committed(runs);
  for (std::uint64_t id = 0; id < runs; ++id) done += committed[id] && options_.shard.contains(id) ? 1 : 0;
  s.runs_now = done - s.runs_before;

  const auto ta = std::chrono::steady_clock::now();
  write_aggregates(*db_, options_.out_dir);
  const auto t1 = std::chrono::steady_clock::now();
  s.aggregate_s = std::chrono::duration<double>(t1 - ta).count();
  s.wall_s = std::chrono::duration<double>(t1 - start_).count();
  return s;
}

}  // namespace sancsim
