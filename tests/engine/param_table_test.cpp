#include "sancsim/engine/param_table.hpp"

#include <gtest/gtest.h>

using namespace sancsim;

TEST(ParamTable, RegistersKeysWithSectionPrefixAndPointsAtValues) {
  double cap = 60;
  int n = 3;
  ParamTable t;
  t.section("coalition");
  t.real("cap_usd_per_bbl", cap, 0, 200, "usd_per_bbl", "cap", "G7");
  t.section("");
  t.integer("traders", n, 0, 100, "count", "src");
  const ParamSpec* s = t.find("coalition.cap_usd_per_bbl");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->value_text(), "60");
  *std::get<double*>(s->target) = 45;
  EXPECT_EQ(cap, 45);
  EXPECT_EQ(t.find("cap_usd_per_bbl"), nullptr);
  EXPECT_NE(t.find("traders"), nullptr);
}

TEST(YearPath, TakesTheNearestEarlierYear) {
  YearPath p{{{2024, 10.0}, {2026, 12.0}}};
  EXPECT_EQ(p.at(2023), 10.0);
  EXPECT_EQ(p.at(2025), 10.0);
  EXPECT_EQ(p.at(2026), 12.0);
  EXPECT_EQ(p.at(2030), 12.0);
}
