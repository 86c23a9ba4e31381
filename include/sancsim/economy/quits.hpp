// Leavers to unemployment whose voluntary part answers to the labour market's tightness
// (docs/ECONOMY.md, "Quits that answer to tightness").
#pragma once

#include <algorithm>
#include <cmath>

namespace sancsim {

// Share of employees leaving to unemployment in a month: the involuntary part of `separation_share`
// (1 - quit_share) stays fixed; the voluntary part (quit_share) scales with the tightness (vacancies per
// unemployed) against the start's to the power `elasticity`, the log ratio bounded to +-2 as in the
// wage curve, so that an empty pool of unemployed cannot explode it. At the start's tightness the share
// is `separation_share` exactly (steady churn unchanged).
inline double leavers_to_unemployment_share(double separation_share, double quit_share, double elasticity,
                                            double tightness, double tightness_normal) {
  const double ratio = tightness_normal > 0 && tightness > 0 ? tightness / tightness_normal : 1.0;
  const double quit_factor = std::exp(elasticity * std::clamp(std::log(ratio), -2.0, 2.0));
  return separation_share * ((1.0 - quit_share) + quit_share * quit_factor);
}

}  // namespace sancsim
