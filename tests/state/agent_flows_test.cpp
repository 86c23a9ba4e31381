#include "sancsim/state/agent_flows.hpp"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "sancsim/state/russian_state.hpp"
#include "state_runs.hpp"
#include "synthetic.hpp"

using namespace sancsim;
using test::run_state;
using test::small_agents_params;

TEST(AgentFlows, AYearsFactorsAverageOneAndGrowAtTheYearsRate) {
  double sum = 0;
  for (unsigned k = 1; k <= 12; ++k) sum += within_year_factor(YearMonth::from(2021, k), 8.5);
  EXPECT_NEAR(sum, 12.0, 1e-12);
  const double jan = within_year_factor(YearMonth::from(2021, 1), 8.5);
  const double dec = within_year_factor(YearMonth::from(2021, 12), 8.5);
  EXPECT_NEAR(dec / jan, std::pow(1.085, 11.0 / 12.0), 1e-12);
  EXPECT_LT(jan, 1.0);
  EXPECT_EQ(within_year_factor(YearMonth::from(2023, 5), 0.0), 1.0);
}

// Non-energy exports keep each year's total; after the growing 2021 they hold December's level until the
// invasion and then drop to the level that keeps 2022's total.
// purchases_hold_until_invasion: in 2022 the purchase chapters hold last December's level until 24
// February and keep the year's total; social spending and other years are untouched.
TEST(AgentFlows, PurchasesHoldDecemberUntilTheInvasionAndKeepTheYearsTotal) {
  AgentFlowParams p;
  p.purchases_hold_until_invasion = true;
  Spending year, december;
  year.defence_rub_bn = 400;
  year.security_rub_bn = 150;
  year.other_rub_bn = 900;
  year.social_rub_bn = 500;
  december.defence_rub_bn = 300;
  december.security_rub_bn = 120;
  december.other_rub_bn = 700;
  december.social_rub_bn = 450;
  double defence = 0, other = 0;
  for (unsigned k = 1; k <= 12; ++k) {
    const Spending s = purchases_held_until_invasion(p, year, december, YearMonth::from(2022, k));
    defence += s.defence_rub_bn;
    other += s.other_rub_bn;
    EXPECT_DOUBLE_EQ(s.social_rub_bn, 500.0) << k;
    if (k == 1) {
      EXPECT_DOUBLE_EQ(s.defence_rub_bn, 300.0);
      EXPECT_DOUBLE_EQ(s.security_rub_bn, 120.0);
    }
    if (k >= 3) {
      EXPECT_GT(s.defence_rub_bn, 400.0) << k;  // the year's extra after the invasion
    }
  }
  EXPECT_NEAR(defence, 12 * 400.0, 1e-9);
  EXPECT_NEAR(other, 12 * 900.0, 1e-9);
  const Spending later = purchases_held_until_invasion(p, year, december, YearMonth::from(2023, 1));
  EXPECT_DOUBLE_EQ(later.defence_rub_bn, 400.0);
  p.purchases_hold_until_invasion = false;
  EXPECT_DOUBLE_EQ(purchases_held_until_invasion(p, year, december, YearMonth::from(2022, 1)).defence_rub_bn,
                   400.0);
}

TEST(AgentFlows, NonEnergyExportsKeepTheYearsTotalAndHoldDecemberUntilTheInvasion) {
  const AgentFlowParams p;
  double y2021 = 0, y2022 = 0;
  for (unsigned k = 1; k <= 12; ++k) {
    y2021 += non_energy_exports_within_year_usd_bn(p, 21, 21, YearMonth::from(2021, k));
    y2022 += non_energy_exports_within_year_usd_bn(p, 21, 21, YearMonth::from(2022, k));
  }
  EXPECT_NEAR(y2021, 12 * 21.0, 1e-9);
  EXPECT_NEAR(y2022, 12 * 21.0, 1e-9);
  const double dec21 = non_energy_exports_within_year_usd_bn(p, 21, 21, YearMonth::from(2021, 12));
  const double jan21 = non_energy_exports_within_year_usd_bn(p, 21, 21, YearMonth::from(2021, 1));
  EXPECT_NEAR(dec21 / jan21, std::pow(1.766, 11.0 / 12.0), 1e-9);
  EXPECT_NEAR(non_energy_exports_within_year_usd_bn(p, 21, 21, YearMonth::from(2022, 1)), dec21, 1e-12);
  const double feb22 = non_energy_exports_within_year_usd_bn(p, 21, 21, YearMonth::from(2022, 2));
  const double apr22 = non_energy_exports_within_year_usd_bn(p, 21, 21, YearMonth::from(2022, 4));
  EXPECT_LT(apr22, 21.0);
  EXPECT_GT(feb22, apr22);
  EXPECT_LT(feb22, dec21);
  // 2023 and on: flat.
  EXPECT_EQ(non_energy_exports_within_year_usd_bn(p, 19, 21, YearMonth::from(2023, 1)), 19.0);
}

// In agents mode the budget pays the chapters on the within-year path (its 2021 total unchanged, January
// below December); in aggregate mode the switch changes nothing.
TEST(AgentFlows, TheBudgetPaysTheAgentsGrowingChaptersAndTheAggregateIgnoresTheSwitch) {
  const auto path = test::synthetic_path(2, 80, 0, 12);
  StateParams p = small_agents_params();
  p.agent_flows.within_year = true;
  const std::vector<StateMonth> growing = run_state(p, path);
  double defence_2021 = 0;
  for (std::size_t t = 0; t < 12; ++t) defence_2021 += growing[t].spending.defence_rub_bn;
  EXPECT_NEAR(defence_2021, p.spending.defence_rub_bn_per_year.at(2021), 1e-9 * defence_2021);
  EXPECT_LT(growing[0].spending.defence_rub_bn, growing[11].spending.defence_rub_bn);
  EXPECT_LT(growing[0].spending.social_rub_bn, p.spending.social_rub_bn_per_year.at(2021) / 12.0);

  StateParams aggregate;
  const std::vector<StateMonth> flat = run_state(aggregate, path);
  aggregate.agent_flows.within_year = true;
  const std::vector<StateMonth> switched = run_state(aggregate, path);
  for (std::size_t t = 0; t < flat.size(); ++t) {
    EXPECT_EQ(flat[t].spending.total_rub_bn(), switched[t].spending.total_rub_bn());
    EXPECT_EQ(flat[t].usd_rub, switched[t].usd_rub);
    EXPECT_EQ(flat[t].key_rate_pct, switched[t].key_rate_pct);
  }
}

// With world goods prices the agents' import and export parity carry dollar prices above the state's world
// inflation; the ruble's parity that deflates the agents' output price by them as well does not read the
// Russian prices they raise as a real depreciation, so the ruble ends the year stronger. Without world goods
// prices, and in aggregate mode, the switch changes nothing.
TEST(AgentsParity, WorldGoodsPricesThatRaiseRussianPricesAreNotReadAsARealDepreciation) {
  const auto path = test::synthetic_path(2, 80, 0, 12);
  StateParams p = small_agents_params();
  p.agents.world_goods_prices = true;
  p.agents.world_goods_price_growth_pct = YearPath{{{2021, 20.0}}};
  p.ruble.agents_parity_on_world_goods = false;  // on by default since session 33
  const std::vector<StateMonth> plain = run_state(p, path);
  p.ruble.agents_parity_on_world_goods = true;
  const std::vector<StateMonth> parity = run_state(p, path);
  EXPECT_EQ(plain[0].usd_rub, parity[0].usd_rub);  // nothing to deflate yet
  EXPECT_LT(parity[11].usd_rub, plain[11].usd_rub * 0.995);

  StateParams off = small_agents_params();
  off.agents.world_goods_prices = false;
  off.ruble.agents_parity_on_world_goods = false;
  const std::vector<StateMonth> off_plain = run_state(off, path);
  off.ruble.agents_parity_on_world_goods = true;
  const std::vector<StateMonth> off_parity = run_state(off, path);
  StateParams aggregate;
  const std::vector<StateMonth> aggregate_plain = run_state(aggregate, path);
  aggregate.ruble.agents_parity_on_world_goods = true;
  const std::vector<StateMonth> aggregate_parity = run_state(aggregate, path);
  for (std::size_t t = 0; t < path.size(); ++t) {
    EXPECT_EQ(off_plain[t].usd_rub, off_parity[t].usd_rub);
    EXPECT_EQ(off_plain[t].key_rate_pct, off_parity[t].key_rate_pct);
    EXPECT_EQ(aggregate_plain[t].usd_rub, aggregate_parity[t].usd_rub);
    EXPECT_EQ(aggregate_plain[t].key_rate_pct, aggregate_parity[t].key_rate_pct);
  }
}

// A one-off rise of the dollar price of the agents' imports (world goods prices +20% in 2021, then at
// world inflation) raises their dollar bill in proportion. The market's import demand answers to the real
// import price with unit elasticity, so at that price the volume falls by as much and the dollar spending
// the importers need does not change. In the old reading the bill's price rise is read as a shortage of FX:
// the ruble weakens, which raises the import price again, and the Bank answers with a higher key rate
// (at earlier defaults it went on weakening after the dollar prices stopped rising). With the parity on the
// agents' import price it does not weaken. Without the rise, and in aggregate mode, the switch changes
// nothing.
TEST(AgentsParity, ADollarImportPriceRiseIsNotReadAsAShortageOfFx) {
  const auto path = test::synthetic_path(2, 80, 0, 12);
  StateParams p = small_agents_params();
  // Measured on the start's formula for the bank's first dividend (the default until session 23): with the
  // first month's own dividend the small economy's own boom of 2021 carries the old reading's weakening
  // (1.023 by Dec 2021) and the key rate of both readings.
  p.agents.start_bank_dividend_from_first_month = false;
  // And on the steady start (economy.covid_start off): its 2021 recovery is the data's, not this test's.
  p.agents.covid.enabled = false;
  // The old reading: no world goods prices and no parity on them (both on by default since session 33).
  p.agents.world_goods_prices = false;
  p.ruble.agents_parity_on_world_goods = false;
  const std::vector<StateMonth> old_plain = run_state(p, path);
  p.agents.world_goods_prices = true;
  p.agents.world_goods_price_growth_pct = YearPath{{{2021, 20.0}, {2022, 2.5}}};
  const std::vector<StateMonth> old_dear = run_state(p, path);
  p.ruble.agents_parity_on_import_price = true;
  const std::vector<StateMonth> new_dear = run_state(p, path);
  p.agents.world_goods_prices = false;
  const std::vector<StateMonth> new_plain = run_state(p, path);
  const auto weakening = [](const std::vector<StateMonth>& dear, const std::vector<StateMonth>& plain,
                            std::size_t t) { return dear[t].usd_rub / plain[t].usd_rub; };
  const std::size_t dec21 = 11, jun22 = 17;
  // Measured with the defence industry a sector of its own (1.087, 1.133, 9.75 against 4.5, 0.973, 0.981 and
  // 4.75 against 4.5 while machinery stood for it).
  // At session 32's defaults (the J34 estimate): 1.030 and 5.5 against 4.25. At session 33's (S33E: prices
  // that close 0.054 of their gap a month, the start on its 5.2% path, the flows within the year) the old
  // reading weakens the ruble 2.1% by Dec 2021 and the Bank answers, but the weakening recedes to 0.7% by
  // Jun 2022 (measured 2026-12-06: 1.021, 1.007; key rate 9.5 against 5.75): no ratchet at these prices, so
  // the test no longer asserts one (it did: 1.108 in Jun 2022 while machinery stood for the defence
  // industry).
  // Measured at session 33's defaults (2026-12-06) in the comments below.
  EXPECT_GT(weakening(old_dear, old_plain, dec21), 1.02);                        // 1.021
  EXPECT_GT(old_dear[jun22].key_rate_pct, old_plain[jun22].key_rate_pct + 1.0);  // 9.5 against 5.75
  EXPECT_LT(weakening(new_dear, new_plain, dec21), 1.0);                         // 0.949
  EXPECT_LT(weakening(new_dear, new_plain, jun22), 1.0);                         // 0.937
  EXPECT_LT(new_dear[jun22].key_rate_pct, new_plain[jun22].key_rate_pct + 1.0);  // 6.5 against 5.75
  for (std::size_t t = 0; t < path.size(); ++t) EXPECT_EQ(old_plain[t].usd_rub, new_plain[t].usd_rub) << t;

  StateParams aggregate;
  const std::vector<StateMonth> aggregate_plain = run_state(aggregate, path);
  aggregate.ruble.agents_parity_on_import_price = true;
  const std::vector<StateMonth> aggregate_switched = run_state(aggregate, path);
  for (std::size_t t = 0; t < path.size(); ++t) {
    EXPECT_EQ(aggregate_plain[t].usd_rub, aggregate_switched[t].usd_rub);
    EXPECT_EQ(aggregate_plain[t].key_rate_pct, aggregate_switched[t].key_rate_pct);
  }
}
