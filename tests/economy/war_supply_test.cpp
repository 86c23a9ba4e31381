// The invasion's supply shock: imported inputs that could not be replaced at once lower productivity
// and limit what a firm can make to a share of its lasting demand.
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

TEST(WarSupply, OutputIsLimitedToTheFactorOfLastingDemandOnlyAfterTheInvasion) {
  EXPECT_DOUBLE_EQ(output_on_imported_inputs(120.0, 100.0, 1.0), 120.0);  // peace: no limit
  EXPECT_DOUBLE_EQ(output_on_imported_inputs(120.0, 100.0, 0.9), 90.0);   // the inputs on offer bind
  EXPECT_DOUBLE_EQ(output_on_imported_inputs(80.0, 100.0, 0.9), 80.0);    // a smaller plan is kept
  EXPECT_DOUBLE_EQ(output_on_imported_inputs(80.0, -5.0, 0.9), 0.0);      // never negative
}

}  // namespace
}  // namespace sancsim
