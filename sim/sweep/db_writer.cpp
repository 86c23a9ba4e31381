// The single writer thread of a sweep.
#include "sancsim/sweep/db_writer.hpp"

#include <chrono>
#include <thread>
#include <vector>

#include "sancsim/sweep/cpu_time.hpp"

namespace sancsim {
namespace {
// A transaction holds the runs that arrive within kMaxDelay of its first one, up to kMaxBatch:
// a few commits a second cost little however fast the runs are, and a kill loses at most that
// much work (which --resume redoes).
constexpr std::size_t kMaxBatch = 1024;
constexpr auto kMaxDelay = std::chrono::milliseconds(100);
constexpr auto kPoll = std::chrono::milliseconds(5);
}  // namespace

DbWriter::DbWriter(ResultsDb& db, bool with_series, std::size_t capacity, OnCommit on_commit)
    : db_(db), with_series_(with_series), on_commit_(std::move(on_commit)) {
  queue_.set_capacity(static_cast<std::ptrdiff_t>(capacity));
  thread_ = std::thread([this] { loop(); });
}

DbWriter::~DbWriter() {
  if (!finished_) {
    try {
      finish();
    } catch (...) {  // already failing; the first error is the one reported
    }
  }
}

void DbWriter::put(RunRecord record) {
  if (failed_) throw SweepError("the results writer failed; the sweep stops");
  queue_.push(std::optional<RunRecord>(std::move(record)));
}

void DbWriter::finish() {
  if (finished_) return;
  finished_ = true;
  queue_.push(std::nullopt);
  thread_.join();
  if (error_) std::rethrow_exception(error_);
}

void DbWriter::loop() {
  std::vector<RunRecord> batch;
  batch.reserve(kMaxBatch);
  bool end = false;
  while (!end) {
    std::optional<RunRecord> item;
    queue_.pop(item);
    if (!item)
      end = true;
    else
      batch.push_back(std::move(*item));
    const auto opened = std::chrono::steady_clock::now();
    while (!end && batch.size() < kMaxBatch) {
      if (queue_.try_pop(item)) {
        if (!item)
          end = true;
        else
          batch.push_back(std::move(*item));
      } else if (std::chrono::steady_clock::now() - opened < kMaxDelay) {
        std::this_thread::sleep_for(kPoll);
      } else {
        break;
      }
    }
    // After a failure the loop keeps draining, so that no worker blocks on a full queue.
    if (!batch.empty() && !failed_) {
      auto t0 = std::chrono::steady_clock::now();
      try {
        db_.commit(batch, with_series_);
        for (const auto& r : batch) {
          failures_ += r.ok ? 0 : 1;
          run_s_ += r.wall_s;
        }
        committed_ += batch.size();
      } catch (...) {
        error_ = std::current_exception();
        failed_ = true;
      }
      busy_s_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (!failed_ && on_commit_) on_commit_(committed_, failures_);
    }
    batch.clear();
  }
  cpu_s_ = thread_cpu_s();
}

}  // namespace sancsim
