// The input-output table: coefficients as transcribed, Leontief identities.
#include "sancsim/economy/io_table.hpp"

#include <gtest/gtest.h>

namespace sancsim {
namespace {

TEST(IoTable, DomesticMultipliersMatchTheRosstatTable) {
  // Column sums of (I - A_d)^-1 as printed in russia_economy.md 1.4: a check of the transcription.
  const IoTable io = IoTable::from_2019();
  const SectorMatrix inverse = io.leontief_inverse();
  for (std::size_t s = 0; s < kSectors; ++s)
    EXPECT_NEAR(inverse.col(static_cast<Eigen::Index>(s)).sum(), kSut2019.domestic_multiplier[s], 0.01)
        << kSectorCodes[s];
}

TEST(IoTable, LeontiefOutputDeliversTheFinalDemand) {
  const IoTable io = IoTable::from_2019();
  SectorVector final_demand;
  for (std::size_t s = 0; s < kSectors; ++s)
    final_demand(static_cast<Eigen::Index>(s)) = kSut2019.household_consumption_rub_bn[s] + 100.0;
  const SectorVector x = io.leontief_output(final_demand);
  // x = A_d x + f: output covers the intermediate demand it causes and the final demand.
  const SectorVector rebuilt = io.intermediate_demand(x) + final_demand;
  for (Eigen::Index s = 0; s < static_cast<Eigen::Index>(kSectors); ++s) {
    EXPECT_NEAR(rebuilt(s), x(s), 1e-9 * x(s));
    EXPECT_GE(x(s), final_demand(s));  // every sector's output exceeds its final demand
  }
}

// The defence industry works with machinery's technology and sells nothing as an input: its column is
// machinery's, its row is empty, and its output multiplier is machinery's.
TEST(IoTable, TheDefenceIndustryBuysMachinerysInputsAndSellsNoInputs) {
  const std::size_t def = index(Sector::Def), mach = index(Sector::Mach);
  for (std::size_t q = 0; q < kSectors; ++q) {
    EXPECT_EQ(kSut2019.a_domestic[q][def], kSut2019.a_domestic[q][mach]) << kSectorCodes[q];
    EXPECT_EQ(kSut2019.a_domestic[def][q], 0.0) << kSectorCodes[q];
  }
  EXPECT_EQ(kSut2019.imported_inputs_per_output[def], kSut2019.imported_inputs_per_output[mach]);
  const SectorMatrix inverse = IoTable::from_2019().leontief_inverse();
  EXPECT_NEAR(inverse.col(static_cast<Eigen::Index>(def)).sum(),
              inverse.col(static_cast<Eigen::Index>(mach)).sum(), 1e-12);
  EXPECT_EQ(table_column(Sector::Def), mach);
}

TEST(IoTable, IntermediateDemandIsTheCoefficientsTimesOutput) {
  const IoTable io = IoTable::from_2019();
  SectorVector x = SectorVector::Zero();
  x(static_cast<Eigen::Index>(index(Sector::Mach))) = 1000.0;
  const SectorVector d = io.intermediate_demand(x);
  // 1000 of machinery output buys 127.4 of other manufacturing and 160.5 of services (A_d column MACH).
  EXPECT_NEAR(d(static_cast<Eigen::Index>(index(Sector::Oman))), 127.4, 1e-9);
  EXPECT_NEAR(d(static_cast<Eigen::Index>(index(Sector::Serv))), 160.5, 1e-9);
}

}  // namespace
}  // namespace sancsim
