// Brent CSVs as the loader reads them: files that are no CSV at all.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "test_registry.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;

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
