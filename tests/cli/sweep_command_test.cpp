// `sancsim sweep` and `merge` against hostile input: directories in use or holding another sweep;
// each bad input exits 2 with a message.
#include <fstream>
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

}  // namespace
