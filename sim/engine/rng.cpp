#include "sancsim/engine/rng.hpp"

#include <Random123/philox.h>

#include <cmath>
#include <numbers>

namespace sancsim {

Rng::Rng(std::uint64_t seed, std::uint32_t replication, Stream stream, std::uint64_t agent)
    : key_{seed, (std::uint64_t{replication} << 32) | static_cast<std::uint32_t>(stream)}, agent_(agent) {}

void Rng::refill() {
  r123::Philox4x64 gen;
  const r123::Philox4x64::ctr_type ctr = {{agent_, counter_, 0, 0}};
  const r123::Philox4x64::key_type key = {{key_[0], key_[1]}};
  const auto out = gen(ctr, key);
  for (unsigned i = 0; i < 4; ++i) block_[i] = out.v[i];
  ++counter_;
  used_ = 0;
}

std::uint64_t Rng::next_u64() {
  if (used_ == 4) refill();
  return block_[used_++];
}

double Rng::uniform() { return static_cast<double>(next_u64() >> 11) * 0x1.0p-53; }

double Rng::normal() {
  // Box-Muller; u1 in (0, 1] so that log is finite.
  const double u1 = 1.0 - uniform();
  const double u2 = uniform();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

std::uint64_t Rng::below(std::uint64_t n) {
  if (n == 0) return 0;
  const std::uint64_t threshold = (0 - n) % n;
  for (;;) {
    __extension__ using u128 = unsigned __int128;
    const u128 m = static_cast<u128>(next_u64()) * n;
    if (static_cast<std::uint64_t>(m) >= threshold) return static_cast<std::uint64_t>(m >> 64);
  }
}

std::uint64_t Rng::poisson(double mean) {
  if (mean <= 0.0) return 0;
  if (mean > 50.0) {
    const double x = std::round(mean + std::sqrt(mean) * normal());
    return x < 0.0 ? 0 : static_cast<std::uint64_t>(x);
  }
  const double limit = std::exp(-mean);
  double p = uniform();
  std::uint64_t k = 0;
  while (p > limit) {
    p *= uniform();
    ++k;
  }
  return k;
}

std::uint64_t derive_seed(std::uint64_t master, std::uint64_t a, std::uint64_t b) {
  auto mix = [](std::uint64_t z) {
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  };
  return mix(mix(mix(master) ^ a) ^ (b * 0xd1b54a32d192ed03ULL));
}

}  // namespace sancsim
