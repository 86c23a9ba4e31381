#include "sancsim/state/taxes.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

namespace {
constexpr double kBarrelsPerMonthPerKbd = 1000.0;  // kb/d times days = thousand barrels; times 1000 = barrels

// Barrels in a month of `kbd` thousand barrels a day.
double barrels(double kbd, int days) { return kbd * kBarrelsPerMonthPerKbd * days; }

// Whether `day` lies in [from, end).
bool within(Date day, Date from, Date end) { return from <= day && day < end; }

Date first_day(const TaxInputs& in) { return YearMonth::from(in.year, in.month).first_day(); }
}  // namespace

double tax_price_usd_per_bbl(double urals_usd_per_bbl, double brent_usd_per_bbl,
                             double floor_discount_usd_per_bbl) {
  if (std::isnan(floor_discount_usd_per_bbl)) return urals_usd_per_bbl;
  return std::max(urals_usd_per_bbl, brent_usd_per_bbl - floor_discount_usd_per_bbl);
}

double met_kc(const TaxParams& p, double urals_tax_usd_per_bbl, double usd_rub) {
  // Below the cut-off the MET's price coefficient is zero, not negative.
  return std::max(0.0, urals_tax_usd_per_bbl - p.met_kc_cutoff_usd_per_bbl) * usd_rub / 261.0;
}

double export_duty_schedule_usd_per_t(double urals_usd_per_t) {
  // Law 5003-1 art. 3.1 p. 4 (marginal rates of 2017 onward).
  const double u = urals_usd_per_t;
  if (u <= 109.5) return 0.0;
  if (u <= 146.0) return 0.35 * (u - 109.5);
  if (u <= 182.5) return 12.78 + 0.45 * (u - 146.0);
  return 29.2 + 0.30 * (u - 182.5);
}

double export_duty_crude_usd_per_t(const TaxParams& p, int year, double urals_tax_usd_per_bbl) {
  return p.duty_coefficient.at(year) *
         export_duty_schedule_usd_per_t(urals_tax_usd_per_bbl * p.bbl_per_t_crude);
}

double met_crude_rub_per_t(const TaxParams& p, int year, double urals_tax_usd_per_bbl, double usd_rub) {
  const double base = p.kndpi_rub_per_t * met_kc(p, urals_tax_usd_per_bbl, usd_rub);
  // Kman: the part of the duty schedule the tax manoeuvre moved onto the MET (1 - duty coefficient).
  const double manoeuvre = (1.0 - p.duty_coefficient.at(year)) *
                           export_duty_schedule_usd_per_t(urals_tax_usd_per_bbl * p.bbl_per_t_crude) *
                           usd_rub;
  return base + manoeuvre + p.met_kk_rub_per_t.at(year) + p.met_addon_rub_per_t.at(year);
}

double damper_netback_usd_per_t(const TaxParams& p, const TaxInputs& in, DamperFuel fuel) {
  const bool gasoline = fuel == DamperFuel::Gasoline;
  // The European quotation: Brent plus the fuel's crack; it carries no Russian discount.
  const double crack_usd_per_bbl =
      gasoline ? p.gasoline_crack_usd_per_bbl.at(in.year) : p.diesel_crack_usd_per_bbl.at(in.year);
  const double bbl_per_t = gasoline ? p.bbl_per_t_gasoline : p.bbl_per_t_diesel;
  double netback = (in.brent_usd_per_bbl + crack_usd_per_bbl) * bbl_per_t - p.damper_delivery_usd_per_t +
                   p.damper_netback_adjustment_usd_per_t;
  // The product export duty, a share of the crude duty (zero from 2024 with the crude duty).
  netback -= p.damper_product_duty_ratio * export_duty_crude_usd_per_t(p, in.year, in.urals_tax_usd_per_bbl);
  // The Urals discount to Brent on the tax basis (after the Brent - D floor), capped, per tonne of crude.
  const Date day = first_day(in);
  const Date from = gasoline ? p.damper_discount_gasoline_from : p.damper_discount_diesel_from;
  if (within(day, from, p.damper_discount_end)) {
    const double discount_usd_per_bbl =
        std::clamp(in.brent_usd_per_bbl - in.urals_tax_usd_per_bbl, 0.0, p.damper_discount_cap_usd_per_bbl);
    netback -= discount_usd_per_bbl * p.bbl_per_t_crude;
  }
  return netback;
}

bool damper_cut_off(const TaxParams& p, const TaxInputs& in) {
  if (within(first_day(in), p.damper_cutoff_moratorium_from, p.damper_cutoff_moratorium_end)) return false;
  // Exchange price / indicative price is the ratio itself (the model has no fuel market).
  return p.exchange_price_ratio_gasoline.at(in.year) > 1.0 + p.damper_cutoff_gasoline_pct / 100.0 ||
         p.exchange_price_ratio_diesel.at(in.year) > 1.0 + p.damper_cutoff_diesel_pct / 100.0;
}

DamperMonth damper(const TaxParams& p, const TaxInputs& in) {
  DamperMonth d;
  d.gasoline_netback_usd_per_t = damper_netback_usd_per_t(p, in, DamperFuel::Gasoline);
  d.diesel_netback_usd_per_t = damper_netback_usd_per_t(p, in, DamperFuel::Diesel);
  d.coefficient =
      within(first_day(in), p.damper_reduced_from, p.damper_reduced_end) ? p.damper_reduced_coefficient : 1.0;
  d.cut_off = damper_cut_off(p, in);
  if (d.cut_off) return d;
  // Volumes sold at home, tonnes: a share of refinery runs, split between the fuels.
  const double fuel_bbl = p.damper_base_share * barrels(in.refinery_runs_kbd, in.days);
  const double gasoline_t = p.damper_gasoline_share * fuel_bbl / p.bbl_per_t_gasoline;
  const double diesel_t = (1.0 - p.damper_gasoline_share) * fuel_bbl / p.bbl_per_t_diesel;
  // The gap may be negative: refiners then pay the budget (as in Jan-Feb 2019).
  const double gasoline_gap_rub_per_t =
      d.gasoline_netback_usd_per_t * in.usd_rub - p.indicative_gasoline_rub_per_t.at(in.year);
  const double diesel_gap_rub_per_t =
      d.diesel_netback_usd_per_t * in.usd_rub - p.indicative_diesel_rub_per_t.at(in.year);
  d.gasoline_rub_bn =
      d.coefficient * p.damper_compensation_share_gasoline * gasoline_gap_rub_per_t * gasoline_t / 1e9;
  d.diesel_rub_bn =
      d.coefficient * p.damper_compensation_share_diesel * diesel_gap_rub_per_t * diesel_t / 1e9;
  return d;
}

TaxInputs tax_inputs(const TaxParams& p, const OilMonth& oil, double usd_rub,
                     double floor_discount_usd_per_bbl) {
  TaxInputs in;
  in.year = oil.month.year();
  in.month = oil.month.month();
  in.days = oil.days;
  const double urals_minfin = oil.urals_fob_usd_per_bbl + p.urals_tax_premium_usd_per_bbl.at(in.year);
  in.urals_tax_usd_per_bbl =
      tax_price_usd_per_bbl(urals_minfin, oil.brent_usd_per_bbl, floor_discount_usd_per_bbl);
  in.brent_usd_per_bbl = oil.brent_usd_per_bbl;
  in.usd_rub = usd_rub;
  in.crude_output_kbd = oil.crude_output_kbd;
  in.refinery_runs_kbd = oil.refinery_runs_kbd;
  in.crude_exports_kbd = oil.crude_exports_kbd;
  in.product_exports_kbd = oil.product_exports_kbd;
  return in;
}

TaxInputs at_cutoff(const TaxInputs& in, double cutoff_usd_per_bbl) {
  TaxInputs out = in;
  const double shift = cutoff_usd_per_bbl - in.urals_tax_usd_per_bbl;
  out.urals_tax_usd_per_bbl = cutoff_usd_per_bbl;
  out.brent_usd_per_bbl = std::max(0.0, in.brent_usd_per_bbl + shift);
  return out;
}

OilGasMonth oil_gas_revenue(const TaxParams& p, const TaxInputs& in) {
  OilGasMonth r;
  const double output_bbl = barrels(in.crude_output_kbd, in.days);
  const double output_t = output_bbl / p.bbl_per_t_crude;
  const double met_nominal_rub_per_t = met_crude_rub_per_t(p, in.year, in.urals_tax_usd_per_bbl, in.usd_rub);
  r.met_crude_rub_bn = p.met_effective_share * met_nominal_rub_per_t * output_t / 1e9;

  const double duty_usd_per_t = export_duty_crude_usd_per_t(p, in.year, in.urals_tax_usd_per_bbl);
  const double crude_exports_t = barrels(in.crude_exports_kbd, in.days) / p.bbl_per_t_crude;
  const double product_exports_t = barrels(in.product_exports_kbd, in.days) / p.bbl_per_t_products;
  r.export_duty_rub_bn = duty_usd_per_t * in.usd_rub *
                         (p.duty_paying_share * crude_exports_t + p.product_duty_ratio * product_exports_t) /
                         1e9;

  // NDD: half of the margin after costs, MET and duty, on the fields under the regime.
  const double export_share =
      output_bbl > 0 ? std::min(1.0, in.crude_exports_kbd / in.crude_output_kbd) : 0.0;
  const double margin_rub_per_bbl = (in.urals_tax_usd_per_bbl - p.ndd_cost_usd_per_bbl) * in.usd_rub -
                                    p.met_effective_share * met_nominal_rub_per_t / p.bbl_per_t_crude -
                                    duty_usd_per_t * in.usd_rub / p.bbl_per_t_crude * export_share;
  r.ndd_accrued_rub_bn =
      p.ndd_rate * p.ndd_output_share * std::max(0.0, margin_rub_per_bbl) * output_bbl / 1e9;

  r.damper_rub_bn = damper(p, in).total_rub_bn();

  // Gas: oil-indexed contracts follow Brent with a lag; a constant elasticity around $75.
  const double brent_factor =
      std::pow(std::max(in.brent_usd_per_bbl, 1.0) / 75.0, p.gas_revenue_brent_elasticity);
  r.gas_rub_bn = p.gas_revenue_usd_bn_per_month.at(in.year) * brent_factor * in.usd_rub * in.days / 30.4375;

  r.gazprom_extra_rub_bn = p.gazprom_extra_met_rub_bn_per_month.at(in.year);
  if (in.year == 2022 && in.month >= 10)
    r.gazprom_extra_rub_bn += p.gazprom_extra_met_q4_2022_rub_bn_per_month;
  return r;
}

}  // namespace sancsim
