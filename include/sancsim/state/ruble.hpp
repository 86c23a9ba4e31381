#pragma once
// The ruble: a monthly FX market in which exporters' sales meet importers' demand, capital
// outflows and the central bank's net purchases. Import demand falls with the real exchange rate,
// so the market clears at one real rate; the nominal rate moves toward it with a lag.
#include "sancsim/engine/date.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

// One month's FX flows, USD bn.
struct FxFlows {
  double energy_exports_usd_bn = 0;
  double non_energy_exports_usd_bn = 0;
  double conversion_share = 0;  // of export revenue sold for rubles
  // At the reference real rate. Agents mode: the agents' import bill of last month, scaled once to the
  // balance of payments' level, stands for it.
  double import_demand_usd_bn = 0;
  double capital_outflow_usd_bn = 0;
  // Residents' liabilities to non-residents repaid beyond the outflow path (2022: sanctioned banks' and
  // firms' external debt paid down or called): FX bought on the market, not left for imports.
  double liabilities_repaid_usd_bn = 0;
  double cbr_net_purchases_usd_bn = 0;  // positive = the market loses FX
};

struct FxClearing {
  double clearing_usd_rub = 0;  // where the market would clear this month
  double usd_rub = 0;           // after the lag
  double fx_sold_usd_bn = 0;
  double for_imports_usd_bn = 0;  // FX left for importers (after outflows and the Bank), floored
};

// Import access (sanction compression of import demand) of a month. Before `import_compression_from`
// (the sanctions and export controls after the invasion, the exit of Western suppliers) the access of
// the year before it (no compression); from that day to the end of its year the start year's value;
// then the later yearly values as mid-year anchors of a smooth path (smooth_path_from): an annual level,
// not a step on 1 January. The month of the start blends by its days after the start.
double import_access_of_month(const RubleParams& p, YearMonth month);

// Private net capital outflow of a month (USD bn): the path's level at the neutral real rate (a step at
// `flow_paths_break_from`, then the yearly values as mid-year anchors of a smooth path), less the
// semi-elasticity times the real rate gap (pp over neutral). Capital controls on outflows block the
// extra outflow of a negative gap by `capital_flight_blocked_share`; the reduction of a positive gap
// (capital kept or drawn in by a high real rate) stays, as the controls did not bar inflows.
double capital_outflow_usd_bn(const RubleParams& p, YearMonth month, double real_rate_gap_pp);

// The real rate gap (pp over neutral) that the capital flow answers to: the key rate less a mix of CPI year
// on year, the last three months' annualised underlying inflation (`capital_rate_momentum_weight`) and
// expected inflation (`capital_rate_expectations_weight`: an ex-ante real rate), less the neutral real rate.
// Both weights 0: the year-on-year gap exactly.
double capital_flow_rate_gap_pp(const RubleParams& p, double key_rate_pct, double cpi_yoy_pct,
                                double momentum_pct, double expected_pct, double neutral_real_rate_pct);

// The war premium of a month (log of the factor on the clearing rate) after an announcement on day
// `start_day`: the full premium `war_risk_premium_pct` for `war_premium_full_days`, then fading linearly
// to none at `war_shock_days`; the month carries the mean of the log over its days. With the full days
// at or beyond the shock days the premium is flat over them.
double war_premium_log_of_month(const RubleParams& p, double start_day, YearMonth month);

// Clears the market. `price_ratio` = domestic / world price level relative to the start (agents mode: the
// agents' price of domestic output);
// `reference_usd_rub` = the nominal rate at which import demand equals its reference level. Import demand
// answers to the real rate with `import_price_elasticity`, so the nominal rate follows the price ratio
// (purchasing-power parity is the ruble's nominal anchor here).
FxClearing clear_fx_market(const RubleParams& p, const FxFlows& f, double price_ratio,
                           double reference_usd_rub, double previous_usd_rub);

}  // namespace sancsim
