// Prices indexed to expected inflation (price_setting.hpp; docs/ECONOMY.md, "Prices indexed to expected
// inflation"): the steady-state lag of a price behind a growing target, analytic and in the agent economy.
#include "sancsim/economy/price_setting.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/steady_path.hpp"

namespace sancsim {
namespace {

constexpr double kAdjustment = 0.111;
const double kGrowth = std::pow(1.052, 1.0 / 12.0) - 1.0;  // 5.2% a year

TEST(PriceSetting, TheIndexationFactorIsTheMonthsShareOfExpectedInflation) {
  EXPECT_EQ(price_indexation_factor(5.2, 0.0), 1.0);
  EXPECT_NEAR(price_indexation_factor(5.2, 1.0), 1.0 + kGrowth, 1e-15);
  EXPECT_NEAR(price_indexation_factor(5.2, 0.5), std::sqrt(1.0 + kGrowth), 1e-15);
  EXPECT_NEAR(price_indexation_factor(-200.0, 1.0), std::pow(0.01, 1.0 / 12.0), 1e-15);  // held at -99%
}

// Iterated from the steady ratio, the price keeps it for ten years; from its target, it converges to it.
void expect_steady_lag(double indexation_factor) {
  const double ratio = steady_target_over_price(kGrowth, kAdjustment, indexation_factor - 1.0);
  double target = 1.0, price = 1.0 / ratio, from_target = 1.0;
  for (int m = 0; m < 120; ++m) {
    target *= 1.0 + kGrowth;
    price = next_price(price, target, kAdjustment, indexation_factor);
    from_target = next_price(from_target, target, kAdjustment, indexation_factor);
    EXPECT_NEAR(target / price, ratio, 1e-12) << m;
  }
  EXPECT_NEAR(target / from_target, ratio, 1e-6);
}

// Without indexation the price lags a target growing at g by about (1 - a) / a months of g: 8 months of
// 5.2% a year at a = 0.111, 3.4%.
TEST(PriceSetting, WithoutIndexationAPriceLagsItsGrowingTarget) {
  const double ratio = steady_target_over_price(kGrowth, kAdjustment, 0.0);
  EXPECT_EQ(ratio, (1.0 + kGrowth / kAdjustment) / (1.0 + kGrowth));
  EXPECT_NEAR(std::log(ratio) / std::log(1.0 + kGrowth), (1.0 - kAdjustment) / kAdjustment, 0.2);
  expect_steady_lag(1.0);
}

// Indexed by the target's growth, a price on its target stays on it; half indexed, half the lag.
TEST(PriceSetting, IndexedToTheTargetsGrowthAPriceStaysOnItsTarget) {
  EXPECT_NEAR(steady_target_over_price(kGrowth, kAdjustment, kGrowth), 1.0, 1e-15);
  expect_steady_lag(1.0 + kGrowth);
  const double half = steady_target_over_price(kGrowth, kAdjustment, std::sqrt(1.0 + kGrowth) - 1.0);
  const double none = steady_target_over_price(kGrowth, kAdjustment, 0.0);
  EXPECT_NEAR(std::log(half), 0.5 * std::log(none), 0.01 * std::log(none));
  expect_steady_lag(std::sqrt(1.0 + kGrowth));
}

// The agent economy on its steady path (5.2% a year, sancsim/economy/steady_path.hpp) from a start at zero
// lag: without indexation its prices start below the path's inflation (they must first build the lag);
// fully indexed to households' expected inflation (the start's 5.2%) they rise at about it from the start.
double first_year_inflation_pct(double indexation_share) {
  constexpr SteadyPath path{.inflation_pct = 5.2, .real_growth_pct = 0};
  AgentEconomyParams p = path.params(AgentEconomyParams{});
  p.start_price_lag_share = 0;
  p.price_indexation_share = indexation_share;
  const SeriesTable table = run_steady_path(p, path, 13);
  const auto& price = table.values("price_level");
  return (price[12] / price[0] - 1.0) * 100.0;
}

TEST(PriceSetting, IndexedPricesRiseAtExpectedInflationFromAStartAtZeroLag) {
  const double none = first_year_inflation_pct(0.0), full = first_year_inflation_pct(1.0);
  EXPECT_LT(none, 3.0);  // measured 2.0 at session 32's defaults
  EXPECT_GT(full, 4.0);  // 4.7
  EXPECT_LT(full, 6.5);
}

}  // namespace
}  // namespace sancsim
