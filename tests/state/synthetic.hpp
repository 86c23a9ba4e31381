#pragma once
// Synthetic OilMonth paths for invariant tests: Brent on a slow cycle, Urals at a fixed discount.
#include <cmath>
#include <vector>

#include "sancsim/state/oil_month.hpp"

namespace sancsim::test {

inline OilMonth synthetic_month(YearMonth m, double brent, double discount) {
  OilMonth o;
  o.month = m;
  o.days = m.first_day().days_in_month();
  o.brent_usd_per_bbl = brent;
  o.urals_fob_usd_per_bbl = brent - discount;
  o.espo_fob_usd_per_bbl = brent - discount + 5;
  o.export_crude_price_usd_per_bbl = brent - discount + 1;
  o.product_fob_usd_per_bbl = brent - discount + 8;
  o.crude_output_kbd = 10300;
  o.refinery_runs_kbd = 5500;
  o.crude_exports_kbd = 4800;
  o.crude_exports_seaborne_kbd = 3800;
  o.crude_exports_pipeline_kbd = 1000;
  o.product_exports_kbd = 2400;
  o.oil_export_revenue_usd_bn = (o.crude_exports_kbd * o.export_crude_price_usd_per_bbl +
                                 o.product_exports_kbd * o.product_fob_usd_per_bbl) *
                                o.days / 1e6;
  return o;
}

// `years` years from 2021-01; Brent = mid + amp * sin(2 pi t / 40 months).
inline std::vector<OilMonth> synthetic_path(int years, double mid, double amp, double discount) {
  std::vector<OilMonth> out;
  for (int i = 0; i < 12 * years; ++i)
    out.push_back(synthetic_month(YearMonth{YearMonth::from(2021, 1).index + i},
                                  mid + amp * std::sin(2 * 3.14159265358979 * i / 40.0), discount));
  return out;
}

}  // namespace sancsim::test
