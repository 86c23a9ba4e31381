#pragma once
// Running a sweep: a work source hands out run indices, workers run them (one world each), and
// one result sink commits finished runs. The threaded runner wires a counter, a TBB pool and the
// SQLite writer together; an MPI runner can reuse every piece (rank 0 owns the source and the
// sink, workers own models) without touching the designs, the database or the aggregates.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "sancsim/engine/run_result.hpp"
#include "sancsim/sweep/design.hpp"

namespace sancsim {

// A sweep cannot go on (unwritable output, a database of another sweep); the message says why.
class SweepError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A sweep that cannot start because of what it was given: an output directory in use by another
// process, holding another sweep or a damaged database. The CLI exits 2 (bad input) for these.
class SweepInputError : public SweepError {
 public:
  using SweepError::SweepError;
};

// One run of a sweep: run_id = point * replications + replication.
struct RunTask {
  std::uint64_t run_id = 0;
  std::uint64_t point = 0;
  std::uint32_t replication = 0;
  std::uint64_t seed = 0;  // derive_seed(master seed, point (0 with seeds = "common"), replication)
};

// The task for a run id; the same on every thread, rank and machine.
RunTask make_task(std::uint64_t run_id, const Design& design);

// A finished run, ok or failed, as the result sink stores it.
struct RunRecord {
  RunTask task;
  bool ok = false;
  std::string error;  // why a failed run failed
  double wall_s = 0;  // run time (the only field that differs between repeats)
  RunResult result;   // metrics of an ok run; series only when the sweep records them (a failed run's:
                      // the months it completed)
};

// One world: runs the model at a point. Each worker owns one, so it may cache (e.g. the scenario
// of its last point) without locks.
class RunModel {
 public:
  virtual ~RunModel() = default;
  virtual RunResult run(std::uint64_t point, const std::vector<AxisValue>& values, std::uint64_t seed,
                        std::uint32_t replication) = 0;
  // The same, but a run that stops part-way hands back the months it completed with its failure
  // (RunAttempt). By default a failure keeps nothing: a model that can stop part-way overrides this.
  virtual RunAttempt try_run(std::uint64_t point, const std::vector<AxisValue>& values, std::uint64_t seed,
                             std::uint32_t replication);
};
using ModelFactory = std::function<std::unique_ptr<RunModel>()>;

// Runs one task; an exception from the model becomes a failed record, never a crash.
RunRecord execute_run(RunModel& model, const Design& design, const RunTask& task, bool keep_series);

// Hands out runs; safe to call from any thread.
class WorkSource {
 public:
  virtual ~WorkSource() = default;
  virtual std::optional<RunTask> next() = 0;
  // Makes next() return nothing from now on (the sink failed).
  virtual void stop() {}
};

// Takes finished runs; safe to call from any thread.
class ResultSink {
 public:
  virtual ~ResultSink() = default;
  virtual void put(RunRecord record) = 0;
  // True once the sink cannot take more runs; workers then stop.
  virtual bool failed() const { return false; }
};

// Run ids 0..runs-1 in order, skipping those already committed (for --resume).
class RangeSource final : public WorkSource {
 public:
  RangeSource(const Design& design, std::vector<bool> committed);
  std::optional<RunTask> next() override;
  void stop() override { stopped_ = true; }

 private:
  const Design& design_;
  std::vector<bool> committed_;
  std::atomic<std::uint64_t> cursor_{0};
  std::atomic<bool> stopped_{false};
};

// A deterministic slice of a sweep for job arrays without MPI: the runs with
// run_id % count == index. Shards run into their own directories; `merge_shards` joins them.
struct Shard {
  std::uint32_t index = 0;
  std::uint32_t count = 1;  // 1 = the whole sweep
  bool contains(std::uint64_t run_id) const { return run_id % count == index; }
  bool whole() const { return count == 1; }
  std::string str() const;  // "i/N"; "" for the whole sweep
};

// Parses "i/N" with 0 <= i < N; nullopt otherwise.
std::optional<Shard> parse_shard(const std::string& text);

struct RunnerOptions {
  std::filesystem::path out_dir;  // holds results.sqlite, summary.csv, series_quantiles.csv
  unsigned threads = 0;           // 0 = all cores
  bool resume = false;            // continue the sweep in out_dir (refused if it is another sweep)
  bool progress = true;           // progress bar on stderr
  Shard shard;                    // run only this slice (recorded in the database; resume checks it)
};

struct SweepSummary {
  std::uint64_t runs_total = 0;
  std::uint64_t runs_before = 0;   // already committed when this call started
  std::uint64_t runs_now = 0;      // run by this call
  std::uint64_t failures_now = 0;  // failed runs among them
  unsigned threads = 0;
  double wall_s = 0;
  double writer_busy_s = 0;  // wall time the writer spent in SQLite
  double writer_cpu_s = 0;   // CPU time of the writer thread
  double cpu_s = 0;          // CPU time of this process during the runs (all threads)
  double run_s = 0;          // sum of the runs' own times
  double aggregate_s = 0;    // time to write summary.csv and series_quantiles.csv
};

// Runs tasks from `source` on `threads` TBB workers (one model each) into `sink` until the source
// is empty or the sink fails; the threaded runner and each MPI worker rank run this.
void run_workers(const Design& design, const ModelFactory& factory, WorkSource& source, ResultSink& sink,
                 unsigned threads, bool keep_series);

// Runs (or resumes) a sweep on a TBB thread pool and writes its results and aggregates.
// `sweep_hash` identifies the sweep (file, points, base scenario); resume refuses another one.
SweepSummary run_threaded_sweep(const Design& design, const std::string& sweep_hash,
                                const ModelFactory& factory, const RunnerOptions& options);

// 16 hex digits over a sweep's text and anything else it depends on (points file, scenario hash).
std::string sweep_hash(const SweepSpec& spec, const std::string& extra);

}  // namespace sancsim
