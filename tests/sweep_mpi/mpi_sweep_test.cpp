// Whole MPI sweeps under `mpirun --oversubscribe -np 3` on this machine: the database and
// aggregates equal those of the threaded runner, shards merge to the unsharded result, and a
// killed worker rank loses only its runs, which --resume completes (both runners, both ways).
#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include "db_dump.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;

const std::string kSmoke = std::string(SANCSIM_SOURCE_DIR) + "/scenarios/sweeps/smoke.toml";

fs::path fresh_dir(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("sancsim_mpi_" + name + "_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::remove(dir.string() + ".rank1.pid");
  return dir;
}

// mpirun on loopback, allowed as root (CI runs as root) and on more ranks than cores;
// --enable-recovery keeps the job alive when a rank dies, as docs/CLUSTER.md recommends.
// Without recovery, a rank's MPI_Abort ends the job with a failing exit status.
std::vector<std::string> mpirun(int ranks, bool recovery = true) {
  std::vector<std::string> args{SANCSIM_MPIEXEC, "--oversubscribe", "--allow-run-as-root"};
  if (recovery) args.push_back("--enable-recovery");
  for (const char* a : {"--mca", "btl", "self,vader,tcp", "-np"}) args.push_back(a);
  args.push_back(std::to_string(ranks));
  return args;
}

std::vector<std::string> operator+(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// A child in a process group of its own, so that a job that does not end can be killed whole
// (mpirun and its ranks).
pid_t spawn(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

constexpr int kHung = -2;

// The exit status, or -1 for a child killed by a signal. A job still alive after `limit` is
// taken as hung: its process group is killed and the result is kHung. The limit bounds an outcome
// (the job ends by itself), not a speed: it is far above a job's time on a loaded machine.
int wait_exit(pid_t pid, std::chrono::seconds limit = std::chrono::seconds(240)) {
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      return kHung;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// True if a process of the group `pgid` (mpirun or one of its ranks) is still alive.
bool group_alive(pid_t pgid) { return kill(-pgid, 0) == 0; }

int run(const std::vector<std::string>& args) { return wait_exit(spawn(args)); }

std::vector<std::string> sancsim_sweep(const fs::path& out, std::vector<std::string> extra = {}) {
  return std::vector<std::string>{SANCSIM_BIN, "sweep", kSmoke, "-q", "--out", out.string()} + extra;
}

std::int64_t runs_in(const fs::path& dir) {
  return test::count_rows((dir / "results.sqlite").string(), "SELECT count(*) FROM runs");
}

TEST(MpiSweep, MpirunStarts) {
  // Every other test needs this; if it fails, the MPI installation or its environment is broken.
  ASSERT_EQ(run(mpirun(2) + std::vector<std::string>{"/bin/true"}), 0)
      << "mpirun cannot start two ranks here";
}

TEST(MpiSweep, ThreeRanksWriteTheDatabaseOfOneThread) {
  ASSERT_STRNE(SANCSIM_BIN, "") << "the sancsim binary is not built";
  auto threaded = fresh_dir("smoke_t1"), ranks = fresh_dir("smoke_np3");
  ASSERT_EQ(run(sancsim_sweep(threaded, {"--threads", "1"})), 0);
  ASSERT_EQ(run(mpirun(3) + sancsim_sweep(ranks, {"--threads", "1"})), 0);
  EXPECT_EQ(runs_in(ranks), 32);
  EXPECT_EQ(test::dump_all(ranks), test::dump_all(threaded));
  EXPECT_EQ(test::aggregates(ranks), test::aggregates(threaded));
  fs::remove_all(threaded);
  fs::remove_all(ranks);
}

TEST(MpiSweep, ShardsMergedEqualTheUnshardedRun) {
  ASSERT_STRNE(SANCSIM_BIN, "") << "the sancsim binary is not built";
  auto whole = fresh_dir("smoke_whole"), merged = fresh_dir("smoke_merged");
  ASSERT_EQ(run(sancsim_sweep(whole, {"--threads", "2"})), 0);
  std::vector<std::string> dirs;
  for (int i = 0; i < 3; ++i) {
    auto dir = fresh_dir("smoke_shard" + std::to_string(i));
    dirs.push_back(dir.string());
    auto args = sancsim_sweep(dir, {"--shard", std::to_string(i) + "/3", "--threads", "1"});
    ASSERT_EQ(run(i == 1 ? mpirun(3) + args : args), 0) << "shard " << i;  // a shard may run under MPI too
  }
  EXPECT_EQ(runs_in(dirs[1]), 11);  // run ids 1, 4, ..., 31
  ASSERT_EQ(run(std::vector<std::string>{SANCSIM_BIN, "merge", merged.string()} + dirs), 0);
  EXPECT_EQ(test::dump_all(merged), test::dump_all(whole));
  EXPECT_EQ(test::aggregates(merged), test::aggregates(whole));
  EXPECT_NE(run(std::vector<std::string>{SANCSIM_BIN, "merge", merged.string() + "_again", dirs[0], dirs[1]}),
            0)
      << "a missing shard must be refused";
  for (const auto& d : dirs) fs::remove_all(d);
  fs::remove_all(whole);
  fs::remove_all(merged);
  fs::remove_all(merged.string() + "_again");
}

// Starts the slow synthetic sweep, kills `victim` (a pid file's process, or the launcher itself)
// once `after` runs are committed, and returns the launcher's exit status (kHung if it did not end).
int run_and_kill(const std::vector<std::string>& args, const fs::path& dir, const std::string& pid_file,
                 int after) {
  pid_t launcher = spawn(args);
  for (int i = 0; i < 6000 && runs_in(dir) < after; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  pid_t victim = launcher;
  if (!pid_file.empty()) {
    std::ifstream in(pid_file);
    in >> victim;
  }
  EXPECT_GT(victim, 0);
  if (victim > 0) kill(victim, SIGKILL);
  const int status = wait_exit(launcher);
  // Every process of the job has ended with mpirun: none is left holding the allocation.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_FALSE(group_alive(launcher)) << "a rank outlived mpirun";
  if (group_alive(launcher)) kill(-launcher, SIGKILL);
  return status;
}

const std::vector<std::string> kHelper = {SANCSIM_MPI_HELPER};

TEST(MpiSweep, AKilledWorkerLosesOnlyItsRunsThenAThreadedResumeCompletes) {
  auto whole = fresh_dir("kill_whole"), killed = fresh_dir("kill_rank");
  ASSERT_EQ(run(kHelper + std::vector<std::string>{whole.string(), "2"}), 0);
  ASSERT_EQ(runs_in(whole), 400);

  // (With --enable-recovery mpirun's status does not tell what the ranks returned; the database
  // does.) The job must end by itself once the rank is taken as dead, whatever the machine's load:
  // a rank that waited for the dead one in MPI_Finalize used to hold it forever.
  EXPECT_NE(run_and_kill(mpirun(3) + kHelper + std::vector<std::string>{killed.string(), "1"}, killed,
                         killed.string() + ".rank1.pid", 40),
            kHung)
      << "the job did not end after a worker rank was killed";
  // A worker on one thread holds at most 100 ms of work (MpiOptions::hold_s), here 20 runs of at
  // least 5 ms; the manager and the other worker finish the rest.
  EXPECT_GE(runs_in(killed), 380);
  EXPECT_LT(runs_in(killed), 400);
  EXPECT_TRUE(fs::exists(killed / "summary.csv"));

  ASSERT_EQ(run(kHelper + std::vector<std::string>{killed.string(), "2", "--resume"}), 0);
  EXPECT_EQ(test::dump_all(killed), test::dump_all(whole));
  EXPECT_EQ(test::aggregates(killed), test::aggregates(whole));
  fs::remove_all(whole);
  fs::remove_all(killed);
  for (int r = 0; r < 3; ++r) fs::remove(killed.string() + ".rank" + std::to_string(r) + ".pid");
}

TEST(MpiSweep, WorkersThatPreparedAnotherSweepAreRefused) {
  // As when the sweep file differs between the nodes: the manager stops the job and writes none
  // of their runs.
  auto dir = fresh_dir("skew");
  EXPECT_NE(run(mpirun(3, false) + kHelper + std::vector<std::string>{dir.string(), "1", "--skew"}), 0);
  EXPECT_EQ(runs_in(dir), 0);
  fs::remove_all(dir);
  for (int r = 0; r < 3; ++r) fs::remove(dir.string() + ".rank" + std::to_string(r) + ".pid");
}

TEST(MpiSweep, TheManagerRankRefusesAnOutputDirectoryInUseAndTheJobEnds) {
  auto dir = fresh_dir("locked");
  fs::create_directories(dir);
  const int fd = ::open((dir / ".sancsim.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);              // as another sweep into the same --out would
  EXPECT_EQ(run(mpirun(3, false) + sancsim_sweep(dir)), 2);  // MPI_Abort with the bad-input code
  EXPECT_FALSE(fs::exists(dir / "results.sqlite"));
  ::close(fd);
  fs::remove_all(dir);
}

TEST(MpiSweep, AKilledThreadedSweepResumesUnderMpi) {
  auto whole = fresh_dir("resume_whole"), killed = fresh_dir("resume_mpi");
  ASSERT_EQ(run(kHelper + std::vector<std::string>{whole.string(), "2"}), 0);

  EXPECT_EQ(run_and_kill(kHelper + std::vector<std::string>{killed.string(), "2"}, killed, "", 40), -1);
  const auto partial = runs_in(killed);
  EXPECT_GE(partial, 40);
  EXPECT_LT(partial, 400);

  ASSERT_EQ(run(mpirun(3) + kHelper + std::vector<std::string>{killed.string(), "1", "--resume"}), 0);
  EXPECT_EQ(test::dump_all(killed), test::dump_all(whole));
  EXPECT_EQ(test::aggregates(killed), test::aggregates(whole));
  fs::remove_all(whole);
  fs::remove_all(killed);
  fs::remove(killed.string() + ".rank0.pid");
  fs::remove(killed.string() + ".rank1.pid");
  fs::remove(killed.string() + ".rank2.pid");
}

}  // namespace
}  // namespace sancsim
