#include <gtest/gtest.h>

#include "test_registry.hpp"

using namespace sancsim;
using sancsim::testing::load_test;

namespace {

// The diagnostics of a load that must fail.
Diagnostics failed(const std::string& name, const std::vector<Override>& overrides = {}) {
  LoadResult r = load_test(name, overrides);
  if (std::holds_alternative<Scenario>(r)) {
    ADD_FAILURE() << name << " loaded without problems";
    return {};
  }
  return std::get<Diagnostics>(std::move(r));
}

// The one diagnostic about `key`; fails the test if there is not exactly one.
Diagnostic about(const Diagnostics& ds, const std::string& key) {
  std::vector<Diagnostic> found;
  for (const auto& d : ds.items())
    if (d.key == key) found.push_back(d);
  if (found.size() != 1) {
    ADD_FAILURE() << found.size() << " diagnostics about \"" << key << "\" in:\n" << ds.str();
    return {};
  }
  return found[0];
}

void expect_at(const Diagnostic& d, const std::string& file_end, int line, int column) {
  EXPECT_TRUE(d.file.ends_with(file_end)) << d.str();
  EXPECT_EQ(d.line, line) << d.str();
  EXPECT_EQ(d.column, column) << d.str();
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST(LoadScenarioErrors, ReportsTomlSyntaxErrorsWithPosition) {
  const Diagnostics ds = failed("broken/syntax.toml");
  ASSERT_EQ(ds.items().size(), 1u) << ds.str();
  expect_at(ds.items()[0], "syntax.toml", 5, 14);
  EXPECT_EQ(ds.items()[0].key, "");
}

TEST(LoadScenarioErrors, SuggestsTheClosestKeyForAnUnknownKey) {
  const Diagnostic d = about(failed("broken/unknown_key.toml"), "tankers.g7_tanker");
  expect_at(d, "unknown_key.toml", 4, 3);
  EXPECT_EQ(d.message, "unknown key; did you mean \"tankers.g7_tankers\"?");
}

TEST(LoadScenarioErrors, ReportsAValueOfTheWrongType) {
  const Diagnostic d = about(failed("broken/wrong_type.toml"), "tankers.g7_tankers");
  expect_at(d, "wrong_type.toml", 4, 14);
  EXPECT_EQ(d.message, "expected an integer in [0, 5000], got \"many\"");
}

TEST(LoadScenarioErrors, ReportsAValueOutOfRange) {
  const Diagnostic d = about(failed("broken/out_of_range.toml"), "tankers.g7_tankers");
  expect_at(d, "out_of_range.toml", 3, 22);
  EXPECT_EQ(d.message, "expected an integer in [0, 5000], got 9000");
}

TEST(LoadScenarioErrors, ReportsAChoiceNotInTheList) {
  const Diagnostic d = about(failed("broken/bad_choice.toml"), "market.brent_mode");
  expect_at(d, "bad_choice.toml", 4, 14);
  EXPECT_EQ(d.message, "expected one of \"pinned\", \"baseline\", got \"pinnned\"; did you mean \"pinned\"?");
}

TEST(LoadScenarioErrors, ReportsAnUnknownEventType) {
  const Diagnostic d = about(failed("broken/unknown_event_type.toml"), "events[0].type");
  expect_at(d, "unknown_event_type.toml", 6, 8);
  EXPECT_TRUE(contains(d.message, "did you mean \"price_cap_crude\"?")) << d.str();
}

TEST(LoadScenarioErrors, ReportsAMissingRequiredValue) {
  const Diagnostic d = about(failed("broken/missing_value.toml"), "events[0].cap_usd_per_bbl");
  expect_at(d, "missing_value.toml", 4, 1);
  EXPECT_TRUE(contains(d.message, "requires a number in [0, 500]")) << d.str();
}

TEST(LoadScenarioErrors, ReportsATargetNotAllowedForTheEventType) {
  const Diagnostic d = about(failed("broken/bad_target.toml"), "events[0].target");
  expect_at(d, "bad_target.toml", 7, 10);
  EXPECT_TRUE(contains(d.message, "did you mean \"maritime\"?")) << d.str();
}

TEST(LoadScenarioErrors, ReportsReliefOfAnUnknownId) {
  const Diagnostics ds = failed("broken/relief_unknown_id.toml");
  const Diagnostic d = about(ds, "events[0].undoes");
  expect_at(d, "relief_unknown_id.toml", 7, 18);
  EXPECT_EQ(d.message, "relief names unknown event id \"nothing\"");
}

TEST(LoadScenarioErrors, ReportsReliefOfALaterEvent) {
  const Diagnostic d = about(failed("broken/relief_later_id.toml"), "events[0].undoes");
  expect_at(d, "relief_later_id.toml", 7, 11);
  EXPECT_TRUE(contains(d.message, "dated 2022-12-05, which is later")) << d.str();
}

TEST(LoadScenarioErrors, ReportsAnEventEndingBeforeItsDate) {
  const Diagnostic d = about(failed("broken/end_before_date.toml"), "events[0].end");
  expect_at(d, "end_before_date.toml", 8, 7);
  EXPECT_EQ(d.message, "end 2022-02-01 is before the event's date 2022-03-01");
}

TEST(LoadScenarioErrors, DetectsExtendsCycles) {
  const Diagnostic d = about(failed("broken/cycle_a.toml"), "extends");
  expect_at(d, "cycle_b.toml", 2, 11);
  EXPECT_TRUE(d.message.starts_with("extends cycle: ")) << d.str();
  EXPECT_TRUE(d.message.ends_with("cycle_a.toml")) << d.str();
}

TEST(LoadScenarioErrors, ReportsAMissingExtendedFileWhereItIsNamed) {
  const Diagnostic d = about(failed("broken/missing_parent.toml"), "extends");
  expect_at(d, "missing_parent.toml", 3, 11);
  EXPECT_TRUE(contains(d.message, "cannot read")) << d.str();
}

TEST(LoadScenarioErrors, ReportsAMissingScenarioFile) {
  const Diagnostics ds = failed("no_such_scenario.toml");
  ASSERT_EQ(ds.items().size(), 1u);
  EXPECT_TRUE(ds.items()[0].file.ends_with("no_such_scenario.toml"));
  EXPECT_EQ(ds.items()[0].line, 0);
}

TEST(LoadScenarioErrors, ReportsBadCsvRowsWithTheirLineAndMissingCsvFiles) {
  const Diagnostics ds = failed("broken/bad_csv.toml");
  ASSERT_EQ(ds.items().size(), 4u) << ds.str();
  expect_at(about(ds, "data.brent_daily_csv"), "bad_csv.toml", 5, 19);
  expect_at(about(ds, "brent_usd_per_bbl"), "bad_rows.csv", 4, 9);
  std::vector<std::pair<int, std::string>> month_problems;
  for (const auto& d : ds.items())
    if (d.key == "month") month_problems.emplace_back(d.line, d.message);
  ASSERT_EQ(month_problems.size(), 2u) << ds.str();
  EXPECT_EQ(month_problems[0].first, 3);
  EXPECT_TRUE(contains(month_problems[0].second, "got \"2022-13\""));
  EXPECT_EQ(month_problems[1].first, 5);
  EXPECT_TRUE(contains(month_problems[1].second, "increasing order"));
}

TEST(LoadScenarioErrors, ReportsEveryProblemInAFileAtOnce) {
  const Diagnostics ds = failed("broken/many_errors.toml");
  expect_at(about(ds, "end"), "many_errors.toml", 2, 7);
  expect_at(about(ds, "report_start"), "many_errors.toml", 3, 16);
  expect_at(about(ds, "tankers.g7_tankers"), "many_errors.toml", 6, 14);
  EXPECT_EQ(about(ds, "tankers.g7_tankers").message, "expected an integer in [0, 5000], got 1.5");
  expect_at(about(ds, "tankers.cargo_crud_kbbl"), "many_errors.toml", 7, 1);
  expect_at(about(ds, "events[0].colour"), "many_errors.toml", 13, 1);
  expect_at(about(ds, "events[1].id"), "many_errors.toml", 16, 6);
  expect_at(about(ds, "events[1].cap_usd_per_bbl"), "many_errors.toml", 19, 19);
  EXPECT_EQ(ds.items().size(), 7u) << ds.str();
  for (std::size_t i = 1; i < ds.items().size(); ++i)  // in reading order
    EXPECT_LE(ds.items()[i - 1].line, ds.items()[i].line) << ds.str();
}

TEST(LoadScenarioErrors, ReportsAMissingPeriod) {
  const Diagnostics ds = failed("broken/no_period.toml");
  EXPECT_TRUE(contains(about(ds, "start").message, "missing"));
  EXPECT_TRUE(contains(about(ds, "end").message, "missing"));
}

TEST(LoadScenarioErrors, ReportsTheCounterfactualsProblemsToo) {
  const Diagnostics ds = failed("broken/bad_counterfactual.toml");
  ASSERT_EQ(ds.items().size(), 2u) << ds.str();
  EXPECT_TRUE(ds.items()[0].file.ends_with("bad_counterfactual.toml"));
  EXPECT_TRUE(ds.items()[1].file.ends_with("wrong_type.toml"));
}

TEST(LoadScenarioErrors, ReportsBadOverridesUnderSet) {
  const Diagnostics ds =
      failed("base.toml", {{"tankers.g7_tankers", "lots"}, {"tankers.g7_tanker", "1"}, {"events", "1"}});
  const Diagnostic bad = about(ds, "tankers.g7_tankers");
  EXPECT_EQ(bad.str(), "--set: tankers.g7_tankers: expected an integer in [0, 5000], got \"lots\"");
  EXPECT_EQ(about(ds, "tankers.g7_tanker").message, "unknown key; did you mean \"tankers.g7_tankers\"?");
  EXPECT_TRUE(contains(about(ds, "events").message, "cannot be set with --set"));
  EXPECT_EQ(ds.items().size(), 3u) << ds.str();
}

TEST(LoadScenarioErrors, ReportsBadEventOverridesUnderSet) {
  const Diagnostics ds = failed("base.toml", {{"events.cpa.cap_usd_per_bbl", "30"},
                                              {"events.cap.cap", "30"},
                                              {"events.cap.cap_usd_per_bbl", "-1"},
                                              {"events.lift.date", "soon"},
                                              {"events.cap", "30"}});
  EXPECT_EQ(about(ds, "events.cpa.cap_usd_per_bbl").str(),
            "--set: events.cpa.cap_usd_per_bbl: unknown event id \"cpa\" (no event of the scenario has it); "
            "did you mean \"cap\"?");
  EXPECT_EQ(about(ds, "events.cap.cap").message,
            "unknown field \"cap\" for --set on an event of type \"price_cap_crude\"; settable: date, end, "
            "wind_down_days, cap_usd_per_bbl");
  EXPECT_EQ(about(ds, "events.cap.cap_usd_per_bbl").message, "expected a number in [0, 500], got -1");
  EXPECT_EQ(about(ds, "events.lift.date").message, "expected a date (YYYY-MM-DD, unquoted), got \"soon\"");
  EXPECT_TRUE(contains(about(ds, "events.cap").message, "expected events.<event id>.<field>"));
  EXPECT_EQ(ds.items().size(), 5u) << ds.str();
}

TEST(LoadScenarioErrors, ReportsBadYearPathsDatesAndRemovalsOfUnknownEvents) {
  const Diagnostics ds = failed("broken/bad_path_day_remove.toml");
  const Diagnostic remove = about(ds, "remove_events");
  expect_at(remove, "bad_path_day_remove.toml", 2, 29);
  EXPECT_EQ(remove.message, "no inherited event has id \"nope\"");
  const Diagnostic year = about(ds, "spending.defence_rub_bn.twenty");
  expect_at(year, "bad_path_day_remove.toml", 5, 1);
  EXPECT_EQ(year.message, "expected a year in [1900, 2200] as key");
  const Diagnostic value = about(ds, "spending.defence_rub_bn.2025");
  expect_at(value, "bad_path_day_remove.toml", 6, 8);
  EXPECT_EQ(value.message, "expected a number in [0, 1000000], got -5");
  const Diagnostic day = about(ds, "politics.ceasefire");
  expect_at(day, "bad_path_day_remove.toml", 8, 13);
  EXPECT_EQ(day.message, "expected a date (YYYY-MM-DD, unquoted), got \"2025-01-01\"");
  EXPECT_EQ(ds.items().size(), 4u) << ds.str();
}

TEST(LoadScenarioErrors, RefusesToExtendADeviceWithoutReadingIt) {
  // `extends = "/dev/zero"` used to grow to gigabytes within seconds.
  const Diagnostic d = about(failed("broken/extends_device.toml"), "extends");
  expect_at(d, "extends_device.toml", 3, 11);
  EXPECT_EQ(d.message,
            "cannot read \"/dev/zero\": not a regular file (a character device); expected a file of text");
}

TEST(LoadScenarioErrors, RefusesAStartBeforeTheEarliestStart) {
  for (const char* start : {"0001-01-01", "1900-01-01", "1999-12-31"}) {
    const Diagnostic d = about(failed("base.toml", {{"start", start}}), "start");
    EXPECT_EQ(d.file, "--set") << d.str();
    EXPECT_TRUE(contains(d.message, "is before the earliest start 2000-01-01")) << d.str();
  }
  EXPECT_TRUE(std::holds_alternative<Scenario>(load_test("base.toml", {{"start", "2000-01-01"}})));
}

TEST(LoadScenarioErrors, RefusesAnEndPastTheHorizon) {
  const Diagnostic d = about(failed("base.toml", {{"end", "2036-01-01"}}), "end");
  EXPECT_TRUE(contains(d.message, "is past the horizon 2035-12-31")) << d.str();
  EXPECT_TRUE(std::holds_alternative<Scenario>(load_test("base.toml", {{"end", "2035-12-31"}})));
}
