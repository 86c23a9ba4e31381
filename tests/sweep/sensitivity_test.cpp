#include "sancsim/sweep/sensitivity.hpp"

#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "synthetic_model.hpp"

namespace sancsim {
namespace {

using test::spec_from;

// Outputs of f at every point of a design, in point order.
template <class F>
std::vector<double> evaluate(const Design& d, F f) {
  std::vector<double> y(d.points()), x(d.dims());
  for (std::uint64_t i = 0; i < d.points(); ++i) {
    auto v = d.values(i);
    for (std::size_t k = 0; k < d.dims(); ++k) x[k] = v[k].number;
    y[i] = f(x);
  }
  return y;
}

std::string sobol_sweep(int dims, double lo, double hi, int samples, bool second_order = false) {
  std::string s =
      "scenario = \"base.toml\"\n[design]\nkind = \"sobol\"\nsamples = " + std::to_string(samples) +
      (second_order ? "\nsecond_order = true\n" : "\n");
  for (int k = 0; k < dims; ++k)
    s += fmt::format("[[param]]\nkey = \"x{}\"\nrange = [{}, {}]\n", k + 1, lo, hi);
  return s;
}

void expect_within_ci(const SobolIndex& ix, double s1, double st) {
  EXPECT_LE(ix.s1_lo, s1);
  EXPECT_GE(ix.s1_hi, s1);
  EXPECT_LE(ix.st_lo, st);
  EXPECT_GE(ix.st_hi, st);
  EXPECT_LT(ix.s1_hi - ix.s1_lo, 0.15);  // and the intervals are informative
  EXPECT_LT(ix.st_hi - ix.st_lo, 0.15);
}

TEST(SobolIndices, IshigamiWithinBootstrapIntervals) {
  const double pi = std::numbers::pi;
  Design d(spec_from(sobol_sweep(3, -pi, pi, 4096)));
  auto y = evaluate(d, [](const std::vector<double>& x) {
    return std::sin(x[0]) + 7 * std::pow(std::sin(x[1]), 2) + 0.1 * std::pow(x[2], 4) * std::sin(x[0]);
  });
  SobolOptions o;
  o.bootstrap = 300;
  auto r = sobol_indices(y, 3, o);
  EXPECT_EQ(r.samples_used, 4096u);
  expect_within_ci(r.indices[0], 0.3139, 0.5576);
  expect_within_ci(r.indices[1], 0.4424, 0.4424);
  expect_within_ci(r.indices[2], 0.0, 0.2437);
}

double ishigami(const std::vector<double>& x) {
  return std::sin(x[0]) + 7 * std::pow(std::sin(x[1]), 2) + 0.1 * std::pow(x[2], 4) * std::sin(x[0]);
}

// Ishigami (a = 7, b = 0.1): the only interaction is x1 with x3, S13 = V13 / V = 0.2437
// (V13 = b^2 pi^8 (1/18 - 1/50) / 2 = 3.3750... over V = 13.8446...); S12 = S23 = 0.
TEST(SobolIndices, IshigamiSecondOrderWithinBootstrapIntervals) {
  const double pi = std::numbers::pi;
  Design d(spec_from(sobol_sweep(3, -pi, pi, 4096, true)));
  ASSERT_EQ(d.points(), 4096u * 8);
  auto y = evaluate(d, ishigami);
  SobolOptions o;
  o.bootstrap = 300;
  o.second_order = true;
  auto r = sobol_indices(y, 3, o);
  EXPECT_EQ(r.samples_used, 4096u);
  expect_within_ci(r.indices[0], 0.3139, 0.5576);  // the first-order part is unchanged
  ASSERT_EQ(r.pairs.size(), 3u);
  const double s2[] = {0.0, 0.2437, 0.0};  // (1,2), (1,3), (2,3)
  const std::size_t first[] = {0, 0, 1}, second[] = {1, 2, 2};
  for (std::size_t p = 0; p < 3; ++p) {
    SCOPED_TRACE(p);
    EXPECT_EQ(r.pairs[p].i, first[p]);
    EXPECT_EQ(r.pairs[p].j, second[p]);
    EXPECT_LE(r.pairs[p].s2_lo, s2[p]);
    EXPECT_GE(r.pairs[p].s2_hi, s2[p]);
    EXPECT_LE(r.pairs[p].s2_lo, r.pairs[p].s2);
    EXPECT_GE(r.pairs[p].s2_hi, r.pairs[p].s2);
    EXPECT_LT(r.pairs[p].s2_hi - r.pairs[p].s2_lo, 0.2);
  }
  EXPECT_NEAR(r.pairs[1].s2, 0.2437, 0.05);
}

// Sobol' G function with coefficients a on [0, 1]^d, and its partial variances V_i = 1 / (3 (1 + a_i)^2)
// with the product of (1 + V_i) (the total variance is that product less 1).
double sobol_g(const std::vector<double>& a, const std::vector<double>& x) {
  double g = 1;
  for (std::size_t i = 0; i < a.size(); ++i) g *= (std::fabs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
  return g;
}

std::pair<std::vector<double>, double> sobol_g_variances(const std::vector<double>& a) {
  std::vector<double> vi(a.size());
  double total = 1;
  for (std::size_t i = 0; i < a.size(); ++i) {
    vi[i] = 1.0 / (3 * (1 + a[i]) * (1 + a[i]));
    total *= 1 + vi[i];
  }
  return {vi, total};
}

// Sobol' G: V_ij = V_i V_j, so S_ij = V_i V_j / V. With a = (0, 1, 4.5, 9) the largest
// interaction is S12 = 0.0590, and every pair lies within its interval.
TEST(SobolIndices, GFunctionSecondOrderMatchesAnalyticIndices) {
  const std::vector<double> a = {0, 1, 4.5, 9};
  Design d(spec_from(sobol_sweep(4, 0, 1, 4096, true)));
  auto y = evaluate(d, [&](const std::vector<double>& x) { return sobol_g(a, x); });
  const auto [vi, total] = sobol_g_variances(a);
  const double v = total - 1;
  SobolOptions o;
  o.bootstrap = 300;
  o.second_order = true;
  auto r = sobol_indices(y, a.size(), o);
  ASSERT_EQ(r.pairs.size(), 6u);
  for (const auto& p : r.pairs) {
    const double s2 = vi[p.i] * vi[p.j] / v;
    SCOPED_TRACE(fmt::format("S{}{} = {}", p.i + 1, p.j + 1, s2));
    EXPECT_LE(p.s2_lo, s2);
    EXPECT_GE(p.s2_hi, s2);
    EXPECT_LT(p.s2_hi - p.s2_lo, 0.12);
  }
  EXPECT_NEAR(r.pairs[0].s2, vi[0] * vi[1] / v, 0.03);
}

// An output with a large mean and a small spread (like a revenue of ~1,000 bn moved by ~1 bn): the
// first-order estimator with f(B) centred keeps its intervals as narrow as without the offset.
TEST(SobolIndices, ALargeOutputMeanDoesNotWidenTheFirstOrderIntervals) {
  const double pi = std::numbers::pi;
  Design d(spec_from(sobol_sweep(3, -pi, pi, 1024)));
  auto y = evaluate(d, [](const std::vector<double>& x) {
    return 1000 + std::sin(x[0]) + 7 * std::pow(std::sin(x[1]), 2) + 0.1 * std::pow(x[2], 4) * std::sin(x[0]);
  });
  SobolOptions o;
  o.bootstrap = 300;
  auto r = sobol_indices(y, 3, o);
  const double s1[] = {0.3139, 0.4424, 0.0};
  for (std::size_t i = 0; i < 3; ++i) {
    SCOPED_TRACE(i);
    EXPECT_LE(r.indices[i].s1_lo, s1[i]);
    EXPECT_GE(r.indices[i].s1_hi, s1[i]);
    EXPECT_LT(r.indices[i].s1_hi - r.indices[i].s1_lo, 0.3);
    EXPECT_GT(r.indices[i].s1, -0.1);
  }
}

TEST(MorrisIndices, BootstrapIntervalsHoldTheEstimates) {
  // y = 3 x1 + x2 * x3 over [0, 1]^3: x1 has no spread, x2 and x3 interact.
  Design d(
      spec_from("scenario = \"base.toml\"\n[design]\nkind = \"morris\"\nsamples = 60\nlevels = 4\n"
                "[[param]]\nkey = \"x1\"\nrange = [0, 1]\n[[param]]\nkey = \"x2\"\nrange = [0, 1]\n"
                "[[param]]\nkey = \"x3\"\nrange = [0, 1]\n"));
  auto y = evaluate(d, [](const std::vector<double>& x) { return 3 * x[0] + x[1] * x[2]; });
  std::vector<MorrisMove> moves(d.points());
  for (std::uint64_t i = 0; i < d.points(); ++i)
    if (i % 4 != 0) moves[i] = d.morris_move(i);
  MorrisOptions o;
  o.bootstrap = 200;
  auto r = morris_indices(y, moves, 3, o);
  EXPECT_NEAR(r[0].mu_star, 3.0, 1e-9);
  EXPECT_NEAR(r[0].mu_star_lo, 3.0, 1e-9);
  EXPECT_NEAR(r[0].mu_star_hi, 3.0, 1e-9);
  for (std::size_t k = 1; k < 3; ++k) {
    SCOPED_TRACE(k);
    EXPECT_LE(r[k].mu_star_lo, r[k].mu_star);
    EXPECT_GE(r[k].mu_star_hi, r[k].mu_star);
    EXPECT_LT(r[k].mu_star_hi - r[k].mu_star_lo, 0.5);
    EXPECT_GT(r[k].sigma_lo, 0.0);
    EXPECT_LE(r[k].sigma_lo, r[k].sigma);
    EXPECT_GE(r[k].sigma_hi, r[k].sigma);
  }
}

TEST(SobolIndices, GFunctionMatchesAnalyticIndices) {
  const std::vector<double> a = {0, 1, 4.5, 9, 99, 99};
  Design d(spec_from(sobol_sweep(6, 0, 1, 4096)));
  auto y = evaluate(d, [&](const std::vector<double>& x) { return sobol_g(a, x); });
  const auto [vi, total] = sobol_g_variances(a);
  const double v = total - 1;
  SobolOptions o;
  o.bootstrap = 300;
  auto r = sobol_indices(y, a.size(), o);
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double s1 = vi[i] / v, st = vi[i] * total / (1 + vi[i]) / v;
    SCOPED_TRACE(i);
    expect_within_ci(r.indices[i], s1, st);
  }
}

TEST(SobolIndices, DropsSamplesWithMissingOutputs) {
  Design d(spec_from(sobol_sweep(2, 0, 1, 1024)));
  auto y = evaluate(d, [](const std::vector<double>& x) { return x[0] + 2 * x[1]; });
  y[5] = NAN;  // sample 1 (4 points per sample)
  y[4 * 100 + 3] = NAN;
  SobolOptions o;
  o.bootstrap = 50;
  auto r = sobol_indices(y, 2, o);
  EXPECT_EQ(r.samples_used, 1022u);
  EXPECT_NEAR(r.indices[1].s1, 0.8, 0.05);  // variance shares 1 : 4
}

TEST(MorrisIndices, LinearFunctionGivesItsSlopesAndNoSpread) {
  Design d(
      spec_from("scenario = \"b.toml\"\n[design]\nkind = \"morris\"\nsamples = 20\nlevels = 6\n"
                "[[param]]\nkey = \"a\"\nrange = [0.0, 1.0]\n[[param]]\nkey = \"b\"\nrange = [0.0, 1.0]\n"
                "[[param]]\nkey = \"c\"\nrange = [0.0, 1.0]\n"));
  auto y = evaluate(d, [](const std::vector<double>& x) { return 3 * x[0] - 2 * x[1] + 0 * x[2]; });
  std::vector<MorrisMove> moves(d.points());
  for (std::uint64_t i = 0; i < d.points(); ++i)
    if (i % 4) moves[i] = d.morris_move(i);
  auto r = morris_indices(y, moves, 3);
  EXPECT_NEAR(r[0].mu, 3, 1e-9);
  EXPECT_NEAR(r[0].mu_star, 3, 1e-9);
  EXPECT_NEAR(r[0].sigma, 0, 1e-9);
  EXPECT_NEAR(r[1].mu, -2, 1e-9);
  EXPECT_NEAR(r[1].mu_star, 2, 1e-9);
  EXPECT_NEAR(r[2].mu_star, 0, 1e-12);
  EXPECT_EQ(r[0].effects, 20u);
}

TEST(MorrisIndices, InteractionShowsAsSpread) {
  Design d(
      spec_from("scenario = \"b.toml\"\n[design]\nkind = \"morris\"\nsamples = 30\nlevels = 4\n"
                "[[param]]\nkey = \"a\"\nrange = [0.0, 1.0]\n[[param]]\nkey = \"b\"\nrange = [0.0, 1.0]\n"));
  auto y = evaluate(d, [](const std::vector<double>& x) { return x[0] * x[1]; });
  std::vector<MorrisMove> moves(d.points());
  for (std::uint64_t i = 0; i < d.points(); ++i)
    if (i % 3) moves[i] = d.morris_move(i);
  auto r = morris_indices(y, moves, 2);
  EXPECT_GT(r[0].sigma, 0.1);
}

TEST(Quantile, InterpolatesLikeNumpy) {
  std::vector<double> v = {1, 2, 3, 4};
  EXPECT_DOUBLE_EQ(quantile_sorted(v, 0.5), 2.5);
  EXPECT_DOUBLE_EQ(quantile_sorted(v, 0.05), 1.15);
  EXPECT_DOUBLE_EQ(quantile_sorted(v, 1.0), 4.0);
  EXPECT_TRUE(std::isnan(quantile_sorted({}, 0.5)));
}

}  // namespace
}  // namespace sancsim
