// Prices indexed to expected inflation (price_setting.hpp; docs/ECONOMY.md, "Prices indexed to expected
// inflation"): the steady-state lag of a price behind a growing target, analytic and in the agent economy.
// Large gaps closed faster (the price-gap hazard; docs/ECONOMY.md, "Session 38"): the share, a price's path
// after a cost jump, and the agent economy on its steady path and after a depreciation.
#include "sancsim/economy/price_setting.hpp"

#include <cmath>
#include <vector>

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

// The hazard: the base share within the steady lag, then h per log point beyond it, either sign, at most 1.
TEST(PriceSetting, TheGapHazardAddsItsSharePerLogPointBeyondTheSteadyLag) {
  EXPECT_EQ(gap_hazard_adjustment(0.05, 0.0, 0.5, 0.07), 0.05);    // off
  EXPECT_EQ(gap_hazard_adjustment(0.05, 2.0, 0.07, 0.07), 0.05);   // at the steady lag
  EXPECT_EQ(gap_hazard_adjustment(0.05, 2.0, -0.03, 0.07), 0.05);  // within it, below the target
  EXPECT_NEAR(gap_hazard_adjustment(0.05, 2.0, 0.17, 0.07), 0.05 + 2.0 * 0.10, 1e-15);
  EXPECT_NEAR(gap_hazard_adjustment(0.05, 2.0, -0.17, 0.07), 0.05 + 2.0 * 0.10, 1e-15);  // a price too high
  EXPECT_EQ(gap_hazard_adjustment(0.05, 2.0, 1.0, 0.07), 1.0);                           // a full reset
}

// A price on its steady lag whose target jumps 30% (a cost shock): without the hazard it closes 5% of the
// gap a month and half of it in 13-14 months; with h = 2 the first months close 55% and less as the gap
// shrinks, so half is gone in the first month, and the last of the gap closes at the base share again.
TEST(PriceSetting, WithTheGapHazardALargeCostJumpPassesIntoThePriceFaster) {
  constexpr double base = 0.05;
  const double steady = steady_target_over_price(kGrowth, base, 0.0);
  // The gap seen before the price moves on the steady path: the lag plus the month's growth of the target.
  const double steady_gap = std::log(steady * (1.0 + kGrowth));
  auto months_to_half = [&](double hazard) {
    double target = steady, price = 1.0;
    target *= 1.3;
    const double half = std::log(target / price) / 2.0;
    for (int m = 1; m <= 60; ++m) {
      target *= 1.0 + kGrowth;
      const double a = gap_hazard_adjustment(base, hazard, std::log(target / price), steady_gap);
      price = next_price(price, target, a, 1.0);
      if (std::log(target / price) <= half) return m;
    }
    return 61;
  };
  EXPECT_GE(months_to_half(0.0), 13);
  EXPECT_EQ(months_to_half(2.0), 1);
  // Without a jump the hazard changes nothing: the steady lag is where it starts counting.
  double target = steady, plain = 1.0, with_hazard = 1.0;
  for (int m = 0; m < 120; ++m) {
    target *= 1.0 + kGrowth;
    plain = next_price(plain, target, base, 1.0);
    with_hazard =
        next_price(with_hazard, target,
                   gap_hazard_adjustment(base, 2.0, std::log(target / with_hazard), steady_gap), 1.0);
  }
  EXPECT_NEAR(with_hazard / plain, 1.0, 1e-9);
}

// The agent economy on its steady path (5.2% a year, started on the steady lag): every price gap is the
// steady lag give or take a firm's own demand, so the hazard moves the price level by at most 0.2% in three
// years (measured 0.01% at h = 2); after a depreciation (the ruble 74 -> 100 from month 3) the small
// economy's price level rises further within the half-year with it than without (measured +6.1% against
// +5.7%, 2026-12-06).
TEST(PriceSetting, TheGapHazardLeavesTheSteadyPathAndSpeedsADepreciationsPassThrough) {
  constexpr SteadyPath path{.inflation_pct = 5.2, .real_growth_pct = 0};
  AgentEconomyParams p = path.params(AgentEconomyParams{});
  AgentEconomyParams h = p;
  h.price_gap_hazard = 2.0;
  const SeriesTable plain = run_steady_path(p, path, 37), hazard = run_steady_path(h, path, 37);
  EXPECT_NEAR(hazard.values("price_level")[36] / plain.values("price_level")[36], 1.0, 0.002);

  auto price_levels = [](const AgentEconomyParams& params) {
    AgentEconomy e(params, test::start_2021(), test::month_of_2021(0));
    std::vector<double> level;
    for (int m = 0; m < 9; ++m) {
      EconomyMonthInputs in = test::month_of_2021(m);
      if (m >= 3) in.usd_rub = 100;
      e.step(params, in);
      EXPECT_EQ(e.check_balances(), "") << m;
      level.push_back(e.readings().price_level);
    }
    return level;
  };
  AgentEconomyParams small = test::small_economy_params();
  const std::vector<double> before = price_levels(small);
  small.price_gap_hazard = 2.0;
  const std::vector<double> after = price_levels(small);
  EXPECT_NEAR(after[2] / before[2], 1.0, 0.002);  // before the fall
  EXPECT_GT(after[8] / after[2], before[8] / before[2] + 0.003);
}

}  // namespace
}  // namespace sancsim
