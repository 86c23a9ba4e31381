#pragma once
// Counter-based random numbers (Philox4x64-10 from Random123). A stream is keyed by
// (seed, replication, stream, agent); the n-th draw of a stream is a pure function of that key
// and n, so results never depend on which thread or in which order agents are processed.
#include <array>
#include <cstdint>

namespace sancsim {

// Named random streams. Append only: renumbering changes every result.
enum class Stream : std::uint32_t {
  TankerFleet = 1,        // initial fleet ages and ownership
  VesselDesignation = 2,  // which tankers a designation event lists
  TraderHazard = 3,       // shell trader designations
  TraderEntry = 4,        // new shell traders' capacity
  SecondHandMarket = 5,   // shadow fleet purchases
  CapCheating = 6,        // cargoes above the cap on coalition tankers
  VoyageDelay = 7,        // voyage time noise
  Enforcement = 8,        // rule-based coalition actions
  Economy = 9,            // the agent economy (household draws, search order)
  Sweep = 100,            // sweep designs (random, lhs)
};

// One random stream. Cheap to construct; copy to fork a stream at its current position.
class Rng {
 public:
  Rng(std::uint64_t seed, std::uint32_t replication, Stream stream, std::uint64_t agent);

  std::uint64_t next_u64();
  // Uniform on [0, 1) with 53 random bits.
  double uniform();
  // Uniform on [lo, hi).
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  // Standard normal by Box-Muller (our own, so that values do not depend on the standard library).
  double normal();
  bool bernoulli(double p) { return uniform() < p; }
  // Uniform integer on [0, n) by Lemire's multiply-shift with rejection.
  std::uint64_t below(std::uint64_t n);
  // Poisson by inversion (small means) or a normal approximation (mean > 50).
  std::uint64_t poisson(double mean);

  // Jumps to block `block` of the stream (4 draws a block): lets an agent draw its n-th period's
  // numbers without keeping a generator, e.g. Rng(seed, rep, stream, agent).seek(month).
  Rng& seek(std::uint64_t block) {
    counter_ = block;
    used_ = 4;
    return *this;
  }
  std::uint64_t blocks() const { return counter_; }

 private:
  void refill();
  std::array<std::uint64_t, 2> key_{};
  std::uint64_t agent_ = 0;
  std::uint64_t counter_ = 0;  // blocks generated
  std::array<std::uint64_t, 4> block_{};
  unsigned used_ = 4;
};

// Mixes a master seed with indices into a new 64-bit seed (SplitMix64 finaliser);
// used to derive per-run seeds from (master seed, point, replication).
std::uint64_t derive_seed(std::uint64_t master, std::uint64_t a, std::uint64_t b = 0);

}  // namespace sancsim
