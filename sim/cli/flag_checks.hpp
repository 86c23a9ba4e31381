#pragma once
// Checks of numeric flags that CLI11 would otherwise convert silently: it turned `--seed -1` and
// `--seed 2^64` into 18446744073709551615 and described `--threads -1` as outside
// [0 - 1.79769e+308]. Each check reads the text before conversion.
#include <cstdint>

#include <CLI/CLI.hpp>

namespace sancsim::cli {

// Decimal digits only, at most `max`: "expected an integer in [0, max], got TEXT".
CLI::Validator unsigned_at_most(std::uint64_t max);

}  // namespace sancsim::cli
