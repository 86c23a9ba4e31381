#pragma once
// A stable 64-bit hash (FNV-1a) of simulation state, for determinism tests and manifests.
// Unlike std::hash its value is fixed across platforms, compilers and runs.
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace sancsim {

class StateHasher {
 public:
  void bytes(const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) {
      h_ ^= p[i];
      h_ *= 0x100000001b3ULL;
    }
  }
  template <class T>
  void value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes(&v, sizeof(T));
  }
  template <class T>
  void values(const std::vector<T>& v) {
    value(v.size());
    if (!v.empty()) bytes(v.data(), v.size() * sizeof(T));
  }
  void text(std::string_view s) {
    value(s.size());
    bytes(s.data(), s.size());
  }
  std::uint64_t digest() const { return h_; }

 private:
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace sancsim
