#include "sancsim/model/market.hpp"

#include <gtest/gtest.h>

#include <vector>

using namespace sancsim;

TEST(CrudeMarket, ClearsWhereDemandMeetsTheOffer) {
  // Two buyers: A takes 0..100 kbd between discounts 2 and 4, B 0..100 between 5 and 7.
  const std::vector<double> req{2, 5}, cap{100, 100}, ramp{2, 2};
  // 50 kbd: half of A's ramp -> discount 3.
  auto c = clear_market(req, cap, ramp, 50, 40);
  EXPECT_NEAR(c.discount_usd_per_bbl, 3.0, 1e-6);
  EXPECT_NEAR(c.sold_kbd, 50, 1e-9);
  // 150 kbd: A full, B half -> discount 6.
  c = clear_market(req, cap, ramp, 150, 40);
  EXPECT_NEAR(c.discount_usd_per_bbl, 6.0, 1e-6);
}

TEST(CrudeMarket, SellsOnlyWhatIsBidAboveTheSellersFloor) {
  const std::vector<double> req{2}, cap{100}, ramp{2};
  const auto c = clear_market(req, cap, ramp, 300, 10);
  EXPECT_DOUBLE_EQ(c.discount_usd_per_bbl, 10);
  EXPECT_DOUBLE_EQ(c.sold_kbd, 100);
}

TEST(CrudeMarket, HigherRequiredDiscountWidensTheClearingDiscount) {
  const std::vector<double> cap{100, 100}, ramp{3, 3};
  const auto calm = clear_market(std::vector<double>{1, 2}, cap, ramp, 120, 60);
  const auto risky = clear_market(std::vector<double>{6, 7}, cap, ramp, 120, 60);
  EXPECT_NEAR(risky.discount_usd_per_bbl - calm.discount_usd_per_bbl, 5.0, 1e-6);
}

TEST(CrudeMarket, NothingOfferedPricesAtTheBestBid) {
  const std::vector<double> req{4, 2}, cap{100, 100}, ramp{1, 1};
  EXPECT_DOUBLE_EQ(clear_market(req, cap, ramp, 0, 30).discount_usd_per_bbl, 2);
}

TEST(CrudeMarket, ABargainingBuyerSideSplitsTheSurplusUpToTheSellersFloor) {
  // Competitive discount 20, sellers' floor 60: a buyer side without weight pays the competitive
  // price, one with a quarter of the weight takes a quarter of the 40 $/bbl between them, one with all
  // of it pushes the sellers to their floor.
  EXPECT_DOUBLE_EQ(bargained_discount(20, 60, 0.0), 20);
  EXPECT_DOUBLE_EQ(bargained_discount(20, 60, 0.25), 30);
  EXPECT_DOUBLE_EQ(bargained_discount(20, 60, 1.0), 60);
  // A narrower gap to the floor (a tax floor raises the sellers' reservation) leaves less to split.
  EXPECT_DOUBLE_EQ(bargained_discount(17, 41, 0.25), 23);
  // Demand ran out at the floor: nothing left to bargain over.
  EXPECT_DOUBLE_EQ(bargained_discount(60, 60, 0.5), 60);
}

TEST(CrudeMarket, SellersWhoCanStoreHoldOutForTheCompetitivePrice) {
  // Competitive discount 20, reservation 60: with empty storage a cargo can wait, so the sellers'
  // disagreement point is the competitive discount and a bargain moves nothing; half-full storage puts
  // it halfway; full storage leaves them at their reservation.
  EXPECT_DOUBLE_EQ(sellers_impasse_discount(20, 60, 0.0), 20);
  EXPECT_DOUBLE_EQ(sellers_impasse_discount(20, 60, 0.5), 40);
  EXPECT_DOUBLE_EQ(sellers_impasse_discount(20, 60, 1.0), 60);
  EXPECT_DOUBLE_EQ(bargained_discount(20, sellers_impasse_discount(20, 60, 0.0), 0.5), 20);
  EXPECT_DOUBLE_EQ(bargained_discount(20, sellers_impasse_discount(20, 60, 0.5), 0.5), 30);
}
