// libFuzzer target: the calibration file's reader (`sancsim calibrate`) on an arbitrary file.
// Seeds: the shipped calibration files and the recovery fixture (tests/fuzz/corpus/calibration_file).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "sancsim/scenario/calibration_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = sancsim::fuzz::workspace().write("fuzz_calibration.toml", data, size);
  (void)sancsim::load_calibration_spec(path.string());
  return 0;
}
