// Import prices rise with the ruble's parity at once and fall toward it gradually; the Bank's
// underlying CPI looks through the first-round effect of a large import-price rise; expected inflation
// is anchored on the survey less its measured bias (docs/ECONOMY.md, "The nominal side").
#include "sancsim/economy/import_pricing.hpp"

#include <cmath>
#include <functional>
#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {
namespace {

TEST(StickyImportPrice, RisesWithTheParityAtOnce) {
  EXPECT_DOUBLE_EQ(sticky_import_price(1.0, 1.5, 0.25), 1.5);
  EXPECT_DOUBLE_EQ(sticky_import_price(0.0, 0.8, 0.25), 0.8);  // the first month: the parity
}

TEST(StickyImportPrice, FallsByTheSpeedsShareOfTheLogGap) {
  // Parity halves: a quarter of the log gap a month, exp(0.25 ln 0.5).
  EXPECT_NEAR(sticky_import_price(1.0, 0.5, 0.25), std::pow(0.5, 0.25), 1e-12);
  EXPECT_DOUBLE_EQ(sticky_import_price(1.0, 0.5, 1.0), 0.5);  // symmetric
  EXPECT_DOUBLE_EQ(sticky_import_price(1.0, 0.5, 0.0), 1.0);  // never falls
}

TEST(StickyImportPrice, TheDownSpeedShowsItsShareWithinTheQuarter) {
  const double speed = import_price_down_speed(0.575, 3.0);
  EXPECT_NEAR(speed, 1.0 - std::pow(0.425, 1.0 / 3.0), 1e-12);
  // A fall of the parity by ln 2 held for three months: 0.575 of it reaches the price.
  double price = 1.0;
  for (int m = 0; m < 3; ++m) price = sticky_import_price(price, 0.5, speed);
  EXPECT_NEAR(std::log(price), 0.575 * std::log(0.5), 1e-12);
  // ... and all of it in the long run.
  for (int m = 0; m < 120; ++m) price = sticky_import_price(price, 0.5, speed);
  EXPECT_NEAR(price, 0.5, 1e-9);
  EXPECT_DOUBLE_EQ(import_price_down_speed(1.0, 3.0), 1.0);
}

using Shock = std::function<void(int month, EconomyMonthInputs&)>;

std::vector<EconomyReadings> run(const AgentEconomyParams& p, int months, const Shock& shock) {
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  std::vector<EconomyReadings> out;
  for (int m = 0; m < months; ++m) {
    EconomyMonthInputs in = test::month_of_2021(m);
    shock(m, in);
    e.step(p, in);
    EXPECT_EQ(e.check_balances(), "") << in.month.str();
    out.push_back(e.readings());
  }
  return out;
}

// The ruble falls from 74 to 111 (+50%) in month 3 and is back at 74 from month 4: import prices jump
// 50% at once and then close the share 1 - (1 - 0.575)^(1/3) of the log gap a month.
TEST(AgentEconomy, ImportPricesJumpWithTheRubleAndFallBackGradually) {
  AgentEconomyParams p = test::small_economy_params();
  const auto spike = [](int m, EconomyMonthInputs& in) {
    if (m == 3) in.usd_rub = 111;
  };
  const auto path = run(p, 8, spike);
  EXPECT_NEAR(path[3].import_price_index / path[2].import_price_index, 1.5, 1e-12);
  const double speed = import_price_down_speed(p.import_price_fall_share_per_quarter, 3.0);
  EXPECT_NEAR(std::log(path[4].import_price_index), (1.0 - speed) * std::log(1.5), 1e-12);
  EXPECT_NEAR(std::log(path[6].import_price_index), 0.425 * std::log(1.5), 1e-12);  // a quarter on
  // Symmetric pass-through (the old rule): back at once.
  p.import_price_fall_share_per_quarter = 1.0;
  EXPECT_NEAR(run(p, 8, spike)[4].import_price_index, 1.0, 1e-12);
}

// The Bank's underlying index: without a lookthrough it is the CPI; with it, a 50% import-price rise
// (beyond the 10% threshold by ln 1.5 - ln 1.1) is taken off the underlying index by the lookthrough
// times the basket's import share times that excess, and the index then moves with the CPI.
TEST(AgentEconomy, TheUnderlyingCpiLooksThroughALargeImportPriceRise) {
  const AgentEconomyParams p = test::small_economy_params();
  const auto plain = run(p, 6, [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.usd_rub = 111;
  });
  for (const EconomyReadings& r : plain) EXPECT_NEAR(r.underlying_cpi_yoy_pct, r.cpi_yoy_pct, 1e-9);
  const auto looked = run(p, 6, [](int m, EconomyMonthInputs& in) {
    in.first_round_lookthrough = 0.9;
    if (m >= 3) in.usd_rub = 111;
  });
  // The same economy (the lookthrough is the Bank's view only).
  EXPECT_DOUBLE_EQ(looked[5].price_level, plain[5].price_level);
  // Underlying over CPI (y/y indices share the 12-month-ago base at the start's backfill).
  const double ratio =
      (1.0 + looked[3].underlying_cpi_yoy_pct / 100.0) / (1.0 + looked[3].cpi_yoy_pct / 100.0);
  const double share = 0.9 * (std::log(1.5) - std::log(1.1));
  EXPECT_LT(std::log(ratio), -0.05 * share);  // the basket's import share is 0.11 at the start
  EXPECT_GT(std::log(ratio), -0.2 * share);
  const double later =
      (1.0 + looked[5].underlying_cpi_yoy_pct / 100.0) / (1.0 + looked[5].cpi_yoy_pct / 100.0);
  EXPECT_NEAR(later, ratio, 1e-12);  // no further rise: it moves with the CPI
  // A rise below the threshold is not looked through.
  const auto small = run(p, 6, [](int m, EconomyMonthInputs& in) {
    in.first_round_lookthrough = 0.9;
    if (m >= 3) in.usd_rub = 74 * 1.09;
  });
  EXPECT_NEAR(small[5].underlying_cpi_yoy_pct, small[5].cpi_yoy_pct, 1e-12);
}

// Expected inflation aims at the survey less its bias: a survey bias of 6.5 pp acts as a survey 6.5
// pp lower.
TEST(AgentEconomy, TheSurveyBiasLowersTheAnchorOneForOne) {
  AgentEconomyParams biased = test::small_economy_params();
  biased.expectations_anchor_pct = YearPath{{{2021, 12.5}}};
  biased.expectations_survey_bias_pp = 6.5;
  AgentEconomyParams plain = test::small_economy_params();
  plain.expectations_anchor_pct = YearPath{{{2021, 6.0}}};
  plain.expectations_survey_bias_pp = 0;
  const auto none = [](int, EconomyMonthInputs&) {};
  const auto a = run(biased, 6, none), b = run(plain, 6, none);
  EXPECT_NEAR(a[5].price_level, b[5].price_level, 1e-12);
  EXPECT_NEAR(a[5].average_wage_rub, b[5].average_wage_rub, 1e-9 * b[5].average_wage_rub);
}

}  // namespace
}  // namespace sancsim
