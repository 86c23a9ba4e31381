#pragma once
// Experimental designs over a sweep's axes. Points are computed on demand from their index (no
// design is held in memory), so a sweep of millions of points costs nothing up front and any
// worker, thread or MPI rank can compute any point.
#include <cstdint>
#include <span>
#include <vector>

#include "sancsim/sweep/sweep_spec.hpp"

namespace sancsim {

// Where a point sits in its design: Saltelli sample j and matrix (0 = A, 1 = B, 2 + i = AB_i,
// 2 + d + i = BA_i with `second_order`);
// Morris trajectory and step; otherwise the point index and 0.
struct PointTag {
  std::uint64_t sample = 0;
  std::uint32_t block = 0;
};

// The axis and signed unit-cube step that lead from Morris point i-1 to point i.
struct MorrisMove {
  std::size_t axis = 0;
  double delta_unit = 0;
};

class Design {
 public:
  // `spec` must have loaded without diagnostics.
  explicit Design(SweepSpec spec);

  std::uint64_t points() const { return points_; }
  std::size_t dims() const { return spec_.axes.size(); }
  const SweepSpec& spec() const { return spec_; }

  // Coordinates of point i in the unit cube (every design but csv).
  void unit(std::uint64_t i, std::span<double> u) const;
  // The values of point i, one per axis.
  std::vector<AxisValue> values(std::uint64_t i) const;
  PointTag tag(std::uint64_t i) const;
  // Morris designs only, for steps 1..d of a trajectory.
  MorrisMove morris_move(std::uint64_t i) const;
  // Morris step size in the unit cube: p / (2 (p - 1)).
  double morris_delta() const;
  // Sobol' designs: points per base sample, d + 2 (A, B, AB_i) or 2d + 2 (and BA_i).
  std::uint64_t sobol_width() const { return spec_.second_order ? 2 * dims() + 2 : dims() + 2; }

 private:
  std::uint64_t grid_levels(std::size_t axis) const;
  void morris_levels(std::uint64_t trajectory, std::uint32_t step, std::span<double> u) const;
  SweepSpec spec_;
  std::uint64_t points_ = 0;
};

// The value of an axis at unit coordinate u (range: linear or log; value list: equal bins).
AxisValue axis_value(const SweepAxis& axis, double u);

// A keyed pseudo-random permutation of [0, n), computed per element (a Feistel network with cycle
// walking), so that Latin hypercube strata need no stored permutation.
std::uint64_t permute_index(std::uint64_t x, std::uint64_t n, std::uint64_t key);

}  // namespace sancsim
