// The calibration file: the shipped ones read; each kind of mistake is reported with its place.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "calibration_text.hpp"
#include "sancsim/scenario/calibration_file.hpp"

namespace {
using namespace sancsim;
namespace fs = std::filesystem;

const std::string kScenarios = SANCSIM_SCENARIOS_DIR;

CalibrationSpec spec(const std::string& file) {
  auto r = load_calibration_spec(file);
  if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
  return std::get<CalibrationSpec>(std::move(r));
}

// Writes `text` (its scenario made absolute) into a temporary file and reads it.
std::string problems_of(std::string text) {
  const std::string relative = "\"../small.toml\"";
  text.replace(text.find(relative), relative.size(), "\"" + kScenarios + "/test/small.toml\"");
  const fs::path file =
      fs::temp_directory_path() / ("sancsim_calibration_file_" + std::to_string(::getpid()) + "_" +
                                   ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".toml");
  std::ofstream(file) << text;
  auto r = load_calibration_spec(file.string());
  fs::remove(file);
  if (auto* d = std::get_if<Diagnostics>(&r)) return d->str();
  return "";
}

const std::string kBase = R"(scenario = "../small.toml"
calibration_windows = ["2015-01..2022-12"]
)" + test::kMetShareParameter;

const std::string kMoment = "\n" + test::kNwfMoment;

// Every calibration file shipped in scenarios/calibration/ (the searches the docs cite, so that each can be
// rerun) and the recovery test's.
TEST(CalibrationFile, TheShippedFilesRead) {
  std::vector<fs::path> files{fs::path(kScenarios) / "test/calibration/recovery.toml"};
  for (const auto& entry : fs::directory_iterator(fs::path(kScenarios) / "calibration"))
    if (entry.is_regular_file() && entry.path().extension() == ".toml") files.push_back(entry.path());
  EXPECT_GE(files.size(), 5u);
  for (const auto& file : files) {
    SCOPED_TRACE(file.string());
    const auto s = spec(file.string());
    EXPECT_FALSE(s.params.empty());
    EXPECT_GE(s.moments.size(), s.params.size());
    for (const auto& m : s.moments) EXPECT_GT(m.scale, 0);
  }
}

TEST(CalibrationFile, TargetsBecomeMomentsAtTheirBandsMiddle) {
  const auto s = spec(kScenarios + "/calibration/state.toml");
  const auto it = std::find_if(s.moments.begin(), s.moments.end(), [](const Moment& m) {
    return m.def.series == "key_rate_pct" && m.window == "2024-12";
  });
  ASSERT_NE(it, s.moments.end());
  EXPECT_DOUBLE_EQ(it->data, 0.5 * (it->band_low + it->band_high));
  EXPECT_DOUBLE_EQ(it->scale, 0.5 * (it->band_high - it->band_low));
  EXPECT_EQ(s.replications, 3);
  ASSERT_EQ(s.fixed.size(), 1u);
  EXPECT_EQ(s.fixed[0].key, "end");
}

TEST(CalibrationFile, AGoodFileHasNoProblems) { EXPECT_EQ(problems_of(kBase + kMoment), ""); }

TEST(CalibrationFile, AMomentOutsideTheCalibrationWindowsIsRefused) {
  std::string moment = kMoment;
  moment.replace(moment.find("2022-12"), 7, "2023-06");
  const auto p = problems_of(kBase + moment);
  EXPECT_NE(p.find("moment[0].window: \"2023-06\" is not inside a calibration window"), std::string::npos)
      << p;
}

TEST(CalibrationFile, EachMistakeIsReportedWithItsPlace) {
  const auto p = problems_of(R"(scenario = "../small.toml"
calibration_windows = ["2015-01..2022-12"]
replications = 0
[search]
local = "newton"
profile_points = 2
[[parameter]]
key = "state.tax.met_effective_share"
low = 0.9
high = 0.4
[[moment]]
quantity = "NWF"
series = "nwf_liquid_rub_bn"
window = "2022-12"
statistic = "median"
value = 1360
sd = 60
band = [1, 2]
source = "test"
colour = "red"
)");
  for (const char* expected :
       {":3:", "replications: expected a whole number in [1, 100], got 0",
        "search.local: unknown method \"newton\"", "search.profile_points: expected 0",
        "parameter[0].high: expected low < high", "moment[0].statistic: unknown statistic",
        "moment[0].sd: give either sd or band", "moment[0].colour: unknown key"})
    EXPECT_NE(p.find(expected), std::string::npos) << expected << "\n" << p;
}

TEST(CalibrationFile, FewerMomentsThanParametersCannotIdentifyThem) {
  const auto p = problems_of(kBase + R"([[parameter]]
key = "state.financing.nwf_deficit_share"
year = 2022
low = 0.1
high = 0.9
)" + kMoment);
  EXPECT_NE(p.find("1 moments cannot identify 2 parameters"), std::string::npos) << p;
}

const std::string kGuard = R"toml(
[[guard]]
quantity = "NWF in the projection"
series = "nwf_liquid_rub_bn"
window = "2023-01..2023-03"
band = [500, 5000]
source = "a working economy (test)"
)toml";

TEST(CalibrationFile, AGuardBoundsAProjectionAfterTheWindows) {
  EXPECT_EQ(problems_of(kBase + kMoment + kGuard), "");
  const fs::path file =
      fs::temp_directory_path() / ("sancsim_calibration_guard_" + std::to_string(::getpid()) + ".toml");
  std::string text = kBase + kMoment + kGuard;
  const std::string relative = "\"../small.toml\"";
  text.replace(text.find(relative), relative.size(), "\"" + kScenarios + "/test/small.toml\"");
  std::ofstream(file) << text;
  const auto s = spec(file.string());
  fs::remove(file);
  ASSERT_EQ(s.moments.size(), 2u);
  const Moment& g = s.moments[1];
  EXPECT_TRUE(g.guard);
  EXPECT_FALSE(s.moments[0].guard);
  EXPECT_DOUBLE_EQ(g.band_low, 500);
  EXPECT_DOUBLE_EQ(g.band_high, 5000);
  EXPECT_DOUBLE_EQ(g.scale, 2250);  // half the band without sd
  // Inside the band a guard costs nothing; outside, its distance from the band in scales.
  EXPECT_EQ(g.weighted_miss(500), 0.0);
  EXPECT_EQ(g.weighted_miss(2000), 0.0);
  EXPECT_DOUBLE_EQ(g.weighted_miss(5000 + 4500), 2.0);
  EXPECT_DOUBLE_EQ(g.weighted_miss(500 - 2250), -1.0);
  EXPECT_TRUE(std::isnan(g.weighted_miss(NAN)));
  // A moment's miss is its distance from the data, inside its band or not.
  EXPECT_DOUBLE_EQ(s.moments[0].weighted_miss(1360 + 30), 0.5);
}

TEST(CalibrationFile, AGuardInsideTheCalibrationWindowsOrWithoutABandIsRefused) {
  std::string inside = kGuard;
  inside.replace(inside.find("2023-01..2023-03"), 16, "2022-10..2023-01");
  auto p = problems_of(kBase + kMoment + inside);
  EXPECT_NE(p.find("guard[0].window: \"2022-10..2023-01\" is not after the calibration windows"),
            std::string::npos)
      << p;
  std::string no_band = kGuard;
  no_band.replace(no_band.find("band = [500, 5000]"), 18, "value = 7");
  p = problems_of(kBase + kMoment + no_band);
  EXPECT_NE(p.find("guard[0].band: missing"), std::string::npos) << p;
  EXPECT_NE(p.find("guard[0].value: unknown key"), std::string::npos) << p;
  // Guards are no data: they do not identify a parameter.
  p = problems_of(kBase + kGuard);
  EXPECT_NE(p.find("no moments"), std::string::npos) << p;
}

}  // namespace
