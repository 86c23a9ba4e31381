#pragma once
// OilMonth paths for 2021-01..2024-12 built from calibration-window facts only
// (russia_calibration.md 1.x, 3.1, 3.2): Brent monthly (EIA), MinFin Urals (monthly points where
// published, else Brent minus the period's average discount), volumes from the annual figures.
// 2023 and Dec 2022 are held out: their inputs are Brent (an input series) with the 2024 discount
// and 2024 volumes (2023) or November's discount (Dec 2022), never 2023 outcome data.
#include <array>
#include <vector>

#include "sancsim/state/oil_month.hpp"
#include "sancsim/state/russian_state.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim::test {

inline constexpr std::array<double, 48> kBrent2021To2024 = {
    54.77, 62.28, 65.41,  64.81,  68.53,  73.16,  75.17,  70.75,  74.49, 83.54, 81.05, 74.17,
    86.51, 97.13, 117.25, 104.58, 113.34, 122.71, 111.93, 100.45, 89.76, 93.33, 91.42, 80.92,
    82.50, 82.59, 78.43,  84.64,  75.47,  74.84,  80.11,  86.15,  93.72, 90.60, 82.94, 77.63,
    80.12, 83.48, 85.41,  89.94,  81.75,  82.25,  85.15,  80.36,  74.02, 75.63, 74.35, 73.86};

// MinFin Urals (tax basis), USD/bbl.
inline double minfin_urals(int year, int month, double brent) {
  if (year == 2021) return month == 12 ? 72.71 : brent - 2.4;  // Argus NWE discount Mar 2021
  if (year == 2022) {
    // Jan 85.64; Feb-May split so that H1 = 84.09 (with the 15 Mar-14 May monitoring periods);
    // Jun-Nov published; Dec held out: November's value carried.
    constexpr std::array<double, 12> u = {85.64, 89.0,  82.0,  76.0,  84.65, 87.25,
                                          78.41, 74.73, 68.25, 70.62, 66.47, 66.47};
    return u[static_cast<std::size_t>(month - 1)];
  }
  // 2024: H1 average 69.1, Jan-Nov 68.3 => Jul-Nov 67.34; each half at its average discount to Brent.
  const double discount = 2.0 > 1 ? (month <= 6 ? 83.83 - 69.1 : 78.0 - 67.34) : 0.0;
  return brent - discount;  // 2023 uses the same 2024 discounts (no 2023 data)
}

// The invasion announcement (24 Feb 2022), which starts the war premium and the invasion shock.
inline const Date kInvasion = Date::from_ymd(2022, 2, 24);

inline std::vector<OilMonth> calibration_oil_months(const StateParams& p) {
  std::vector<OilMonth> out;
  for (int i = 0; i < 48; ++i) {
    const int year = 2021 + i / 12;
    const int month = i % 12 + 1;
    OilMonth m;
    m.month = YearMonth::from(year, static_cast<unsigned>(month));
    m.days = m.month.first_day().days_in_month();
    m.brent_usd_per_bbl = kBrent2021To2024[static_cast<std::size_t>(i)];
    const double urals_minfin = minfin_urals(year, month, m.brent_usd_per_bbl);
    m.urals_fob_usd_per_bbl = urals_minfin - p.tax.urals_tax_premium_usd_per_bbl.at(year);
    m.espo_fob_usd_per_bbl = m.urals_fob_usd_per_bbl + 5;
    m.export_crude_price_usd_per_bbl = m.urals_fob_usd_per_bbl + 1;
    m.product_fob_usd_per_bbl = m.urals_fob_usd_per_bbl + 8;
    // Volumes (kb/d): 2021 524 Mt output, 229.9 Mt crude exports, 2.85 mb/d products (IEA Dec 2021);
    // 2022 535 Mt, 242 Mt; 2024 OPEC crude ~9.3 + condensate, EIA 4.8 mb/d exports.
    if (year == 2021) {
      m.crude_output_kbd = 10500, m.crude_exports_kbd = 4600, m.product_exports_kbd = 2850;
    } else if (year == 2022) {
      m.crude_output_kbd = 10700, m.crude_exports_kbd = 4900, m.product_exports_kbd = 2700;
    } else {
      m.crude_output_kbd = 10400, m.crude_exports_kbd = 4800, m.product_exports_kbd = 2300;
    }
    m.refinery_runs_kbd = m.crude_output_kbd - m.crude_exports_kbd;
    m.crude_exports_seaborne_kbd = m.crude_exports_kbd - 1000;
    m.crude_exports_pipeline_kbd = 1000;
    m.oil_export_revenue_usd_bn = (m.crude_exports_kbd * m.export_crude_price_usd_per_bbl +
                                   m.product_exports_kbd * m.product_fob_usd_per_bbl) *
                                  m.days / 1e6;
    out.push_back(m);
  }
  return out;
}

// The state from January 2021 on these paths, with the invasion announcement (unless `invasion` is
// false) and the tax-price floor of 2023 (D = 34 from April, 25 from July, 20 from September), as in the
// history scenario; the monthly state columns.
inline SeriesTable run_state_on_calibration_paths(const StateParams& p, bool with_invasion = true) {
  RussianState state(p, Date::from_ymd(2021, 1, 1));
  SeriesTable table;
  state.register_columns(table);
  StatePolicy policy;
  for (const OilMonth& om : calibration_oil_months(p)) {
    table.begin_row(om.month);
    // The measures as derive_policy hands them over: the tax-price floor Brent - D (D = 34 from
    // Apr 2023, 25 from Jul 2023, 20 from Sep 2023).
    if (with_invasion && om.month == YearMonth::from(2022, 2)) policy.war_since = kInvasion;
    if (om.month == YearMonth::from(2023, 4)) policy.tax_discount_floor_usd_per_bbl = 34;
    if (om.month == YearMonth::from(2023, 7)) policy.tax_discount_floor_usd_per_bbl = 25;
    if (om.month == YearMonth::from(2023, 9)) policy.tax_discount_floor_usd_per_bbl = 20;
    state.set_policy(policy);
    state.step_month(om, table);
  }
  return table;
}

}  // namespace sancsim::test
