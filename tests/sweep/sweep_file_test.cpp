#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "sancsim/sweep/design.hpp"
#include "sancsim/sweep/sweep_spec.hpp"

namespace sancsim {
namespace {

Diagnostics errors_of(const std::string& text) {
  auto r = parse_sweep(text, "/s/sweep.toml");
  EXPECT_TRUE(std::holds_alternative<Diagnostics>(r)) << "expected errors";
  return std::holds_alternative<Diagnostics>(r) ? std::get<Diagnostics>(r) : Diagnostics{};
}

bool has(const Diagnostics& d, int line, int column, const std::string& key) {
  for (const auto& x : d.items())
    if (x.file == "/s/sweep.toml" && x.line == line && x.column == column && x.key == key) return true;
  return false;
}

TEST(SweepFile, ReadsEveryField) {
  auto r = parse_sweep(
      "name = \"cap\"\nscenario = \"../base.toml\"\nseed = 9\nreplications = 3\nrecord = \"series\"\n"
      "[design]\nkind = \"grid\"\nlevels = 5\n"
      "[[param]]\nkey = \"coalition.enforcement_initial\"\nrange = [0.1, 0.9]\n"
      "[[param]]\nkey = \"market.brent_mode\"\nvalues = [\"pinned\", \"baseline\"]\n",
      "/s/d/sweep.toml");
  ASSERT_TRUE(std::holds_alternative<SweepSpec>(r));
  const auto& s = std::get<SweepSpec>(r);
  EXPECT_EQ(s.name, "cap");
  EXPECT_EQ(s.base_scenario, "/s/base.toml");
  EXPECT_EQ(s.master_seed, 9u);
  EXPECT_EQ(s.replications, 3u);
  EXPECT_EQ(s.record, RecordKind::Series);
  EXPECT_EQ(s.design, DesignKind::Grid);
  EXPECT_EQ(s.levels, 5);
  ASSERT_EQ(s.axes.size(), 2u);
  EXPECT_EQ(s.axes[0].lo, 0.1);
  EXPECT_EQ(s.axes[1].values.size(), 2u);
}

TEST(SweepFile, ReportsEveryProblemWithItsPlace) {
  auto d = errors_of(
      "scenario = \"b.toml\"\n"
      "replications = 0\n"
      "colour = \"red\"\n"
      "[design]\n"
      "kind = \"sobl\"\n"
      "[[param]]\n"
      "key = \"a\"\n"
      "range = [2, 1]\n");
  EXPECT_TRUE(has(d, 2, 16, "replications")) << d.str();
  EXPECT_TRUE(has(d, 3, 1, "colour")) << d.str();
  EXPECT_TRUE(has(d, 5, 8, "design.kind")) << d.str();
  EXPECT_TRUE(has(d, 8, 9, "param[0].range")) << d.str();
  EXPECT_EQ(d.items().front().str().rfind("/s/sweep.toml:", 0), 0u);
}

TEST(SweepFile, SyntaxErrorsHaveAPosition) {
  auto d = errors_of("scenario = \"b.toml\"\n[design\n");
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].line, 2);
  EXPECT_GT(d.items()[0].column, 0);
}

TEST(SweepFile, NeedsSamplesForSampledDesignsAndEvenMorrisLevels) {
  auto d = errors_of(
      "scenario = \"b.toml\"\n[design]\nkind = \"morris\"\nlevels = 5\n"
      "[[param]]\nkey = \"a\"\nvalues = [1, 2]\n");
  bool samples = false, levels = false;
  for (const auto& x : d.items()) {
    samples |= x.key == "design.samples";
    levels |= x.key == "design.levels";
  }
  EXPECT_TRUE(samples);
  EXPECT_TRUE(levels);
}

TEST(SweepFile, SecondOrderOnlyForSobolDesigns) {
  auto d = errors_of(
      "scenario = \"b.toml\"\n[design]\nkind = \"lhs\"\nsamples = 4\nsecond_order = true\n"
      "[[param]]\nkey = \"a\"\nrange = [1, 2]\n");
  EXPECT_TRUE(has(d, 2, 1, "design.second_order"));
  auto t = errors_of(
      "scenario = \"b.toml\"\n[design]\nkind = \"sobol\"\nsamples = 4\nsecond_order = 1\n"
      "[[param]]\nkey = \"a\"\nrange = [1, 2]\n");
  EXPECT_TRUE(has(t, 5, 16, "design.second_order"));
}

TEST(SweepFile, RangeAndValuesAreExclusiveAndLogNeedsPositiveBounds) {
  auto d = errors_of(
      "scenario = \"b.toml\"\n[design]\nkind = \"grid\"\n"
      "[[param]]\nkey = \"a\"\nrange = [0.0, 1.0]\nvalues = [1]\n"
      "[[param]]\nkey = \"b\"\nrange = [0.0, 1.0]\nlog = true\n");
  EXPECT_TRUE(has(d, 4, 1, "param[0]")) << d.str();
  EXPECT_TRUE(has(d, 8, 1, "param[1].range")) << d.str();
}

TEST(SweepFile, CsvPointsWithErrorsInThePointsFile) {
  auto dir = std::filesystem::temp_directory_path() / "sancsim_sweep_csv_test";
  std::filesystem::create_directories(dir);
  { std::ofstream(dir / "points.csv") << "a,b\n1,2\n3\n5,x\n"; }
  auto r = parse_sweep("scenario = \"b.toml\"\n[design]\nkind = \"csv\"\nfile = \"points.csv\"\n",
                       (dir / "sweep.toml").string());
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  const auto& d = std::get<Diagnostics>(r);
  ASSERT_EQ(d.items().size(), 1u) << d.str();
  EXPECT_EQ(d.items()[0].file, (dir / "points.csv").string());
  EXPECT_EQ(d.items()[0].line, 3);

  { std::ofstream(dir / "points.csv") << "a,b\n1,2\n5,x\n"; }
  r = parse_sweep("scenario = \"b.toml\"\n[design]\nkind = \"csv\"\nfile = \"points.csv\"\n",
                  (dir / "sweep.toml").string());
  ASSERT_TRUE(std::holds_alternative<SweepSpec>(r));
  const auto& s = std::get<SweepSpec>(r);
  ASSERT_EQ(s.csv_points.size(), 2u);
  EXPECT_EQ(s.axes[1].key, "b");
  EXPECT_EQ(csv_point(s, 1)[1].toml, "'x'");
  EXPECT_EQ(csv_point(s, 1)[0].number, 5.0);
  std::filesystem::remove_all(dir);
}

TEST(SweepFile, CsvPointsAreReadFromTheFileWhenNeededAndTheirBoundsKept) {
  auto dir =
      std::filesystem::temp_directory_path() / ("sancsim_sweep_csv_stream_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string rows = "a,b\n# a comment\n";
  for (int i = 0; i < 3000; ++i) rows += std::to_string(i) + ",v" + std::to_string(i % 7) + "\r\n";
  { std::ofstream(dir / "points.csv", std::ios::binary) << rows; }
  auto r = parse_sweep("scenario = \"b.toml\"\n[design]\nkind = \"csv\"\nfile = \"points.csv\"\n",
                       (dir / "sweep.toml").string());
  ASSERT_TRUE(std::holds_alternative<SweepSpec>(r)) << std::get<Diagnostics>(r).str();
  const auto& s = std::get<SweepSpec>(r);
  ASSERT_EQ(s.csv_points.size(), 3000u);
  EXPECT_EQ(s.axes[0].lo, 0.0);
  EXPECT_EQ(s.axes[0].hi, 2999.0);
  const Design design(s);
  EXPECT_EQ(design.points(), 3000u);
  EXPECT_EQ(design.values(2345)[0].number, 2345.0);
  EXPECT_EQ(design.values(2345)[1].toml, "'v0'");
  std::filesystem::remove_all(dir);
}

TEST(SweepFile, RefusesAPointsFileThatIsADevice) {
  auto dir =
      std::filesystem::temp_directory_path() / ("sancsim_sweep_csv_device_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto r = parse_sweep("scenario = \"b.toml\"\n[design]\nkind = \"csv\"\nfile = \"/dev/zero\"\n",
                       (dir / "sweep.toml").string());
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  const auto text = std::get<Diagnostics>(r).str();
  EXPECT_NE(text.find("/dev/zero: not a regular file (a character device)"), std::string::npos) << text;
  std::filesystem::remove_all(dir);
}

TEST(SweepFile, RefusesASweepFileThatIsADevice) {
  auto r = load_sweep("/dev/zero");
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  const auto text = std::get<Diagnostics>(r).str();
  EXPECT_NE(text.find("not a regular file (a character device)"), std::string::npos) << text;
}

}  // namespace
}  // namespace sancsim
