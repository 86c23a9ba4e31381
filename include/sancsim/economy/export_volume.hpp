#pragma once
// The ruble rate at which the agents' non-energy export volumes are set (docs/ECONOMY.md, "The agents'
// 2022 path"): the ruble price of exports follows the ruble at once (contracts are in foreign currency),
// but foreign buyers' volumes answer to it only gradually, so a one-month collapse of the ruble (March
// 2022) raises exporters' ruble receipts, not the goods they ship.

namespace sancsim {

// This month's volume rate from last month's `previous` and this month's rate `now`: a move of the
// share `speed` of the log gap toward `now` (speed >= 1, or `previous` <= 0 in the first month: `now`).
double export_volume_rate(double previous, double now, double speed);

}  // namespace sancsim
