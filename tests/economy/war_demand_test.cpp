// The invasion's demand shock on households: missing imported final goods (with their trade margins)
// and precautionary saving, from the invasion on and fading with the state's war shock weight.
#include "sancsim/economy/war_demand.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {
namespace {

std::array<double, kSectors> basket() {
  std::array<double, kSectors> b{};
  double total = 0;
  for (double v : kSut2019.household_consumption_rub_bn) total += v;
  for (std::size_t s = 0; s < kSectors; ++s) b[s] = kSut2019.household_consumption_rub_bn[s] / total;
  return b;
}

// The 2019 household basket's imported share (about 0.113).
const double kImportShare = [] {
  double m = 0;
  const auto b = basket();
  for (std::size_t s = 0; s < kSectors; ++s) m += b[s] * kSut2019.household_import_share[s];
  return m;
}();

TEST(WarDemand, NothingChangesBeforeTheInvasion) {
  const AgentEconomyParams p;
  const WarDemand w = war_demand(p, 0.0, kImportShare);
  EXPECT_EQ(w.consumption_factor, 1.0);
  EXPECT_EQ(w.import_availability, 1.0);
  std::array<double, kSectors> domestic{};
  double imported = 0;
  split_household_spending(1000.0, w, basket(), kSut2019.household_import_share, domestic, imported);
  const auto b = basket();
  for (std::size_t s = 0; s < kSectors; ++s)
    EXPECT_EQ(domestic[s], 1000.0 * b[s] - 1000.0 * b[s] * kSut2019.household_import_share[s]);
}

// At the invasion 40% of the imported goods are missing and the trade margins they carried with them;
// households spend what is on sale, less 1% saved out of precaution: every ruble spent lands somewhere.
TEST(WarDemand, HouseholdsSpendWhatIsOnSaleAndTheSplitAddsUp) {
  AgentEconomyParams p;
  p.war_precautionary_saving_share = 0.01;
  const WarDemand w = war_demand(p, 1.0, kImportShare);
  EXPECT_NEAR(w.import_availability, 0.6, 1e-12);
  const double missing = 0.4 * kImportShare * (1.0 + p.trade_margin_per_goods);
  EXPECT_NEAR(w.consumption_factor, (1.0 - missing) * 0.99, 1e-12);
  std::array<double, kSectors> domestic{}, peace{};
  double imported = 0, peace_imported = 0;
  const auto b = basket();
  const double on_sale = 1.0 - missing;
  split_household_spending(1000.0 * on_sale, w, b, kSut2019.household_import_share, domestic, imported);
  split_household_spending(1000.0, war_demand(p, 0.0, kImportShare), b, kSut2019.household_import_share,
                           peace, peace_imported);
  double total = imported;
  for (double d : domestic) total += d;
  EXPECT_NEAR(total, 1000.0 * on_sale, 1e-9);
  EXPECT_NEAR(imported, 0.6 * peace_imported, 1e-9);
  // Domestic goods are bought as before; trade (SERV) loses the margins of the missing imports.
  EXPECT_NEAR(domestic[index(Sector::Oman)], peace[index(Sector::Oman)], 1e-9);
  EXPECT_NEAR(peace[index(Sector::Serv)] - domestic[index(Sector::Serv)],
              0.4 * peace_imported * p.trade_margin_per_goods, 1e-9);
  // Half-way faded, half the shock.
  EXPECT_NEAR(war_demand(p, 0.5, kImportShare).import_availability, 0.8, 1e-12);
}

AgentEconomyParams small_params() {
  AgentEconomyParams p = test::small_economy_params();
  p.war_import_cutoff_share = 0;  // the supply side off: the demand side alone
  return p;
}

EconomyMonthInputs month_inputs(int m, bool invaded) {
  EconomyMonthInputs in = test::month_of_2021(m);
  if (invaded && m >= 3) in.war_shock_weight = in.invasion_share = 1.0;
  return in;
}

std::vector<EconomyReadings> run(const AgentEconomyParams& p, bool invaded, int months) {
  EconomyStart start;
  start.key_rate_pct = 6;
  AgentEconomy e(p, start, month_inputs(0, invaded));
  std::vector<EconomyReadings> out;
  for (int m = 0; m < months; ++m) {
    e.step(p, month_inputs(m, invaded));
    EXPECT_EQ(e.check_balances(), "") << m;  // money balance holds through the shock
    out.push_back(e.readings());
  }
  return out;
}

// With the invasion in month 3, households buy fewer imports and save more from that month on, and
// not before; trade (SERV) output and real GDP follow the lower demand down.
TEST(AgentEconomy, TheInvasionsDemandShockCutsSpendingAndRaisesSavingFromItsMonthOn) {
  const AgentEconomyParams p = small_params();
  const auto peace = run(p, false, 10), war = run(p, true, 10);
  for (int m = 0; m < 3; ++m) {
    EXPECT_EQ(war[m].household_deposits_rub_bn, peace[m].household_deposits_rub_bn) << m;
    EXPECT_EQ(war[m].imports_usd_bn, peace[m].imports_usd_bn) << m;
  }
  for (int m = 3; m < 10; ++m) {
    EXPECT_GT(war[m].household_deposits_rub_bn, peace[m].household_deposits_rub_bn + 50) << m;
    EXPECT_LT(war[m].imports_usd_bn, peace[m].imports_usd_bn * 0.97) << m;
  }
  const auto serv = index(Sector::Serv);
  EXPECT_LT(war[8].output_rub_bn[serv], peace[8].output_rub_bn[serv] * 0.99);
  EXPECT_LT(war[8].real_gdp_index, peace[8].real_gdp_index);
}

}  // namespace
}  // namespace sancsim
