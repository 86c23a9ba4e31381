// libFuzzer target: the points file of a csv sweep design (header of parameter keys, one point a
// row), loaded through a fixed sweep file and every point read back (at most 64) as the runner
// reads them. Seeds: points files in the form the tests and docs/SWEEPS.md use
// (tests/fuzz/corpus/design_csv).
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <variant>

#include "fuzz_support.hpp"
#include "sancsim/sweep/sweep_spec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& ws = sancsim::fuzz::workspace();
  const auto points = ws.write("fuzz_points.csv", data, size);
  const std::string sweep =
      "name = \"fuzz\"\nscenario = \"test/small.toml\"\n[design]\nkind = \"csv\"\nfile = \"" +
      points.filename().string() + "\"\n";
  auto loaded = sancsim::parse_sweep(sweep, (ws.dir() / "fuzz_sweep.toml").string());
  if (auto* spec = std::get_if<sancsim::SweepSpec>(&loaded)) {
    for (std::uint64_t i = 0; i < spec->csv_points.size() && i < 64; ++i) {
      try {
        (void)sancsim::csv_point(*spec, i);
      } catch (const std::runtime_error&) {
        // Only if the file changed since it was loaded, which it cannot here.
        __builtin_trap();
      }
    }
  }
  return 0;
}
