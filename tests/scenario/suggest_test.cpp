#include "suggest.hpp"

#include <gtest/gtest.h>

using namespace sancsim::scenario_detail;

TEST(Suggest, CountsEditsBetweenWords) {
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("same", "same"), 0u);
}

TEST(Suggest, OffersTheClosestKeyOnlyWhenClose) {
  const std::vector<std::string> keys = {"tankers.g7_tankers", "tankers.shadow_tankers_initial",
                                         "market.brent_mode"};
  EXPECT_EQ(closest("tankers.g7_tanker", keys), "tankers.g7_tankers");
  EXPECT_EQ(closest("market.brent_mod", keys), "market.brent_mode");
  EXPECT_EQ(closest("budget.nwf_liquid_usd_bn", keys), "");
}

TEST(Suggest, OffersTheKeyWithTheSameNameInAnotherSection) {
  const std::vector<std::string> keys = {"tankers.g7_tankers", "market.brent_mode"};
  EXPECT_EQ(closest("fleet.g7_tankers", keys), "tankers.g7_tankers");
}

TEST(Suggest, WritesAHintOnlyWhenThereIsOne) {
  EXPECT_EQ(unknown_with_hint("key", "brent_mod", {"brent_mode"}),
            "unknown key; did you mean \"brent_mode\"?");
  EXPECT_EQ(unknown_with_hint("key", "zzz", {"brent_mode"}), "unknown key");
}
