#include "sancsim/model/refining_margin.hpp"

#include <algorithm>

#include "sancsim/state/taxes.hpp"

namespace sancsim {

RefiningNetbacks refining_netbacks(const OilParams& p, const TaxParams& tax, const RefiningPrices& prices) {
  // The full schedule at the tax price; the tax manoeuvre (2019-2024) levies a falling share of it on
  // crude and on products alike (the product duty per tonne is a share of the crude duty, volume-
  // weighted over the export slate: light products ~30%, straight-run gasoline ~55%, fuel oil and VGO
  // 100%; oil_mechanisms.md §5.2).
  const double full_t = export_duty_schedule_usd_per_t(prices.duty_basis_usd_per_bbl * tax.bbl_per_t_crude);
  const double levied = tax.duty_coefficient.at(prices.year);
  const double full_crude = full_t / tax.bbl_per_t_crude;
  const double full_products = p.product_yield * tax.product_duty_ratio * full_t / tax.bbl_per_t_products;
  // The reverse excise on crude refined was introduced with the manoeuvre to offset "the rise in crude
  // prices and the disappearance of the indirect subsidy of the spread between crude and product export
  // duties" (S&P Global Platts, Aug 2018; Baker McKenzie, Oct 2018: refunded on the crude processed):
  // the share of the spread no longer levied. Refining and crude export then compare as they did under
  // the full schedule in every year. Rejected: a refund of the whole crude duty removed, (1 - k) D,
  // which would leave refiners the product duty removed as a gain the sources do not describe.
  const double reverse_excise = (1.0 - levied) * (full_crude - full_products);
  RefiningNetbacks n;
  n.crude_duty_usd_per_bbl = levied * full_crude;
  n.product_duty_usd_per_bbl = levied * full_products;
  n.reverse_excise_usd_per_bbl = reverse_excise;
  n.crude_usd_per_bbl = prices.urals_fob_usd_per_bbl - n.crude_duty_usd_per_bbl;
  n.products_usd_per_bbl = p.product_yield * prices.products_fob_usd_per_bbl - n.product_duty_usd_per_bbl -
                           p.refining_cost_usd_per_bbl + reverse_excise;
  return n;
}

double unprofitable_run_share(const OilParams& p, const RefiningNetbacks& n) {
  if (!p.refining_margin_runs) return 0.0;
  const double loss = n.crude_usd_per_bbl - n.products_usd_per_bbl;
  return std::clamp(loss / p.refining_margin_spread_usd_per_bbl + 0.5, 0.0, 1.0);
}

}  // namespace sancsim
