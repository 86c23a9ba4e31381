#include "sancsim/sweep/prim.hpp"

#include <gtest/gtest.h>

#include "sancsim/engine/rng.hpp"

namespace sancsim {
namespace {

// 3,000 uniform cases in [0, 1]^3; the cases of interest are those in the planted box
// x0 in [0.2, 0.5], x1 in [0.7, 1] (x2 irrelevant), plus 2% noise flipped either way.
TEST(Prim, FindsAPlantedBox) {
  const std::size_t n = 3000, d = 3;
  std::vector<double> x(n * d);
  std::vector<bool> interest(n);
  Rng rng(17, 0, Stream::Sweep, 0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = 0; k < d; ++k) x[i * d + k] = rng.uniform();
    const bool in = x[i * d] >= 0.2 && x[i * d] <= 0.5 && x[i * d + 1] >= 0.7;
    interest[i] = rng.uniform() < 0.02 ? !in : in;
  }
  const PrimResult r = prim(x, d, interest);
  ASSERT_GT(r.trajectory.size(), 5u);
  EXPECT_EQ(r.trajectory.front().cases, n);
  EXPECT_DOUBLE_EQ(r.trajectory.front().coverage, 1.0);
  for (std::size_t s = 1; s < r.trajectory.size(); ++s)
    EXPECT_LT(r.trajectory[s].cases, r.trajectory[s - 1].cases);
  const PrimBox& b = r.trajectory[r.chosen];
  EXPECT_GE(b.density, 0.8);
  EXPECT_GE(b.coverage, 0.8);
  EXPECT_EQ(b.restricted, (std::vector<std::size_t>{0, 1}));
  EXPECT_NEAR(b.lo[0], 0.2, 0.03);
  EXPECT_NEAR(b.hi[0], 0.5, 0.03);
  EXPECT_NEAR(b.lo[1], 0.7, 0.03);
  EXPECT_GT(b.hi[1], 0.99);
}

TEST(Prim, WithoutCasesOfInterestNoBoxIsDense) {
  std::vector<double> x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  const PrimResult r = prim(x, 1, std::vector<bool>(10, false));
  ASSERT_FALSE(r.trajectory.empty());
  EXPECT_EQ(r.trajectory[r.chosen].density, 0.0);
}

}  // namespace
}  // namespace sancsim
