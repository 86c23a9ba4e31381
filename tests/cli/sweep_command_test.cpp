// `sancsim sweep` and `merge` against hostile input: directories in use, damaged databases, flags
// out of range, designs too large; each bad input exits 2 with a place and a message.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli_fixture.hpp"

namespace {
namespace fs = std::filesystem;
using sancsim::cli_test::Cli;
using sancsim::cli_test::HeldLock;
using sancsim::cli_test::host;
using sancsim::cli_test::read_text;

const std::string kSmall = (fs::path(SANCSIM_SOURCE_DIR) / "scenarios" / "test" / "small.toml").string();

// A sweep of two runs of the small scenario, with `extra` appended (e.g. more [[param]] tables).
std::string tiny_sweep(const std::string& design = "kind = \"grid\"\nlevels = 2\n",
                       const std::string& params =
                           "[[param]]\nkey = \"coalition.enforcement_initial\"\n"
                           "range = [0.0, 0.9]\n") {
  return "scenario = \"" + kSmall + "\"\nseed = 3\nreplications = 1\n[design]\n" + design + "\n" + params;
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(Cli, SweepIntoADirectoryInUseExits2NamingTheHoldersPidAndHost) {
  write(dir_ / "s.toml", tiny_sweep());
  const HeldLock held(dir_ / "out");
  const auto r = sancsim("sweep s.toml --out out -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "out is in use by pid " + std::to_string(::getpid()) + " on " + host()))
      << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "out" / "results.sqlite"));
}

TEST_F(Cli, MergeIntoADirectoryInUseExits2) {
  write(dir_ / "s.toml", tiny_sweep());
  ASSERT_EQ(sancsim("sweep s.toml --out part0 --shard 0/2 -q").exit_code, 0);
  ASSERT_EQ(sancsim("sweep s.toml --out part1 --shard 1/2 -q").exit_code, 0);
  {
    const HeldLock held(dir_ / "merged");
    const auto r = sancsim("merge merged part0 part1");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "merged is in use by pid ")) << r.err;
    EXPECT_FALSE(fs::exists(dir_ / "merged" / "results.sqlite"));
  }
  EXPECT_EQ(sancsim("merge merged part0 part1").exit_code, 0);
}

TEST_F(Cli, ANewSweepIntoADirectoryWithASweepExits2AndLeavesNoWalOrShmFiles) {
  write(dir_ / "s.toml", tiny_sweep());
  ASSERT_EQ(sancsim("sweep s.toml --out out -q").exit_code, 0);
  const auto r = sancsim("sweep s.toml --out out -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "already holds a sweep; pass --resume")) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "out" / "results.sqlite-wal"));
  EXPECT_FALSE(fs::exists(dir_ / "out" / "results.sqlite-shm"));
}

TEST_F(Cli, ADamagedResultsDatabaseIsRefusedWithWhatToDo) {
  write(dir_ / "s.toml", tiny_sweep());
  ASSERT_EQ(sancsim("sweep s.toml --out out -q").exit_code, 0);
  {
    std::fstream f(dir_ / "out" / "results.sqlite", std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(0);
    f << std::string(200, 'x');  // the header: no longer a database
  }
  const auto r = sancsim("sweep s.toml --out out -q --resume");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "damaged")) << r.err;
  EXPECT_TRUE(contains(r.err, "move it aside")) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST_F(Cli, SweepFlagsOutOfRangeAreRefusedWithTheirRange) {
  write(dir_ / "s.toml", tiny_sweep());
  auto r = sancsim("sweep s.toml --out out -q --threads -1");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "expected an integer in [0, 4096], got -1")) << r.err;
  EXPECT_FALSE(contains(r.err, "e+308")) << r.err;
  r = sancsim("sweep s.toml --out out -q --shard 0/99999999999999999999");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "expected i/N")) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "out" / "results.sqlite"));
}

TEST_F(Cli, AnIntegerParameterGetsIntegersInsideItsRangeOrAnErrorIfItHoldsNone) {
  const auto sweep = [](const std::string& range) {
    return tiny_sweep("kind = \"grid\"\nlevels = 2\n",
                      "[[param]]\nkey = \"tankers.g7_tankers\"\nrange = " + range + "\n");
  };
  write(dir_ / "s.toml", sweep("[0.0, 0.9]"));  // rounding 0.9 gave 1
  auto r = sancsim("sweep s.toml --out out -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream summary(read_text(dir_ / "out" / "summary.csv"));
  std::string line;
  std::getline(summary, line);
  ASSERT_EQ(line.rfind("point,tankers.g7_tankers,metric,", 0), 0u) << line;
  int rows = 0;
  while (std::getline(summary, line)) {
    EXPECT_EQ(line.substr(0, line.find(',', line.find(',') + 1)), line.substr(0, 1) + ",0") << line;
    ++rows;
  }
  EXPECT_GT(rows, 0);

  write(dir_ / "s.toml", sweep("[0.2, 0.9]"));
  r = sancsim("sweep s.toml --out out2 -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "s.toml:8:1: tankers.g7_tankers: a range holding an integer")) << r.err;
}

TEST_F(Cli, ADesignTooLargeIsReportedAtTheDesignTable) {
  std::string params;
  for (const char* key :
       {"coalition.enforcement_initial", "tankers.secondhand_purchases_per_month_max",
        "risk.risk_jump_usd_per_bbl", "tankers.g7_tankers", "tankers.shadow_tankers_initial"})
    params += std::string("[[param]]\nkey = \"") + key + "\"\nrange = [0.0, 1.0]\n";
  write(dir_ / "s.toml", tiny_sweep("kind = \"grid\"\nlevels = 100000\n", params));
  const auto r = sancsim("sweep s.toml --out out -q");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "s.toml:4:1: design: a design of at most 1000000000000 runs")) << r.err;
}

TEST_F(Cli, ACsvDesignValueOutOfBoundsIsReportedAtItsCsvLine) {
  write(dir_ / "points.csv", "coalition.enforcement_initial\n0.5\n0.25\n7.5\n");
  write(dir_ / "s.toml", tiny_sweep("kind = \"csv\"\nfile = \"points.csv\"\n", ""));
  const auto r = sancsim("sweep s.toml --out out -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err,
                       "points.csv:4:1: coalition.enforcement_initial: a value within the parameter's "
                       "bounds"))
      << r.err;
  EXPECT_FALSE(contains(r.err, "s.toml:1:1")) << r.err;
}

// From a sweep to tables: analyze prints the ranked table with intervals and the seed-noise row
// for one outcome; discover prints a PRIM trajectory and box; events lists a scenario's events.
TEST_F(Cli, AnalyzePrintsRankedTablesAndDiscoverPrintsABox) {
  write(dir_ / "s.toml",
        "scenario = \"" + kSmall +
            "\"\nseed = 3\nreplications = 2\n[design]\nkind = \"sobol\"\nsamples = 6\n"
            "[[param]]\nkey = \"coalition.enforcement_initial\"\nrange = [0.0, 0.9]\n"
            "[[param]]\nkey = \"risk.risk_jump_usd_per_bbl\"\nrange = [0.5, 8.0]\ndist = \"loguniform\"\n"
            "[[outcome]]\nname = \"discount_h2_2022\"\nseries = \"urals_discount_usd_per_bbl\"\n"
            "from = \"2022-07\"\nto = \"2022-12\"\nstatistic = \"mean\"\n");
  auto r = sancsim("sweep s.toml --out out -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = sancsim("analyze out --outcome discount_h2_2022 --bootstrap 50");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(
      contains(r.out, "discount_h2_2022 (Sobol': N = 6 base samples, 95% intervals from 50 bootstrap"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "rank parameter")) << r.out;
  EXPECT_TRUE(contains(r.out, "coalition.enforcement_initial")) << r.out;
  EXPECT_TRUE(contains(r.out, "(seed noise)")) << r.out;
  EXPECT_TRUE(contains(r.out, "2 replications a point")) << r.out;
  EXPECT_FALSE(contains(r.out, "brent_mean_usd_per_bbl")) << r.out;  // --outcome: that one only
  r = sancsim("analyze out --outcome discount_h2_202");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(
      contains(r.err, "no outcome or metric named \"discount_h2_202\"; close names: discount_h2_2022"))
      << r.err;
  r = sancsim("analyze --help");
  EXPECT_TRUE(contains(r.out, "=1000")) << r.out;  // defaults shown
  r = sancsim("discover out --outcome discount_h2_2022 --above 0 --alpha 0.1");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "peeling trajectory")) << r.out;
  EXPECT_TRUE(contains(r.out, "chosen box")) << r.out;
  r = sancsim("discover out --outcome discount_h2_2022");
  EXPECT_EQ(r.exit_code, 2);
  r = sancsim("events '" + kSmall + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "crude_cap")) << r.out;
  EXPECT_TRUE(contains(r.out, "price_cap_crude")) << r.out;
}

}  // namespace
