// The scenario layer with the model's own registry, catalogue and simulation.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "loader.hpp"
#include "sancsim/scenario/scenario.hpp"

using namespace sancsim;

namespace {

std::string fixture(const std::string& name) { return std::string(SANCSIM_SCENARIO_FIXTURES) + "/" + name; }

Scenario loaded(const std::string& name, const std::vector<Override>& overrides = {}) {
  LoadResult r = load_scenario(fixture(name), overrides);
  if (auto* d = std::get_if<Diagnostics>(&r)) ADD_FAILURE() << d->str();
  return std::holds_alternative<Scenario>(r) ? std::get<Scenario>(std::move(r)) : Scenario{};
}

}  // namespace

TEST(Scenario, LoadsTheSmallFixtureWithTheModelRegistry) {
  const Scenario s = loaded("small.toml");
  EXPECT_EQ(s.params.oil.g7_tankers, 420);
  EXPECT_EQ(s.params.oil.brent_mode, "pinned");
  ASSERT_EQ(s.events.size(), 3u);
  EXPECT_EQ(s.events[2].kind, EventKind::PriceCapCrude);
  EXPECT_EQ(s.events[2].value, 60.0);
  EXPECT_EQ(s.brent.months.front(), YearMonth::from(2021, 12));
}

TEST(Scenario, SuggestsModelKeysForMisspeltOverrides) {
  LoadResult r = load_scenario(fixture("small.toml"), {{"tankers.g7_tanker", "300"}});
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  EXPECT_EQ(std::get<Diagnostics>(r).str(),
            "--set: tankers.g7_tanker: unknown key; did you mean \"tankers.g7_tankers\"?\n");
}

// The counterfactual is loaded with the same overrides; a bad one is reported once, not per scenario.
TEST(Scenario, ReportsABadOverrideOnceWhenACounterfactualSharesIt) {
  LoadResult r = load_scenario(fixture("small_cap_effect.toml"), {{"tankers.g7_tanker", "300"}});
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  EXPECT_EQ(std::get<Diagnostics>(r).str(),
            "--set: tankers.g7_tanker: unknown key; did you mean \"tankers.g7_tankers\"?\n");
}

TEST(RunScenario, AddsDifferencesToTheCounterfactualWithTheSameSeed) {
  const Scenario s = loaded("small_cap_effect.toml");
  ASSERT_NE(s.counterfactual, nullptr);
  const RunResult with = run_scenario(s, 7, 1);
  const RunResult alone = run_scenario(loaded("small.toml"), 7, 1);
  const RunResult without = run_scenario(*s.counterfactual, 7, 1);
  ASSERT_FALSE(alone.metrics.empty());
  ASSERT_EQ(with.metrics.size(), 2 * alone.metrics.size());
  for (std::size_t i = 0; i < alone.metrics.size(); ++i) {
    const Metric& m = alone.metrics[i];
    EXPECT_EQ(with.metrics[i].name, m.name);
    const double diff = metric(with, m.name + "_vs_counterfactual");
    const double expected = m.value - metric(without, m.name);
    if (std::isnan(expected))
      EXPECT_TRUE(std::isnan(diff)) << m.name;
    else
      EXPECT_EQ(diff, expected) << m.name;
  }
  EXPECT_EQ(with.state_hash, alone.state_hash);
}

// Every scenario shipped with the project loads cleanly with the model's registry (the loader's
// own fixtures under scenarios/test/loader/ use a test registry and are checked elsewhere).
TEST(Scenario, LoadsEveryShippedScenarioFile) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(SANCSIM_SCENARIO_FIXTURES).parent_path();
  std::vector<fs::path> files;
  for (const fs::path& dir : {root, root / "test"})
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.is_regular_file() && entry.path().extension() == ".toml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 3u);
  for (const auto& f : files) {
    const LoadResult r = load_scenario(f.string());
    if (const auto* d = std::get_if<Diagnostics>(&r)) ADD_FAILURE() << d->str();
  }
}

TEST(Scenario, ACacheOfFilesChangesNothingButTheReading) {
  const std::string history = fixture("../history.toml");
  const std::vector<std::vector<Override>> variants = {
      {},
      {{"coalition.enforcement_initial", "0.3"}},
      {{"events.g7_eu_au_price_cap_crude_20221205.cap_usd_per_bbl", "30"}, {"end", "2025-12-31"}},
      {}};
  ScenarioFileCache cache;
  for (const auto& overrides : variants) {
    auto plain = load_scenario(history, overrides);
    auto cached = load_scenario(history, overrides, cache);
    ASSERT_TRUE(std::holds_alternative<Scenario>(plain));
    ASSERT_TRUE(std::holds_alternative<Scenario>(cached));
    const auto& a = std::get<Scenario>(plain);
    const auto& b = std::get<Scenario>(cached);
    EXPECT_EQ(a.hash, b.hash);
    EXPECT_EQ(a.chain, b.chain);
    EXPECT_EQ(a.events.size(), b.events.size());
    EXPECT_EQ(a.brent.days, b.brent.days);
    EXPECT_EQ(a.brent.monthly_usd_per_bbl, b.brent.monthly_usd_per_bbl);
    ASSERT_NE(b.counterfactual, nullptr);
    EXPECT_EQ(a.counterfactual->hash, b.counterfactual->hash);
  }
  // history.toml and what it extends (also its counterfactual) and the two Brent CSVs, once each.
  EXPECT_EQ(cache.data().files.size(), std::get<Scenario>(load_scenario(history)).chain.size());
  EXPECT_EQ(cache.data().daily.size() + cache.data().monthly.size(), 2u);
  // A file with problems is not kept: the second load reports them again.
  const auto bad = fixture("loader/broken/many_errors.toml");
  auto first = load_scenario(bad, {}, cache);
  auto second = load_scenario(bad, {}, cache);
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(first));
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(second));
  EXPECT_EQ(std::get<Diagnostics>(first).str(), std::get<Diagnostics>(second).str());
}

// A `set` event names a registered number parameter and gives a value in its range; each problem is
// reported at the event's `key`.
TEST(Scenario, ASetEventNamesANumberParameterWithAValueInItsRange) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("sancsim_set_events_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "set_events.toml";
  {
    std::ofstream out(file);
    out << "extends = \"" << fixture("small.toml") << "\"\n"
        << "[[events]]\ndate = 2022-07-01\ntype = \"set\"\nkey = "
           "\"coalition.reactive_vessels_per_mont\"\nvalue = 5.0\n"
        << "[[events]]\ndate = 2022-07-01\ntype = \"set\"\nkey = \"brent.mode\"\nvalue = 1.0\n"
        << "[[events]]\ndate = 2022-07-01\ntype = \"set\"\nkey = \"coalition.enforcement_initial\"\nvalue = "
           "2.0\n"
        << "[[events]]\ndate = 2022-07-01\ntype = \"set\"\nvalue = 1.0\n";
  }
  LoadResult r = load_scenario(file.string());
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  const std::string text = std::get<Diagnostics>(r).str();
  EXPECT_NE(
      text.find(
          "set_events.toml:5:7: events[0].key: unknown parameter \"coalition.reactive_vessels_per_mont\"; "
          "did you mean \"coalition.reactive_vessels_per_month\"?"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("events[1].key: parameter \"brent.mode\" is not a number"), std::string::npos) << text;
  EXPECT_NE(
      text.find("events[2].key: value 2 for \"coalition.enforcement_initial\": expected a number in [0, 1]"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("events[3].key: missing; a set event names its parameter"), std::string::npos) << text;
  fs::remove_all(dir);

  // A good one loads, and the run's parameters take it on its date (tests/model/dated_parameters_test.cpp).
  LoadResult good = load_scenario(fixture("small.toml"), {});
  ASSERT_TRUE(std::holds_alternative<Scenario>(good));
}

namespace {
std::filesystem::path fresh_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / (name + "_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}
}  // namespace

// A scenario copied out of scenarios/ still finds what it extends and compares to there.
TEST(Scenario, LinksNotBesideTheFileAreLookedUpInTheProjectsScenarios) {
  const auto dir = fresh_dir("sancsim_copied_scenario");
  std::ofstream(dir / "copy.toml")
      << "extends = \"status_quo.toml\"\ncompare_to = \"status_quo.toml\"\nname = \"copy\"\n";
  const LoadResult r = load_scenario((dir / "copy.toml").string());
  ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<Diagnostics>(r).str();
  EXPECT_NE(std::get<Scenario>(r).counterfactual, nullptr);
  std::filesystem::remove_all(dir);
}

// A missing link names every path tried, and no false "start/end missing" lines follow it.
TEST(Scenario, AMissingLinkNamesEveryPathTriedAndNothingElse) {
  const auto dir = fresh_dir("sancsim_missing_link");
  std::ofstream(dir / "bad.toml") << "extends = \"status_qou.toml\"\n";
  const LoadResult r = load_scenario((dir / "bad.toml").string());
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  const auto& items = std::get<Diagnostics>(r).items();
  ASSERT_EQ(items.size(), 1u) << std::get<Diagnostics>(r).str();
  EXPECT_EQ(items[0].key, "extends");
  EXPECT_NE(items[0].message.find((dir / "status_qou.toml").string()), std::string::npos) << items[0].message;
  EXPECT_NE(items[0].message.find("scenarios/status_qou.toml"), std::string::npos) << items[0].message;
  std::filesystem::remove_all(dir);
}

TEST(Scenario, AnUnknownEventIdInASetListsTheClosestIds) {
  LoadResult r = load_scenario(fixture("small.toml"), {{"events.foo.cap_usd_per_bbl", "30"}});
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  EXPECT_NE(std::get<Diagnostics>(r).str().find("the closest ids: crude_cap, eu_crude_embargo"),
            std::string::npos)
      << std::get<Diagnostics>(r).str();
}
