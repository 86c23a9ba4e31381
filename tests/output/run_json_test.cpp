#include "sancsim/output/run_json.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <cctype>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sancsim/output/build_info.hpp"
#include "../temp_dir.hpp"

namespace sancsim {
namespace {

// Whether `text` has the shape of `pattern`, where '9' stands for any digit (std::regex is avoided:
// GCC 12 warns inside it under sanitizers).
bool shaped_like(const std::string& text, const std::string& pattern) {
  if (text.size() != pattern.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool ok =
        pattern[i] == '9' ? std::isdigit(static_cast<unsigned char>(text[i])) != 0 : text[i] == pattern[i];
    if (!ok) return false;
  }
  return true;
}

TEST(SummaryJson, PutsExtraFieldsFirstAndMetricsInRunOrderWithNanAsNull) {
  const std::vector<Metric> metrics = {{"zeta_usd_bn", 2.5},
                                       {"alpha_pct", -1.25},
                                       {"nwf_exhausted_month", std::numeric_limits<double>::quiet_NaN()}};
  nlohmann::ordered_json extra;
  extra["scenario"] = "status_quo";
  extra["seed"] = 7;
  const auto j = summary_json(metrics, extra);
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j.begin().key(), "scenario");
  EXPECT_EQ(j["seed"], 7);
  const auto& m = j["metrics"];
  ASSERT_EQ(m.size(), 3u);
  auto it = m.begin();
  EXPECT_EQ(it.key(), "zeta_usd_bn");
  EXPECT_EQ(it.value().get<double>(), 2.5);
  ++it;
  EXPECT_EQ(it.key(), "alpha_pct");
  EXPECT_TRUE(m["nwf_exhausted_month"].is_null());
}

TEST(SummaryJson, WrittenFileParsesBack) {
  test::TempDir dir;
  write_summary_json({{"mean_urals_discount_usd_per_bbl", 12.75}}, {{"scenario", "s"}}, dir / "summary.json");
  const auto j = nlohmann::json::parse(test::read_text(dir / "summary.json"));
  EXPECT_EQ(j["scenario"], "s");
  EXPECT_EQ(j["metrics"]["mean_urals_discount_usd_per_bbl"].get<double>(), 12.75);
}

RunManifest sample_manifest() {
  RunManifest m;
  m.scenario_name = "history";
  m.scenario_chain = {"/x/scenarios/history.toml", "/x/scenarios/base.toml"};
  m.scenario_hash = "0123456789abcdef";
  m.seed = 42;
  m.replication = 3;
  m.start = Date::from_ymd(2021, 1, 1);
  m.end = Date::from_ymd(2025, 12, 31);
  m.state_hash = 0xabcULL;
  m.wall_time_s = 0.125;
  m.started_utc = utc_timestamp_now();
  m.command_line = "sancsim run scenarios/history.toml";
  m.host = host_name();
  m.params = {{"oil.cap_usd_per_bbl", "60"}, {"state.cutoff_usd_per_bbl", "40"}};
  return m;
}

TEST(ManifestJson, RecordsBuildScenarioRunAndMachine) {
  test::TempDir dir;
  write_manifest_json(sample_manifest(), dir / "manifest.json");
  const auto j = nlohmann::json::parse(test::read_text(dir / "manifest.json"));
  for (const char* key :
       {"sancsim_version", "git_commit", "scenario", "scenario_files", "scenario_hash", "seed", "replication",
        "start", "end", "state_hash", "wall_time_s", "started_utc", "command_line", "host", "params"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["sancsim_version"], std::string(sancsim_version()));
  EXPECT_EQ(j["scenario_files"].size(), 2u);
  EXPECT_EQ(j["seed"], 42);
  EXPECT_EQ(j["replication"], 3);
  EXPECT_EQ(j["start"], "2021-01-01");
  EXPECT_EQ(j["end"], "2025-12-31");
  EXPECT_EQ(j["state_hash"], "0000000000000abc");
  EXPECT_EQ(j["params"]["oil.cap_usd_per_bbl"], "60");
  EXPECT_EQ(j["wall_time_s"].get<double>(), 0.125);
  EXPECT_TRUE(shaped_like(j["started_utc"].get<std::string>(), "9999-99-99T99:99:99Z")) << j["started_utc"];
}

TEST(ManifestJson, RecordsCompareToAndEventsInOrder) {
  RunManifest m = sample_manifest();
  EXPECT_FALSE(manifest_json(m).contains("compare_to"));  // only when the scenario names one
  EXPECT_TRUE(manifest_json(m)["events"].empty());
  m.compare_to = "counterfactual_no_sanctions";
  m.events = {{.date = "2022-12-05", .id = "cap", .type = "price_cap_crude", .description = "the cap (60)"},
              {.date = "2023-02-05", .id = "", .type = "embargo_products", .description = "products"}};
  const auto j = manifest_json(m);
  EXPECT_EQ(j["compare_to"], "counterfactual_no_sanctions");
  ASSERT_EQ(j["events"].size(), 2u);
  EXPECT_EQ(j["events"][0]["date"], "2022-12-05");
  EXPECT_EQ(j["events"][0]["id"], "cap");
  EXPECT_EQ(j["events"][0]["type"], "price_cap_crude");
  EXPECT_EQ(j["events"][0]["description"], "the cap (60)");
  EXPECT_EQ(j["events"][1]["id"], "");
}

TEST(ManifestJson, ACompleteRunIsOkWithNoFailureKeys) {
  const auto j = manifest_json(sample_manifest());
  EXPECT_EQ(j["status"], "ok");
  for (const char* key : {"error", "failed_run", "stopped_in_month", "last_completed_month"})
    EXPECT_FALSE(j.contains(key)) << key;
  // The status follows the run's period; the keys that were there before keep their order.
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  const std::vector<std::string> expected = {
      "sancsim_version", "git_commit",   "scenario", "scenario_files", "scenario_hash", "seed",
      "replication",     "start",        "end",      "status",         "state_hash",    "wall_time_s",
      "started_utc",     "command_line", "host",     "params",         "events"};
  EXPECT_EQ(keys, expected);
}

TEST(ManifestJson, AFailedRunRecordsItsErrorWhichRunStoppedAndWhere) {
  RunManifest m = sample_manifest();
  m.failure = ManifestFailure{.error = "2026-05: cpi_yoy_pct would be inf",
                              .failed_run = "scenario",
                              .stopped_in_month = YearMonth::from(2026, 5),
                              .last_completed_month = YearMonth::from(2026, 4)};
  auto j = manifest_json(m);
  EXPECT_EQ(j["status"], "failed");
  EXPECT_EQ(j["error"], "2026-05: cpi_yoy_pct would be inf");
  EXPECT_EQ(j["failed_run"], "scenario");
  EXPECT_EQ(j["stopped_in_month"], "2026-05");
  EXPECT_EQ(j["last_completed_month"], "2026-04");
  EXPECT_EQ(j["start"], "2021-01-01");  // the keys of a complete run stay
  EXPECT_EQ(j["end"], "2025-12-31");
  m.failure->last_completed_month = std::nullopt;  // stopped in its first month
  j = manifest_json(m);
  ASSERT_TRUE(j.contains("last_completed_month"));
  EXPECT_TRUE(j["last_completed_month"].is_null());
}

TEST(BuildInfo, VersionIsTheProjectVersion) {
  const std::string v(sancsim_version());
  EXPECT_EQ(std::count(v.begin(), v.end(), '.'), 2) << v;
  EXPECT_TRUE(std::all_of(v.begin(), v.end(), [](char c) {
    return c == '.' || std::isdigit(static_cast<unsigned char>(c));
  })) << v;
  EXPECT_FALSE(sancsim_git_commit().empty());
}

TEST(CommandLine, QuotesArgumentsTheShellWouldSplit) {
  const char* argv[] = {"sancsim", "run", "a b.toml", "--set", "oil.name='x'", ""};
  EXPECT_EQ(shell_quoted_command_line(6, argv), R"(sancsim run 'a b.toml' --set 'oil.name='\''x'\''' '')");
}

}  // namespace
}  // namespace sancsim
