// Every command that reads TOML refuses a file nested too deeply for toml++ (which overflowed the
// stack on 100,000 dotted keys) with a place and exit status 2.
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "cli_fixture.hpp"

namespace {
namespace fs = std::filesystem;
using sancsim::cli_test::Cli;

const std::string kSmall = (fs::path(SANCSIM_SOURCE_DIR) / "scenarios" / "test" / "small.toml").string();

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

// `[a.a.a ... a]` with 100,000 parts, as in issue 12.
std::string deep_toml() {
  std::string text = "[a";
  for (int i = 0; i < 100000; ++i) text += ".a";
  return text + "]\n";
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(Cli, DeeplyDottedTomlIsRefusedWithAPlaceByEveryCommandThatReadsIt) {
  write(dir_ / "n.toml", deep_toml());
  auto r = sancsim("validate n.toml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "n.toml:1:129: nesting deeper than 64 levels")) << r.err;

  r = sancsim("run n.toml -q");
  EXPECT_EQ(r.exit_code, 2) << r.err;

  r = sancsim("sweep n.toml --out out -q");  // the sweep file itself
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "n.toml:1:129: nesting deeper")) << r.err;

  write(dir_ / "v.toml", "scenario = \"" + kSmall +
                             "\"\n[design]\nkind = \"grid\"\n[[param]]\nkey = \"scenario\"\n" +
                             "values = [\"" + kSmall + "\", \"" + (dir_ / "n.toml").string() + "\"]\n");
  r = sancsim("sweep v.toml --out out2 -q");  // a scenario in a `values` list
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "n.toml:1:129: nesting deeper")) << r.err;

  r = sancsim("calibration '" + kSmall + "' --targets n.toml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "n.toml:1:129: nesting deeper")) << r.err;

  r = sancsim("run '" + kSmall + "' -q --out out3 --set 'tankers.g7_tankers=" + std::string(100000, '[') +
              "'");
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
