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
  // Aggregate mode: at the reference real rate. Agents mode: the agents' import bill of last month, in
  // USD at the rate it was paid at (`clear_fx_market_on_bill`).
  double import_demand_usd_bn = 0;
  double capital_outflow_usd_bn = 0;
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
// on year and the last three months' annualised underlying inflation (`capital_rate_momentum_weight` on the
// latter), less the neutral real rate. Weight 0: the year-on-year gap exactly.
double capital_flow_rate_gap_pp(const RubleParams& p, double key_rate_pct, double cpi_yoy_pct,
                                double momentum_pct, double neutral_real_rate_pct);

// Clears the market (aggregate mode). `price_ratio` = domestic / world price level relative to the start;
// `reference_usd_rub` = the nominal rate at which import demand equals its reference level. Import demand
// answers to the real rate with `import_price_elasticity`, so the nominal rate follows the price ratio
// (purchasing-power parity is the ruble's nominal anchor here).
FxClearing clear_fx_market(const RubleParams& p, const FxFlows& f, double price_ratio,
                           double reference_usd_rub, double previous_usd_rub);

// Clears the market on the agents' own import bill (agents mode). `f.import_demand_usd_bn` is what the
// agents paid abroad last month, converted at that month's rate `bill_usd_rub`: a ruble bill
// R = M x bill_usd_rub, the imports the firms and households chose at the prices they faced. The FX left for
// importers A buys it at the clearing rate e* = premium x R / A (= premium x bill_usd_rub x M / A), and
// the rate moves toward e* by `adjustment` as in the aggregate market. No elasticity and no price ratio
// are applied: the bill already holds the agents' prices (their CPI is in R) and their response to the
// ruble (through the import price and, with switching, their shares), so either would count them twice
// (docs/MODEL_STATE.md section 5). `premium` multiplies the clearing rate (the war's flight, > 0).
FxClearing clear_fx_market_on_bill(const RubleParams& p, const FxFlows& f, double bill_usd_rub,
                                   double premium, double previous_usd_rub);

}  // namespace sancsim
