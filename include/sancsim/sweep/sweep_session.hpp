#pragma once
// The manager side of a sweep, shared by the threaded and the MPI runner: the results database
// (created or resumed), the runs still to do, the progress display and the writer thread, and at
// the end the aggregates. Runners only decide where the runs run.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "sancsim/output/dir_lock.hpp"
#include "sancsim/sweep/db_writer.hpp"
#include "sancsim/sweep/progress.hpp"
#include "sancsim/sweep/results_db.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim {

// Locks the output directory `dir` (creating it) for this process; SweepInputError naming the
// holder's PID and host if another process has it, SweepError if it cannot be created.
DirLock lock_or_throw(const std::filesystem::path& dir);

class SweepSession {
 public:
  // Locks options.out_dir for the session (SweepInputError if another process holds it), then
  // opens (or with options.resume continues) the sweep there; `workers` sizes the writer's queue.
  // Throws SweepError.
  SweepSession(const Design& design, const std::string& sweep_hash, const RunnerOptions& options,
               unsigned workers);
  ~SweepSession();

  // The runs of this call: not committed and in the shard.
  RangeSource& source() { return *source_; }
  // Commits finished runs (one writer thread).
  DbWriter& sink() { return *writer_; }
  // Runs of the sweep (or shard) and those already committed when this call started.
  std::uint64_t runs_total() const { return summary_.runs_total; }
  std::uint64_t runs_before() const { return summary_.runs_before; }
  bool keep_series() const { return keep_series_; }

  // Commits what is queued, writes summary.csv and series_quantiles.csv and reports the call;
  // rethrows a writer error.
  SweepSummary finish();

 private:
  const Design& design_;
  RunnerOptions options_;
  std::optional<DirLock> lock_;  // first: held until everything else is closed
  std::chrono::steady_clock::time_point start_;
  double start_cpu_s_ = 0;  // process CPU time at the start
  std::unique_ptr<ResultsDb> db_;
  SweepSummary summary_;
  bool keep_series_ = false;
  std::unique_ptr<Progress> progress_;
  std::unique_ptr<RangeSource> source_;
  std::unique_ptr<DbWriter> writer_;  // last: stopped before what its callback uses
};

}  // namespace sancsim
