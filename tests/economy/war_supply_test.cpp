// The invasion's supply shock: imported inputs that could not be replaced at once lower productivity
// and, once a firm's stock of the cut-off parts runs out, limit what it can make.
#include "sancsim/economy/war_supply.hpp"

#include <gtest/gtest.h>

#include "sancsim/economy/sectors.hpp"

namespace sancsim {
namespace {

TEST(WarSupply, TheFactorIsTheCutOfTheImportedInputIntensity) {
  EXPECT_DOUBLE_EQ(war_supply_factor(0.4, 0.1823, 0.0), 1.0);  // before the invasion
  // Machinery (imported inputs 0.1823 per unit of output) at the invasion: 1 - 0.4 x 0.1823.
  EXPECT_NEAR(war_supply_factor(0.4, kSut2019.imported_inputs_per_output[index(Sector::Mach)], 1.0), 0.92708,
              1e-12);
  // Half faded: half the cut.
  EXPECT_NEAR(war_supply_factor(0.4, 0.1823, 0.5), 1.0 - 0.5 * 0.4 * 0.1823, 1e-12);
}

TEST(WarSupply, WithTheCutAtZeroNothingChanges) {
  // Factor 1 (no cut, or peace): the plan is made whatever the stock of parts, nothing is drained.
  const PartsLimitedOutput made = output_on_imported_parts(120.0, 120.0, 1.0, 0.0, 0.0);
  EXPECT_DOUBLE_EQ(made.output, 120.0);
  EXPECT_DOUBLE_EQ(made.parts, 0.0);
  EXPECT_DOUBLE_EQ(made.drained, 0.0);
  // No stock is held of parts that are never cut.
  EXPECT_DOUBLE_EQ(imported_parts_target(1.0, 1.0, 100.0), 0.0);
}

TEST(WarSupply, TheStockOfCutOffPartsCoversTheShortfallUntilItRunsOut) {
  // Machinery at a full cut: factor 1 - 0.4 x 0.1823 = 0.92708; a month's stock of the cut-off parts
  // covers a month's shortfall of 7.3% of output.
  const double factor = war_supply_factor(0.4, 0.1823, 1.0);
  double parts = imported_parts_target(1.0, factor, 100.0);
  EXPECT_NEAR(parts, 7.292, 1e-9);
  double drained = 0;
  // First month: the stock covers it all, output is the plan.
  PartsLimitedOutput made = output_on_imported_parts(100.0, 100.0, factor, parts, drained);
  EXPECT_NEAR(made.output, 100.0, 1e-9);
  EXPECT_NEAR(made.parts, 0.0, 1e-9);
  EXPECT_NEAR(made.drained, 0.0, 1e-9);
  // Then the parts on offer bind: output falls by x m_s of the reference, and the stock the cut took
  // is recorded so the reference stays what the firm would have made without the shortage.
  made = output_on_imported_parts(100.0, 100.0, factor, made.parts, made.drained);
  EXPECT_NEAR(made.output, 92.708, 1e-9);
  EXPECT_NEAR(made.drained, 7.292, 1e-9);
  // A plan that tries to refill the drained stock does not get more parts: the limit is on the reference.
  made = output_on_imported_parts(103.646, 100.0, factor, made.parts, made.drained);
  EXPECT_NEAR(made.output, 92.708, 1e-9);
  EXPECT_NEAR(made.drained, 14.584, 1e-9);
  // Half a stock covers half the month's shortfall.
  made = output_on_imported_parts(100.0, 100.0, factor, 0.5 * parts, 0.0);
  EXPECT_NEAR(made.output, 92.708 + 3.646, 1e-9);
  EXPECT_NEAR(made.parts, 0.0, 1e-9);
}

TEST(WarSupply, ASmallerPlanIsKeptAndTheDrainedStockRefillsWhenTheLimitEases) {
  EXPECT_DOUBLE_EQ(output_on_imported_parts(80.0, 100.0, 0.9, 0.0, 0.0).output, 80.0);
  // Peace again with 10 drained: the plan above the reference refills it.
  const PartsLimitedOutput made = output_on_imported_parts(105.0, 100.0, 1.0, 0.0, 10.0);
  EXPECT_DOUBLE_EQ(made.output, 105.0);
  EXPECT_DOUBLE_EQ(made.drained, 5.0);
  EXPECT_DOUBLE_EQ(output_on_imported_parts(80.0, -5.0, 0.9, 0.0, 0.0).output, 0.0);  // never negative
}

TEST(WarSupply, TheReferencePlanPutsTheDrainedStockBack) {
  // Expected demand 100, half a month's target: 50 held, 10 drained = the plan at 60 held.
  EXPECT_DOUBLE_EQ(plan_without_shortage(100.0, 50.0, 10.0, 0.5, 1e9), 95.0);
  EXPECT_DOUBLE_EQ(plan_without_shortage(100.0, 50.0, 0.0, 0.5, 1e9), 100.0);
  EXPECT_DOUBLE_EQ(plan_without_shortage(100.0, 50.0, 0.0, 0.5, 90.0), 90.0);  // at capacity
}

// Idle time (war_idle_time): a firm keeps what its plan needs, or the staff its lasting demand needs at the
// trend's output per worker when that is more.
TEST(WarSupply, AFirmKeepsTheStaffItsLastingDemandNeeds) {
  EXPECT_DOUBLE_EQ(staff_kept(10.0, 120.0, 10.0), 12.0);  // demand fell: it keeps 12, needs 10
  EXPECT_DOUBLE_EQ(staff_kept(10.0, 80.0, 10.0), 10.0);   // demand rose: the plan's need
  EXPECT_DOUBLE_EQ(staff_kept(10.0, 120.0, 0.0), 10.0);   // no output per worker: the plan's need
}

// Idle hours are paid at the idle share (two thirds by the Labour Code), worked hours in full.
TEST(WarSupply, IdleHoursArePaidAtTheIdleShare) {
  EXPECT_DOUBLE_EQ(idle_pay_factor(100.0, 100.0, 2.0 / 3.0), 1.0);
  EXPECT_DOUBLE_EQ(idle_pay_factor(120.0, 100.0, 2.0 / 3.0), 1.0);  // no idle hours above full hours
  EXPECT_NEAR(idle_pay_factor(70.0, 100.0, 2.0 / 3.0), 0.7 + 0.3 * 2.0 / 3.0, 1e-12);
  EXPECT_DOUBLE_EQ(idle_pay_factor(0.0, 100.0, 0.5), 0.5);
  EXPECT_DOUBLE_EQ(idle_pay_factor(50.0, 0.0, 0.5), 1.0);  // no staff: nothing idle
}

}  // namespace
}  // namespace sancsim
