#include "sancsim/sweep/design.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <gtest/gtest.h>

#include "synthetic_model.hpp"

namespace sancsim {
namespace {

using test::spec_from;

std::string sweep_with(const std::string& design, const std::string& params) {
  return "scenario = \"base.toml\"\nseed = 7\n[design]\n" + design + "\n" + params;
}

const std::string kThreeRanges =
    "[[param]]\nkey = \"a\"\nrange = [0.0, 1.0]\n"
    "[[param]]\nkey = \"b\"\nrange = [1.0, 100.0]\nlog = true\n"
    "[[param]]\nkey = \"c\"\nrange = [-5.0, 5.0]\n";

TEST(GridDesign, HasTheProductOfLevelsAndHitsBothEnds) {
  Design d(spec_from(sweep_with("kind = \"grid\"\nlevels = 4",
                                "[[param]]\nkey = \"a\"\nrange = [0.0, 1.0]\n"
                                "[[param]]\nkey = \"b\"\nvalues = [\"x\", \"y\", \"z\"]\n"
                                "[[param]]\nkey = \"c\"\nrange = [10, 20]\nlevels = 2\n")));
  EXPECT_EQ(d.points(), 4u * 3u * 2u);
  std::set<std::string> seen;
  for (std::uint64_t i = 0; i < d.points(); ++i) {
    auto v = d.values(i);
    seen.insert(v[0].toml + v[1].toml + v[2].toml);
  }
  EXPECT_EQ(seen.size(), d.points());
  EXPECT_EQ(d.values(0)[0].number, 0.0);
  EXPECT_EQ(d.values(d.points() - 1)[0].number, 1.0);
  EXPECT_EQ(d.values(d.points() - 1)[2].number, 20.0);
  EXPECT_EQ(d.values(0)[1].toml, "'x'");
  EXPECT_FALSE(d.values(0)[1].is_number);
}

TEST(LhsDesign, PutsOnePointInEveryStratumOfEveryAxis) {
  const std::uint64_t n = 37;
  Design d(spec_from(sweep_with("kind = \"lhs\"\nsamples = 37", kThreeRanges)));
  ASSERT_EQ(d.points(), n);
  std::vector<double> u(3);
  std::vector<std::set<std::uint64_t>> strata(3);
  for (std::uint64_t i = 0; i < n; ++i) {
    d.unit(i, u);
    for (std::size_t k = 0; k < 3; ++k) strata[k].insert(static_cast<std::uint64_t>(std::floor(u[k] * n)));
  }
  for (const auto& s : strata) EXPECT_EQ(s.size(), n);
}

TEST(LhsDesign, PermutationIsABijectionForAnySize) {
  for (std::uint64_t n : {1u, 2u, 3u, 17u, 64u, 1000u}) {
    std::set<std::uint64_t> out;
    for (std::uint64_t i = 0; i < n; ++i) out.insert(permute_index(i, n, 99));
    EXPECT_EQ(out.size(), n);
    EXPECT_LT(*out.rbegin(), n);
  }
}

TEST(RandomDesign, LogRangeStaysInsideBoundsAndSpreadsOverDecades) {
  Design d(spec_from(sweep_with("kind = \"random\"\nsamples = 400", kThreeRanges)));
  int below_10 = 0;
  for (std::uint64_t i = 0; i < d.points(); ++i) {
    double b = d.values(i)[1].number;
    EXPECT_GE(b, 1.0);
    EXPECT_LE(b, 100.0);
    below_10 += b < 10 ? 1 : 0;
  }
  EXPECT_GT(below_10, 150);  // half the points in the first decade, in expectation
  EXPECT_LT(below_10, 250);
}

TEST(SaltelliDesign, AbMatricesTakeOneColumnFromB) {
  Design d(spec_from(sweep_with("kind = \"sobol\"\nsamples = 64", kThreeRanges)));
  const std::size_t dims = 3;
  ASSERT_EQ(d.points(), 64u * (dims + 2));
  std::vector<double> a(dims), b(dims), ab(dims);
  int same = 0;
  for (std::uint64_t j = 0; j < 64; ++j) {
    d.unit(j * (dims + 2), a);
    d.unit(j * (dims + 2) + 1, b);
    EXPECT_EQ(d.tag(j * (dims + 2) + 1).sample, j);
    EXPECT_EQ(d.tag(j * (dims + 2) + 1).block, 1u);
    for (std::size_t i = 0; i < dims; ++i) {
      d.unit(j * (dims + 2) + 2 + i, ab);
      for (std::size_t k = 0; k < dims; ++k) EXPECT_EQ(ab[k], k == i ? b[k] : a[k]);
      same += a[i] == b[i] ? 1 : 0;
    }
  }
  EXPECT_LT(same, 64 * 3 / 10);  // A and B are different halves of one Sobol' point
}

TEST(SaltelliDesign, SecondOrderAddsBaMatricesThatTakeOneColumnFromA) {
  Design first(spec_from(sweep_with("kind = \"sobol\"\nsamples = 16", kThreeRanges)));
  Design d(spec_from(sweep_with("kind = \"sobol\"\nsamples = 16\nsecond_order = true", kThreeRanges)));
  const std::size_t dims = 3, w = 2 * dims + 2;
  ASSERT_EQ(d.points(), 16u * w);
  std::vector<double> a(dims), b(dims), x(dims), y(dims);
  for (std::uint64_t j = 0; j < 16; ++j) {
    d.unit(j * w, a);
    d.unit(j * w + 1, b);
    // A, B and AB_i are those of the first-order design; BA_i follow.
    for (std::uint64_t block = 0; block < dims + 2; ++block) {
      d.unit(j * w + block, x);
      first.unit(j * (dims + 2) + block, y);
      EXPECT_EQ(x, y);
    }
    for (std::size_t i = 0; i < dims; ++i) {
      EXPECT_EQ(d.tag(j * w + 2 + dims + i).sample, j);
      EXPECT_EQ(d.tag(j * w + 2 + dims + i).block, 2 + dims + i);
      d.unit(j * w + 2 + dims + i, x);
      for (std::size_t k = 0; k < dims; ++k) EXPECT_EQ(x[k], k == i ? a[k] : b[k]);
    }
  }
}

TEST(MorrisDesign, EachStepMovesOneCoordinateByDelta) {
  Design d(spec_from(sweep_with("kind = \"morris\"\nsamples = 10\nlevels = 4", kThreeRanges)));
  const std::size_t dims = 3;
  ASSERT_EQ(d.points(), 10u * (dims + 1));
  std::vector<double> prev(dims), cur(dims);
  for (std::uint64_t t = 0; t < 10; ++t) {
    std::set<std::size_t> moved;
    d.unit(t * (dims + 1), prev);
    for (std::size_t step = 1; step <= dims; ++step) {
      const auto i = t * (dims + 1) + step;
      d.unit(i, cur);
      int changed = 0;
      for (std::size_t k = 0; k < dims; ++k) {
        EXPECT_GE(cur[k], 0.0);
        EXPECT_LE(cur[k], 1.0);
        if (cur[k] != prev[k]) {
          ++changed;
          EXPECT_NEAR(std::fabs(cur[k] - prev[k]), d.morris_delta(), 1e-12);
          EXPECT_EQ(d.morris_move(i).axis, k);
        }
      }
      EXPECT_EQ(changed, 1);
      moved.insert(d.morris_move(i).axis);
      prev = cur;
    }
    EXPECT_EQ(moved.size(), dims);  // every coordinate moves once per trajectory
  }
}

TEST(Design, PointsAreTheSameWhicheverOrderTheyAreComputed) {
  Design d(spec_from(sweep_with("kind = \"lhs\"\nsamples = 50", kThreeRanges)));
  auto late = d.values(49);
  for (std::uint64_t i = 0; i < 49; ++i) d.values(i);
  EXPECT_EQ(d.values(49)[2].toml, late[2].toml);
}

TEST(AxisValue, IntegerAxesRoundAndPrintWithoutDecimals) {
  SweepAxis a;
  a.lo = 1;
  a.hi = 10;
  a.integer = true;
  auto v = axis_value(a, 0.52);
  EXPECT_EQ(v.number, 6.0);
  EXPECT_EQ(v.toml, "6");
  a.integer = false;
  EXPECT_EQ(axis_value(a, 0.5).toml, "5.5");
  EXPECT_EQ(axis_value(a, 1.0).toml, "10.0");
}

TEST(AxisValue, IntegerAxesRoundIntoTheirRange) {
  SweepAxis a;
  a.lo = 0.2;
  a.hi = 2.6;
  a.integer = true;
  EXPECT_EQ(axis_value(a, 1.0).toml, "2");  // rounding 2.6 would give 3, outside the range
  EXPECT_EQ(axis_value(a, 0.0).toml, "1");  // and 0.2 would give 0
  EXPECT_EQ(axis_value(a, 0.5).toml, "1");
}

// Sample mean and standard deviation of axis `k` over a design's points.
std::pair<double, double> moments(const Design& d, std::size_t k) {
  double sum = 0, sum_sq = 0;
  const double n = static_cast<double>(d.points());
  for (std::uint64_t i = 0; i < d.points(); ++i) {
    const double x = d.values(i)[k].number;
    sum += x;
    sum_sq += x * x;
  }
  const double mean = sum / n;
  return {mean, std::sqrt((sum_sq - n * mean * mean) / (n - 1))};
}

const std::string kDistributions =
    "[[param]]\nkey = \"n\"\ndist = \"normal\"\nmean = 10.0\nsd = 3.0\nrange = [-100.0, 100.0]\n"
    "[[param]]\nkey = \"t\"\ndist = \"triangular\"\nrange = [0.0, 8.0]\nmode = 2.0\n"
    "[[param]]\nkey = \"l\"\ndist = \"loguniform\"\nrange = [1.0, 100.0]\n"
    "[[param]]\nkey = \"tn\"\ndist = \"normal\"\nmean = 0.0\nsd = 1.0\nrange = [0.0, 5.0]\n"
    "[[param]]\nkey = \"u\"\ndist = \"uniform\"\nrange = [2.0, 4.0]\n";

// Analytic moments: normal (10, 3); triangular (0, 2, 8): mean 10/3, variance 52/18; log-uniform on
// [1, 100]: mean 99 / ln 100; a standard normal truncated to [0, 5] (half-normal): mean sqrt(2/pi),
// sd sqrt(1 - 2/pi); uniform [2, 4]: mean 3, sd 2/sqrt(12).
void expect_distribution_moments(const Design& d, double tolerance) {
  const double pi = 3.14159265358979323846;
  const std::pair<double, double> expected[] = {{10.0, 3.0},
                                                {10.0 / 3, std::sqrt(52.0 / 18)},
                                                {99 / std::log(100.0), NAN},
                                                {std::sqrt(2 / pi), std::sqrt(1 - 2 / pi)},
                                                {3.0, 2 / std::sqrt(12.0)}};
  for (std::size_t k = 0; k < 5; ++k) {
    SCOPED_TRACE(k);
    const auto [mean, sd] = moments(d, k);
    EXPECT_NEAR(mean, expected[k].first, tolerance * std::max(1.0, expected[k].first));
    if (!std::isnan(expected[k].second)) {
      EXPECT_NEAR(sd, expected[k].second, tolerance * std::max(1.0, expected[k].second));
    }
  }
  for (std::uint64_t i = 0; i < d.points(); ++i) {
    const auto v = d.values(i);
    ASSERT_GE(v[3].number, 0.0);  // truncation holds
    ASSERT_LE(v[1].number, 8.0);
  }
}

TEST(Distributions, RandomLhsAndSobolDesignsDrawTheirSampleMoments) {
  expect_distribution_moments(
      Design(spec_from(sweep_with("kind = \"random\"\nsamples = 20000", kDistributions))), 0.03);
  expect_distribution_moments(Design(spec_from(sweep_with("kind = \"lhs\"\nsamples = 4000", kDistributions))),
                              0.01);
  // Saltelli: the A and B matrices are draws of the distribution (the AB points mix them).
  Design sobol(spec_from(sweep_with("kind = \"sobol\"\nsamples = 4096", kDistributions)));
  double sum = 0, n = 0;
  for (std::uint64_t i = 0; i < sobol.points(); ++i)
    if (sobol.tag(i).block <= 1) sum += sobol.values(i)[0].number, n += 1;
  EXPECT_NEAR(sum / n, 10.0, 0.05);
}

TEST(Distributions, BadDistributionEntriesAreReported) {
  auto r =
      parse_sweep(sweep_with("kind = \"lhs\"\nsamples = 10",
                             "[[param]]\nkey = \"n\"\ndist = \"normal\"\nrange = [0.0, 1.0]\n"
                             "[[param]]\nkey = \"t\"\ndist = \"triangular\"\nrange = [0.0, 1.0]\nmode = 2.0\n"
                             "[[param]]\nkey = \"x\"\ndist = \"beta\"\nrange = [0.0, 1.0]\n"),
                  "/tmp/d.toml");
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  const auto text = std::get<Diagnostics>(r).str();
  EXPECT_NE(text.find("param[0]: `mean` and `sd` for dist = \"normal\""), std::string::npos) << text;
  EXPECT_NE(text.find("param[1].mode: a mode within the range [0, 1]"), std::string::npos) << text;
  EXPECT_NE(text.find("param[2].dist: one of \"uniform\", \"loguniform\", \"normal\", \"triangular\""),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace sancsim
