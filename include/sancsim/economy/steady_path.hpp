#pragma once
// An economy on a steady path, with no shock (docs/ECONOMY.md, "A steady state at the start's inflation" and
// "Balanced growth"): every nominal input grows at inflation pi and real growth g a year ((1 + pi)(1 + g)),
// dollar exports by g in volume, the ruble keeps its real value (the world price level is flat), the key rate
// stays at the start's 6%, and prices start on their path. Its economy should stay near its start in real
// terms, unemployment and the real wage per unit of productivity steady, while prices rise at pi. The
// steady-state tests run it, and a calibration's `[[guard]] economy = "steady"` holds an estimate to it.
#include <array>

#include "sancsim/economy/agent_economy.hpp"
#include "sancsim/engine/series_table.hpp"

namespace sancsim {

// The flows of a 2021-like month `m` months after January 2021, constant in nominal terms (the federal
// budget's 2021 chapters a month, oil and gas taxes and exports, non-energy exports; the ruble at 74).
EconomyMonthInputs month_of_2021(int m, double key_rate_pct = 6);
// The start of such an economy: the default start with the key rate at 6%.
EconomyStart start_of_2021();

struct SteadyPath {
  double inflation_pct = 5.2;  // the start's CPI, % y/y (Rosstat, January 2021)
  double real_growth_pct = 0;

  bool operator==(const SteadyPath&) const = default;
  double prices(int m) const;  // the price level's path after m months
  double volume(int m) const;  // real output's path
  double nominal_growth() const;
  // A year path that steps up by the nominal growth each January (annual indexation).
  YearPath indexed(double start_value) const;

  // `base` with every dated path held flat or indexed on the path, the anchor and the target at pi, the
  // households' saving and credit flows growing with nominal incomes, the firms' dividends on real profit,
  // the productivity trend at g, and no wage cut by shedding firms (wage_down_per_month 0: an estimate of it
  // does not reach the path).
  AgentEconomyParams params(AgentEconomyParams base) const;
  EconomyStart start() const;
  EconomyMonthInputs month(int m) const;  // month_of_2021 with every nominal flow grown since January 2021
};

// World prices of traded goods and of Russia's non-energy exports held flat in dollars, as the world price
// level of a path or a fixture with constant flows is (their growth paths at 0, so economy.world_goods_prices
// and world_export_prices leave such an economy as it is).
void hold_world_goods_and_export_prices(AgentEconomyParams& p);

// `months` months of the path from January 2021 at `params` (the path's params() already applied), one row
// a month: unemployment_pct, cpi_yoy_pct, real_gdp_index and real_gdp_over_trend (over the path's volume),
// real_consumption_index, real_wage_index, real_deposits_index and real_firm_loans_index over their first
// month's values, and price_level.
inline constexpr std::array<const char*, 9> kSteadyPathSeries = {"unemployment_pct",
                                                                 "cpi_yoy_pct",
                                                                 "real_gdp_index",
                                                                 "real_gdp_over_trend",
                                                                 "real_consumption_index",
                                                                 "real_wage_index",
                                                                 "real_deposits_index",
                                                                 "real_firm_loans_index",
                                                                 "price_level"};
SeriesTable run_steady_path(const AgentEconomyParams& params, const SteadyPath& path, int months);

}  // namespace sancsim
