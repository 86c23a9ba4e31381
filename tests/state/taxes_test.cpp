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
  in.usd_rub = 92;
  in.crude_output_kbd = 9800;
  in.refinery_runs_kbd = 5400;
  in.crude_exports_kbd = 4800;
  in.product_exports_kbd = 2300;
  const double base = oil_gas_revenue(p, in).accrual_total_rub_bn();
  TaxInputs up = in;
  up.urals_tax_usd_per_bbl = 78;
  up.brent_usd_per_bbl = 92;
  EXPECT_GT(oil_gas_revenue(p, up).accrual_total_rub_bn(), base);
  TaxInputs weak = in;
  weak.usd_rub = 100;
  EXPECT_GT(oil_gas_revenue(p, weak).accrual_total_rub_bn(), base);
  // at_cutoff moves every oil price by the same dollar amount.
  const TaxInputs c = at_cutoff(in, 60);
  EXPECT_DOUBLE_EQ(c.urals_tax_usd_per_bbl, 60);
  EXPECT_DOUBLE_EQ(c.brent_usd_per_bbl, 74);
}

namespace {
// A month of damper inputs: Brent $82, 92 RUB/USD, 5,400 kb/d of runs; `urals` on the tax basis.
TaxInputs damper_month(int year, unsigned month, double urals) {
  TaxInputs in;
  in.year = year;
  in.month = month;
  in.days = 31;
  in.urals_tax_usd_per_bbl = urals;
  in.brent_usd_per_bbl = 82;
  in.usd_rub = 92;
  in.refinery_runs_kbd = 5400;
  return in;
}

// The parameters the known answers below are computed with (damper scale and split fixed here).
TaxParams damper_params() {
  TaxParams p;
  p.damper_base_share = 0.45;
  p.damper_gasoline_share = 0.5;
  p.damper_netback_adjustment_usd_per_t = 0;
  p.gasoline_crack_usd_per_bbl = YearPath{{{2021, 12}}};
  p.diesel_crack_usd_per_bbl = YearPath{{{2021, 20}}};
  return p;
}
}  // namespace

TEST(Damper, KnownAnswerFromTheEuropeanQuoteIn2024) {
  // May 2024, Urals_tax $68: discount $14 (under the $25 cap) deducted for both fuels; no duty.
  // Gasoline: (82 + 12) * 8.5 - 35 - 14 * 7.3 = 661.8 USD/t; * 92 = 60,885.6 - 58,650 = 2,235.6 RUB/t.
  // Diesel: (82 + 20) * 7.45 - 35 - 102.2 = 622.7 USD/t; * 92 = 57,288.4 - 55,500 = 1,788.4 RUB/t.
  // Fuels: 0.45 * 5,400e3 * 31 = 75.33e6 bbl, half each: 4.43118e6 t gasoline, 5.05570e6 t diesel.
  const TaxParams p = damper_params();
  const DamperMonth d = damper(p, damper_month(2024, 5, 68));
  EXPECT_NEAR(d.gasoline_netback_usd_per_t, 661.8, 1e-9);
  EXPECT_NEAR(d.diesel_netback_usd_per_t, 622.7, 1e-9);
  EXPECT_NEAR(d.gasoline_rub_bn, 0.68 * 2235.6 * 4.431176e6 / 1e9, 1e-3);
  EXPECT_NEAR(d.diesel_rub_bn, 0.65 * 1788.4 * 5.055705e6 / 1e9, 1e-3);
  EXPECT_NEAR(oil_gas_revenue(p, damper_month(2024, 5, 68)).damper_rub_bn, d.total_rub_bn(), 1e-12);
}

TEST(Damper, DoesNotFallWhenOnlyTheRussianDiscountWidensBeforeSeptember2022) {
  // Aug 2022: Brent $82, Urals_tax 70 then 55. The netback is the European quote: the wider discount
  // lowers only the product duty (a third of the crude duty's 30% in 2022), which raises the netback.
  const TaxParams p = damper_params();
  const DamperMonth narrow = damper(p, damper_month(2022, 8, 70));
  const DamperMonth wide = damper(p, damper_month(2022, 8, 55));
  const double duty_change =
      0.30 * (export_duty_crude_usd_per_t(p, 2022, 70) - export_duty_crude_usd_per_t(p, 2022, 55));
  EXPECT_GT(duty_change, 0);
  EXPECT_NEAR(wide.gasoline_netback_usd_per_t - narrow.gasoline_netback_usd_per_t, duty_change, 1e-9);
  EXPECT_NEAR(wide.diesel_netback_usd_per_t - narrow.diesel_netback_usd_per_t, duty_change, 1e-9);
  EXPECT_GE(wide.gasoline_rub_bn, narrow.gasoline_rub_bn);
  EXPECT_GE(wide.diesel_rub_bn, narrow.diesel_rub_bn);
}

TEST(Damper, GasolinePartFallsWithTheDiscountFromSeptember2022DieselFrom2023) {
  const TaxParams p = damper_params();
  // Oct 2022, Urals_tax 70 then 58 (discount 12 then 24): gasoline loses $12 * 7.3 of netback (less
  // the duty change); diesel is not adjusted.
  const DamperMonth narrow = damper(p, damper_month(2022, 10, 70));
  const DamperMonth wide = damper(p, damper_month(2022, 10, 58));
  const double duty_change =
      0.30 * (export_duty_crude_usd_per_t(p, 2022, 70) - export_duty_crude_usd_per_t(p, 2022, 58));
  EXPECT_NEAR(wide.gasoline_netback_usd_per_t - narrow.gasoline_netback_usd_per_t, -12 * 7.3 + duty_change,
              1e-9);
  EXPECT_NEAR(wide.diesel_netback_usd_per_t - narrow.diesel_netback_usd_per_t, duty_change, 1e-9);
  EXPECT_LT(wide.gasoline_rub_bn, narrow.gasoline_rub_bn);
  EXPECT_GE(wide.diesel_rub_bn, narrow.diesel_rub_bn);
  // 2024 (no duty): both fuels lose the discount, up to the $25 cap and no further.
  const DamperMonth d12 = damper(p, damper_month(2024, 5, 70));
  const DamperMonth d22 = damper(p, damper_month(2024, 5, 60));
  EXPECT_NEAR(d22.diesel_netback_usd_per_t - d12.diesel_netback_usd_per_t, -10 * 7.3, 1e-9);
  EXPECT_LT(d22.diesel_rub_bn, d12.diesel_rub_bn);
  const DamperMonth d30 = damper(p, damper_month(2024, 5, 52));
  const DamperMonth d40 = damper(p, damper_month(2024, 5, 42));
  EXPECT_DOUBLE_EQ(d30.gasoline_rub_bn, d40.gasoline_rub_bn);
  EXPECT_DOUBLE_EQ(d30.diesel_rub_bn, d40.diesel_rub_bn);
  // The term ends with 2026 as the law stands: in 2027 the discount no longer counts.
  EXPECT_DOUBLE_EQ(damper(p, damper_month(2027, 5, 70)).gasoline_rub_bn,
                   damper(p, damper_month(2027, 5, 55)).gasoline_rub_bn);
}

TEST(Damper, IsHalvedInSeptember2023Only) {
  const TaxParams p = damper_params();
  const DamperMonth sep = damper(p, damper_month(2023, 9, 65));
  const DamperMonth oct = damper(p, damper_month(2023, 10, 65));
  EXPECT_DOUBLE_EQ(sep.coefficient, 0.5);
  EXPECT_DOUBLE_EQ(oct.coefficient, 1.0);
  EXPECT_NEAR(sep.total_rub_bn(), 0.5 * oct.total_rub_bn(), 1e-9);
}

TEST(Damper, CutOffZeroesItUnlessTheMoratoriumHolds) {
  TaxParams p = damper_params();
  EXPECT_GT(damper(p, damper_month(2024, 5, 68)).total_rub_bn(), 0);
  // Gasoline 10% over its indicative price is at the cut-off, not beyond it.
  p.exchange_price_ratio_gasoline = YearPath{{{2021, 1.10}}};
  EXPECT_FALSE(damper_cut_off(p, damper_month(2024, 5, 68)));
  p.exchange_price_ratio_gasoline = YearPath{{{2021, 1.11}}};
  const DamperMonth cut = damper(p, damper_month(2024, 5, 68));
  EXPECT_TRUE(cut.cut_off);
  EXPECT_DOUBLE_EQ(cut.total_rub_bn(), 0.0);
  EXPECT_DOUBLE_EQ(oil_gas_revenue(p, damper_month(2024, 5, 68)).damper_rub_bn, 0.0);
  // Diesel has a 20% margin; either fuel beyond its margin zeroes the whole damper.
  p.exchange_price_ratio_gasoline = YearPath{{{2021, 1.0}}};
  p.exchange_price_ratio_diesel = YearPath{{{2021, 1.15}}};
  EXPECT_FALSE(damper_cut_off(p, damper_month(2024, 5, 68)));
  p.exchange_price_ratio_diesel = YearPath{{{2021, 1.25}}};
  EXPECT_DOUBLE_EQ(damper(p, damper_month(2024, 5, 68)).total_rub_bn(), 0.0);
  // Moratorium 1 Oct 2025 - 1 May 2026: paid in Nov 2025 and Apr 2026, cut off again in May 2026.
  EXPECT_FALSE(damper(p, damper_month(2025, 11, 68)).cut_off);
  EXPECT_FALSE(damper(p, damper_month(2026, 4, 68)).cut_off);
  EXPECT_NE(damper(p, damper_month(2026, 4, 68)).total_rub_bn(), 0.0);
  EXPECT_DOUBLE_EQ(damper(p, damper_month(2026, 5, 68)).total_rub_bn(), 0.0);
  EXPECT_DOUBLE_EQ(damper(p, damper_month(2025, 9, 68)).total_rub_bn(), 0.0);
}

TEST(Damper, TurnsNegativeWhenTheNetbackIsBelowTheIndicativePrice) {
  // At Brent $50 the export alternative is worth less than the home price: refiners pay the budget.
  const TaxParams p = damper_params();
  TaxInputs in = damper_month(2024, 5, 40);
  in.brent_usd_per_bbl = 50;
  EXPECT_LT(damper(p, in).total_rub_bn(), 0);
}
