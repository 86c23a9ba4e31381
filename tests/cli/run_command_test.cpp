// `sancsim run` and its output directory: one process at a time, the files replaced as one set
// (kills, a file size limit), flags checked instead of wrapped.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
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
  // A run's length as measured above; halved after a kill that came after the run had ended, so that a
  // machine whose load fell since the measurement still gets its kills in while runs are running.
  double length_s = run_s;
  for (int k = 0; k < kKills; ++k) {
    const long long seed = 1 + (k + 1) % 2;
    // Moments from 20% to 95% of a run's length: the end is where the files are written.
    const auto delay = std::chrono::duration<double>(length_s * (0.2 + 0.75 * k / (kKills - 1)));
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
    if (!WIFSIGNALED(status)) length_s *= 0.5;
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

// The lines of a file (a series.csv: the header, then one row a month).
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Parameters inside their ranges that make the state run away (docs/RELIABILITY.md, "Numerical
// guards"): with good.toml run to 2035 the guard stops the run years before its end.
const std::string kRunaway = " --set state.economy.phillips_slope=5 --set state.cbr.inflation_weight=5";

// The day before a "YYYY-MM" month, as --set end= takes it.
std::string day_before(const std::string& month) {
  int year = std::stoi(month.substr(0, 4)), m = std::stoi(month.substr(5, 2)) - 1;
  if (m == 0) {
    m = 12;
    --year;
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int day = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, m, day);
  return text;
}

TEST_F(Cli, ARunThatStopsWritesTheMonthsItCompletedWithAFailedManifestAndExits1) {
  ASSERT_EQ(sancsim("run " + data("good.toml") + " --out res -q --seed 3").exit_code, 0);
  const std::string whole_header = lines_of(read_text(dir_ / "res" / "series.csv")).front();
  const auto r =
      sancsim("run " + data("good.toml") + " --out res -q --seed 3 --set end=2035-12-31" + kRunaway);
  EXPECT_EQ(r.exit_code, 1) << r.err;

  const auto manifest = nlohmann::json::parse(read_text(dir_ / "res" / "manifest.json"));
  ASSERT_EQ(manifest["status"], "failed") << manifest.dump(2);
  const std::string stopped = manifest["stopped_in_month"].get<std::string>();
  const std::string error = manifest["error"].get<std::string>();
  EXPECT_EQ(error.rfind(stopped + ": ", 0), 0u) << error;  // the guard's message starts with the month
  EXPECT_NE(error.find(" would be "), std::string::npos) << error;
  EXPECT_EQ(manifest["failed_run"], "scenario");
  EXPECT_EQ(manifest["seed"], 3);
  EXPECT_EQ(manifest["end"], "2035-12-31");  // the period asked for; the months done are in series.csv

  // series.csv: the columns of a complete run, January 2022 up to the month before the stop.
  const auto rows = lines_of(read_text(dir_ / "res" / "series.csv"));
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows.front(), whole_header);
  EXPECT_EQ(rows[1].substr(0, 8), "2022-01,");
  EXPECT_LT(rows.size() - 1, 14u * 12u);  // fewer months than 2022-01..2035-12
  EXPECT_EQ(manifest["last_completed_month"], rows.back().substr(0, 7));

  // Every month is the month a run told to end before the stop writes, byte for byte.
  ASSERT_EQ(sancsim("run " + data("good.toml") + " --out ref -q --seed 3" + kRunaway +
                    " --set end=" + day_before(stopped))
                .exit_code,
            0);
  EXPECT_EQ(read_text(dir_ / "res" / "series.csv"), read_text(dir_ / "ref" / "series.csv"));

  // summary.json: no metric of a run that did not reach its end, and says so.
  const auto summary = nlohmann::json::parse(read_text(dir_ / "res" / "summary.json"));
  EXPECT_EQ(summary["status"], "failed");
  EXPECT_EQ(summary["seed"], 3);
  ASSERT_TRUE(summary["metrics"].is_object());
  EXPECT_TRUE(summary["metrics"].empty());

  // stderr: the error, then the file, the month and where the months went.
  EXPECT_EQ(r.err.rfind("sancsim: error: " + stopped + ": ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("good.toml stopped in " + stopped + "; res/series.csv holds the " +
                       std::to_string(rows.size() - 1) + " months before it (2022-01 to " +
                       rows.back().substr(0, 7) + ")"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("res/manifest.json the failure"), std::string::npos) << r.err;
  EXPECT_EQ(entries_starting(dir_, ".res.tmp-"), std::vector<std::string>{});
}

// The counterfactual stops, the run itself is whole: its months are all there, the manifest names
// the counterfactual as the run that failed.
TEST_F(Cli, ARunWhoseCounterfactualStopsWritesItsWholeSeriesMarkedFailed) {
  std::ofstream(dir_ / "cf.toml") << "extends = " << data("good.toml")
                                  << "\nname = \"cf\"\n[state.economy]\nphillips_slope = 5\n"
                                     "[state.cbr]\ninflation_weight = 5\n";
  std::ofstream(dir_ / "main.toml") << "extends = " << data("good.toml")
                                    << "\nname = \"main\"\ncompare_to = \"cf.toml\"\n";
  const auto r = sancsim("run main.toml --out res -q --set end=2030-12-31");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto manifest = nlohmann::json::parse(read_text(dir_ / "res" / "manifest.json"));
  EXPECT_EQ(manifest["status"], "failed");
  EXPECT_EQ(manifest["failed_run"], "compare_to");
  EXPECT_EQ(manifest["compare_to"], "cf");
  const std::string stopped = manifest["stopped_in_month"].get<std::string>();
  EXPECT_NE(r.err.find("main.toml: its counterfactual run (cf) stopped in " + stopped +
                       "; res/series.csv holds the run's own 108 months (2022-01 to 2030-12)"),
            std::string::npos)
      << r.err;
  ASSERT_EQ(sancsim("run " + data("good.toml") + " --out ref -q --set end=2030-12-31").exit_code, 0);
  EXPECT_EQ(read_text(dir_ / "res" / "series.csv"), read_text(dir_ / "ref" / "series.csv"));
  EXPECT_TRUE(nlohmann::json::parse(read_text(dir_ / "res" / "summary.json"))["metrics"].empty());
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
