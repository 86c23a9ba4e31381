#include <gtest/gtest.h>

#include "sancsim/scenario/scenario.hpp"

using namespace sancsim;

TEST(ParseOverride, SplitsAtTheFirstEqualsSign) {
  const auto o = parse_override("tankers.g7_tankers=500");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->key, "tankers.g7_tankers");
  EXPECT_EQ(o->value, "500");
  const auto s = parse_override(" name = a=b ");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->key, "name");
  EXPECT_EQ(s->value, "a=b");
}

TEST(ParseOverride, RejectsTextWithoutKeyOrEquals) {
  EXPECT_FALSE(parse_override("tankers.g7_tankers"));
  EXPECT_FALSE(parse_override("=5"));
}
