#pragma once
// The refiners' run decision on the export margin (docs/MODEL.md §3): a barrel of crude refined for
// export earns the product netback (product FOB times the yield, less the product export duty levied
// and the refining cost, plus the reverse excise on crude refined); exported as crude it earns the
// crude netback (Urals FOB less the crude export duty levied). Refineries differ in cost and slate, so
// the share of export runs that loses against crude export rises from 0 to 1 as the mean margin falls
// through a spread around the crude netback.
#include "sancsim/model/oil_params.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

// What a week's netbacks are computed from.
struct RefiningPrices {
  int year = 2021;                      // the tax manoeuvre's duty coefficient is dated by year
  double urals_fob_usd_per_bbl = 0;     // the crude alternative
  double duty_basis_usd_per_bbl = 0;    // Urals tax price the duty schedule is set on (after floors)
  double products_fob_usd_per_bbl = 0;  // the export product basket
};

// One week's netbacks per barrel of crude, and the Tax Code's terms in them.
struct RefiningNetbacks {
  double crude_usd_per_bbl = 0;           // Urals FOB less the crude duty levied
  double products_usd_per_bbl = 0;        // yield x product FOB - product duty - cost + reverse excise
  double crude_duty_usd_per_bbl = 0;      // levied: the schedule times the year's duty coefficient
  double product_duty_usd_per_bbl = 0;    // levied, on the products of a crude barrel
  double reverse_excise_usd_per_bbl = 0;  // base reverse excise on a barrel of crude refined
};

// Netbacks of the week: the levied duties of Law 5003-1 (the tax manoeuvre's coefficient of the
// year) and the reverse excise on crude refined (Tax Code art. 200 p. 27), which pays refiners back
// the part of the crude-product duty spread the manoeuvre removed. The damper, the other part of the
// reverse excise, is paid on fuel sold at home and does not change at the export margin (§3).
RefiningNetbacks refining_netbacks(const OilParams& p, const TaxParams& tax, const RefiningPrices& prices);

// Share of export runs whose margin is below the crude netback: refinery costs spread uniformly over
// refining_margin_spread_usd_per_bbl around the mean (0 without the margin rule).
double unprofitable_run_share(const OilParams& p, const RefiningNetbacks& n);

}  // namespace sancsim
