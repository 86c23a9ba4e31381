#pragma once
// Agents mode: non-energy export volumes that answer to the real exchange rate (docs/ECONOMY.md,
// "Non-energy exports that answer to the real exchange rate"). The scenario's path of non-energy export
// earnings (nominal dollars) holds at a reference real rate; away from it the volume, and with it the
// dollars that the FX market sells and the agents' exporters are paid for, moves by
// (q_seen / q_ref)^elasticity, q_seen the real rate exporters have adjusted to (a gradual move toward
// the month's real rate) and q_ref its mean over the twelve months before the response starts.
#include "sancsim/engine/date.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

// The exporters' side of the real exchange rate, carried between months.
class NonEnergyExportVolume {
 public:
  // This month's factor on the path's earnings from last month's real rate q (the ruble against the
  // agents' price of domestic output and the world price level, 1 at the start): the seen rate moves
  // toward q, the months of the reference window are remembered, and from the response's first month on
  // the factor is (q_seen / q_ref)^elasticity (1 before it).
  double step(const RubleParams& p, YearMonth month, double real_rate_last_month);

  double real_rate_seen() const { return real_rate_seen_; }
  double factor() const { return factor_; }
  double log_reference_sum() const { return log_reference_sum_; }

 private:
  double real_rate_seen_ = 1;     // the start's real rate is 1 by construction
  double log_reference_sum_ = 0;  // ln q_seen over the reference window's months run so far
  double factor_ = 1;
};

// The monthly share of the gap to the real rate that exporters close, from the share closed in a quarter.
double non_energy_export_monthly_speed(double share_per_quarter);

}  // namespace sancsim
