#pragma once
// The refiners' run decision on the export margin (docs/MODEL.md §3): a barrel of crude refined for
// export earns the product netback (product FOB times the yield, less the product export duty and the
// refining cost); exported as crude it earns the crude netback (Urals FOB less the crude export duty).
// Refineries differ in cost and slate, so the share of export runs that loses against crude export
// rises from 0 to 1 as the mean margin falls through a spread around the crude netback.
#include "sancsim/model/oil_params.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

struct RefiningNetbacks {
  double crude_usd_per_bbl = 0;     // Urals FOB less the crude export duty
  double products_usd_per_bbl = 0;  // per crude barrel: yield x (product FOB - duty) - refining cost
};

// Netbacks of the week. `duty_basis_usd_per_bbl` is the Urals price the duty is set on (the tax
// price, Brent less the legislated discount where that floor exists). The duties are those of the
// full schedule: the tax manoeuvre's reverse excise pays refiners back the spread it removes.
RefiningNetbacks refining_netbacks(const OilParams& p, const TaxParams& tax, double urals_fob_usd,
                                   double duty_basis_usd_per_bbl, double products_fob_usd);

// Share of export runs whose margin is below the crude netback: refinery costs spread uniformly over
// refining_margin_spread_usd_per_bbl around the mean (0 without the margin rule).
double unprofitable_run_share(const OilParams& p, const RefiningNetbacks& n);

}  // namespace sancsim
