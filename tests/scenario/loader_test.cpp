#include <gtest/gtest.h>

#include "test_registry.hpp"

using namespace sancsim;
using sancsim::testing::extras;
using sancsim::testing::load_test;

namespace {

Scenario loaded(const std::string& name, const std::vector<Override>& overrides = {}) {
  LoadResult r = load_test(name, overrides);
  if (auto* d = std::get_if<Diagnostics>(&r)) ADD_FAILURE() << d->str();
  return std::holds_alternative<Scenario>(r) ? std::get<Scenario>(std::move(r)) : Scenario{};
}

std::vector<std::string> ids(const Scenario& s) {
  std::vector<std::string> out;
  for (const auto& e : s.events) out.push_back(e.id.empty() ? "-" : e.id);
  return out;
}

}  // namespace

TEST(LoadScenario, ReadsReservedKeysParametersAndData) {
  const Scenario s = loaded("base.toml");
  EXPECT_EQ(s.name, "base");
  EXPECT_EQ(s.description, "cap, embargo and relief");
  EXPECT_EQ(s.start, Date::from_ymd(2022, 1, 1));
  EXPECT_EQ(s.end, Date::from_ymd(2023, 12, 31));
  EXPECT_EQ(s.report_from, YearMonth::from(2022, 6));
  EXPECT_EQ(s.params.oil.g7_tankers, 400);
  EXPECT_EQ(s.params.oil.cargo_crude_kbbl, 800.0);
  EXPECT_EQ(s.params.oil.brent_mode, "baseline");
  EXPECT_EQ(s.params.oil.brent_baseline_usd_per_bbl, OilParams{}.brent_baseline_usd_per_bbl);  // untouched
  ASSERT_EQ(s.chain.size(), 1u);
  EXPECT_EQ(s.chain[0], s.file);
  EXPECT_EQ(s.hash.size(), 16u);
  EXPECT_EQ(s.counterfactual, nullptr);
}

TEST(LoadScenario, ReplacesAWholeYearPathFromATable) {
  loaded("base.toml");
  const auto& p = extras().spending_defence_rub_bn.points;
  ASSERT_EQ(p.size(), 2u);  // the registry's default year 2021 is gone
  EXPECT_EQ(p[0], (std::pair{2022, 3500.0}));
  EXPECT_EQ(p[1], (std::pair{2024, 10780.0}));
}

TEST(LoadScenario, ReadsBrentCsvsRelativeToTheFile) {
  const Scenario s = loaded("base.toml");
  ASSERT_EQ(s.brent.months.size(), 3u);
  EXPECT_EQ(s.brent.months[2], YearMonth::from(2022, 3));
  EXPECT_EQ(s.brent.monthly_usd_per_bbl[2], 117.25);
  ASSERT_EQ(s.brent.days.size(), 2u);  // CRLF line ends are fine
  EXPECT_EQ(s.brent.days[1], Date::from_ymd(2022, 1, 4));
  EXPECT_EQ(s.brent.daily_usd_per_bbl[1], 79.25);
}

TEST(LoadScenario, SortsEventsByDateKeepingFileOrderOnTies) {
  const Scenario s = loaded("base.toml");
  EXPECT_EQ(ids(s), (std::vector<std::string>{"-", "cap", "embargo", "lift"}));
  const PolicyEvent& cap = s.events[1];
  EXPECT_EQ(cap.kind, EventKind::PriceCapCrude);
  EXPECT_EQ(cap.date, Date::from_ymd(2022, 12, 5));
  EXPECT_EQ(cap.jurisdiction, "G7+EU+AU");
  EXPECT_EQ(cap.value, 60.0);
  EXPECT_EQ(cap.wind_down_days, 45);
  EXPECT_TRUE(cap.file.ends_with("base.toml"));
  EXPECT_EQ(cap.line, 23);
  EXPECT_EQ(s.events[0].target, "self_sanctioning");
  EXPECT_EQ(s.events[3].undoes, (std::vector<std::string>{"cap"}));
}

TEST(LoadScenario, ChildOverridesParentKeyByKeyAndEditsInheritedEvents) {
  const Scenario s = loaded("child.toml");
  EXPECT_EQ(s.name, "child");
  EXPECT_EQ(s.params.oil.g7_tankers, 450);          // child
  EXPECT_EQ(s.params.oil.cargo_crude_kbbl, 800.0);  // parent
  EXPECT_EQ(s.start, Date::from_ymd(2022, 1, 1));   // parent
  EXPECT_EQ(ids(s), (std::vector<std::string>{"-", "designations", "cap", "lift"}));
  EXPECT_EQ(s.events[1].value, 12.0);
  EXPECT_TRUE(s.events[1].file.ends_with("child.toml"));
  ASSERT_EQ(s.chain.size(), 2u);
  EXPECT_TRUE(s.chain[1].ends_with("base.toml"));
  EXPECT_EQ(s.brent.months.size(), 3u);  // data paths resolve against the file that names them
}

TEST(LoadScenario, FollowsChainsOfExtends) {
  const Scenario s = loaded("grandchild.toml");
  EXPECT_EQ(s.chain.size(), 3u);
  EXPECT_EQ(s.name, "child");
  EXPECT_EQ(s.end, Date::from_ymd(2024, 6, 30));
  EXPECT_EQ(s.params.oil.g7_tankers, 450);
}

TEST(LoadScenario, DropsInheritedEventsWhenAsked) {
  const Scenario s = loaded("no_inherit.toml");
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].kind, EventKind::EmbargoCrude);
}

TEST(LoadScenario, LoadsTheCounterfactualNamedByCompareTo) {
  const Scenario s = loaded("with_counterfactual.toml");
  ASSERT_NE(s.counterfactual, nullptr);
  EXPECT_EQ(s.counterfactual->name, "base");
  EXPECT_EQ(ids(*s.counterfactual), (std::vector<std::string>{"-", "cap", "embargo", "lift"}));
  // Same date: the inherited embargo stays ahead of the child's cap (stable by file order).
  EXPECT_EQ(ids(s), (std::vector<std::string>{"-", "embargo", "cap45"}));
  EXPECT_NE(s.hash, s.counterfactual->hash);
  EXPECT_EQ(s.counterfactual->counterfactual, nullptr);
}

TEST(LoadScenario, AppliesOverridesAfterTheFiles) {
  const Scenario s = loaded("child.toml", {{"tankers.g7_tankers", "500"},
                                           {"market.brent_mode", "pinned"},  // not TOML: a bare string
                                           {"end", "2024-01-31"},
                                           {"spending.defence_rub_bn.2023", "5000"},
                                           {"politics.ceasefire", "2025-03-01"},
                                           {"state.enabled", "false"},
                                           {"buyers.first.jurisdictions", "\"EU+G7\""}});
  EXPECT_EQ(s.params.oil.g7_tankers, 500);
  EXPECT_EQ(s.params.oil.brent_mode, "pinned");
  EXPECT_EQ(s.end, Date::from_ymd(2024, 1, 31));
  EXPECT_FALSE(s.params.state.enabled);
  EXPECT_EQ(s.params.oil.buyers[0].jurisdictions, "EU+G7");
  EXPECT_EQ(extras().ceasefire, Date::from_ymd(2025, 3, 1));
  const auto& p = extras().spending_defence_rub_bn.points;  // one year set, the others kept
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[1], (std::pair{2023, 5000.0}));
}

TEST(LoadScenario, AppliesOverridesToTheCounterfactualToo) {
  const Scenario s = loaded("with_counterfactual.toml", {{"tankers.g7_tankers", "100"}});
  ASSERT_NE(s.counterfactual, nullptr);
  EXPECT_EQ(s.counterfactual->params.oil.g7_tankers, 100);
}

TEST(ScenarioHash, DependsOnContentNotOnLayoutNamesOrNotes) {
  const Scenario base = loaded("base.toml");
  EXPECT_EQ(loaded("reordered.toml").hash, base.hash);
  EXPECT_EQ(loaded("base.toml", {{"tankers.g7_tankers", "400"}}).hash, base.hash);
  EXPECT_EQ(loaded("base.toml", {{"name", "\"renamed\""}}).hash, base.hash);
}

TEST(ScenarioHash, ChangesWhenAnythingThatDecidesARunChanges) {
  const std::string base = loaded("base.toml").hash;
  EXPECT_NE(loaded("base.toml", {{"tankers.g7_tankers", "401"}}).hash, base);
  EXPECT_NE(loaded("base.toml", {{"tankers.cargo_crude_kbbl", "800.5"}}).hash, base);
  EXPECT_NE(loaded("base.toml", {{"spending.defence_rub_bn.2024", "10781"}}).hash, base);
  EXPECT_NE(loaded("base.toml", {{"end", "2023-12-30"}}).hash, base);
  EXPECT_NE(loaded("base.toml", {{"report_start", "\"2022-07\""}}).hash, base);
  EXPECT_NE(loaded("child.toml").hash, base);
}

TEST(LoadScenario, SetsEventFieldsByIdAfterTheChainIsMerged) {
  const Scenario plain = loaded("base.toml");
  const Scenario s = loaded("base.toml", {{"events.cap.cap_usd_per_bbl", "30"},
                                          {"events.cap.wind_down_days", "10"},
                                          {"events.cap.date", "2023-01-15"}});
  // The moved cap now follows the embargo (same day before), still before the relief.
  EXPECT_EQ(ids(s), (std::vector<std::string>{"-", "embargo", "cap", "lift"}));
  const PolicyEvent& cap = s.events[2];
  EXPECT_EQ(cap.value, 30.0);
  EXPECT_EQ(cap.wind_down_days, 10);
  EXPECT_EQ(cap.date, Date::from_ymd(2023, 1, 15));
  EXPECT_NE(s.hash, plain.hash);
}

TEST(LoadScenario, EventOverridesReachTheCounterfactualOnlyWhereItHasTheEvent) {
  const Scenario s = loaded("with_counterfactual.toml", {{"events.cap45.cap_usd_per_bbl", "20"}});
  EXPECT_EQ(s.events[2].id, "cap45");
  EXPECT_EQ(s.events[2].value, 20.0);
  ASSERT_NE(s.counterfactual, nullptr);
  EXPECT_EQ(s.counterfactual->events[1].id, "cap");
  EXPECT_EQ(s.counterfactual->events[1].value, 60.0);  // has no cap45: untouched
}
