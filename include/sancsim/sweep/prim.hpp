#pragma once
// Scenario discovery by PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999, "Bump
// hunting in high-dimensional data"; as used in the EMA Workbench): starting from the box of all
// cases, repeatedly peel off the `alpha` share of the cases at one end of one input, choosing the
// peel that leaves the highest share of cases of interest, until the box holds too few cases. Each
// box on the way is a step of the peeling trajectory; the analyst (or a density threshold) picks
// one. Pure functions over arrays, so they can be tested on designs with a planted box.
#include <cstddef>
#include <span>
#include <vector>

namespace sancsim {

struct PrimOptions {
  double alpha = 0.05;     // share of the box's cases peeled per step
  double min_mass = 0.05;  // stop when a box would hold fewer than this share of all cases
  double threshold = 0.8;  // the chosen box: the largest coverage among boxes this dense
};

struct PrimBox {
  std::vector<double> lo, hi;           // per input; the data's bounds where unrestricted
  std::size_t cases = 0;                // cases inside
  std::size_t of_interest = 0;          // cases of interest inside
  double coverage = 0;                  // of_interest / all cases of interest
  double density = 0;                   // of_interest / cases
  double mass = 0;                      // cases / all cases
  std::vector<std::size_t> restricted;  // inputs whose bounds are tighter than the data's
};

struct PrimResult {
  std::vector<PrimBox> trajectory;  // step 0 is the box of all cases
  std::size_t chosen = 0;           // index into trajectory
};

// `x` holds n cases of d inputs, case-major (x[i * d + k]); `interest[i]` marks the cases of
// interest. Inputs that take one value only are never peeled.
PrimResult prim(std::span<const double> x, std::size_t d, const std::vector<bool>& interest,
                const PrimOptions& options = {});

}  // namespace sancsim
