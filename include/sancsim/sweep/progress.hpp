#pragma once
// A progress display on stderr: runs done of total, failures, runs per second and time left. A
// redrawn bar on a terminal; a plain line every few seconds otherwise (logs, batch jobs).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <mutex>

namespace sancsim {

class Progress {
 public:
  // `before` runs were done by an earlier call (--resume); rates count only this call's runs.
  Progress(std::uint64_t total, std::uint64_t before, bool enabled, std::FILE* out = stderr);
  // Runs and failures done by this call so far; cheap to call often.
  void update(std::uint64_t runs, std::uint64_t failures);
  // Prints the final state.
  void finish();

 private:
  void print(bool final);
  std::uint64_t total_, before_, runs_ = 0, failures_ = 0;
  bool enabled_, tty_;
  std::FILE* out_;
  std::chrono::steady_clock::time_point start_, last_print_;
  std::mutex mutex_;
};

}  // namespace sancsim
