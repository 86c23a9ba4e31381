#pragma once
// Accumulators of the oil trade over the current month, and the cumulative barrel ledger that the
// invariant checks read.
#include <array>
#include <cstddef>

#include "sancsim/model/oil_params.hpp"

namespace sancsim {

// Cumulative barrels since the start of the run (kbbl). The identities:
//   crude produced = refined + crude exported + change in crude stocks (onshore + ports)
//   products made  = domestic use + products exported + change in product stocks
struct BarrelLedger {
  double crude_produced_kbbl = 0;
  double crude_refined_kbbl = 0;
  double crude_exported_kbbl = 0;
  double crude_stock_start_kbbl = 0;
  double products_made_kbbl = 0;
  double products_domestic_kbbl = 0;
  double products_exported_kbbl = 0;
  double product_stock_start_kbbl = 0;
};

// Sums over the days of the current month.
struct MonthAccounts {
  int days = 0;
  double brent_usd = 0;                   // sum of daily prices
  std::array<double, kGrades> fob_usd{};  // sum of daily prices
  double crude_output_kbbl = 0;
  double runs_kbbl = 0;
  double crude_pipeline_kbbl = 0;
  double crude_seaborne_kbbl = 0;
  double crude_seaborne_g7_kbbl = 0;
  double product_exports_kbbl = 0;
  std::array<double, kRegions> products_to_region_kbbl{};
  std::array<double, kRegions> crude_to_region_kbbl{};
  double crude_revenue_usd = 0;
  double product_revenue_usd = 0;
  double freight_baltic_india_g7_usd = 0;      // sum of daily coalition rates on the route
  double freight_baltic_india_shadow_usd = 0;  // sum of daily shadow rates on the route
  double urals_cargo_kbbl = 0;                 // Urals loaded this month
  double urals_freight_paid_usd_kbbl = 0;      // sum of cargo x its fleet's Baltic-India freight
  double margin_usd = 0;                       // sum of daily values
  void reset() { *this = MonthAccounts{}; }
};

}  // namespace sancsim
