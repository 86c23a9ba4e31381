#pragma once
// Global sensitivity estimators as pure functions over arrays of model outputs, so that they can
// be checked against test functions with known indices (Ishigami, Sobol' G) without the simulator.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "sancsim/sweep/design.hpp"

namespace sancsim {

// Quantile p of sorted values by linear interpolation between order statistics (R type 7, the
// numpy and pandas default). NaN for an empty span.
double quantile_sorted(std::span<const double> sorted, double p);

struct SobolIndex {
  double s1 = 0, s1_lo = 0, s1_hi = 0;  // first order (Saltelli 2010) and its bootstrap interval
  double st = 0, st_lo = 0, st_hi = 0;  // total order (Jansen 1999) and its bootstrap interval
};

// The closed second-order index of inputs i < j: S_ij = V_ij / V, the share of the output
// variance that x_i and x_j cause together beyond their first-order effects (Saltelli 2002).
struct SobolPair {
  std::size_t i = 0, j = 0;
  double s2 = 0, s2_lo = 0, s2_hi = 0;  // estimate and bootstrap interval
};

struct SobolResult {
  std::vector<SobolIndex> indices;  // one per input
  std::vector<SobolPair> pairs;     // second order only: every i < j, in order (0,1), (0,2) ..
  std::size_t samples_used = 0;     // base samples without a missing output
  double variance = 0;              // output variance over A and B
};

struct SobolOptions {
  unsigned bootstrap = 1000;  // resamples for the confidence intervals
  double confidence = 0.95;
  std::uint64_t seed = 1;  // of the resampling stream
  // `y` also holds f(BA_1) .. f(BA_d) after f(AB_d) for each base sample; the result then has
  // second-order indices.
  bool second_order = false;
};

// `y` holds N (d + 2) outputs in Saltelli order: for each base sample f(A), f(B), f(AB_1) ..
// f(AB_d) (then f(BA_1) .. f(BA_d) with options.second_order: N (2d + 2)). Samples with a NaN
// output are left out.
SobolResult sobol_indices(std::span<const double> y, std::size_t d, const SobolOptions& options = {});

struct MorrisIndex {
  double mu = 0;       // mean elementary effect
  double mu_star = 0;  // mean absolute elementary effect (Campolongo et al. 2007)
  double sigma = 0;    // standard deviation of the elementary effects (n - 1)
  std::size_t effects = 0;
  // Percentile bootstrap intervals over trajectories (NaN without a bootstrap).
  double mu_star_lo = std::numeric_limits<double>::quiet_NaN(),
         mu_star_hi = std::numeric_limits<double>::quiet_NaN();
  double sigma_lo = std::numeric_limits<double>::quiet_NaN(),
         sigma_hi = std::numeric_limits<double>::quiet_NaN();
};

struct MorrisOptions {
  unsigned bootstrap = 1000;  // resamples of whole trajectories
  double confidence = 0.95;
  std::uint64_t seed = 1;
};

// `y` holds r (d + 1) outputs in trajectory order; moves[i] says how point i was reached from
// point i - 1 (ignored at the first point of each trajectory). Effects are per unit-cube step:
// (f(after) - f(before)) / delta_unit. Effects with a NaN output are left out.
std::vector<MorrisIndex> morris_indices(std::span<const double> y, std::span<const MorrisMove> moves,
                                        std::size_t d);
// The same with bootstrap intervals for mu* and sigma (trajectories resampled with replacement).
std::vector<MorrisIndex> morris_indices(std::span<const double> y, std::span<const MorrisMove> moves,
                                        std::size_t d, const MorrisOptions& options);

}  // namespace sancsim
