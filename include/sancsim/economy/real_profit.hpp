#pragma once
// Profit in real terms (economy.dividends_on_real_profit; docs/ECONOMY.md, "A steady state at the start's
// inflation"): nominal interest repays part of a debt's real value when prices rise, so the profit a
// firm can pay out while keeping its real net debt is its nominal profit plus that erosion.
#include <cmath>

namespace sancsim {

// The share of a nominal debt's real value that inflation at `expected_inflation_pct` (a year) takes
// off in a month: 1 - (1 + pi)^(-1/12); 0 at zero inflation.
inline double net_debt_erosion_per_month(double expected_inflation_pct) {
  return 1.0 - std::pow(1.0 + expected_inflation_pct / 100.0, -1.0 / 12.0);
}

}  // namespace sancsim
