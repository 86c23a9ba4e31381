#pragma once
// A small agent economy and a 2021-like month of the state's flows, shared by the economy tests.
#include "sancsim/economy/agent_economy.hpp"
#include "sancsim/economy/import_switching.hpp"
#include "sancsim/economy/steady_path.hpp"

#include <cmath>

#include <gtest/gtest.h>

namespace sancsim::test {

// The sectors' net financial worth summed, over the sum of its magnitudes: 0 (to rounding) when every
// asset is someone's liability.
inline double net_worth_imbalance(const AgentEconomy& e) {
  double worth = 0, scale = 0;
  for (double w : e.net_financial_worth_rub()) {
    worth += w;
    scale += std::abs(w);
  }
  return scale > 0 ? worth / scale : 0.0;
}

// About 2,400 households and 8 firms a sector: fast under the sanitizers. The fixture's flows hold the key
// rate fixed, so its economy has no nominal anchor; it keeps the start's formula for the bank's first
// dividend (economy.start_bank_dividend_from_first_month off), on which the mechanism tests were measured:
// with the first month's own dividend the fixed-rate economy drifts into a boom within a year (unemployment
// 1-2.5%, measured 2026-12-05) that masks what each test measures. SteadyStart tests both starts. Nor does
// it start in the COVID slump (economy.covid_start): its flows are a steady month, not January 2021.
inline AgentEconomyParams small_economy_params() {
  AgentEconomyParams p;
  p.persons_per_agent = 50000;
  p.firms_per_sector = 8;
  p.start_bank_dividend_from_first_month = false;
  p.covid.enabled = false;  // the fixture's flows are a steady 2021 month, not the COVID slump's start
  // Nor does its labour grow more productive: its flows are constant in nominal terms, so a trend would
  // shed staff from month to month under every mechanism measured (BalancedGrowth tests the trend).
  p.productivity_growth_pct = YearPath{{{2021, 0.0}}};
  // Its flows are constant in rubles, a zero-inflation economy: its prices start at their targets (no
  // lag of the start's 5.2% inflation, economy.start_price_lag_share) and the world's goods and export
  // prices stay flat in dollars, as its world price level does (the steady paths' rule, steady_path.cpp).
  p.start_price_lag_share = 0.0;
  hold_world_goods_and_export_prices(p);
  return p;
}

// The flows of a 2021-like month and its start (sancsim/economy/steady_path.hpp).
using sancsim::month_of_2021;
inline EconomyStart start_2021() { return start_of_2021(); }

// The economy's readings after the twelve months of 2021, its books checked every month.
inline EconomyReadings readings_after_2021(const AgentEconomyParams& p) {
  AgentEconomy e(p, start_2021(), month_of_2021(0));
  for (int m = 0; m < 12; ++m) {
    e.step(p, month_of_2021(m));
    EXPECT_EQ(e.check_balances(), "");
  }
  return e.readings();
}

// Firms' inputs switched toward domestic suppliers: in every using sector fewer imported inputs per unit of
// output and a larger domestic column than the 2019 table's, the same input per unit of output (start units).
inline void expect_inputs_switched_to_domestic(const ImportShares& shares) {
  for (std::size_t s = 0; s < kSectors; ++s) {
    double domestic = 0;
    for (std::size_t q = 0; q < kSectors; ++q) domestic += kSut2019.a_domestic[q][s];
    EXPECT_LT(shares.inputs_per_output[s], kSut2019.imported_inputs_per_output[s]) << s;
    EXPECT_GT(shares.domestic_input_scale[s], 1.0) << s;
    EXPECT_NEAR(shares.inputs_per_output[s] + shares.domestic_input_scale[s] * domestic,
                kSut2019.imported_inputs_per_output[s] + domestic, 1e-12)
        << s;
  }
}

}  // namespace sancsim::test
