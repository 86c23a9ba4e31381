#pragma once
// What the oil trade hands to the Russian state each month: prices and volumes as monthly
// averages. The state (taxes, budget, NWF, central bank, ruble) reads only this.
#include "sancsim/engine/date.hpp"

namespace sancsim {

struct OilMonth {
  YearMonth month;
  int days = 30;
  double brent_usd_per_bbl = 0;
  double urals_fob_usd_per_bbl = 0;           // FOB at Russian western ports, average over the month's days
  double espo_fob_usd_per_bbl = 0;            // FOB Kozmino, average over the month's days
  double export_crude_price_usd_per_bbl = 0;  // volume-weighted over all crude exports
  double product_fob_usd_per_bbl = 0;         // FOB of the product basket, average over the month's days
  double crude_output_kbd = 0;
  double refinery_runs_kbd = 0;
  double crude_exports_kbd = 0;
  double crude_exports_seaborne_kbd = 0;
  double crude_exports_pipeline_kbd = 0;
  double product_exports_kbd = 0;
  double oil_export_revenue_usd_bn = 0;  // crude + products, FOB, this month
};

}  // namespace sancsim
