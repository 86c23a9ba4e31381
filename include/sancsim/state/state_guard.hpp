#pragma once
// Numerical guard of the Russian state (docs/RELIABILITY.md, "Numerical guards"): every value the
// state writes must be finite. When one is not, the run stops at that month with a message that
// names the series, the block of the state it comes from and the parameters that drive it, those
// set away from the model's defaults (by the scenario, --set or a sweep) first.
#include <cmath>
#include <string>
#include <string_view>

#include "sancsim/engine/date.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

// The message for `series` (a state column, or an oil input such as "oil.brent_usd_per_bbl") being
// `value` in `month`, given the parameters in force.
std::string non_finite_state_message(YearMonth month, std::string_view series, double value,
                                     const StateParams& p);

// Throws NonFiniteSeries with that message (cold path, out of line).
[[noreturn]] void throw_non_finite_state(YearMonth month, std::string_view series, double value,
                                         const StateParams& p);

// Checks one value; the common case is one comparison.
inline void require_finite(YearMonth month, std::string_view series, double value, const StateParams& p) {
  if (!std::isfinite(value)) [[unlikely]]
    throw_non_finite_state(month, series, value, p);
}

}  // namespace sancsim
