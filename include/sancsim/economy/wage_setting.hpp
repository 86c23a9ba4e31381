#pragma once
// The nominal anchor of the agent economy (docs/ECONOMY.md, "Wages, prices and the nominal anchor"):
// expected inflation anchored on the households' survey converted to the CPI's scale, an
// error-correcting wage equation (Blanchard and Katz 1999) whose long run is a wage curve
// (Blanchflower and Oswald 1994), and prices on the expected unit cost.

#include "sancsim/engine/param_table.hpp"

namespace sancsim {

// The anchor of expected inflation on the CPI's scale, % a year: the survey's median less its measured
// bias, weighed with the Bank's target by `target_weight` (0: the converted survey alone).
double expectations_anchor_on_cpi_scale_pct(double survey_pct, double survey_bias_pp, double target_pct,
                                            double target_weight);

// The wage equation's coefficients.
struct WageEquation {
  double indexation = 1.0;                 // share of expected inflation in nominal wage growth
  double productivity_passthrough = 1.0;   // share of trend productivity growth
  double error_correction_per_year = 0.0;  // share of the log real-wage gap closed a year
  double wage_curve_elasticity = 0.1;      // -d ln(real wage) / d ln(unemployment) in the long run
  double lowest_unemployment_pct = 2.3;    // the wage curve is read within [lowest, highest]
  double highest_unemployment_pct = 15.0;
};

// The real wage the wage curve justifies, relative to the start's: trend productivity over the start's
// times (u / u_reference)^-elasticity, with u held within the curve's range.
double wage_curve_real_wage(const WageEquation& w, double productivity_relative, double unemployment_pct,
                            double reference_unemployment_pct);

// The wage offer change of a firm for shedding staff, measured against the start's normal: a shedding
// firm cuts by `cut_per_month` x (1 - normal_share), one that does not rises by `cut_per_month` x
// normal_share, where normal_share is the share of employment in shedding firms at the start (months 1-3; the
// steady churn's: separations leave firms a worker off at random). The employment-weighted average is
// zero when the share is the start's, so steady churn does not drift the average wage; normal_share 0
// gives the old rule (a shedding firm cuts by `cut_per_month`, the others do not move).
double shedding_wage_change(bool sheds, double normal_share, double cut_per_month);

// The inflation wage offers are indexed to, % a year: (1 - s) x expected + s x the CPI's past twelve months,
// s = `past_share` held within [0, 1] (Labour Code art. 134: pay indexed for the rise of consumer prices).
double wage_indexation_inflation_pct(double expected_pct, double past_yoy_pct, double past_share);

// The common part of every firm's nominal wage growth this month (a share, log-like), term by term:
// indexation x expected inflation / 12, passthrough x the month's trend productivity growth,
// error_correction / 12 x ln(target real wage / real wage).
struct CommonWageGrowth {
  double expected_inflation = 0, productivity = 0, error_correction = 0;
  double total() const { return expected_inflation + productivity + error_correction; }
};
CommonWageGrowth common_wage_growth_parts(const WageEquation& w, double expected_inflation_pct,
                                          double productivity_growth_per_month, double real_wage_relative,
                                          double target_real_wage_relative);
// Their sum.
double common_wage_growth_per_month(const WageEquation& w, double expected_inflation_pct,
                                    double productivity_growth_per_month, double real_wage_relative,
                                    double target_real_wage_relative);

// The factor on today's unit cost in a firm's target price for the cost growth g a month it expects: a
// firm that closes l = `price_adjustment` of the gap to its target a month lags a target growing at g by
// about (1 - l) / l months of growth; the factor (1 + g / l) / (1 + g) (about (1 + g)^((1 - l) / l))
// removes the lag exactly, so with g right the price follows the current unit cost, down as well as up.
double expected_unit_cost_factor(double expected_growth_per_month, double price_adjustment);

// Labour per unit of output under a firm's product wage (its wage over its price, against the start's):
// with constant output a dearer worker is replaced by capital and better use of the staff, so output per
// worker rises by (product wage)^elasticity (the constant-output own-wage elasticity of labour demand,
// Hamermesh 1993). The product wage is read within [1/2, 2]; elasticity 0 gives 1 (no substitution).
double labour_saving_factor(double product_wage_relative, double elasticity);

// A firm short of workers bids for them (docs/ECONOMY.md, "Wage bids for scarce workers"): with an
// elasticity e of labour supply to the firm (Manning 2003), a firm whose share of posts (staff plus open
// vacancies) left unfilled is s above the normal share s_0 raises its offer by (s - s_0) / e this month
// (log; the caller passes e times the months of pay review over which the full bid is made), and never
// above the wage its margin can pay (`ceiling_rub`): 0 without a shortage, without a margin (ceiling at
// or below the wage) or with e <= 0.
double scarcity_wage_bid(double unfilled_share_of_posts, double normal_share, double labour_supply_elasticity,
                         double wage_rub, double ceiling_rub);

// The wage a firm's margin can pay: the wage at which its unit cost equals its price, with labour costing
// (1 + social contribution) x pay factor per worker-hour over output per worker-hour, and the other costs
// per unit of output (inputs, taxes on sales) taken as they are; 0 where the price does not cover them.
double wage_ceiling_rub(double price, double non_labour_unit_cost, double output_per_worker,
                        double labour_cost_per_wage);

// Hours per worker against normal hours when a firm may raise them with demand (docs/ECONOMY.md,
// "Hours with demand"): the output it wants (within its plant) over what its staff make at normal hours,
// held within [1, 1 + max_extra_share] (overtime only; labour is hoarded at normal hours, not cut).
double overtime_hours_factor(double wanted_output, double output_at_normal_hours, double max_extra_share);

// Pay per worker against the normal month's for hours h with an overtime premium q on the extra hours:
// 1 + (h - 1)(1 + q).
double overtime_pay_factor(double hours_factor, double overtime_premium);

// The public employer's wage growth this month (log, a month) on the budget's dated path of yearly
// averages: between the middles of two years the path gives (July of one to June of the next) the
// yearly ratio's twelfth root; outside them (before the first year's middle, after the last's) it is
// `otherwise` (the common wage growth).
double public_pay_growth_per_month(const YearPath& yearly_index, int year, unsigned month, double otherwise);

// The public pay index (start = 1) under the May-decree rule: public pay at a fixed ratio to the
// average wage, so the index is the average wage over its value at the start (1 before any is measured).
double public_pay_index_by_ratio(double average_wage_rub, double average_wage_start_rub);

}  // namespace sancsim
