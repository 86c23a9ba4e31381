#include "sancsim/sweep/runner.hpp"

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sancsim/sweep/analyze.hpp"
#include "synthetic_model.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;
using test::dump_results;
using test::spec_from;

const std::string kSweep =
    "scenario = \"b.toml\"\nseed = 5\nreplications = 3\nrecord = \"series\"\n[design]\nkind = "
    "\"grid\"\nlevels = 4\n"
    "[[param]]\nkey = \"x\"\nrange = [0.0, 1.0]\n[[param]]\nkey = \"y\"\nvalues = [10, 20, 30]\n";

fs::path fresh_dir(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("sancsim_sweep_" + name + "_" + std::to_string(getpid()));
  fs::remove_all(dir);
  return dir;
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

SweepSummary run(const SweepSpec& spec, const fs::path& dir, unsigned threads, bool resume = false,
                 test::SyntheticOptions so = {}) {
  RunnerOptions o;
  o.out_dir = dir;
  o.threads = threads;
  o.resume = resume;
  o.progress = false;
  return run_threaded_sweep(Design(spec), sweep_hash(spec, ""), test::synthetic_factory(so), o);
}

TEST(ThreadedSweep, ResultsAreIdenticalForOneTwoAndFourThreads) {
  const auto spec = spec_from(kSweep);
  std::string reference, reference_summary;
  for (unsigned threads : {1u, 2u, 4u}) {
    auto dir = fresh_dir("threads" + std::to_string(threads));
    auto s = run(spec, dir, threads);
    EXPECT_EQ(s.runs_total, 36u);
    EXPECT_EQ(s.runs_now, 36u);
    auto dump = dump_results((dir / "results.sqlite").string());
    auto summary = read(dir / "summary.csv") + read(dir / "series_quantiles.csv");
    if (reference.empty()) {
      reference = dump;
      reference_summary = summary;
    } else {
      EXPECT_EQ(dump, reference) << threads << " threads";
      EXPECT_EQ(summary, reference_summary) << threads << " threads";
    }
    fs::remove_all(dir);
  }
  EXPECT_NE(reference.find("|total|"), std::string::npos);
}

TEST(ThreadedSweep, FailingRunsAreRecordedAndTheSweepGoesOn) {
  const auto spec = spec_from(kSweep);
  auto dir = fresh_dir("failures");
  test::SyntheticOptions so;
  so.fail_above = 0.5;  // x = 2/3 and 1 fail: half the points
  auto s = run(spec, dir, 2, false, so);
  EXPECT_EQ(s.runs_now, 36u);
  EXPECT_EQ(s.failures_now, 18u);
  const auto db = (dir / "results.sqlite").string();
  EXPECT_EQ(test::count_rows(
                db, "SELECT count(*) FROM runs WHERE status = 'failed' AND error LIKE 'x = % is too large'"),
            18);
  EXPECT_EQ(test::count_rows(
                db, "SELECT count(*) FROM metrics m JOIN runs r USING(run_id) WHERE r.status = 'failed'"),
            0);
  // Failed runs are left out of the aggregates: 6 points x 3 metrics remain.
  auto summary = read(dir / "summary.csv");
  EXPECT_EQ(std::count(summary.begin(), summary.end(), '\n'), 1 + 6 * 3);
  fs::remove_all(dir);
}

TEST(ThreadedSweep, SummaryHasOneRowPerPointAndMetricWithParameters) {
  const auto spec = spec_from(kSweep);
  auto dir = fresh_dir("summary");
  run(spec, dir, 2);
  std::istringstream summary(read(dir / "summary.csv"));
  std::string header, first;
  std::getline(summary, header);
  std::getline(summary, first);
  EXPECT_EQ(header, "point,x,y,metric,runs,mean,sd,p5,p50,p95");
  EXPECT_EQ(first.substr(0, 17), "0,0,10,missing,0,");  // NaN metric: no values, empty stats
  std::istringstream fan(read(dir / "series_quantiles.csv"));
  std::getline(fan, header);
  std::getline(fan, first);
  EXPECT_EQ(header, "point,x,y,series,month,runs,p5,p25,p50,p75,p95");
  EXPECT_EQ(first, "0,0,10,level,2024-01,3,10,10,10,10,10");
  fs::remove_all(dir);
}

TEST(ThreadedSweep, ResumeRefusesAnotherSweepAndAStartRefusesAnExistingOne) {
  auto dir = fresh_dir("refuse");
  run(spec_from(kSweep), dir, 1);
  EXPECT_THROW(run(spec_from(kSweep), dir, 1, false), SweepError);
  EXPECT_THROW(run(spec_from(kSweep + "\n# changed\n"), dir, 1, true), SweepError);
  auto again = run(spec_from(kSweep), dir, 1, true);  // nothing left to do
  EXPECT_EQ(again.runs_before, 36u);
  EXPECT_EQ(again.runs_now, 0u);
  fs::remove_all(dir);
}

TEST(ThreadedSweep, KilledMidSweepThenResumedEqualsUninterrupted) {
  auto whole = fresh_dir("whole"), killed = fresh_dir("killed");
  auto spawn = [](const fs::path& dir, bool resume) {
    pid_t pid = fork();
    if (pid == 0) {
      std::string d = dir.string();
      if (resume)
        execl(SANCSIM_SWEEP_HELPER, SANCSIM_SWEEP_HELPER, d.c_str(), "2", "--resume", nullptr);
      else
        execl(SANCSIM_SWEEP_HELPER, SANCSIM_SWEEP_HELPER, d.c_str(), "2", nullptr);
      _exit(127);
    }
    return pid;
  };
  auto wait_ok = [](pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
  };
  ASSERT_TRUE(wait_ok(spawn(whole, false)));
  const auto whole_db = (whole / "results.sqlite").string();
  ASSERT_EQ(test::count_rows(whole_db, "SELECT count(*) FROM runs"), 400);

  pid_t pid = spawn(killed, false);
  const auto killed_db = (killed / "results.sqlite").string();
  for (int i = 0; i < 3000 && test::count_rows(killed_db, "SELECT count(*) FROM runs") < 60; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  const auto partial = test::count_rows(killed_db, "SELECT count(*) FROM runs");
  EXPECT_GE(partial, 60);
  EXPECT_LT(partial, 400);  // killed mid-sweep
  EXPECT_FALSE(fs::exists(killed / "summary.csv"));

  ASSERT_TRUE(wait_ok(spawn(killed, true)));
  EXPECT_EQ(dump_results(killed_db), dump_results(whole_db));
  EXPECT_EQ(read(killed / "summary.csv"), read(whole / "summary.csv"));
  EXPECT_EQ(read(killed / "series_quantiles.csv"), read(whole / "series_quantiles.csv"));
  fs::remove_all(whole);
  fs::remove_all(killed);
}

// The content that a mixed-up database would show: meta (seed, points) beside the runs.
std::string dump_with_meta(const fs::path& dir) {
  const auto db = (dir / "results.sqlite").string();
  return dump_results(db) + test::dump_queries(db, {"SELECT * FROM meta ORDER BY key"});
}

TEST(ThreadedSweep, SweepsStartedAtOnceIntoOneDirectoryLeaveOneProceedingAndTheOthersRefused) {
  constexpr int kProcesses = 4;
  auto shared = fresh_dir("contended");
  std::vector<pid_t> pids;
  std::vector<fs::path> stderr_files;
  for (int i = 0; i < kProcesses; ++i) {  // sweeps that differ only in their seed, as in issue 12
    stderr_files.push_back(fs::temp_directory_path() /
                           ("sancsim_contended_" + std::to_string(getpid()) + "_" + std::to_string(i)));
    const pid_t pid = fork();
    if (pid == 0) {
      const int fd = ::open(stderr_files.back().c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(fd, 2);
      const std::string d = shared.string(), seed = std::to_string(21 + i);
      execl(SANCSIM_SWEEP_HELPER, SANCSIM_SWEEP_HELPER, d.c_str(), "1", "--seed", seed.c_str(), nullptr);
      _exit(127);
    }
    pids.push_back(pid);
  }
  int winner = -1;
  for (int finished = 0; finished < kProcesses; ++finished) {  // in the order they end
    int status = 0;
    const pid_t pid = waitpid(-1, &status, 0);
    const auto at = std::find(pids.begin(), pids.end(), pid);
    ASSERT_NE(at, pids.end());
    const auto i = static_cast<std::size_t>(at - pids.begin());
    ASSERT_TRUE(WIFEXITED(status));
    const std::string err = read(stderr_files[i]);
    fs::remove(stderr_files[i]);
    if (WEXITSTATUS(status) == 0) {
      EXPECT_EQ(winner, -1) << "two sweeps proceeded";
      EXPECT_EQ(finished, kProcesses - 1) << "a refused sweep ended after the one that ran (0.8 s)";
      winner = static_cast<int>(i);
      continue;
    }
    EXPECT_EQ(WEXITSTATUS(status), 2) << err;
    EXPECT_NE(err.find(" is in use by pid "), std::string::npos) << err;
  }
  ASSERT_NE(winner, -1) << "no sweep proceeded";

  // The shared database is exactly the winner's sweep run alone.
  auto alone = fresh_dir("alone");
  RunnerOptions o;
  o.out_dir = alone;
  o.threads = 1;
  o.progress = false;
  const auto spec = test::kill_test_spec(21 + winner);
  run_threaded_sweep(Design(spec), sweep_hash(spec, ""), test::synthetic_factory(test::kill_test_runs(0)), o);
  EXPECT_EQ(dump_with_meta(shared), dump_with_meta(alone));
  EXPECT_EQ(read(shared / "summary.csv"), read(alone / "summary.csv"));
  fs::remove_all(shared);
  fs::remove_all(alone);
}

TEST(Analyze, SobolSweepOfAKnownFunctionWritesIndices) {
  // total = x + y + noise/10: y's range is 3x wider, so it carries ~9/10 of the variance.
  const auto spec = spec_from(
      "scenario = \"b.toml\"\nseed = 3\n[design]\nkind = \"sobol\"\nsamples = 256\n"
      "[[param]]\nkey = \"x\"\nrange = [0.0, 1.0]\n[[param]]\nkey = \"y\"\nrange = [0.0, 3.0]\n");
  auto dir = fresh_dir("analyze");
  run(spec, dir, 2);
  AnalyzeOptions options;
  options.bootstrap = 200;
  auto files = analyze_sweep(dir, options);
  ASSERT_EQ(files.size(), 1u);
  std::istringstream csv(read(files[0]));
  std::string line;
  std::getline(csv, line);
  EXPECT_EQ(line, "metric,param,S1,S1_lo,S1_hi,ST,ST_lo,ST_hi,samples,confidence");
  bool found = false;
  while (std::getline(csv, line)) {
    if (line.rfind("total,y,", 0) != 0) continue;
    found = true;
    double s1 = std::stod(line.substr(8));
    EXPECT_NEAR(s1, 0.9, 0.05);
  }
  EXPECT_TRUE(found);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace sancsim
