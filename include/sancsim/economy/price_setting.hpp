#pragma once
// A firm's monthly price (docs/ECONOMY.md, "Prices indexed to expected inflation"): the price closes a
// share of its gap to the target (mark-up on unit cost, blended with export parity), and with indexation
// it first moves by a share of the inflation expected for the month, as the prices of BeforeIT (Poledna,
// Miess, Hommes and Rabitsch 2023, European Economic Review 151: P_t = P_t-1 (1 + cost push)(1 + E pi))
// do. Without indexation a price path that follows a target growing at the rate g lags it by (1 - a) / a
// months of g (a the adjustment share), so a start at zero lag is a start at zero inflation; fully indexed
// to an expected inflation of g, a price on its target stays on it. With the price-gap hazard the share
// rises with the gap beyond the steady lag (docs/ECONOMY.md, "Session 38").

namespace sancsim {

// The factor the month's expected inflation moves a price by: (1 + pi_e)^(1/12) to the power `share`,
// 1 at share 0 (pi_e in percent a year, held above -99).
double price_indexation_factor(double expected_inflation_pct_a_year, double share);

// Next month's price: the indexed price p x f closes `adjustment` of its gap to the target.
double next_price(double price, double target, double adjustment, double indexation_factor);

// The target over the price on a steady path whose targets grow at g a month, prices indexed by f = 1 + h:
// with p' = p f + a (T - p f) and p / T constant, T / p = ((g - h) / a + 1 + h) / (1 + g). Without
// indexation (h = 0) (1 + g / a) / (1 + g), about (1 + g)^((1 - a) / a); indexed by h = g, 1. Adjustment
// outside (0, 1]: 1.
double steady_target_over_price(double growth_per_month, double adjustment,
                                double indexation_growth_per_month);

// The share of its gap a price closes this month when large gaps are closed faster (a generalised hazard,
// Caballero and Engel 2007; large cost shocks raise the frequency of price changes, Cavallo, Lippi and
// Miyahara 2023): the base share plus `hazard` per log point of the gap `gap_log` (the log of the target
// over the price as indexed, either sign) beyond `steady_gap_log`, the gap seen on a steady path, so that a
// steady path keeps the base share; at most 1. At hazard 0, the base share.
double gap_hazard_adjustment(double base, double hazard, double gap_log, double steady_gap_log);

}  // namespace sancsim
