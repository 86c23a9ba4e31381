#pragma once
// The result sink of a sweep: a bounded queue drained by one writer thread that commits batches
// of whole runs to the results database. Workers block only when the writer falls behind, so the
// memory of a sweep is bounded by the queue, not by the number of runs.
#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <thread>

#include <tbb/concurrent_queue.h>

#include "sancsim/sweep/results_db.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim {

class DbWriter final : public ResultSink {
 public:
  // Called on the writer thread after each commit with the runs and failures committed so far.
  using OnCommit = std::function<void(std::uint64_t runs, std::uint64_t failures)>;

  DbWriter(ResultsDb& db, bool with_series, std::size_t capacity, OnCommit on_commit);
  ~DbWriter() override;

  // Queues a finished run; throws SweepError once the writer has failed.
  void put(RunRecord record) override;
  // Commits everything queued, stops the thread and rethrows a writer error.
  void finish();
  bool failed() const override { return failed_; }
  double busy_s() const { return busy_s_; }
  // CPU time of the writer thread, all of it (valid after finish()).
  double cpu_s() const { return cpu_s_; }
  // Sum of the committed runs' own times (their compute).
  double run_s() const { return run_s_; }
  std::uint64_t failures() const { return failures_; }

 private:
  void loop();
  ResultsDb& db_;
  bool with_series_;
  OnCommit on_commit_;
  tbb::concurrent_bounded_queue<std::optional<RunRecord>> queue_;
  std::atomic<bool> failed_{false};
  std::exception_ptr error_;
  double busy_s_ = 0;
  double cpu_s_ = 0;
  double run_s_ = 0;
  std::uint64_t committed_ = 0;
  std::uint64_t failures_ = 0;
  bool finished_ = false;
  std::thread thread_;
};

}  // namespace sancsim
