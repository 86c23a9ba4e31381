// libFuzzer target: the scenario loader (TOML reader, extends chains, parameters, events, Brent
// data references) on an arbitrary file. Loading must return diagnostics or a scenario, never
// crash, hang or leak. Seeds: the shipped scenarios (tests/fuzz/corpus/scenario).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "sancsim/scenario/scenario.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = sancsim::fuzz::workspace().write("fuzz_input.toml", data, size);
  (void)sancsim::load_scenario(path.string());
  return 0;
}
