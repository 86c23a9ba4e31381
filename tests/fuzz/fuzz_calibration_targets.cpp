// libFuzzer target: the calibration-targets reader on an arbitrary file. Seeds: the shipped
// targets and the test fixtures (tests/fuzz/corpus/calibration_targets).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "sancsim/scenario/calibration.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = sancsim::fuzz::workspace().write("fuzz_targets.toml", data, size);
  (void)sancsim::load_calibration_targets(path.string());
  return 0;
}
