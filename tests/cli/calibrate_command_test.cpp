// `sancsim calibrate`: the result files, a rerun that replays its log to the same estimates, a
// kill mid-run that the rerun resumes from, and a bad file refused with its place.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_fixture.hpp"

namespace {
namespace fs = std::filesystem;
using sancsim::cli_test::Cli;
using sancsim::cli_test::read_text;

const std::string kRecovery =
    (fs::path(SANCSIM_SOURCE_DIR) / "scenarios" / "test" / "calibration" / "recovery.toml").string();

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(Cli, CalibrateWritesItsTablesAndARerunReplaysTheLog) {
  auto r = sancsim("calibrate '" + kRecovery + "' --out out --threads 2");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "best")) << "progress lines with the best loss so far";
  for (const char* name : {"estimates.csv", "moments.csv", "jacobian.csv", "identification.csv",
                           "profile.csv", "calibration.json", "evaluations.csv"})
    EXPECT_TRUE(fs::exists(dir_ / "out" / name)) << name;
  const auto json = nlohmann::json::parse(read_text(dir_ / "out" / "calibration.json"));
  EXPECT_LT(json["loss"].get<double>(), json["loss_start"].get<double>());
  EXPECT_EQ(json["parameters"].size(), 2u);
  EXPECT_EQ(json["moments"].size(), 4u);
  EXPECT_FALSE(json["manifest"]["git_commit"].get<std::string>().empty());
  const std::string estimates = read_text(dir_ / "out" / "estimates.csv");
  EXPECT_TRUE(contains(estimates, "parameter,low,high,default,start,estimate,standard_error,at_bound\n"));

  r = sancsim("calibrate '" + kRecovery + "' --out out --threads 1 -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "points from an earlier run's log")) << r.out;
  EXPECT_EQ(read_text(dir_ / "out" / "estimates.csv"), estimates) << "the replay reaches the same estimates";
  const auto again = nlohmann::json::parse(read_text(dir_ / "out" / "calibration.json"));
  EXPECT_GT(again["replayed_from_log"].get<int>(), 0);

  // A kill part way: the log keeps what was done, and the rerun ends at the same estimates.
  r = sancsim_after("", "calibrate '" + kRecovery + "' --out killed -q & sleep 0.3; kill -9 $!; wait; true");
  r = sancsim("calibrate '" + kRecovery + "' --out killed -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_text(dir_ / "killed" / "estimates.csv"), estimates);
}

TEST_F(Cli, CalibrateRefusesABadFileWithItsPlace) {
  std::ofstream(dir_ / "bad.toml") << "scenario = \"" << SANCSIM_SOURCE_DIR
                                   << "/scenarios/test/small.toml\"\n"
                                   << "calibration_windows = [\"2015-01..2022-12\"]\n"
                                   << "[[parameter]]\nkey = \"no.such.key\"\nlow = 0\nhigh = 1\n"
                                   << "[[moment]]\nquantity = \"q\"\nseries = \"nwf_liquid_rub_bn\"\n"
                                   << "window = \"2022-12\"\nvalue = 1\nsd = 1\nsource = \"s\"\n";
  const auto r = sancsim("calibrate bad.toml --out out");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "bad.toml: parameter no.such.key: unknown key")) << r.err;
}

}  // namespace
