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

// The price a firm aims at when it weighs its own cost-plus price against its competitors' (docs/ECONOMY.md,
// "Prices against competitors' prices"): exp((1 - w) ln cost_plus + w ln competitors_price), never below
// `floor` (its unit cost: no firm aims to sell at a loss). w = 0 is pure cost-plus. With w > 0 a cost rise
// that competitors do not share passes into the price by 1 - w at once and the margin takes the rest; a
// rise that all share passes in fully, at the speed at which the competitors' price follows (the
// strategic complementarity of Amiti, Itskhoki and Konings 2019).
double competitor_weighted_price(double cost_plus, double competitors_price, double competitor_weight,
                                 double floor);

// The log gap by which the unit labour cost a firm prices on falls short of its own, next month
// (docs/ECONOMY.md, "Prices against competitors' prices"): gap' = clamp((1 - r) x gap + w x (g_ulc -
// g_sector), 0, max_gap_log), g_ulc the growth of its own unit labour cost this month and g_sector that of
// its sector's price, both in logs. Where the unit labour cost outruns the sector's price the firm passes
// only 1 - w of the excess into the labour cost it prices on and the margin takes the rest; the gap then
// closes at r a month (competitors' prices catch up, the firm reprices), so the margin recovers. It never
// goes below 0 (no firm prices labour above what it pays: input and import costs, and a sector price that
// rises with them, pass as cost-plus); at balanced growth it decays to 0.
double labour_cost_gap_log(double gap_log, double unit_labour_cost_growth_log, double sector_price_growth_log,
                           double weight, double reversion_per_month, double max_gap_log);

// The product wage that pricing allows under labour scarcity, relative to the normal one (docs/ECONOMY.md,
// "Mark-ups that fall in a tight labour market"): F = (u_ref / max(u, u_lowest))^elasticity when
// unemployment u is below the reference u_ref (the wage curve's), 1 at or above it. The price-setting
// real wage of Layard, Nickell and Jackman (1991) rising with tightness: firms competing for scarce
// workers accept a larger labour share. Slack leaves the normal mark-up (one-sided).
double labour_scarcity_real_wage_factor(double unemployment_pct, double reference_unemployment_pct,
                                        double lowest_unemployment_pct, double elasticity);

// The factor on a firm's gross mark-up 1 + mu that lets its price carry the product wage F x the normal
// one: 1 / (1 + s (F - 1)), s labour's share of the firm's unit cost (within [0, 1]). Exact where the
// other unit costs move with the price (inputs bought from firms priced the same way): P = (1 + mu) m (L + a
// P) gives L / P = F (1 / (1 + mu) - a). 1 when F <= 1.
double labour_scarcity_markup_factor(double labour_share_of_unit_cost, double real_wage_factor);

// The log of the product wage that pricing allows under labour scarcity when margins follow the wage claims
// instead of unemployment at once (docs/ECONOMY.md, "Mark-ups that give way to wage claims"): each month
// the margins absorb `absorbed_share` of the month's real wage claim (the offers' growth beyond indexation
// to expected inflation and trend productivity, log; falling claims rebuild them), within [0, allowance_log],
// the allowance ln F of labour_scarcity_real_wage_factor (slack never raises the mark-up above its normal;
// claims never cut it below what the labour market allows). Where the allowance falls below the cut (the
// market loosens) the cut falls back toward it by `reversion_per_month` of the gap a month. The
// price-setting real wage then rises only as far as the wage claims have pushed (it cannot lead the
// wage-setting one), and 1 - absorbed_share of every claim still reaches prices.
double labour_scarcity_cut_log(double cut_log, double real_wage_claim_log, double absorbed_share,
                               double allowance_log, double reversion_per_month);

}  // namespace sancsim
