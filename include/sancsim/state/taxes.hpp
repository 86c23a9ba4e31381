#pragma once
// Oil and gas tax rules as pure functions of prices, volumes and the exchange rate. The budget rule
// evaluates them twice a month: at actual prices and at the cut-off price.
#include <limits>

#include "sancsim/state/oil_month.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

// Prices and volumes one month's taxes are computed from.
struct TaxInputs {
  int year = 2021;
  unsigned month = 1;
  int days = 30;
  double urals_tax_usd_per_bbl = 0;  // MinFin basis, after the Brent - D floor
  double brent_usd_per_bbl = 0;      // also the base of the European product quotations (damper)
  double usd_rub = 0;
  double crude_output_kbd = 0;
  double refinery_runs_kbd = 0;
  double crude_exports_kbd = 0;
  double product_exports_kbd = 0;
};

// One month's oil and gas budget revenue by component, bn RUB (damper is an outflow, positive here).
struct OilGasMonth {
  double met_crude_rub_bn = 0;
  double export_duty_rub_bn = 0;  // crude and products
  double ndd_accrued_rub_bn = 0;  // profit tax earned this month (paid quarterly)
  double damper_rub_bn = 0;       // reverse excise paid to refiners
  double gas_rub_bn = 0;          // gas MET and export duty
  double gazprom_extra_rub_bn = 0;
  // Revenue with NDD on an accrual basis (what the budget rule compares with its base).
  double accrual_total_rub_bn() const {
    return met_crude_rub_bn + export_duty_rub_bn + ndd_accrued_rub_bn - damper_rub_bn + gas_rub_bn +
           gazprom_extra_rub_bn;
  }
};

// One month's damper by fuel, bn RUB (positive: paid to refiners; negative: refiners pay).
struct DamperMonth {
  double gasoline_netback_usd_per_t = 0;  // export alternative the Tax Code compares with home prices
  double diesel_netback_usd_per_t = 0;
  double coefficient = 1;  // the dated damper coefficient (0.5 in Sep 2023)
  bool cut_off = false;    // the exchange price was above the cut-off: no damper this month
  double gasoline_rub_bn = 0;
  double diesel_rub_bn = 0;
  double total_rub_bn() const { return gasoline_rub_bn + diesel_rub_bn; }
};

enum class DamperFuel { Gasoline, Diesel };

// Tax price: max(Urals, Brent - D) (Tax Code art. 342 as amended 23 Feb 2023); NaN D = no floor.
double tax_price_usd_per_bbl(double urals_usd_per_bbl, double brent_usd_per_bbl,
                             double floor_discount_usd_per_bbl);

// Kc = (Urals - 15) * RUB/USD / 261 (Tax Code art. 342 p. 4).
double met_kc(const TaxParams& p, double urals_tax_usd_per_bbl, double usd_rub);

// Nominal MET liability per tonne of crude before field reliefs: Kndpi*Kc + Kk + Kman + add-ons.
double met_crude_rub_per_t(const TaxParams& p, int year, double urals_tax_usd_per_bbl, double usd_rub);

// The full export-duty schedule (law 5003-1 art. 3.1 p. 4) in USD/t for a Urals price in USD/t.
double export_duty_schedule_usd_per_t(double urals_usd_per_t);

// The crude export duty levied in `year` (schedule times the tax manoeuvre's coefficient), USD/t.
double export_duty_crude_usd_per_t(const TaxParams& p, int year, double urals_tax_usd_per_bbl);

// Export netback of a damper fuel, USD/t: European quotation (Brent + crack) less delivery, less the
// product export duty, less the Urals discount to Brent (capped) where the dated rule deducts it.
double damper_netback_usd_per_t(const TaxParams& p, const TaxInputs& in, DamperFuel fuel);

// True when the month's domestic exchange price of either fuel exceeds its indicative price by more
// than the cut-off and no moratorium is in force: the damper is then zero for the month.
bool damper_cut_off(const TaxParams& p, const TaxInputs& in);

// The damper of one month (Tax Code art. 200 p. 27 as the data describe it; docs/MODEL_STATE.md 1).
DamperMonth damper(const TaxParams& p, const TaxInputs& in);

// Builds a month's tax inputs from the oil trade's month and the exchange rate.
TaxInputs tax_inputs(const TaxParams& p, const OilMonth& oil, double usd_rub,
                     double floor_discount_usd_per_bbl);

// The same month priced at the budget rule's cut-off: every oil price shifted by (cut-off - Urals_tax).
TaxInputs at_cutoff(const TaxInputs& in, double cutoff_usd_per_bbl);

// Oil and gas revenue of one month.
OilGasMonth oil_gas_revenue(const TaxParams& p, const TaxInputs& in);

}  // namespace sancsim
