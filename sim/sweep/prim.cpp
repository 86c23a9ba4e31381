// PRIM peeling (Friedman & Fisher 1999), without the pasting phase.
#include "sancsim/sweep/prim.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sancsim/sweep/sensitivity.hpp"

namespace sancsim {
namespace {

PrimBox describe_box(std::size_t d, const std::vector<bool>& interest, const std::vector<std::size_t>& inside,
                     std::vector<double> lo, std::vector<double> hi, const std::vector<double>& data_lo,
                     const std::vector<double>& data_hi, std::size_t total_interest) {
  PrimBox b;
  b.lo = std::move(lo);
  b.hi = std::move(hi);
  b.cases = inside.size();
  for (auto i : inside) b.of_interest += interest[i] ? 1 : 0;
  const double n = static_cast<double>(interest.size());
  b.mass = static_cast<double>(b.cases) / n;
  b.density = b.cases ? static_cast<double>(b.of_interest) / static_cast<double>(b.cases) : 0.0;
  b.coverage =
      total_interest ? static_cast<double>(b.of_interest) / static_cast<double>(total_interest) : 0.0;
  for (std::size_t k = 0; k < d; ++k)
    if (b.lo[k] > data_lo[k] || b.hi[k] < data_hi[k]) b.restricted.push_back(k);
  return b;
}

}  // namespace

PrimResult prim(std::span<const double> x, std::size_t d, const std::vector<bool>& interest,
                const PrimOptions& options) {
  const std::size_t n = interest.size();
  PrimResult out;
  if (d == 0 || n == 0 || x.size() < n * d) return out;
  std::vector<double> data_lo(d, std::numeric_limits<double>::infinity()),
      data_hi(d, -std::numeric_limits<double>::infinity());
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = 0; k < d; ++k) {
      data_lo[k] = std::min(data_lo[k], x[i * d + k]);
      data_hi[k] = std::max(data_hi[k], x[i * d + k]);
    }
  std::size_t total_interest = 0;
  for (bool b : interest) total_interest += b ? 1 : 0;

  std::vector<std::size_t> inside(n);
  for (std::size_t i = 0; i < n; ++i) inside[i] = i;
  std::vector<double> lo = data_lo, hi = data_hi;
  out.trajectory.push_back(describe_box(d, interest, inside, lo, hi, data_lo, data_hi, total_interest));
  const auto min_cases = static_cast<std::size_t>(std::ceil(options.min_mass * static_cast<double>(n)));

  std::vector<double> column;
  std::vector<std::size_t> kept, best_kept;
  while (true) {
    double best_density = -1;
    std::size_t best_removed = 0;
    std::size_t best_axis = 0;
    bool best_low = true;
    for (std::size_t k = 0; k < d; ++k) {
      column.clear();
      for (auto i : inside) column.push_back(x[i * d + k]);
      std::sort(column.begin(), column.end());
      if (column.front() == column.back()) continue;
      for (bool low : {true, false}) {
        // Peel the cases beyond the alpha quantile at this end (all ties of the bound go together).
        const double bound = quantile_sorted(column, low ? options.alpha : 1 - options.alpha);
        // Strictly beyond the quantile; when it sits on the extreme value (ties), that value goes.
        auto keep = [&](double v) {
          if (low) return bound > column.front() ? v >= bound : v > bound;
          return bound < column.back() ? v <= bound : v < bound;
        };
        kept.clear();
        std::size_t hits = 0;
        for (auto i : inside)
          if (keep(x[i * d + k])) {
            kept.push_back(i);
            hits += interest[i] ? 1 : 0;
          }
        if (kept.size() == inside.size() || kept.size() < min_cases || kept.empty()) continue;
        const double density = static_cast<double>(hits) / static_cast<double>(kept.size());
        const std::size_t removed = inside.size() - kept.size();
        // The densest remaining box; on a tie the smaller peel (more patient), then the first input.
        if (density > best_density + 1e-12 ||
            (std::fabs(density - best_density) <= 1e-12 && removed < best_removed)) {
          best_density = density;
          best_removed = removed;
          best_axis = k;
          best_low = low;
          best_kept = kept;
        }
      }
    }
    if (best_density < 0) break;
    inside = best_kept;
    double new_lo = std::numeric_limits<double>::infinity(),
           new_hi = -std::numeric_limits<double>::infinity();
    for (auto i : inside) {
      new_lo = std::min(new_lo, x[i * d + best_axis]);
      new_hi = std::max(new_hi, x[i * d + best_axis]);
    }
    if (best_low)
      lo[best_axis] = new_lo;
    else
      hi[best_axis] = new_hi;
    out.trajectory.push_back(describe_box(d, interest, inside, lo, hi, data_lo, data_hi, total_interest));
  }
  // The chosen box: the largest coverage among boxes at least `threshold` dense, else the densest.
  std::size_t chosen = 0;
  bool any = false;
  for (std::size_t s = 0; s < out.trajectory.size(); ++s) {
    const auto& b = out.trajectory[s];
    if (b.density >= options.threshold && (!any || b.coverage > out.trajectory[chosen].coverage)) {
      chosen = s;
      any = true;
    }
  }
  if (!any)
    for (std::size_t s = 0; s < out.trajectory.size(); ++s)
      if (out.trajectory[s].density > out.trajectory[chosen].density) chosen = s;
  out.chosen = chosen;
  return out;
}

}  // namespace sancsim
