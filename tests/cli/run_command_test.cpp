// `sancsim run` and its output directory: one process at a time, the files replaced as one set
// (kills, a file size limit), flags checked instead of wrapped.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_fixture.hpp"

namespace {
namespace fs = std::filesystem;
using sancsim::cli_test::Cli;
using sancsim::cli_test::HeldLock;
using sancsim::cli_test::host;
using sancsim::cli_test::read_text;

// The seed and state hash of a run directory's two JSON files, and whether its series is the
// series of that seed (`references[seed]`).
struct RunSet {
  long long summary_seed = -1, manifest_seed = -2;
  std::string summary_hash, manifest_hash;
};

RunSet run_set(const fs::path& dir) {
  RunSet s;
  const auto summary = nlohmann::json::parse(read_text(dir / "summary.json"));
  const auto manifest = nlohmann::json::parse(read_text(dir / "manifest.json"));
  s.summary_seed = summary["seed"].get<long long>();
  s.manifest_seed = manifest["seed"].get<long long>();
  s.summary_hash = summary["state_hash"].get<std::string>();
  s.manifest_hash = manifest["state_hash"].get<std::string>();
  return s;
}

// Entries of `parent` whose name starts with `prefix`.
std::vector<std::string> entries_starting(const fs::path& parent, const std::string& prefix) {
  std::vector<std::string> found;
  for (const auto& e : fs::directory_iterator(parent))
    if (e.path().filename().string().rfind(prefix, 0) == 0) found.push_back(e.path().filename().string());
  return found;
}

TEST_F(Cli, RunIntoADirectoryInUseExits2NamingTheHoldersPidAndHost) {
  const HeldLock held(dir_ / "res");
  const auto r = sancsim("run " + data("good.toml") + " --out res -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("res is in use by pid " + std::to_string(::getpid()) + " on " + host()),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "res" / "summary.json"));
}

TEST_F(Cli, RunRefusesADirectoryHoldingOtherFilesAndKeepsThem) {
  fs::create_directories(dir_ / "mine");
  std::ofstream(dir_ / "mine" / "notes.md") << "keep me";
  const auto r = sancsim("run " + data("good.toml") + " --out mine -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("holds files that are not a run's (notes.md)"), std::string::npos) << r.err;
  EXPECT_EQ(read_text(dir_ / "mine" / "notes.md"), "keep me");
}

// Kills `sancsim run` at moments spread over a run's length, seeds alternating; the directory
// must always hold one run's files: both JSON files of one seed and the series of that seed.
TEST_F(Cli, RunKilledAtAnyMomentLeavesTheFilesOfOneSeed) {
  std::map<long long, std::string> series_of;
  double run_s = 0;
  for (long long seed : {1, 2}) {
    const auto t0 = std::chrono::steady_clock::now();
    ASSERT_EQ(sancsim("run " + data("good.toml") + " --out ref" + std::to_string(seed) + " -q --seed " +
                      std::to_string(seed))
                  .exit_code,
              0);
    run_s = std::max(run_s, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    series_of[seed] = read_text(dir_ / ("ref" + std::to_string(seed)) / "series.csv");
  }
  ASSERT_NE(series_of[1], series_of[2]);
  ASSERT_EQ(sancsim("run " + data("good.toml") + " --out res -q --seed 1").exit_code, 0);

  constexpr int kKills = 12;
  int killed_while_running = 0;
  for (int k = 0; k < kKills; ++k) {
    const long long seed = 1 + (k + 1) % 2;
    // Moments from 20% to 95% of a run's length: the end is where the files are written.
    const auto delay = std::chrono::duration<double>(run_s * (0.2 + 0.75 * k / (kKills - 1)));
    const pid_t pid = ::fork();
    if (pid == 0) {
      if (::chdir(dir_.c_str()) != 0) ::_exit(127);
      const int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, 1);
      ::dup2(null, 2);
      const std::string scenario = (sancsim::cli_test::kData / "good.toml").string(),
                        s = std::to_string(seed);
      ::execl(SANCSIM_BIN, SANCSIM_BIN, "run", scenario.c_str(), "--out", "res", "-q", "--seed", s.c_str(),
              nullptr);
      ::_exit(127);
    }
    std::this_thread::sleep_for(delay);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    killed_while_running += WIFSIGNALED(status) ? 1 : 0;
    const RunSet s = run_set(dir_ / "res");
    EXPECT_EQ(s.summary_seed, s.manifest_seed) << "kill " << k;
    EXPECT_EQ(s.summary_hash, s.manifest_hash) << "kill " << k;
    EXPECT_EQ(read_text(dir_ / "res" / "series.csv"), series_of[s.summary_seed]) << "kill " << k;
  }
  EXPECT_GE(killed_while_running, 3) << "the kills came too late to test anything";
  // The next run removes what the killed ones left beside the directory.
  ASSERT_EQ(sancsim("run " + data("good.toml") + " --out res -q --seed 2").exit_code, 0);
  EXPECT_EQ(entries_starting(dir_, ".res.tmp-"), std::vector<std::string>{});
  EXPECT_EQ(run_set(dir_ / "res").summary_seed, 2);
}

TEST_F(Cli, RunUnderAFileSizeLimitExits1AndLeavesTheOldFilesAndNoTemporaries) {
  ASSERT_EQ(sancsim("run " + data("good.toml") + " --out res -q --seed 1").exit_code, 0);
  const std::string before = read_text(dir_ / "res" / "summary.json") +
                             read_text(dir_ / "res" / "series.csv") +
                             read_text(dir_ / "res" / "manifest.json");
  // dash's `ulimit -f` counts 512-byte blocks: 2 KiB, less than series.csv and manifest.json.
  const auto r = sancsim_after("ulimit -f 4;", "run " + data("good.toml") + " --out res -q --seed 2");
  EXPECT_EQ(r.exit_code, 1) << "killed by SIGXFSZ? " << r.err;
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << r.err;
  EXPECT_EQ(read_text(dir_ / "res" / "summary.json") + read_text(dir_ / "res" / "series.csv") +
                read_text(dir_ / "res" / "manifest.json"),
            before);
  EXPECT_EQ(entries_starting(dir_, ".res.tmp-"), std::vector<std::string>{});
  EXPECT_EQ(entries_starting(dir_ / "res", "series.csv.tmp-"), std::vector<std::string>{});
  EXPECT_EQ(entries_starting(dir_ / "res", "manifest.json.tmp-"), std::vector<std::string>{});
}

TEST_F(Cli, RunRefusesSeedsThatAreNotUnsigned64BitIntegers) {
  for (const char* bad : {"-1", "18446744073709551616", "99999999999999999999999", "1.5", "0x10"}) {
    const auto r = sancsim("run " + data("good.toml") + " --out res -q --seed " + bad);
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("expected an integer in [0, 18446744073709551615], got " + std::string(bad)),
              std::string::npos)
        << r.err;
  }
  EXPECT_FALSE(fs::exists(dir_ / "res"));
  const auto r = sancsim("run " + data("good.toml") + " --out res -q --seed 18446744073709551615");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(read_text(dir_ / "res" / "summary.json"))["seed"].get<std::uint64_t>(),
            18446744073709551615u);
  EXPECT_EQ(sancsim("run " + data("good.toml") + " --out res -q --replication 4294967296").exit_code, 2);
}

}  // namespace
