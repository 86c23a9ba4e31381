#include "sancsim/model/refining_margin.hpp"

#include <algorithm>

#include "sancsim/state/taxes.hpp"

namespace sancsim {

RefiningNetbacks refining_netbacks(const OilParams& p, const TaxParams& tax, double urals_fob_usd,
                                   double duty_basis_usd_per_bbl, double products_fob_usd) {
  // The levied duties fall with the tax manoeuvre (2019-2024), and the reverse excise on crude refined
  // was introduced with it to replace the spread between the crude and product duties that refiners
  // lose (S&P Global Platts, Aug 2018; Baker McKenzie, Oct 2018). So what decides a barrel's route is
  // the full schedule's spread in every year: crude duty against the product duty, a share of it per
  // tonne (volume-weighted over the export slate: light products ~30%, straight-run gasoline ~55%,
  // fuel oil and VGO 100%; oil_mechanisms.md §5.2).
  const double duty_t = export_duty_schedule_usd_per_t(duty_basis_usd_per_bbl * tax.bbl_per_t_crude);
  const double crude_duty = duty_t / tax.bbl_per_t_crude;
  const double product_duty = tax.product_duty_ratio * duty_t / tax.bbl_per_t_products;
  return {.crude_usd_per_bbl = urals_fob_usd - crude_duty,
          .products_usd_per_bbl =
              p.product_yield * (products_fob_usd - product_duty) - p.refining_cost_usd_per_bbl};
}

double unprofitable_run_share(const OilParams& p, const RefiningNetbacks& n) {
  if (!p.refining_margin_runs) return 0.0;
  const double loss = n.crude_usd_per_bbl - n.products_usd_per_bbl;
  return std::clamp(loss / p.refining_margin_spread_usd_per_bbl + 0.5, 0.0, 1.0);
}

}  // namespace sancsim
