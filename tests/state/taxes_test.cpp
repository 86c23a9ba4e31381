#include "sancsim/state/taxes.hpp"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

using namespace sancsim;

TEST(ExportDuty, MatchesDecember2022RateFromUrals71) {
  // TASS: Dec 2022 duty $43.3/t set from the 15 Oct-14 Nov 2022 Urals average of $71.1/bbl
  // (2022: one third of the full schedule after the tax manoeuvre).
  TaxParams p;
  EXPECT_NEAR(export_duty_crude_usd_per_t(p, 2022, 71.1), 43.3, 0.15);
}

TEST(ExportDuty, FollowsTheScheduleBandsAndEndsIn2024) {
  EXPECT_DOUBLE_EQ(export_duty_schedule_usd_per_t(100), 0.0);
  EXPECT_NEAR(export_duty_schedule_usd_per_t(146), 0.35 * 36.5, 1e-12);
  EXPECT_NEAR(export_duty_schedule_usd_per_t(182.5), 12.78 + 0.45 * 36.5, 1e-12);
  EXPECT_NEAR(export_duty_schedule_usd_per_t(500), 29.2 + 0.3 * 317.5, 1e-12);
  TaxParams p;
  EXPECT_DOUBLE_EQ(export_duty_crude_usd_per_t(p, 2024, 80), 0.0);
  EXPECT_NEAR(export_duty_crude_usd_per_t(p, 2021, 80), 0.5 * export_duty_schedule_usd_per_t(80 * 7.3),
              1e-12);
}

TEST(Met, KcFollowsArticle342) {
  // Urals $60, 75 RUB/USD: Kc = (60 - 15) * 75 / 261 = 12.931; Kndpi * Kc = 919 * 12.931 = 11,883.6 RUB/t.
  TaxParams p;
  EXPECT_NEAR(met_kc(p, 60, 75), 12.9310, 1e-4);
  EXPECT_NEAR(p.kndpi_rub_per_t * met_kc(p, 60, 75), 11883.6, 0.1);
  EXPECT_DOUBLE_EQ(met_kc(p, 10, 75), 0.0);
}

TEST(Met, PerTonneAddsTheManoeuvreAndKk) {
  // 2021, Urals $69, 73.65 RUB/USD: 919 Kc + Kk 428 + half the duty schedule in rubles.
  TaxParams p;
  const double kc = (69.0 - 15.0) * 73.65 / 261.0;
  const double manoeuvre = 0.5 * (29.2 + 0.3 * (69.0 * 7.3 - 182.5)) * 73.65;
  EXPECT_NEAR(met_crude_rub_per_t(p, 2021, 69, 73.65), 919 * kc + 428 + manoeuvre, 1e-6);
  // 2024: the manoeuvre is complete (whole schedule on the MET), Kk gone.
  const double kc24 = (68.3 - 15.0) * 91.7 / 261.0;
  EXPECT_NEAR(met_crude_rub_per_t(p, 2024, 68.3, 91.7),
              919 * kc24 + (29.2 + 0.3 * (68.3 * 7.3 - 182.5)) * 91.7, 1e-6);
}

TEST(TaxPrice, FloorBindsOnlyWhenTheDiscountExceedsD) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_DOUBLE_EQ(tax_price_usd_per_bbl(50, 85, nan), 50);
  EXPECT_DOUBLE_EQ(tax_price_usd_per_bbl(50, 85, 25), 60);
  EXPECT_DOUBLE_EQ(tax_price_usd_per_bbl(70, 85, 25), 70);
}

TEST(OilGasRevenue, RisesWithUralsAndTheRuble) {
  TaxParams p;
  TaxInputs in;
  in.year = 2024;
  in.month = 5;
  in.days = 31;
  in.urals_tax_usd_per_bbl = 68;
  in.brent_usd_per_bbl = 82;
  in.product_fob_usd_per_bbl = 78;
  in.usd_rub = 92;
  in.crude_output_kbd = 9800;
  in.refinery_runs_kbd = 5400;
  in.crude_exports_kbd = 4800;
  in.product_exports_kbd = 2300;
  const double base = oil_gas_revenue(p, in).accrual_total_rub_bn();
  TaxInputs up = in;
  up.urals_tax_usd_per_bbl = 78;
  up.brent_usd_per_bbl = 92;
  up.product_fob_usd_per_bbl = 88;
  EXPECT_GT(oil_gas_revenue(p, up).accrual_total_rub_bn(), base);
  TaxInputs weak = in;
  weak.usd_rub = 100;
  EXPECT_GT(oil_gas_revenue(p, weak).accrual_total_rub_bn(), base);
  // at_cutoff moves every oil price by the same dollar amount.
  const TaxInputs c = at_cutoff(in, 60);
  EXPECT_DOUBLE_EQ(c.urals_tax_usd_per_bbl, 60);
  EXPECT_DOUBLE_EQ(c.brent_usd_per_bbl, 74);
  EXPECT_DOUBLE_EQ(c.product_fob_usd_per_bbl, 70);
}
