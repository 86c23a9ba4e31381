// libFuzzer target: the Brent CSV readers (daily and monthly) on an arbitrary file; each refuses
// the other's header at once, so both run on every input. Seeds: the shipped Brent files
// (tests/fuzz/corpus/brent_csv).
#include <cstddef>
#include <cstdint>

#include "brent_csv.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = sancsim::fuzz::workspace().write("fuzz_brent.csv", data, size);
  {
    sancsim::BrentData out;
    sancsim::Diagnostics diags;
    (void)sancsim::scenario_detail::read_brent_daily(path, "fuzz_brent.csv", out, diags);
  }
  {
    sancsim::BrentData out;
    sancsim::Diagnostics diags;
    (void)sancsim::scenario_detail::read_brent_monthly(path, "fuzz_brent.csv", out, diags);
  }
  return 0;
}
