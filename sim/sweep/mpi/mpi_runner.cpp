// The MPI runner: the manager loop on rank 0 and the worker loop on the other ranks. Both poll
// with short sleeps instead of blocking in MPI, because Open MPI's blocking calls spin a core,
// which on a full node is a core taken from the runs.
#include "sancsim/sweep/mpi/mpi_runner.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <thread>

#include <fmt/format.h>
#include <mpi.h>
#include <tbb/concurrent_queue.h>
#include <tbb/info.h>

#include "sancsim/sweep/cpu_time.hpp"
#include "sancsim/sweep/mpi/messages.hpp"
#include "sancsim/sweep/sweep_session.hpp"

namespace sancsim::mpi {
namespace {

constexpr int kTagReport = 1;  // worker -> manager
constexpr int kTagReply = 2;   // manager -> worker

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

void check(int rc, const char* what) {
  if (rc == MPI_SUCCESS) return;
  char text[MPI_MAX_ERROR_STRING];
  int length = 0;
  MPI_Error_string(rc, text, &length);
  throw SweepError(fmt::format("MPI: {}: {}", what, std::string(text, static_cast<std::size_t>(length))));
}

// Sleeps between polls: short right after a message, up to 1 ms when idle, so that waiting costs
// little CPU and adds at most a millisecond of latency.
class Backoff {
 public:
  void reset() { wait_us_ = 20; }
  void sleep() {
    std::this_thread::sleep_for(std::chrono::microseconds(wait_us_));
    wait_us_ = std::min(wait_us_ * 2, 1000);
  }

 private:
  int wait_us_ = 20;
};

// Completes a request by polling; false if `timeout_s` passed first.
bool wait_polling(MPI_Request& request, double timeout_s, const char* what) {
  Backoff backoff;
  const auto start = Clock::now();
  for (;;) {
    int done = 0;
    check(MPI_Test(&request, &done, MPI_STATUS_IGNORE), what);
    if (done) return true;
    if (seconds_since(start) > timeout_s) return false;
    backoff.sleep();
  }
}

// ---- manager ---------------------------------------------------------------------------------

MpiSweepSummary run_manager(const Environment& env, const Design& design, const std::string& hash,
                            const RunnerOptions& options, const MpiOptions& mo) {
  const int workers = env.size() - 1;
  SweepSession session(design, hash, options, static_cast<unsigned>(workers) * 4);
  auto& source = session.source();
  auto& sink = session.sink();

  MpiSweepSummary out;
  out.manager = true;
  out.ranks = env.size();
  std::vector<Clock::time_point> last_seen(static_cast<std::size_t>(env.size()), Clock::now());
  std::vector<bool> active(static_cast<std::size_t>(env.size()), true);
  std::vector<std::uint64_t> held(static_cast<std::size_t>(env.size()), 0);  // runs handed out, not returned
  active[0] = false;
  std::uint64_t remaining = session.runs_total() - session.runs_before();
  bool exhausted = remaining == 0;
  int live = workers;
  Backoff backoff;
  std::string buffer;
  double busy_s = 0;

  while (live > 0) {
    int flag = 0;
    MPI_Status status;
    check(MPI_Iprobe(MPI_ANY_SOURCE, kTagReport, MPI_COMM_WORLD, &flag, &status), "probe");
    if (!flag) {
      for (int r = 1; r < env.size(); ++r) {
        const auto i = static_cast<std::size_t>(r);
        if (!active[i] || seconds_since(last_seen[i]) < mo.worker_timeout_s) continue;
        active[i] = false;
        --live;
        ++out.workers_lost;
        std::cerr << fmt::format(
            "sancsim: rank {} silent for {:.0f} s, taken as dead; its {} runs in flight are "
            "lost (--resume runs them)\n",
            r, mo.worker_timeout_s, held[i]);
      }
      backoff.sleep();
      continue;
    }
    backoff.reset();
    const double t0 = thread_cpu_s();
    const int rank = status.MPI_SOURCE;
    const auto i = static_cast<std::size_t>(rank);
    int bytes = 0;
    check(MPI_Get_count(&status, MPI_BYTE, &bytes), "message size");
    buffer.resize(static_cast<std::size_t>(bytes));
    // A large report travels by rendezvous, which completes only as the worker's polling thread
    // progresses it: wait by polling too, rather than spin a core in MPI_Recv.
    MPI_Request request;
    check(MPI_Irecv(buffer.data(), bytes, MPI_BYTE, rank, kTagReport, MPI_COMM_WORLD, &request), "receive");
    if (!wait_polling(request, mo.worker_timeout_s, "receive"))
      throw SweepError(fmt::format("rank {} started a report and did not finish it within {:.0f} s", rank,
                                   mo.worker_timeout_s));
    auto report = decode_report(buffer);
    if (report.sweep_hash != hash)
      throw SweepError(fmt::format(
          "rank {} prepared another sweep (hash {}; rank 0 has {}): the sweep file, its base "
          "scenario or the sancsim build differs between the nodes; nothing of that rank was written",
          rank, report.sweep_hash, hash));
    ++out.messages;
    last_seen[i] = Clock::now();
    for (auto& record : report.records) {
      held[i] -= held[i] > 0 ? 1 : 0;
      if (!sink.failed()) sink.put(std::move(record));  // may wait while the writer catches up
    }
    if (report.done) {
      if (active[i]) --live;
      active[i] = false;
      busy_s += thread_cpu_s() - t0;
      continue;
    }
    ManagerReply reply;
    if (sink.failed() || !active[i]) {
      source.stop();  // a failed writer; or a rank taken as dead: it only finishes
      exhausted = exhausted || sink.failed();
    }
    if (active[i] && !exhausted) {
      // Guided blocks: large while much is left, single runs at the end, so that no rank idles
      // while another holds a queue.
      const std::uint64_t guided =
          std::max<std::uint64_t>(1, remaining / (2 * static_cast<std::uint64_t>(workers)));
      const std::uint64_t n = std::min<std::uint64_t>(report.want, guided);
      while (reply.run_ids.size() < n) {
        auto task = source.next();
        if (!task) {
          exhausted = true;
          break;
        }
        reply.run_ids.push_back(task->run_id);
      }
      remaining -= reply.run_ids.size();
      held[i] += reply.run_ids.size();
      exhausted = exhausted || remaining == 0;
    }
    reply.finished = exhausted || !active[i];
    const auto bytes_out = encode(reply);
    MPI_Request sent;
    check(MPI_Isend(bytes_out.data(), static_cast<int>(bytes_out.size()), MPI_BYTE, rank, kTagReply,
                    MPI_COMM_WORLD, &sent),
          "reply");
    if (!wait_polling(sent, mo.worker_timeout_s, "reply"))
      throw SweepError(fmt::format("rank {} takes no reply within {:.0f} s", rank, mo.worker_timeout_s));
    busy_s += thread_cpu_s() - t0;
  }
  out.sweep = session.finish();
  out.sweep.threads = static_cast<unsigned>(workers);
  out.manager_busy_s = busy_s;
  out.runs_lost = out.sweep.runs_total - out.sweep.runs_before - out.sweep.runs_now;
  return out;
}

// ---- worker ----------------------------------------------------------------------------------

// Runs handed over by the manager, read by the worker threads; an empty optional ends them.
class Inbox final : public WorkSource {
 public:
  std::optional<RunTask> next() override {
    std::optional<RunTask> task;
    queue_.pop(task);
    if (!task) queue_.push(std::nullopt);  // for the other threads
    return task;
  }
  void push(std::optional<RunTask> task) { queue_.push(task); }

 private:
  tbb::concurrent_bounded_queue<std::optional<RunTask>> queue_;
};

// Finished runs waiting for the next report.
class Outbox final : public ResultSink {
 public:
  void put(RunRecord record) override {
    {
      std::lock_guard lock(mutex_);
      records_.push_back(std::move(record));
    }
    ready_.notify_one();
  }
  // Moves finished runs into `out`, waiting up to `wait` for one if there is none.
  void take(std::vector<RunRecord>& out, std::chrono::microseconds wait) {
    std::unique_lock lock(mutex_);
    if (records_.empty()) ready_.wait_for(lock, wait);
    for (auto& r : records_) out.push_back(std::move(r));
    records_.clear();
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::vector<RunRecord> records_;
};

MpiSweepSummary run_worker(const Environment& env, const Design& design, const std::string& hash,
                           const ModelFactory& factory, const RunnerOptions& options, const MpiOptions& mo) {
  const auto start = Clock::now();
  const unsigned threads =
      options.threads ? options.threads : static_cast<unsigned>(tbb::info::default_concurrency());
  const bool keep_series = design.spec().record == RecordKind::Series;
  Inbox inbox;
  Outbox outbox;
  std::thread pool([&] { run_workers(design, factory, inbox, outbox, threads, keep_series); });

  // Hold about mo.hold_s of work per thread (at least 4 runs) and ask for more when down to half
  // of it: a thread never waits for a reply, and fast runs travel many to a message. The run time
  // is the mean of the runs finished here so far.
  std::uint64_t target = 4 * std::uint64_t{threads}, low = 2 * std::uint64_t{threads};
  double run_s_sum = 0;
  std::uint64_t received = 0, reported = 0;
  bool finished = false;
  std::vector<RunRecord> pending;
  auto last_report = Clock::now() - std::chrono::hours(1);
  std::string error;
  for (;;) {
    const std::size_t before = pending.size();
    outbox.take(pending, std::chrono::milliseconds(20));
    for (std::size_t k = before; k < pending.size(); ++k) run_s_sum += pending[k].wall_s;
    if (const std::uint64_t finished_here = reported + pending.size(); finished_here > 0) {
      const double per_run = std::max(run_s_sum / static_cast<double>(finished_here), 1e-6);
      const auto per_thread = static_cast<std::uint64_t>(std::clamp(mo.hold_s / per_run, 4.0, 4096.0));
      target = per_thread * threads;
      low = target / 2;
    }
    const std::uint64_t held = received - reported - pending.size();  // queued or running here
    const bool done = finished && held == 0;
    const bool hungry = !finished && held <= low;
    if (!done && !hungry && seconds_since(last_report) < mo.heartbeat_s) continue;
    WorkerReport report;
    report.sweep_hash = hash;
    report.want = finished ? 0 : static_cast<std::uint32_t>(target - std::min(target, held));
    report.done = done;
    report.records = std::move(pending);
    pending.clear();
    reported += report.records.size();
    const auto bytes = encode(report);
    MPI_Request request;
    check(MPI_Isend(bytes.data(), static_cast<int>(bytes.size()), MPI_BYTE, 0, kTagReport, MPI_COMM_WORLD,
                    &request),
          "report");
    if (!wait_polling(request, mo.worker_timeout_s, "report")) {
      error = "the manager (rank 0) takes no reports";
      break;
    }
    last_report = Clock::now();
    if (done) break;
    MPI_Status status;
    int flag = 0;
    Backoff backoff;
    while (!flag) {
      check(MPI_Iprobe(0, kTagReply, MPI_COMM_WORLD, &flag, &status), "probe");
      if (flag) break;
      if (seconds_since(last_report) > mo.worker_timeout_s) break;
      backoff.sleep();
    }
    if (!flag) {
      error = "no reply from the manager (rank 0)";
      break;
    }
    int size = 0;
    check(MPI_Get_count(&status, MPI_BYTE, &size), "reply size");
    std::string in(static_cast<std::size_t>(size), '\0');
    check(MPI_Recv(in.data(), size, MPI_BYTE, 0, kTagReply, MPI_COMM_WORLD, MPI_STATUS_IGNORE), "reply");
    const auto reply = decode_reply(in);
    for (auto id : reply.run_ids) inbox.push(make_task(id, design));
    received += reply.run_ids.size();
    finished = reply.finished;
  }
  inbox.push(std::nullopt);
  pool.join();
  if (!error.empty()) throw SweepError(fmt::format("rank {}: {}; stopping", env.rank(), error));
  MpiSweepSummary out;
  out.ranks = env.size();
  out.sweep.runs_now = reported;
  out.sweep.threads = threads;
  out.sweep.wall_s = seconds_since(start);
  return out;
}

}  // namespace

bool launched_by_mpi() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_SIZE"})
    if (const char* v = std::getenv(name); v && *v) return true;
  return false;
}

Environment::Environment() {
  int provided = 0;
  MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
  // Errors come back as codes (SweepError), so that a dead peer is reported, not fatal.
  MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

Environment::~Environment() {
  if (!finished_) finish(1);
}

int Environment::finish(int exit_code) {
  finished_ = true;
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  if (peer_lost_) std::_Exit(exit_code);  // the fence in MPI_Finalize would wait for the dead rank
  // A peer may have died unseen by this rank (a worker whose manager saw the death after this
  // worker's last report): a watchdog ends the process if MPI_Finalize does not return in time.
  std::mutex mutex;
  std::condition_variable finalized;
  bool done = false;
  std::thread watchdog([&] {
    std::unique_lock lock(mutex);
    if (finalized.wait_for(lock, std::chrono::duration<double>(kFinalizeTimeoutS), [&] { return done; }))
      return;
    std::cerr << fmt::format(
        "sancsim: rank {}: MPI_Finalize did not return within {:.0f} s (a rank of the job "
        "died?); leaving without it, results are complete\n",
        rank_, kFinalizeTimeoutS);
    std::fflush(nullptr);
    std::_Exit(exit_code);
  });
  MPI_Finalize();
  {
    std::lock_guard lock(mutex);
    done = true;
  }
  finalized.notify_one();
  watchdog.join();
  return exit_code;
}

void Environment::abort(int code) const {
  MPI_Abort(MPI_COMM_WORLD, code);
  std::_Exit(code);
}

MpiSweepSummary run_mpi_sweep(Environment& env, const Design& design, const std::string& hash,
                              const ModelFactory& factory, const RunnerOptions& options,
                              const MpiOptions& mo) {
  if (env.size() < 2) throw SweepError("an MPI sweep needs at least two ranks (a manager and a worker)");
  if (env.rank() == 0) {
    auto summary = run_manager(env, design, hash, options, mo);
    if (summary.workers_lost > 0) env.mark_peer_lost();
    return summary;
  }
  return run_worker(env, design, hash, factory, options, mo);
}

}  // namespace sancsim::mpi
