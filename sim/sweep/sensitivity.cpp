// Sobol' indices from Saltelli samples and Morris screening measures.
#include "sancsim/sweep/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sancsim/engine/rng.hpp"

namespace sancsim {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint32_t kBootstrapStream = 10;  // sub-stream of Stream::Sweep

// Estimates over the base samples listed in `rows` (indices into the compacted output array, w
// outputs a sample); returns the output variance over A and B. s2 (second order only) is indexed
// like SobolResult::pairs.
double estimate(const std::vector<double>& y, std::size_t d, std::size_t w,
                const std::vector<std::size_t>& rows, std::vector<double>& s1, std::vector<double>& st,
                std::vector<double>& s2) {
  const double n = static_cast<double>(rows.size());
  double mean = 0;
  for (auto j : rows) mean += y[j * w] + y[j * w + 1];
  mean /= 2 * n;
  double var = 0;
  for (auto j : rows) {
    var += (y[j * w] - mean) * (y[j * w] - mean);
    var += (y[j * w + 1] - mean) * (y[j * w + 1] - mean);
  }
  var /= 2 * n;
  for (std::size_t i = 0; i < d; ++i) {
    double first = 0, total = 0;
    for (auto j : rows) {
      // f(B) centred: the same expectation, but without a variance that grows with the squared
      // mean of the output (uncentred, a revenue of ~1,000 with a spread of ~10 gave S1 of -5).
      const double fa = y[j * w], fb = y[j * w + 1] - mean, fab = y[j * w + 2 + i];
      first += fb * (fab - fa);
      total += (fa - fab) * (fa - fab);
    }
    s1[i] = var > 0 ? first / n / var : kNaN;
    st[i] = var > 0 ? total / (2 * n) / var : kNaN;
  }
  if (w < 2 * d + 2) return var;
  // Saltelli (2002), eq. (11): BA_i and AB_k share x_i (from A) and x_k (from B) and nothing else,
  // so E[f(BA_i) f(AB_k)] - f0^2 is the closed variance V_i + V_k + V_ik; f(A) f(B) estimates
  // f0^2. Outputs are centred on their mean, as for S1, so the estimator's variance does not grow
  // with the squared mean.
  std::size_t pair = 0;
  for (std::size_t i = 0; i < d; ++i)
    for (std::size_t k = i + 1; k < d; ++k, ++pair) {
      double closed = 0;
      for (auto j : rows) {
        const double fa = y[j * w] - mean, fb = y[j * w + 1] - mean;
        const double fab_k = y[j * w + 2 + k] - mean, fba_i = y[j * w + 2 + d + i] - mean;
        closed += fba_i * fab_k - fa * fb;
      }
      s2[pair] = var > 0 ? closed / n / var - s1[i] - s1[k] : kNaN;
    }
  return var;
}

}  // namespace

double quantile_sorted(std::span<const double> sorted, double p) {
  if (sorted.empty()) return kNaN;
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

SobolResult sobol_indices(std::span<const double> y_all, std::size_t d, const SobolOptions& options) {
  const std::size_t w = options.second_order ? 2 * d + 2 : d + 2;
  const std::size_t pairs = options.second_order ? d * (d - 1) / 2 : 0;
  // Keep only complete base samples.
  std::vector<double> y;
  for (std::size_t j = 0; j + 1 <= y_all.size() / w; ++j) {
    auto row = y_all.subspan(j * w, w);
    if (std::all_of(row.begin(), row.end(), [](double v) { return std::isfinite(v); }))
      y.insert(y.end(), row.begin(), row.end());
  }
  SobolResult out;
  out.indices.resize(d);
  for (std::size_t i = 0; i < d; ++i)
    for (std::size_t k = i + 1; k < d && options.second_order; ++k)
      out.pairs.push_back({i, k, kNaN, kNaN, kNaN});
  const std::size_t n = y.size() / w;
  out.samples_used = n;
  if (n < 2) {
    for (auto& ix : out.indices) ix = {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN};
    out.variance = kNaN;
    return out;
  }
  std::vector<std::size_t> rows(n);
  for (std::size_t j = 0; j < n; ++j) rows[j] = j;
  std::vector<double> s1(d), st(d), s2(pairs);
  out.variance = estimate(y, d, w, rows, s1, st, s2);

  // Percentile bootstrap over base samples.
  std::vector<std::vector<double>> boot_s1(d), boot_st(d), boot_s2(pairs);
  std::vector<double> b1(d), bt(d), b2(pairs);
  for (unsigned b = 0; b < options.bootstrap; ++b) {
    Rng rng(options.seed, kBootstrapStream, Stream::Sweep, b);
    for (auto& j : rows) j = rng.below(n);
    estimate(y, d, w, rows, b1, bt, b2);
    for (std::size_t i = 0; i < d; ++i) {
      if (std::isfinite(b1[i])) boot_s1[i].push_back(b1[i]);
      if (std::isfinite(bt[i])) boot_st[i].push_back(bt[i]);
    }
    for (std::size_t p = 0; p < pairs; ++p)
      if (std::isfinite(b2[p])) boot_s2[p].push_back(b2[p]);
  }
  const double tail = (1 - options.confidence) / 2;
  for (std::size_t i = 0; i < d; ++i) {
    std::sort(boot_s1[i].begin(), boot_s1[i].end());
    std::sort(boot_st[i].begin(), boot_st[i].end());
    out.indices[i] = {s1[i], quantile_sorted(boot_s1[i], tail), quantile_sorted(boot_s1[i], 1 - tail),
                      st[i], quantile_sorted(boot_st[i], tail), quantile_sorted(boot_st[i], 1 - tail)};
  }
  for (std::size_t p = 0; p < pairs; ++p) {
    std::sort(boot_s2[p].begin(), boot_s2[p].end());
    auto& pr = out.pairs[p];
    pr.s2 = s2[p];
    pr.s2_lo = quantile_sorted(boot_s2[p], tail);
    pr.s2_hi = quantile_sorted(boot_s2[p], 1 - tail);
  }
  return out;
}

namespace {

// Elementary effects of the trajectories listed in `trajectories`, per input.
std::vector<std::vector<double>> elementary_effects(std::span<const double> y,
                                                    std::span<const MorrisMove> moves, std::size_t d,
                                                    const std::vector<std::size_t>& trajectories) {
  std::vector<std::vector<double>> effects(d);
  const std::size_t w = d + 1;
  for (const std::size_t t : trajectories)
    for (std::size_t i = t * w + 1; i < (t + 1) * w && i < y.size() && i < moves.size(); ++i) {
      const auto& m = moves[i];
      if (m.axis >= d || m.delta_unit == 0 || !std::isfinite(y[i]) || !std::isfinite(y[i - 1])) continue;
      effects[m.axis].push_back((y[i] - y[i - 1]) / m.delta_unit);
    }
  return effects;
}

std::vector<std::size_t> all_trajectories(std::size_t n, std::size_t d) {
  std::vector<std::size_t> t((n + d) / (d + 1));
  for (std::size_t k = 0; k < t.size(); ++k) t[k] = k;
  return t;
}

}  // namespace

std::vector<MorrisIndex> morris_indices(std::span<const double> y, std::span<const MorrisMove> moves,
                                        std::size_t d, const MorrisOptions& options) {
  auto out = morris_indices(y, moves, d);
  std::vector<std::size_t> rows = all_trajectories(std::min(y.size(), moves.size()), d);
  const std::size_t r = rows.size();
  std::vector<std::vector<double>> boot_mu_star(d), boot_sigma(d);
  for (unsigned b = 0; b < options.bootstrap && r > 1; ++b) {
    Rng rng(options.seed, kBootstrapStream + 1, Stream::Sweep, b);
    for (auto& t : rows) t = rng.below(r);
    const auto effects = elementary_effects(y, moves, d, rows);
    for (std::size_t k = 0; k < d; ++k) {
      const auto& e = effects[k];
      if (e.size() < 2) continue;
      double sum = 0, sum_abs = 0;
      for (double v : e) sum += v, sum_abs += std::fabs(v);
      const double mu = sum / static_cast<double>(e.size());
      double ss = 0;
      for (double v : e) ss += (v - mu) * (v - mu);
      boot_mu_star[k].push_back(sum_abs / static_cast<double>(e.size()));
      boot_sigma[k].push_back(std::sqrt(ss / static_cast<double>(e.size() - 1)));
    }
  }
  const double tail = (1 - options.confidence) / 2;
  for (std::size_t k = 0; k < d; ++k) {
    std::sort(boot_mu_star[k].begin(), boot_mu_star[k].end());
    std::sort(boot_sigma[k].begin(), boot_sigma[k].end());
    out[k].mu_star_lo = quantile_sorted(boot_mu_star[k], tail);
    out[k].mu_star_hi = quantile_sorted(boot_mu_star[k], 1 - tail);
    out[k].sigma_lo = quantile_sorted(boot_sigma[k], tail);
    out[k].sigma_hi = quantile_sorted(boot_sigma[k], 1 - tail);
  }
  return out;
}

std::vector<MorrisIndex> morris_indices(std::span<const double> y, std::span<const MorrisMove> moves,
                                        std::size_t d) {
  const auto effects = elementary_effects(y, moves, d, all_trajectories(std::min(y.size(), moves.size()), d));
  std::vector<MorrisIndex> out(d);
  for (std::size_t k = 0; k < d; ++k) {
    const auto& e = effects[k];
    auto& o = out[k];
    o.effects = e.size();
    if (e.empty()) {
      o = MorrisIndex{};
      o.mu = o.mu_star = o.sigma = kNaN;
      continue;
    }
    double sum = 0, sum_abs = 0;
    for (double v : e) sum += v, sum_abs += std::fabs(v);
    o.mu = sum / static_cast<double>(e.size());
    o.mu_star = sum_abs / static_cast<double>(e.size());
    double ss = 0;
    for (double v : e) ss += (v - o.mu) * (v - o.mu);
    o.sigma = e.size() > 1 ? std::sqrt(ss / static_cast<double>(e.size() - 1)) : kNaN;
  }
  return out;
}

}  // namespace sancsim
