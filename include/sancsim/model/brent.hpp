#pragma once
// Brent: pinned to data where the scenario gives it, otherwise a baseline path adjusted for the
// change in Russian exports through short-run demand and non-Russian supply elasticities, net of
// the share OPEC+ spare capacity replaces:
//   P = P_base * exp(-(1 - opec) * (X - X_ref) / (W * (|e_d| + e_s)))
// After the data end, P_base moves from the last observation to the baseline level with time
// constant tau (brent.reversion_days), so that a projection does not jump on the first day.
#include "sancsim/model/oil_params.hpp"
#include "sancsim/model/run.hpp"

namespace sancsim {

class BrentPath {
 public:
  BrentPath(const BrentData* data, const OilParams& p, Date start);
  // Brent on `today` given Russian exports (crude + products, kbd, recent average).
  double price(Date today, double russian_exports_kbd) const;
  // True if `today` is covered by data (and the mode is "pinned").
  bool pinned(Date today) const;
  double baseline(Date today) const;

 private:
  const BrentData* data_;
  const OilParams* p_;
  Date start_;
  bool use_data_;
  Date data_end_;
  double last_data_usd_ = 0;
};

}  // namespace sancsim
