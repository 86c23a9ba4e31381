// libFuzzer target: the sweep-file reader (parse_sweep) on arbitrary text, as if it were a file in
// scenarios/sweeps/ (so that a seed's `scenario = "../test/small.toml"` resolves). Seeds: the
// shipped sweep files (tests/fuzz/corpus/sweep_file).
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "fuzz_support.hpp"
#include "sancsim/sweep/sweep_spec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = sancsim::fuzz::workspace().dir() / "sweeps" / "fuzz_input.toml";
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto loaded = sancsim::parse_sweep(text, file.string());
  if (auto* spec = std::get_if<sancsim::SweepSpec>(&loaded)) {
    // A csv design's points are read back when they run; read a few as a run would.
    for (std::uint64_t i = 0; i < spec->csv_points.size() && i < 16; ++i) {
      try {
        (void)sancsim::csv_point(*spec, i);
      } catch (const std::runtime_error&) {
        // The file changed under the sweep: an error the runner records, not a crash.
      }
    }
  }
  return 0;
}
