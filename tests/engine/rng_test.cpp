#include "sancsim/engine/rng.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace sancsim;

TEST(Rng, SameKeyGivesSameSequence) {
  Rng a(42, 3, Stream::TraderHazard, 7), b(42, 3, Stream::TraderHazard, 7);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(a.next_u64(), b.next_u64());
}

TEST(Rng, EachKeyPartChangesTheSequence) {
  const auto first = [](Rng r) { return r.next_u64(); };
  const auto base = first(Rng(42, 3, Stream::TraderHazard, 7));
  EXPECT_NE(base, first(Rng(43, 3, Stream::TraderHazard, 7)));
  EXPECT_NE(base, first(Rng(42, 4, Stream::TraderHazard, 7)));
  EXPECT_NE(base, first(Rng(42, 3, Stream::TraderEntry, 7)));
  EXPECT_NE(base, first(Rng(42, 3, Stream::TraderHazard, 8)));
}

TEST(Rng, DrawDoesNotDependOnOtherStreamsBeingUsed) {
  Rng a(1, 0, Stream::CapCheating, 0);
  Rng noise(1, 0, Stream::VoyageDelay, 0);
  for (int i = 0; i < 17; ++i) noise.uniform();
  Rng b(1, 0, Stream::CapCheating, 0);
  EXPECT_EQ(a.uniform(), b.uniform());
}

TEST(Rng, UniformAndNormalHaveTheRightMoments) {
  Rng r(9, 0, Stream::Sweep, 0);
  const int n = 200000;
  double su = 0, sn = 0, sn2 = 0;
  for (int i = 0; i < n; ++i) {
    const double u = r.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    su += u;
    const double z = r.normal();
    sn += z;
    sn2 += z * z;
  }
  EXPECT_NEAR(su / n, 0.5, 0.005);
  EXPECT_NEAR(sn / n, 0.0, 0.01);
  EXPECT_NEAR(sn2 / n, 1.0, 0.02);
}

TEST(Rng, BelowAndPoissonStayInRangeWithTheRightMean) {
  Rng r(5, 1, Stream::Sweep, 2);
  double s = 0;
  for (int i = 0; i < 50000; ++i) {
    const auto k = r.below(10);
    ASSERT_LT(k, 10u);
    s += static_cast<double>(r.poisson(3.0));
  }
  EXPECT_NEAR(s / 50000, 3.0, 0.05);
}

TEST(Rng, DerivedSeedsDifferByEveryIndex) {
  EXPECT_NE(derive_seed(1, 0, 0), derive_seed(1, 1, 0));
  EXPECT_NE(derive_seed(1, 0, 0), derive_seed(1, 0, 1));
  EXPECT_NE(derive_seed(1, 0, 0), derive_seed(2, 0, 0));
  EXPECT_EQ(derive_seed(7, 3, 4), derive_seed(7, 3, 4));
}
