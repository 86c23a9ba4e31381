#include "sancsim/state/ruble.hpp"

#include <algorithm>
#include <cmath>

#include "sancsim/engine/smooth_year_path.hpp"

namespace sancsim {

double import_access_of_month(const RubleParams& p, YearMonth month) {
  return smooth_path_from(p.import_access, month, p.import_compression_from);
}

double capital_outflow_usd_bn(const RubleParams& p, YearMonth month, double real_rate_gap_pp) {
  const double rate_term = p.capital_rate_semi_elasticity * real_rate_gap_pp;  // < 0: flight from low rates
  const double blocked = rate_term < 0 ? p.capital_flight_blocked_share : 0.0;
  return smooth_path_from(p.capital_outflow_usd_bn_per_month, month, p.flow_paths_break_from) -
         (1.0 - blocked) * rate_term;
}

double capital_flow_rate_gap_pp(const RubleParams& p, double key_rate_pct, double cpi_yoy_pct,
                                double momentum_pct, double expected_pct, double neutral_real_rate_pct) {
  const double w = p.capital_rate_momentum_weight;
  const double we = p.capital_rate_expectations_weight;
  // Written so that w = we = 0 gives the year-on-year gap bit for bit.
  const double inflation_pct = w == 0.0 && we == 0.0
                                   ? cpi_yoy_pct
                                   : w * momentum_pct + we * expected_pct + (1.0 - w - we) * cpi_yoy_pct;
  return key_rate_pct - inflation_pct - neutral_real_rate_pct;
}

namespace {

// Days of `month` within [from_day, to_day).
double days_within(YearMonth month, double from_day, double to_day) {
  const double first = month.first_day().days;
  const double last = first + month.first_day().days_in_month();
  return std::max(0.0, std::min(to_day, last) - std::max(from_day, first));
}

}  // namespace

double war_premium_log_of_month(const RubleParams& p, double start_day, YearMonth month) {
  if (p.war_shock_days <= 0) return 0.0;
  const double full_log = std::log1p(p.war_risk_premium_pct / 100.0);
  const double days_in_month = month.first_day().days_in_month();
  const double end = start_day + p.war_shock_days;
  if (p.war_premium_full_days >= p.war_shock_days)  // flat over its days (the former reading, bit for bit)
    return full_log * days_within(month, start_day, end) / days_in_month;
  const double fade_from = start_day + p.war_premium_full_days;
  double log_days = full_log * days_within(month, start_day, fade_from);
  // The fade: full_log * (end - t) / (end - fade_from) for t in [fade_from, end), integrated over the
  // month's part of it.
  const double first = month.first_day().days;
  const double a = std::max(first, fade_from);
  const double b = std::min(first + days_in_month, end);
  if (b > a) log_days += full_log / (end - fade_from) * 0.5 * ((end - a) * (end - a) - (end - b) * (end - b));
  return log_days / days_in_month;
}

namespace {

// FX sold by exporters and what is left of it for importers; floored so that a collapse of supply gives
// a steep, finite fall.
FxClearing fx_for_imports(const FxFlows& f) {
  FxClearing c;
  c.fx_sold_usd_bn = f.conversion_share * (f.energy_exports_usd_bn + f.non_energy_exports_usd_bn);
  c.for_imports_usd_bn = std::max(
      c.fx_sold_usd_bn - f.capital_outflow_usd_bn - f.cbr_net_purchases_usd_bn - f.liabilities_repaid_usd_bn,
      0.25 * f.import_demand_usd_bn);
  return c;
}

double lagged_rate(const RubleParams& p, double previous_usd_rub, double clearing_usd_rub) {
  return std::exp((1.0 - p.adjustment) * std::log(previous_usd_rub) +
                  p.adjustment * std::log(clearing_usd_rub));
}

}  // namespace

FxClearing clear_fx_market(const RubleParams& p, const FxFlows& f, double price_ratio,
                           double reference_usd_rub, double previous_usd_rub) {
  FxClearing c = fx_for_imports(f);
  // imports(e) = M * (RER / RER_ref)^(-b)  =>  RER = RER_ref * (available / M)^(-1/b).
  const double rer_ratio = std::pow(c.for_imports_usd_bn / std::max(f.import_demand_usd_bn, 1e-9),
                                    -1.0 / p.import_price_elasticity);
  c.clearing_usd_rub = reference_usd_rub * rer_ratio * price_ratio;
  c.usd_rub = lagged_rate(p, previous_usd_rub, c.clearing_usd_rub);
  return c;
}

}  // namespace sancsim
