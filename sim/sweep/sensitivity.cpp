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

// Estimates over the base samples listed in `rows` (indices into the compacted output array);
// returns the output variance over A and B.
double estimate(const std::vector<double>& y, std::size_t d, const std::vector<std::size_t>& rows,
                std::vector<double>& s1, std::vector<double>& st) {
  const std::size_t w = d + 2;
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
      const double fa = y[j * w], fb = y[j * w + 1], fab = y[j * w + 2 + i];
      first += fb * (fab - fa);
      total += (fa - fab) * (fa - fab);
    }
    s1[i] = var > 0 ? first / n / var : kNaN;
    st[i] = var > 0 ? total / (2 * n) / var : kNaN;
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
  const std::size_t w = d + 2;
  // Keep only complete base samples.
  std::vector<double> y;
  for (std::size_t j = 0; j + 1 <= y_all.size() / w; ++j) {
    auto row = y_all.subspan(j * w, w);
    if (std::all_of(row.begin(), row.end(), [](double v) { return std::isfinite(v); }))
      y.insert(y.end(), row.begin(), row.end());
  }
  SobolResult out;
  out.indices.resize(d);
  const std::size_t n = y.size() / w;
  out.samples_used = n;
  if (n < 2) {
    for (auto& ix : out.indices) ix = {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN};
    out.variance = kNaN;
    return out;
  }
  std::vector<std::size_t> rows(n);
  for (std::size_t j = 0; j < n; ++j) rows[j] = j;
  std::vector<double> s1(d), st(d);
  out.variance = estimate(y, d, rows, s1, st);

  // Percentile bootstrap over base samples.
  std::vector<std::vector<double>> boot_s1(d), boot_st(d);
  std::vector<double> b1(d), bt(d);
  for (unsigned b = 0; b < options.bootstrap; ++b) {
    Rng rng(options.seed, kBootstrapStream, Stream::Sweep, b);
    for (auto& j : rows) j = rng.below(n);
    estimate(y, d, rows, b1, bt);
    for (std::size_t i = 0; i < d; ++i) {
      if (std::isfinite(b1[i])) boot_s1[i].push_back(b1[i]);
      if (std::isfinite(bt[i])) boot_st[i].push_back(bt[i]);
    }
  }
  const double tail = (1 - options.confidence) / 2;
  for (std::size_t i = 0; i < d; ++i) {
    std::sort(boot_s1[i].begin(), boot_s1[i].end());
    std::sort(boot_st[i].begin(), boot_st[i].end());
    out.indices[i] = {s1[i], quantile_sorted(boot_s1[i], tail), quantile_sorted(boot_s1[i], 1 - tail),
                      st[i], quantile_sorted(boot_st[i], tail), quantile_sorted(boot_st[i], 1 - tail)};
  }
  return out;
}

std::vector<MorrisIndex> morris_indices(std::span<const double> y, std::span<const MorrisMove> moves,
                                        std::size_t d) {
  std::vector<std::vector<double>> effects(d);
  const std::size_t w = d + 1;
  for (std::size_t i = 0; i < y.size() && i < moves.size(); ++i) {
    if (i % w == 0) continue;
    const auto& m = moves[i];
    if (m.axis >= d || m.delta_unit == 0 || !std::isfinite(y[i]) || !std::isfinite(y[i - 1])) continue;
    effects[m.axis].push_back((y[i] - y[i - 1]) / m.delta_unit);
  }
  std::vector<MorrisIndex> out(d);
  for (std::size_t k = 0; k < d; ++k) {
    const auto& e = effects[k];
    auto& o = out[k];
    o.effects = e.size();
    if (e.empty()) {
      o = {kNaN, kNaN, kNaN, 0};
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
