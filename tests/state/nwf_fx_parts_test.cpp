#include "sancsim/state/nwf_fx_parts.hpp"

#include <gtest/gtest.h>

using namespace sancsim;

TEST(FxParts, SalesTakeTheWesternPartFirstAfterTheFreezeAndProRataBefore) {
  const FxParts fund{.western_usd_bn = 40, .eastern_usd_bn = 60};  // at 50 RUB/USD: 2,000 and 3,000
  const FxFlow first = fx_sale(fund, 2500, 50, true);
  EXPECT_DOUBLE_EQ(first.total_rub_bn, 2500);
  EXPECT_DOUBLE_EQ(first.western_rub_bn, 2000);
  EXPECT_DOUBLE_EQ(first.eastern_rub_bn, 500);
  const FxFlow pro_rata = fx_sale(fund, 2500, 50, false);
  EXPECT_DOUBLE_EQ(pro_rata.western_rub_bn, 1000);
  EXPECT_DOUBLE_EQ(pro_rata.eastern_rub_bn, 1500);
}

TEST(FxParts, ASaleNeverTakesMoreThanTheStockHoldsNorLessThanNothing) {
  FxParts account{.western_usd_bn = 1, .eastern_usd_bn = 3};
  EXPECT_DOUBLE_EQ(fx_sale(account, -10, 100, true).total_rub_bn, 0);
  const FxFlow all = take_fx(account, 1e6, 100, false);
  EXPECT_DOUBLE_EQ(all.total_rub_bn, 400);
  EXPECT_DOUBLE_EQ(account.western_usd_bn, 0);
  EXPECT_DOUBLE_EQ(account.eastern_usd_bn, 0);
  EXPECT_DOUBLE_EQ(take_fx(account, 50, 100, true).total_rub_bn, 0);  // an empty stock sells nothing
}

TEST(FxParts, PurchasesFollowTheBuyersStructureAndBookingKeepsEachPartsStockFlow) {
  FxParts fund{.western_usd_bn = 10, .eastern_usd_bn = 30};
  EXPECT_DOUBLE_EQ(fund.western_share(0.5), 0.25);
  EXPECT_DOUBLE_EQ(FxParts{}.western_share(0.5), 0.5);  // an empty stock buys along the fallback
  const FxFlow bought = fx_purchase(800, fund.western_share(0.5));
  const FxFlow sold = fx_sale(fund, 400, 80, true);
  book_fx(fund, bought, sold, 80);
  EXPECT_DOUBLE_EQ(fund.western_usd_bn, 10 + (200.0 - 400.0) / 80);
  EXPECT_DOUBLE_EQ(fund.eastern_usd_bn, 30 + 600.0 / 80);
  fund += FxParts{.western_usd_bn = 1, .eastern_usd_bn = 2};
  EXPECT_DOUBLE_EQ(fund.total_usd_bn(), 10 - 2.5 + 1 + 30 + 7.5 + 2);
}
