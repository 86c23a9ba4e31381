#pragma once
// Pay paths indexed after their last point (economy.pensions_indexed_after_path; docs/ECONOMY.md,
// "Pensions indexed after their path"): a year after a path's last point pays the last point's level times
// the CPI's growth from the December before that last year to the December before this one, so each January
// adds the December's CPI over a year, as the state's spending paths do
// (state.spending.index_after_last_year).
#include <vector>

#include "sancsim/engine/param_table.hpp"

namespace sancsim {

// The Decembers a run records (a run longer than this reads its last recorded December after it).
inline constexpr int kDecemberYears = 100;

// December price levels by year, from the run's first year (the start's level stands in for the Decembers
// before the run). Sized once at the start: recording a December allocates nothing.
class DecemberPrices {
 public:
  DecemberPrices() = default;
  DecemberPrices(int first_year, int years, double start_price_level);
  void record(int year, double price_level);
  // The price level of December of `year` (the start's before the run; the latest recorded after it).
  double at(int year) const;

 private:
  int first_year_ = 0;
  double start_ = 1;
  std::vector<double> level_;  // December of first_year_ + i; 0 until recorded
};

// The path's value in `year`, indexed after its last point when `indexed`.
double indexed_pay(const YearPath& path, int year, bool indexed, const DecemberPrices& decembers);

}  // namespace sancsim
