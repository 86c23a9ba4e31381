// Brent CSVs as the loader reads them: gaps in the data, files without prices, files that are no
// CSV at all (scenarios/data/brent_*.csv are the shipped ones).
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "test_registry.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;

const fs::path kShippedData = fs::path(SANCSIM_SCENARIO_FIXTURES) / ".." / "data";

// A scratch directory with a scenario naming Brent files, loaded with the tests' registry.
class BrentCsv : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sancsim-brent-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
            "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  // Loads a scenario of 2022 whose [data] table is `data` (`extra`: tables before it).
  LoadResult load(const std::string& data, const std::string& extra = "") {
    write("s.toml", "start = 2022-01-01\nend = 2022-12-31\n" + extra + "[data]\n" + data);
    return scenario_detail::load_scenario_with((dir_ / "s.toml").string(), {},
                                               sancsim::testing::test_context());
  }
  Diagnostics failed(const std::string& data, const std::string& extra = "") {
    LoadResult r = load(data, extra);
    if (std::holds_alternative<Scenario>(r)) {
      ADD_FAILURE() << "loaded without problems";
      return {};
    }
    return std::get<Diagnostics>(std::move(r));
  }
  fs::path dir_;
};

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_F(BrentCsv, AMonthMissingInsideTheDataIsAnErrorAtTheLineWhereItBelongs) {
  // The shipped monthly file without March to July 2022: June 2022 used to run on the model's
  // baseline ($65.6) instead of the data ($122.7), without a word.
  std::istringstream shipped(read_text(kShippedData / "brent_monthly.csv"));
  std::string kept, line;
  int line_no = 0, august_line = 0;
  while (std::getline(shipped, line)) {
    if (line >= "2022-03" && line < "2022-08") continue;
    kept += line + "\n";
    ++line_no;
    if (line.starts_with("2022-08")) august_line = line_no;
  }
  write("gappy.csv", kept);
  const Diagnostics ds = failed("brent_monthly_csv = \"gappy.csv\"\n");
  ASSERT_EQ(ds.items().size(), 1u) << ds.str();
  const auto& d = ds.items()[0];
  EXPECT_TRUE(d.file.ends_with("gappy.csv")) << d.str();
  EXPECT_EQ(d.line, august_line) << d.str();
  EXPECT_EQ(d.key, "month");
  EXPECT_TRUE(d.message.starts_with("month 2022-03 is missing (5 months, to 2022-07)")) << d.str();
}

TEST_F(BrentCsv, APinnedUralsPathIsReadHashedAndCheckedLikeBrent) {
  write("urals.csv", "month,urals_fob_usd_per_bbl\n2022-03,40\n2022-04,35.5\n");
  LoadResult r = load("urals_fob_monthly_csv = \"urals.csv\"\n");
  ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<Diagnostics>(r).str();
  const Scenario& s = std::get<Scenario>(r);
  ASSERT_EQ(s.urals_fob.months.size(), 2u);
  EXPECT_EQ(s.urals_fob.at(YearMonth::parse("2022-04").value()), 35.5);
  EXPECT_TRUE(std::isnan(s.urals_fob.at(YearMonth::parse("2022-05").value())));
  LoadResult without = load("");
  ASSERT_TRUE(std::holds_alternative<Scenario>(without));
  EXPECT_NE(std::get<Scenario>(without).hash, s.hash) << "the path is part of what was run";
  // A gap is an error where the missing month belongs, a bad price where it stands.
  write("gappy.csv", "month,urals_fob_usd_per_bbl\n2022-03,40\n2022-05,x\n2022-06,38\n");
  const std::string text = failed("urals_fob_monthly_csv = \"gappy.csv\"\n").str();
  EXPECT_NE(text.find("gappy.csv:3:9: urals_fob_usd_per_bbl"), std::string::npos) << text;
  EXPECT_NE(text.find("gappy.csv:4:1: month: month 2022-04 is missing"), std::string::npos) << text;
  write("empty.csv", "month,urals_fob_usd_per_bbl\n");
  const std::string empty = failed("urals_fob_monthly_csv = \"empty.csv\"\n").str();
  EXPECT_NE(empty.find("data.urals_fob_monthly_csv"), std::string::npos) << empty;
  EXPECT_NE(empty.find("holds no prices"), std::string::npos) << empty;
}

TEST_F(BrentCsv, APinnedKeyRatePathIsReadHashedAndChecked) {
  write("key.csv", "month,key_rate_pct\n2021-03,4.5\n2021-04,0\n");
  LoadResult r = load("key_rate_monthly_csv = \"key.csv\"\n");
  ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<Diagnostics>(r).str();
  const Scenario& s = std::get<Scenario>(r);
  ASSERT_EQ(s.key_rate.months.size(), 2u);
  EXPECT_EQ(s.key_rate.at(YearMonth::parse("2021-03").value()), 4.5);
  EXPECT_EQ(s.key_rate.at(YearMonth::parse("2021-04").value()), 0.0) << "a zero rate is a rate";
  EXPECT_TRUE(std::isnan(s.key_rate.at(YearMonth::parse("2021-05").value())));
  LoadResult without = load("");
  ASSERT_TRUE(std::holds_alternative<Scenario>(without));
  EXPECT_NE(std::get<Scenario>(without).hash, s.hash) << "the path is part of what was run";
  // A negative rate and a rate in basis points, each where it stands; a gap where the month belongs.
  write("bad.csv", "month,key_rate_pct\n2021-03,-1\n2021-04,850\n");
  const std::string text = failed("key_rate_monthly_csv = \"bad.csv\"\n").str();
  EXPECT_NE(text.find("bad.csv:2:9: key_rate_pct: expected a rate in % a year in [0, 200], got \"-1\""),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("bad.csv:3:9: key_rate_pct"), std::string::npos) << text;
  write("gap.csv", "month,key_rate_pct\n2021-03,4.5\n2021-05,5\n");
  const std::string gap = failed("key_rate_monthly_csv = \"gap.csv\"\n").str();
  EXPECT_NE(gap.find("gap.csv:3:1: month: month 2021-04 is missing"), std::string::npos) << gap;
  write("empty.csv", "month,key_rate_pct\n");
  const std::string empty = failed("key_rate_monthly_csv = \"empty.csv\"\n").str();
  EXPECT_NE(empty.find("data.key_rate_monthly_csv"), std::string::npos) << empty;
  EXPECT_NE(empty.find("holds no rates"), std::string::npos) << empty;
  // A price file named as a key-rate path is refused at its header.
  write("prices.csv", "month,urals_fob_usd_per_bbl\n2022-03,40\n");
  const std::string header = failed("key_rate_monthly_csv = \"prices.csv\"\n").str();
  EXPECT_NE(header.find("month,key_rate_pct"), std::string::npos) << header;
}

TEST_F(BrentCsv, TheShippedFilesHaveNoGaps) {
  fs::copy(kShippedData / "brent_monthly.csv", dir_ / "m.csv");
  fs::copy(kShippedData / "brent_daily.csv", dir_ / "d.csv");
  fs::copy(kShippedData / "key_rate_2021_2022.csv", dir_ / "k.csv");
  const LoadResult r =
      load("brent_monthly_csv = \"m.csv\"\nbrent_daily_csv = \"d.csv\"\nkey_rate_monthly_csv = \"k.csv\"\n");
  ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<Diagnostics>(r).str();
  // The key-rate path covers the calibration window's months from the start to Nov 2022, no later.
  const MonthlyPath& key = std::get<Scenario>(r).key_rate;
  ASSERT_FALSE(key.months.empty());
  EXPECT_EQ(key.months.front().str(), "2021-01");
  EXPECT_EQ(key.months.back().str(), "2022-11");
  fs::copy(kShippedData / "key_rate_2024.csv", dir_ / "k24.csv");
  const LoadResult r24 = load("key_rate_monthly_csv = \"k24.csv\"\n");
  ASSERT_TRUE(std::holds_alternative<Scenario>(r24)) << std::get<Diagnostics>(r24).str();
  const MonthlyPath& key24 = std::get<Scenario>(r24).key_rate;
  ASSERT_EQ(key24.months.size(), 12u);
  EXPECT_EQ(key24.months.front().str(), "2024-01");
}

TEST_F(BrentCsv, ADailyGapOfMoreThanAWeekIsAnError) {
  write("d.csv", "date,brent_usd_per_bbl\n2022-01-03,78.25\n2022-01-10,79\n2022-02-14,90\n");
  const Diagnostics ds = failed("brent_daily_csv = \"d.csv\"\n");
  ASSERT_EQ(ds.items().size(), 1u) << ds.str();
  EXPECT_EQ(ds.items()[0].line, 4);
  EXPECT_TRUE(ds.items()[0].message.starts_with("no quote from 2022-01-11 to 2022-02-13 (34 days)"))
      << ds.str();
}

TEST_F(BrentCsv, AFileWithoutPricesIsRefusedWhenBrentIsPinnedToIt) {
  write("empty.csv", "month,brent_usd_per_bbl\n");
  const Diagnostics ds = failed("brent_monthly_csv = \"empty.csv\"\n");
  ASSERT_EQ(ds.items().size(), 1u) << ds.str();
  EXPECT_EQ(ds.items()[0].key, "data.brent_monthly_csv");
  EXPECT_EQ(ds.items()[0].line, 4);
  EXPECT_TRUE(ds.items()[0].message.find("holds no prices") != std::string::npos) << ds.str();
  // With Brent from the model the file pins nothing, and it is not needed.
  const LoadResult r = load("brent_monthly_csv = \"empty.csv\"\n", "[market]\nbrent_mode = \"baseline\"\n");
  EXPECT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<Diagnostics>(r).str();
}

TEST_F(BrentCsv, ADeviceIsRefusedAtOnceWhereItIsNamed) {
  const auto began = std::chrono::steady_clock::now();
  const Diagnostics ds = failed("brent_monthly_csv = \"/dev/zero\"\n");
  EXPECT_LT(std::chrono::steady_clock::now() - began, std::chrono::seconds(2));
  ASSERT_EQ(ds.items().size(), 1u) << ds.str();
  EXPECT_EQ(ds.items()[0].key, "data.brent_monthly_csv");
  EXPECT_TRUE(ds.items()[0].message.find("not a regular file (a character device)") != std::string::npos)
      << ds.str();
}

TEST_F(BrentCsv, AFileThatIsNoCsvIsQuotedOnceAndTruncated) {
  // As if `brent_monthly_csv = "/etc/shadow"`: no line but the first may reach the message.
  std::string secret;
  for (int i = 0; i < 50; ++i)
    secret += "user" + std::to_string(i) + ":$6$" + std::string(200, 'h') + ":19000:0\n";
  write("shadow", secret);
  const Diagnostics ds = failed("brent_monthly_csv = \"shadow\"\n");
  ASSERT_EQ(ds.items().size(), 1u) << ds.str();
  const std::string text = ds.str();
  EXPECT_NE(text.find("user0:$6$hhh"), std::string::npos) << text;
  EXPECT_EQ(text.find("user1:"), std::string::npos) << text;
  EXPECT_LT(ds.items()[0].message.size(), 250u) << text;
}

TEST_F(BrentCsv, ManyBadRowsAreReportedUpToALimit) {
  std::string rows = "month,brent_usd_per_bbl\n";
  for (int i = 0; i < 500; ++i) rows += "not a row\n";
  write("junk.csv", rows);
  const Diagnostics ds = failed("brent_monthly_csv = \"junk.csv\"\n");
  EXPECT_EQ(ds.items().size(), 21u) << ds.str();
  EXPECT_TRUE(ds.items().back().message.starts_with("too many problems")) << ds.str();
}

}  // namespace
}  // namespace sancsim
