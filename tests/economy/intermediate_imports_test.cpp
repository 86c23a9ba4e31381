// Firms' imported intermediate inputs that switch to domestic suppliers: the shares' CES target and
// partial adjustment, and the agent economy's imports, domestic sales and books with the switch
// (docs/ECONOMY.md, "Intermediate inputs that switch to domestic suppliers").
#include "sancsim/economy/intermediate_imports.hpp"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {
namespace {

std::array<double, kSectors> unit_prices() {
  std::array<double, kSectors> prices{};
  prices.fill(1.0);
  return prices;
}

TEST(IntermediateImports, AtTheStartsRelativePriceTheSharesDoNotMove) {
  // The start's relative price need not be 1 (customs on the landed price, domestic prices that moved in
  // the first month): the shares stay at the 2019 table's while it holds, at any elasticity.
  std::array<double, kSectors> prices = unit_prices();
  prices[index(Sector::Mach)] = 1.07;
  for (double sigma : {0.5, 0.6, 1.5, 4.0}) {
    IntermediateImports m = IntermediateImports::from_2019();
    for (int month = 0; month < 12; ++month) m.update(sigma, 0.5, 1.05, prices);
    for (std::size_t s = 0; s < kSectors; ++s)
      EXPECT_NEAR(m.share[s], start_imported_input_share(s), 1e-15) << sigma << " " << s;
    ImportShares shares = ImportShares::from_2019();
    m.apply_to(shares);
    for (std::size_t s = 0; s < kSectors; ++s) {
      EXPECT_NEAR(shares.inputs_per_output[s], kSut2019.imported_inputs_per_output[s], 1e-15) << s;
      EXPECT_NEAR(shares.domestic_input_scale[s], 1.0, 1e-14) << s;
    }
  }
}

TEST(IntermediateImports, ADearerImportLowersTheImportedShareGraduallyTowardItsCesShare) {
  const double sigma = 0.6, speed = 0.5;
  IntermediateImports m = IntermediateImports::from_2019();
  m.update(sigma, speed, 1.0, unit_prices());  // the start
  const std::size_t mach = index(Sector::Mach);
  const double m0 = start_imported_input_share(mach);
  const double target = armington_quantity_share(m0, 1.5, sigma);
  // The month after a 50% dearer import the share has closed half of the gap to its target.
  m.update(sigma, speed, 1.5, unit_prices());
  EXPECT_NEAR(m.share[mach], m0 + speed * (target - m0), 1e-15);
  for (int month = 1; month < 24; ++month) m.update(sigma, speed, 1.5, unit_prices());
  EXPECT_NEAR(m.share[mach], target, 1e-6);
  // d ln(q_m / q_d) = -sigma d ln x: the ratio of imported to domestic inputs falls by 1.5^-0.6.
  EXPECT_NEAR(target / (1 - target) / (m0 / (1 - m0)), std::pow(1.5, -sigma), 1e-12);
  // Its value share is the CES demand share at the relative price, m0 x^(1-sigma) / (...).
  EXPECT_NEAR(1.5 * target / (1.5 * target + 1 - target), armington_value_share(m0, 1.5, sigma), 1e-12);
  // Fewer imported inputs, more domestic ones, the same input per unit of output (start units).
  ImportShares shares = ImportShares::from_2019();
  m.apply_to(shares);
  test::expect_inputs_switched_to_domestic(shares);
}

TEST(IntermediateImports, DearerDomesticInputsRaiseTheImportedShare) {
  IntermediateImports m = IntermediateImports::from_2019();
  m.update(0.6, 1.0, 1.0, unit_prices());
  std::array<double, kSectors> dearer = unit_prices();
  for (double& p : dearer) p = 1.2;
  m.update(0.6, 1.0, 1.0, dearer);
  for (std::size_t s = 0; s < kSectors; ++s) EXPECT_GT(m.share[s], start_imported_input_share(s)) << s;
}

struct Path {
  std::vector<EconomyReadings> months;
  std::vector<ImportShares> shares;
  std::vector<double> domestic_sales;  // units sold by the domestic firms (all sectors)
};

// The small economy with a depreciation from month 3 (74 -> 90 RUB/USD); every month's balances and net
// lending add up (the books close).
Path run(const AgentEconomyParams& p, int months) {
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  Path out;
  for (int m = 0; m < months; ++m) {
    EconomyMonthInputs in = test::month_of_2021(m);
    if (m >= 3) in.usd_rub = 90;
    e.step(p, in);
    EXPECT_EQ(e.check_balances(), "") << in.month.str();
    double lending = 0;
    for (double l : e.ledger().net_lending_rub) lending += l;
    EXPECT_NEAR(lending, 0.0, 1e-9 * e.ledger().gross_rub) << in.month.str();
    EXPECT_NEAR(test::net_worth_imbalance(e), 0.0, 1e-9) << in.month.str();
    out.months.push_back(e.readings());
    out.shares.push_back(e.import_shares());
    double sold = 0;
    for (double s : e.firms().sales) sold += s;
    out.domestic_sales.push_back(sold);
  }
  return out;
}

TEST(IntermediateImports, ADepreciationMovesFirmsToDomesticSuppliersOnlyWithTheSwitch) {
  AgentEconomyParams off = test::small_economy_params();
  off.intermediate_import_switching = false;
  off.wage_curve_elasticity = 0.1;  // as in ImportShares.ADepreciation...: the boom's wages at 0.23 close
                                    // the price gap by month 9 in the small economy
  AgentEconomyParams on = off;
  on.intermediate_import_switching = true;
  const Path a = run(off, 12), b = run(on, 12);
  // The first two months nothing differs (the switch starts from the relative price of the first month);
  // after the fall the firms' imported inputs per unit of output fall with the switch and stay the
  // table's without it.
  EXPECT_DOUBLE_EQ(a.months[1].imports_usd_bn, b.months[1].imports_usd_bn);
  const std::size_t mach = index(Sector::Mach);
  for (int m = 0; m < 12; ++m)
    EXPECT_DOUBLE_EQ(a.shares[m].inputs_per_output[mach], kSut2019.imported_inputs_per_output[mach]) << m;
  for (int m = 5; m < 12; ++m) {
    for (std::size_t s = 0; s < kSectors; ++s)
      EXPECT_LT(b.shares[m].inputs_per_output[s], kSut2019.imported_inputs_per_output[s]) << m << " " << s;
    // The demand they leave is bought from the domestic suppliers: more sold at home, fewer dollars abroad.
    EXPECT_GT(b.domestic_sales[m], a.domestic_sales[m]) << m;
    EXPECT_LT(b.months[m].imported_inputs_rub_bn, a.months[m].imported_inputs_rub_bn) << m;
  }
  // Fewer dollars abroad while the small economy has workers to make the inputs at home (by month 10 its
  // unemployment is near 1% and the demand its firms cannot meet is bought abroad again).
  for (int m = 4; m < 10; ++m) EXPECT_LT(b.months[m].imports_usd_bn, a.months[m].imports_usd_bn) << m;
  EXPECT_LT(b.months[5].imports_usd_bn, a.months[5].imports_usd_bn * 0.97);
}

}  // namespace
}  // namespace sancsim
