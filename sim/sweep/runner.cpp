// The threaded runner: a TBB pool of workers, one model (world) each, feeding the writer thread.
#include "sancsim/sweep/runner.hpp"

#include <charconv>
#include <chrono>
#include <exception>
#include <string_view>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <tbb/blocked_range.h>
#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "sancsim/engine/rng.hpp"
#include "sancsim/engine/state_hash.hpp"
#include "sancsim/sweep/sweep_session.hpp"

namespace sancsim {

RunTask make_task(std::uint64_t run_id, const Design& design) {
  const std::uint64_t reps = design.spec().replications;
  RunTask t;
  t.run_id = run_id;
  t.point = run_id / reps;
  t.replication = static_cast<std::uint32_t>(run_id % reps);
  // Common random numbers: every point's replication r draws the same streams.
  t.seed = derive_seed(design.spec().master_seed, design.spec().common_seeds ? 0 : t.point, t.replication);
  return t;
}

RunAttempt RunModel::try_run(std::uint64_t point, const std::vector<AxisValue>& values, std::uint64_t seed,
                             std::uint32_t replication) {
  RunAttempt attempt;
  try {
    attempt.result = run(point, values, seed, replication);
  } catch (...) {
    attempt.failure = current_failure(YearMonth{});
  }
  return attempt;
}

RunRecord execute_run(RunModel& model, const Design& design, const RunTask& task, bool keep_series) {
  RunRecord r;
  r.task = task;
  const auto t0 = std::chrono::steady_clock::now();
  try {
    RunAttempt attempt = model.try_run(task.point, design.values(task.point), task.seed, task.replication);
    r.ok = !attempt.failure;
    if (attempt.failure) r.error = attempt.failure->error;
    r.result = std::move(attempt.result);
    // A failed run keeps the months it completed (nothing computed is lost), never a metric: a metric
    // over fewer months would pass for the whole run's.
    if (!r.ok) r.result.metrics.clear();
  } catch (...) {
    r.ok = false;
    r.error = current_failure(YearMonth{}).error;
    r.result = RunResult{};
  }
  if (!keep_series) r.result.series = SeriesTable{};
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

std::string Shard::str() const { return whole() ? "" : fmt::format("{}/{}", index, count); }

namespace {
// A whole unsigned 32-bit number in decimal digits and nothing else; nullopt if out of range.
std::optional<std::uint32_t> parse_u32(std::string_view digits) {
  std::uint32_t value = 0;
  const auto [end, err] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || err != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}
}  // namespace

std::optional<Shard> parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  const auto index = parse_u32(std::string_view(text).substr(0, slash));
  const auto count = parse_u32(std::string_view(text).substr(slash + 1));
  if (!index || !count || *count == 0 || *index >= *count) return std::nullopt;
  return Shard{*index, *count};
}

void run_workers(const Design& design, const ModelFactory& factory, WorkSource& source, ResultSink& sink,
                 unsigned threads, bool keep_series) {
  // One worker: its own model, runs taken from the shared source until it is empty.
  auto work = [&] {
    auto model = factory();
    while (auto task = source.next()) {
      if (sink.failed()) {
        source.stop();
        break;
      }
      sink.put(execute_run(*model, design, *task, keep_series));
    }
  };
#ifdef SANCSIM_TSAN
  // ThreadSanitizer does not see the synchronisation inside TBB's scheduler (libtbb is not built
  // with it) and reports TBB's own task hand-offs as races. The tsan build starts the same workers
  // on std::threads instead, so that what it checks is what the workers share: the work source,
  // the sink and the model factory.
  std::vector<std::thread> pool;
  std::vector<std::exception_ptr> errors(threads);
  for (unsigned w = 0; w < threads; ++w)
    pool.emplace_back([&, w] {
      try {
        work();
      } catch (...) {
        errors[w] = std::current_exception();
      }
    });
  for (auto& t : pool) t.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
#else
  // Honour --threads above the core count too (TBB caps workers at the cores by default).
  tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism, threads);
  tbb::task_arena arena(static_cast<int>(threads));
  arena.execute([&] {
    tbb::parallel_for(
        tbb::blocked_range<unsigned>(0, threads, 1),
        [&](const tbb::blocked_range<unsigned>& workers) {
          for (unsigned w = workers.begin(); w != workers.end(); ++w) work();
        },
        tbb::simple_partitioner());
  });
#endif
}

SweepSummary run_threaded_sweep(const Design& design, const std::string& hash, const ModelFactory& factory,
                                const RunnerOptions& options) {
  const unsigned threads =
      options.threads ? options.threads : static_cast<unsigned>(tbb::info::default_concurrency());
  SweepSession session(design, hash, options, threads);
  run_workers(design, factory, session.source(), session.sink(), threads, session.keep_series());
  return session.finish();
}

}  // namespace sancsim
