// The single writer thread of a sweep.
#include "sancsim/sweep/db_writer.hpp"

#include <chrono>
#include <vector>

namespace sancsim {
namespace {
// Runs per transaction at most: large enough that commits cost little, small enough that a kill
// loses little work.
constexpr std::size_t kMaxBatch = 1024;
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
    while (!end && batch.size() < kMaxBatch && queue_.try_pop(item)) {
      if (!item)
        end = true;
      else
        batch.push_back(std::move(*item));
    }
    // After a failure the loop keeps draining, so that no worker blocks on a full queue.
    if (!batch.empty() && !failed_) {
      auto t0 = std::chrono::steady_clock::now();
      try {
        db_.commit(batch, with_series_);
        for (const auto& r : batch) failures_ += r.ok ? 0 : 1;
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
}

}  // namespace sancsim
