// Designs: grid, random, Latin hypercube, Saltelli (Sobol' sequence), Morris, explicit points.
#include "sancsim/sweep/design.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <boost/random/sobol.hpp>
#include <fmt/format.h>

#include "sancsim/engine/rng.hpp"

namespace sancsim {
namespace {

// Sub-streams of Stream::Sweep (the `replication` slot of the key), one per use.
constexpr std::uint32_t kRandomDraws = 0;
constexpr std::uint32_t kLhsJitter = 1;
constexpr std::uint32_t kMorrisTrajectory = 2;
constexpr std::uint64_t kLhsPermutationKey = 3;

std::uint64_t checked_mul(std::uint64_t a, std::uint64_t b) {
  if (b != 0 && a > std::numeric_limits<std::uint64_t>::max() / b)
    throw std::length_error("sweep design too large");
  return a * b;
}

}  // namespace

AxisValue axis_value(const SweepAxis& a, double u) {
  if (!a.values.empty()) {
    auto n = a.values.size();
    auto k = static_cast<std::size_t>(std::floor(u * static_cast<double>(n)));
    if (k >= n) k = n - 1;
    const std::string& text = a.values[k];
    double x = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
    bool numeric = ec == std::errc() && end == text.data() + text.size();
    return {numeric ? x : 0.0, text, numeric};
  }
  double x;
  if (u <= 0)
    x = a.lo;
  else if (u >= 1)
    x = a.hi;
  else if (a.dist == AxisDist::Normal) {
    // Truncated normal by the inverse CDF: u spans the CDF's values between the bounds.
    const boost::math::normal_distribution<double> n(a.mean, a.sd);
    const double plo = boost::math::cdf(n, a.lo), phi = boost::math::cdf(n, a.hi);
    const double p = plo + u * (phi - plo);
    x = p <= 0 ? a.lo : p >= 1 ? a.hi : std::clamp(boost::math::quantile(n, p), a.lo, a.hi);
  } else if (a.dist == AxisDist::Triangular) {
    const boost::math::triangular_distribution<double> t(a.lo, a.mode, a.hi);
    x = boost::math::quantile(t, u);
  } else if (a.log)
    x = std::exp(std::log(a.lo) + u * (std::log(a.hi) - std::log(a.lo)));
  else
    x = a.lo + u * (a.hi - a.lo);
  // Rounded into the range: [0.0, 0.9] must not give 1 (check_axes refuses a range without integers).
  if (a.integer) {
    x = std::round(x);
    if (std::ceil(a.lo) <= std::floor(a.hi)) x = std::clamp(x, std::ceil(a.lo), std::floor(a.hi));
  }
  return {x, toml_number(x, a.integer), true};
}

std::uint64_t permute_index(std::uint64_t x, std::uint64_t n, std::uint64_t key) {
  if (n <= 1) return 0;
  int bits = static_cast<int>(std::bit_width(n - 1));
  if (bits < 2) bits = 2;
  if (bits % 2) ++bits;
  const int half = bits / 2;
  const std::uint64_t mask = (std::uint64_t{1} << half) - 1;
  do {
    std::uint64_t left = x >> half, right = x & mask;
    for (std::uint64_t round = 0; round < 4; ++round) {
      std::uint64_t f = derive_seed(key, round, right) & mask;
      std::uint64_t next = left ^ f;
      left = right;
      right = next;
    }
    x = (left << half) | right;
  } while (x >= n);  // cycle walking keeps it a bijection on [0, n)
  return x;
}

Design::Design(SweepSpec spec) : spec_(std::move(spec)) {
  const std::uint64_t d = spec_.axes.size();
  switch (spec_.design) {
    case DesignKind::Grid:
      points_ = 1;
      for (std::size_t k = 0; k < d; ++k) points_ = checked_mul(points_, grid_levels(k));
      break;
    case DesignKind::Random:
    case DesignKind::Lhs:
      points_ = spec_.samples;
      break;
    case DesignKind::Sobol:
      points_ = checked_mul(spec_.samples, sobol_width());
      break;
    case DesignKind::Morris:
      points_ = checked_mul(spec_.samples, d + 1);
      break;
    case DesignKind::Csv:
      points_ = spec_.csv_points.size();
      break;
  }
}

std::uint64_t Design::grid_levels(std::size_t k) const {
  const auto& a = spec_.axes[k];
  if (!a.values.empty()) return a.values.size();
  return static_cast<std::uint64_t>(a.levels > 0 ? a.levels : spec_.levels);
}

double Design::morris_delta() const {
  double p = spec_.levels;
  return p / (2 * (p - 1));
}

void Design::morris_levels(std::uint64_t t, std::uint32_t step, std::span<double> u) const {
  const std::size_t d = dims();
  const auto p = static_cast<std::uint64_t>(spec_.levels);
  const std::uint64_t jump = p / 2;  // Delta in level units
  Rng rng(spec_.master_seed, kMorrisTrajectory, Stream::Sweep, t);
  std::vector<std::uint64_t> level(d);
  std::vector<int> sign(d);
  for (std::size_t k = 0; k < d; ++k) {
    std::uint64_t base = rng.below(p / 2);
    sign[k] = rng.bernoulli(0.5) ? 1 : -1;
    level[k] = sign[k] > 0 ? base : base + jump;
  }
  std::vector<std::size_t> order(d);
  std::iota(order.begin(), order.end(), 0);
  for (std::size_t k = d; k > 1; --k) std::swap(order[k - 1], order[rng.below(k)]);
  for (std::uint32_t m = 0; m < step; ++m) {
    std::size_t k = order[m];
    level[k] = sign[k] > 0 ? level[k] + jump : level[k] - jump;
  }
  for (std::size_t k = 0; k < d; ++k) u[k] = static_cast<double>(level[k]) / static_cast<double>(p - 1);
}

MorrisMove Design::morris_move(std::uint64_t i) const {
  if (spec_.design != DesignKind::Morris) throw std::logic_error("morris_move on a non-Morris design");
  const std::size_t d = dims();
  auto step = static_cast<std::uint32_t>(i % (d + 1));
  if (step == 0) throw std::logic_error("the first point of a trajectory has no move");
  std::vector<double> before(d), after(d);
  morris_levels(i / (d + 1), step - 1, before);
  morris_levels(i / (d + 1), step, after);
  for (std::size_t k = 0; k < d; ++k)
    if (before[k] != after[k]) return {k, after[k] - before[k]};
  throw std::logic_error("Morris step without a move");
}

PointTag Design::tag(std::uint64_t i) const {
  const std::uint64_t d = dims();
  if (spec_.design == DesignKind::Sobol)
    return {i / sobol_width(), static_cast<std::uint32_t>(i % sobol_width())};
  if (spec_.design == DesignKind::Morris) return {i / (d + 1), static_cast<std::uint32_t>(i % (d + 1))};
  return {i, 0};
}

void Design::unit(std::uint64_t i, std::span<double> u) const {
  const std::size_t d = dims();
  switch (spec_.design) {
    case DesignKind::Grid: {
      std::uint64_t rest = i;
      for (std::size_t k = d; k-- > 0;) {  // the last axis varies fastest
        std::uint64_t n = grid_levels(k), level = rest % n;
        rest /= n;
        u[k] = spec_.axes[k].values.empty() ? static_cast<double>(level) / static_cast<double>(n - 1)
                                            : (static_cast<double>(level) + 0.5) / static_cast<double>(n);
      }
      return;
    }
    case DesignKind::Random: {
      Rng rng(spec_.master_seed, kRandomDraws, Stream::Sweep, i);
      for (std::size_t k = 0; k < d; ++k) u[k] = rng.uniform();
      return;
    }
    case DesignKind::Lhs: {
      Rng rng(spec_.master_seed, kLhsJitter, Stream::Sweep, i);
      const std::uint64_t n = spec_.samples;
      for (std::size_t k = 0; k < d; ++k) {
        std::uint64_t stratum = permute_index(i, n, derive_seed(spec_.master_seed, kLhsPermutationKey, k));
        u[k] = (static_cast<double>(stratum) + rng.uniform()) / static_cast<double>(n);
      }
      return;
    }
    case DesignKind::Sobol: {
      // One Sobol' point of dimension 2d per base sample j: A is its first half, B its second.
      boost::random::sobol qrng(2 * d);
      const std::uint64_t j = i / sobol_width(), block = i % sobol_width();
      qrng.seed(j);
      std::vector<double> row(2 * d);
      for (auto& x : row) x = static_cast<double>(qrng()) * 0x1p-64;
      for (std::size_t k = 0; k < d; ++k) {
        // Blocks: 0 = A, 1 = B, 2 + i = AB_i (A with column i from B), 2 + d + i = BA_i (B with
        // column i from A; second-order designs only).
        bool from_b = block == 1 || (block >= 2 && block < 2 + d && block - 2 == k) ||
                      (block >= 2 + d && block - 2 - d != k);
        u[k] = row[from_b ? d + k : k];
      }
      return;
    }
    case DesignKind::Morris:
      morris_levels(i / (d + 1), static_cast<std::uint32_t>(i % (d + 1)), u);
      return;
    case DesignKind::Csv:
      throw std::logic_error("a csv design has no unit coordinates");
  }
}

std::vector<AxisValue> Design::values(std::uint64_t i) const {
  if (spec_.design == DesignKind::Csv) return csv_point(spec_, i);
  std::vector<double> u(dims());
  unit(i, u);
  std::vector<AxisValue> out;
  out.reserve(dims());
  for (std::size_t k = 0; k < dims(); ++k) out.push_back(axis_value(spec_.axes[k], u[k]));
  return out;
}

}  // namespace sancsim

namespace sancsim {

ComparePoints compare_points(const Design& design, const SweepCompare& c) {
  const auto& axes = design.spec().axes;
  auto find = [&](const std::vector<CompareSetting>& side, const char* which) {
    std::vector<std::size_t> axis_of;
    for (const auto& s : side) {
      const auto it =
          std::find_if(axes.begin(), axes.end(), [&](const SweepAxis& a) { return a.key == s.key; });
      if (it == axes.end())
        throw std::invalid_argument(fmt::format("{}: \"{}\" is not a key of a [[param]]", which, s.key));
      axis_of.push_back(static_cast<std::size_t>(it - axes.begin()));
    }
    constexpr std::uint64_t kMaxScan = 10'000'000;
    if (design.points() > kMaxScan)
      throw std::invalid_argument(
          fmt::format("a design of at most {} points to search for the compared points", kMaxScan));
    std::vector<std::uint64_t> found;
    for (std::uint64_t i = 0; i < design.points() && found.size() < 2; ++i) {
      const auto values = design.values(i);
      bool all = true;
      for (std::size_t k = 0; k < side.size() && all; ++k) {
        const AxisValue& v = values[axis_of[k]];
        const AxisValue& want = side[k].value;
        all = (v.is_number && want.is_number) ? v.number == want.number : v.toml == want.toml;
      }
      if (all) found.push_back(i);
    }
    if (found.size() != 1)
      throw std::invalid_argument(fmt::format(
          "{}: {} design point{}; expected exactly one (name a value of the design for every varied key)",
          which, found.empty() ? "matches no" : "matches more than one", found.empty() ? "" : "s"));
    return found.front();
  };
  return {find(c.a, "a"), find(c.b, "b")};
}

}  // namespace sancsim
