#include "sancsim/calibrate/executable_digest.hpp"

#include <array>
#include <fstream>

#include "sancsim/engine/state_hash.hpp"

namespace sancsim {

std::uint64_t file_digest(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return 0;
  StateHasher h;
  std::array<char, 1 << 16> chunk{};
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0)
    h.bytes(chunk.data(), static_cast<std::size_t>(in.gcount()));
  return h.digest();
}

std::uint64_t executable_digest() {
  static const std::uint64_t digest = file_digest("/proc/self/exe");
  return digest;
}

}  // namespace sancsim
