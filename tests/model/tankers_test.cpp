#include "sancsim/model/tankers.hpp"

#include <gtest/gtest.h>

#include "world_fixture.hpp"

using namespace sancsim;
using namespace sancsim::test;

TEST(Shipping, TankerReturnsIdleOnItsArrivalDay) {
  OilParams p = default_oil_params();
  p.g7_tankers = 1;
  p.product_tankers_g7 = 0;
  p.shadow_tankers_initial = 0;
  p.product_tankers_shadow_initial = 0;
  const Date start = day("2023-01-01");
  Shipping s(p, start, 400, 1, 0);
  const auto t = s.take_idle(Fleet::G7, Hull::Crude);
  ASSERT_GE(t, 0);
  EXPECT_LT(s.take_idle(Fleet::G7, Hull::Crude), 0);
  const double days = s.dispatch(static_cast<TankerIndex>(t), 20, start);
  EXPECT_GE(days, 18);
  EXPECT_LE(days, 22);
  s.arrivals(start.plus_days(static_cast<int>(days) - 1));
  EXPECT_LT(s.take_idle(Fleet::G7, Hull::Crude), 0);
  s.arrivals(start.plus_days(static_cast<int>(days)));
  EXPECT_EQ(s.take_idle(Fleet::G7, Hull::Crude), t);
}

TEST(Shipping, OwnFleetFirstTakesAnIdleShadowTankerBeforeACoalitionOne) {
  OilParams p = default_oil_params();
  p.g7_tankers = 3;
  p.shadow_tankers_initial = 1;
  Shipping s(p, day("2023-01-01"), 400, 1, 0);
  const auto fleet = [&](std::int64_t t) { return s.table().fleet[static_cast<TankerIndex>(t)]; };
  // Coalition tankers are idle, yet the own-fleet cargo takes the shadow tanker.
  const auto own = s.take_for_cargo(Hull::Crude, true, true);
  ASSERT_GE(own, 0);
  EXPECT_EQ(fleet(own), Fleet::Shadow);
  // No shadow tanker left idle: the next own-fleet cargo falls back to a coalition tanker.
  const auto fallback = s.take_for_cargo(Hull::Crude, true, true);
  ASSERT_GE(fallback, 0);
  EXPECT_EQ(fleet(fallback), Fleet::G7);
  // Without the preference a coalition tanker comes first, even with a shadow tanker idle.
  s.put_back(static_cast<TankerIndex>(own));
  const auto plain = s.take_for_cargo(Hull::Crude, true, false);
  ASSERT_GE(plain, 0);
  EXPECT_EQ(fleet(plain), Fleet::G7);
  // Where coalition tankers are not allowed, only the shadow tanker serves.
  EXPECT_EQ(s.take_for_cargo(Hull::Crude, false, false), own);
  EXPECT_LT(s.take_for_cargo(Hull::Crude, false, true), 0);
}

TEST(Shipping, DesignationLaysUpAShareAndReliefReturnsThem) {
  OilParams p = default_oil_params();
  p.shadow_tankers_initial = 200;
  Shipping s(p, day("2024-01-01"), 400, 1, 0);
  const int before = s.shadow_active();
  const int n = s.designate(100, 5, 1.0);  // all designated tankers laid up
  EXPECT_GT(n, 60);                        // drawn with replacement: some listed twice
  EXPECT_LE(n, 100);
  EXPECT_EQ(s.designated_count(), n);
  EXPECT_EQ(s.shadow_active(), before - n);
  s.lift_designations(5);
  EXPECT_EQ(s.designated_count(), 0);
  EXPECT_EQ(s.shadow_active(), before);
}

TEST(Shipping, DayRatesRiseWithUtilisation) {
  OilParams p = default_oil_params();
  p.g7_tankers = 10;
  Shipping s(p, day("2024-01-01"), 400, 1, 0);
  const double calm = s.day_rate_usd(Fleet::G7, Hull::Crude);
  for (int i = 0; i < 10; ++i)
    s.dispatch(static_cast<TankerIndex>(s.take_idle(Fleet::G7, Hull::Crude)), 60, day("2024-01-01"));
  for (int w = 0; w < 10; ++w) s.update_rates(p, {}, 0, 1.0);
  EXPECT_GT(s.day_rate_usd(Fleet::G7, Hull::Crude), 2 * calm);
}

TEST(Shipping, ShadowFleetGrowsThroughSecondHandPurchasesWhenBusy) {
  OilParams p = default_oil_params();
  p.shadow_tankers_initial = 20;
  Shipping s(p, day("2023-01-01"), 800, 1, 0);
  for (int i = 0; i < 20; ++i)
    s.dispatch(static_cast<TankerIndex>(s.take_idle(Fleet::Shadow, Hull::Crude)), 500, day("2023-01-01"));
  for (int m = 0; m < 6; ++m) s.monthly(p, day("2023-01-01").plus_days(30 * m), m);
  EXPECT_GT(s.count(Fleet::Shadow, Hull::Crude, TankerStatus::Idle), 10);
  EXPECT_GT(s.secondhand_price_musd(), p.secondhand_price_musd);
  EXPECT_GT(s.purchases_usd_bn_total(), 0.0);
}

TEST(Shipping, CoalitionOwnersLeaveAboveTheCapAndReturnOnlyWithALag) {
  OilParams p = default_oil_params();
  Shipping s(p, *Date::parse("2022-12-05"), 400, 1, 0);
  const double full = s.coalition_willingness(Hull::Crude);
  EXPECT_EQ(full, 1.0);
  for (int week = 0; week < 8; ++week) s.update_coalition_owners(p, {true, false});
  const double left = s.coalition_willingness(Hull::Crude);
  EXPECT_LT(left, p.g7_stay_above_cap_share + 0.2);  // most left within two months above the cap
  for (int week = 0; week < 4; ++week) s.update_coalition_owners(p, {false, false});
  EXPECT_LT(s.coalition_willingness(Hull::Crude), left + 0.5 * (1.0 - left));  // back only slowly
  EXPECT_EQ(s.coalition_willingness(Hull::Product), 1.0);
}

TEST(Shipping, ACapThatBindsOnlyBrieflyDoesNotMoveCarriageBackAndForth) {
  OilParams p = default_oil_params();
  Shipping s(p, *Date::parse("2022-12-05"), 400, 1, 0);
  // The market crosses the cap every other week for half a year.
  double low = 1.0, high = 0.0;
  for (int week = 0; week < 26; ++week) {
    s.update_coalition_owners(p, {week % 2 == 0, false});
    if (week >= 8) {
      low = std::min(low, s.coalition_willingness(Hull::Crude));
      high = std::max(high, s.coalition_willingness(Hull::Crude));
    }
  }
  EXPECT_LT(high - low, 0.15) << "willingness swings with every crossing of the cap";
}
