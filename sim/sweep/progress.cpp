// Progress display for sweeps.
#include "sancsim/sweep/progress.hpp"

#include <string>

#include <fmt/format.h>
#include <unistd.h>

namespace sancsim {
namespace {

std::string clock_text(double seconds) {
  if (!(seconds >= 0) || seconds > 1e8) return "--:--";
  auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(std::uint64_t total, std::uint64_t before, bool enabled, std::FILE* out)
    : total_(total),
      before_(before),
      enabled_(enabled),
      tty_(isatty(fileno(out)) != 0),
      out_(out),
      start_(std::chrono::steady_clock::now()),
      last_print_(start_) {}

void Progress::update(std::uint64_t runs, std::uint64_t failures) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  runs_ = runs;
  failures_ = failures;
  auto now = std::chrono::steady_clock::now();
  auto every = tty_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(10000);
  if (now - last_print_ < every) return;
  last_print_ = now;
  print(false);
}

void Progress::finish() {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  print(true);
}

void Progress::print(bool final) {
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const std::uint64_t done = before_ + runs_;
  const double rate = elapsed > 0 ? static_cast<double>(runs_) / elapsed : 0;
  const double eta = rate > 0 ? static_cast<double>(total_ - done) / rate : -1;
  std::string text = fmt::format("{}/{} runs  {} failed  {:.1f} runs/s  {} {}", done, total_, failures_, rate,
                                 final ? "elapsed" : "ETA", clock_text(final ? elapsed : eta));
  if (tty_) {
    constexpr int kWidth = 30;
    const int filled =
        total_ ? static_cast<int>(kWidth * static_cast<double>(done) / static_cast<double>(total_)) : kWidth;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kWidth, '.');
    fmt::print(out_, "\r[{}] {}\x1b[K{}", bar, text, final ? "\n" : "");
  } else {
    fmt::print(out_, "sweep: {}\n", text);
  }
  std::fflush(out_);
}

}  // namespace sancsim
