// `set` events: a parameter takes its value on the event's date, the scenario's value again at
// `end` or when the event is lifted.
#include "sancsim/model/dated_parameters.hpp"

#include <gtest/gtest.h>

#include "world_fixture.hpp"

using namespace sancsim;
using namespace sancsim::test;

TEST(DatedParameters, AParameterTakesItsValueFromTheDateUntilTheEnd) {
  Params params;
  params.oil.reactive_vessels_per_month = 5;
  auto set = event("2026-07-01", EventKind::SetParameter, "", "coalition.reactive_vessels_per_month", 40);
  set.end = day("2027-01-01");
  const std::vector<PolicyEvent> events = {set};
  DatedParameters dated(events, params);
  std::vector<std::uint8_t> active(1, 1);
  dated.apply(day("2026-06-30"), active);
  EXPECT_EQ(params.oil.reactive_vessels_per_month, 5);
  dated.apply(day("2026-07-01"), active);
  EXPECT_EQ(params.oil.reactive_vessels_per_month, 40);
  dated.apply(day("2027-01-01"), active);
  EXPECT_EQ(params.oil.reactive_vessels_per_month, 5);
  active[0] = 0;  // lifted by relief
  dated.apply(day("2026-08-01"), active);
  EXPECT_EQ(params.oil.reactive_vessels_per_month, 5);
}

TEST(DatedParameters, TheLatestEventInForceWinsAndIntegersAreRounded) {
  Params params;
  const std::vector<PolicyEvent> events = {
      event("2022-01-01", EventKind::SetParameter, "", "tankers.g7_tankers", 300),
      event("2023-01-01", EventKind::SetParameter, "", "tankers.g7_tankers", 200.4)};
  DatedParameters dated(events, params);
  std::vector<std::uint8_t> active(2, 1);
  dated.apply(day("2022-06-01"), active);
  EXPECT_EQ(params.oil.g7_tankers, 300);
  dated.apply(day("2023-06-01"), active);
  EXPECT_EQ(params.oil.g7_tankers, 200);
}

TEST(DatedParameters, AParameterChangesInTheRunsOwnCopyNotInItsInput) {
  SmallRun r;
  r.end = day("2021-12-31");
  r.events = {event("2021-07-01", EventKind::SetParameter, "", "market.products_crack_usd_per_bbl", 20)};
  const RunResult with = r.run();
  r.events.clear();
  const RunResult without = r.run();
  EXPECT_EQ(r.params.oil.enforcement_initial,
            default_oil_params().enforcement_initial);  // the input is untouched
  EXPECT_NE(with.state_hash, without.state_hash);
}

// A `set` on a year path makes it flat at the value while in force (every year reads the value),
// and gives back the path's own points when the event ends.
TEST(DatedParameters, AYearPathIsFlatAtTheValueWhileTheEventIsInForce) {
  Params params;
  const YearPath own = params.state.agents.contract_soldiers_target_k;
  auto set = event("2027-01-01", EventKind::SetParameter, "", "economy.contract_soldiers_target_k", 600);
  set.end = day("2029-01-01");
  const std::vector<PolicyEvent> events = {
      event("2026-10-01", EventKind::SetParameter, "", "economy.contract_soldiers_target_k", 800), set};
  DatedParameters dated(events, params);
  std::vector<std::uint8_t> active(2, 1);
  const YearPath& path = params.state.agents.contract_soldiers_target_k;
  dated.apply(day("2026-09-30"), active);
  EXPECT_EQ(path.points, own.points);
  dated.apply(day("2026-10-01"), active);
  EXPECT_EQ(path.at(2021), 800);
  EXPECT_EQ(path.at(2030), 800);
  dated.apply(day("2027-01-01"), active);
  EXPECT_EQ(path.at(2025), 600);
  EXPECT_EQ(path.at(2027), 600);
  dated.apply(day("2029-01-01"), active);  // the second ended: the first is in force again
  EXPECT_EQ(path.at(2029), 800);
  active = {0, 0};  // both lifted
  dated.apply(day("2029-02-01"), active);
  EXPECT_EQ(path.points, own.points);
}
