#pragma once
// Firms' mark-ups that answer to demand against capacity (docs/ECONOMY.md, "Mark-ups on demand against
// capacity"): a firm whose stocks run short of its target and whose plant runs above the utilisation it
// aims at raises its mark-up; one with stocks piling up or idle plant lowers it; competition pulls the
// mark-up back to its normal level. The price then follows demand against capacity rather than cost alone,
// so at full capacity a cost rise that buyers' spending does not carry comes out of the margin.

namespace sancsim {

// The rule's coefficients (economy.markup_* in the parameter table).
struct MarkupRule {
  double response_per_month = 0.0;   // change of ln(1 + mark-up) a month per unit of demand pressure
  double reversion_per_month = 0.0;  // share of the log gap to the normal mark-up closed a month
  double stock_weight = 1.0;         // weight of the stock gap
  double utilisation_weight = 0.0;   // weight of the plant's utilisation gap
  double max_gap_log = 0.0;          // |ln((1 + mark-up) / (1 + normal))| at most
};

// Demand against capacity this month, within [-1, 1]: `stock_weight` x the stock gap 1 - stock / target
// (stocks after the month's sales against the firm's target, inventory_target_months x expected demand;
// positive when buyers took more than the firm could replace) plus `utilisation_weight` x (utilisation /
// target - 1), the utilisation being what buyers asked of the firm over its plant's capacity, against the
// utilisation firms aim at (so a firm short of workers, not of plant, reads its buyers, not its output).
// 0 at the steady state.
double demand_pressure(double stock_after_sales, double target_stock, double utilisation,
                       double target_utilisation, double stock_weight, double utilisation_weight);

// Next month's mark-up: ln(1 + mu') = ln(1 + mu) + response x pressure - reversion x ln((1 + mu) /
// (1 + normal)), held within max_gap_log of the normal mark-up and at or above 0 (no firm prices below
// its unit cost by choice). Reversion 0 and a persistent pressure move the mark-up to its bound.
double next_markup(const MarkupRule& rule, double markup, double normal_markup, double pressure);

}  // namespace sancsim
