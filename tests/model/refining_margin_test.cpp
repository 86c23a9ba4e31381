// The refiners' run decision on the export margin (docs/MODEL.md §3): export runs are cut when a
// barrel refined for export earns less than the same barrel exported as crude, and that crude is
// offered for export instead.
#include "sancsim/model/refining_margin.hpp"

#include <gtest/gtest.h>

#include "sancsim/model/producers.hpp"
#include "sancsim/model/world.hpp"
#include "world_fixture.hpp"

using namespace sancsim;
using namespace sancsim::test;

namespace {

constexpr std::size_t kUrals = static_cast<std::size_t>(Grade::Urals);
constexpr std::size_t kEspo = static_cast<std::size_t>(Grade::Espo);
constexpr std::size_t kProducts = static_cast<std::size_t>(Grade::Products);

// Advances the producers' daily step `days` times with no cargoes leaving.
void days_of_stock_response(Producers& pr, const OilParams& p, const PolicyState& policy, int days) {
  BarrelLedger ledger;
  MonthAccounts month;
  for (int d = 0; d < days; ++d) pr.respond_to_stocks(p, policy, ledger, month);
}

// Products worth 20 $/bbl less than Brent at destination, with and without the margin rule.
struct MarginRuns {
  RunResult with, without;
};
const MarginRuns& runs_on_a_losing_product_margin() {
  static const MarginRuns runs = [] {
    SmallRun with;
    with.params.oil.products_crack_usd_per_bbl = -20;
    SmallRun without = with;
    without.params.oil.refining_margin_runs = false;
    return MarginRuns{with.run(), without.run()};
  }();
  return runs;
}

}  // namespace

TEST(RefiningMargin, NetbacksDeductTheLeviedDutiesAndAddTheReverseExciseOnCrudeRefined) {
  const OilParams p = default_oil_params();
  const TaxParams tax;
  // Urals at 80 $/bbl = 584 $/t: full schedule 29.2 + 0.3 (584 - 182.5) $/t; in 2021 half of it is
  // levied (the tax manoeuvre's coefficient 3/6), on crude and, by the product ratio, on products.
  const double full_t = 29.2 + 0.30 * (80 * tax.bbl_per_t_crude - 182.5);
  const double crude_t = full_t / tax.bbl_per_t_crude;
  const double products_t = p.product_yield * tax.product_duty_ratio * full_t / tax.bbl_per_t_products;
  const RefiningPrices y2021{.year = 2021,
                             .urals_fob_usd_per_bbl = 80,
                             .duty_basis_usd_per_bbl = 80,
                             .products_fob_usd_per_bbl = 90};
  const RefiningNetbacks n = refining_netbacks(p, tax, y2021);
  EXPECT_NEAR(n.crude_duty_usd_per_bbl, 0.5 * crude_t, 1e-9);
  EXPECT_NEAR(n.product_duty_usd_per_bbl, 0.5 * products_t, 1e-9);
  // The reverse excise pays back the half of the crude-product duty spread no longer levied.
  EXPECT_NEAR(n.reverse_excise_usd_per_bbl, 0.5 * (crude_t - products_t), 1e-9);
  EXPECT_NEAR(n.crude_usd_per_bbl, 80 - 0.5 * crude_t, 1e-9);
  EXPECT_NEAR(
      n.products_usd_per_bbl,
      p.product_yield * 90 - 0.5 * products_t - p.refining_cost_usd_per_bbl + 0.5 * (crude_t - products_t),
      1e-9);
  // From 2024 nothing is levied: crude earns its FOB, and the reverse excise is the whole spread, so
  // the choice between refining and crude export is the one of the full schedule in every year.
  RefiningPrices y2024 = y2021;
  y2024.year = 2024;
  const RefiningNetbacks m = refining_netbacks(p, tax, y2024);
  EXPECT_DOUBLE_EQ(m.crude_duty_usd_per_bbl, 0.0);
  EXPECT_DOUBLE_EQ(m.product_duty_usd_per_bbl, 0.0);
  EXPECT_DOUBLE_EQ(m.crude_usd_per_bbl, 80);
  EXPECT_NEAR(m.reverse_excise_usd_per_bbl, crude_t - products_t, 1e-9);
  EXPECT_NEAR(m.crude_usd_per_bbl - m.products_usd_per_bbl, n.crude_usd_per_bbl - n.products_usd_per_bbl,
              1e-9);
  EXPECT_NEAR(m.crude_usd_per_bbl - m.products_usd_per_bbl,
              80 - crude_t - (p.product_yield * 90 - products_t - p.refining_cost_usd_per_bbl), 1e-9);
  // Below the schedule's threshold (109.5 $/t) there is no duty and no refund: the netbacks are the prices.
  const RefiningNetbacks cheap = refining_netbacks(p, tax,
                                                   {.year = 2021,
                                                    .urals_fob_usd_per_bbl = 14,
                                                    .duty_basis_usd_per_bbl = 14,
                                                    .products_fob_usd_per_bbl = 20});
  EXPECT_DOUBLE_EQ(cheap.crude_usd_per_bbl, 14);
  EXPECT_DOUBLE_EQ(cheap.reverse_excise_usd_per_bbl, 0.0);
  EXPECT_DOUBLE_EQ(cheap.products_usd_per_bbl, p.product_yield * 20 - p.refining_cost_usd_per_bbl);
}

TEST(RefiningMargin, TheShareOfRunsThatLosesRisesThroughTheSpreadOfRefineries) {
  OilParams p = default_oil_params();
  const double s = p.refining_margin_spread_usd_per_bbl;
  EXPECT_DOUBLE_EQ(unprofitable_run_share(p, {.crude_usd_per_bbl = 60, .products_usd_per_bbl = 60 + s}), 0.0);
  EXPECT_DOUBLE_EQ(unprofitable_run_share(p, {.crude_usd_per_bbl = 60, .products_usd_per_bbl = 60}), 0.5);
  EXPECT_DOUBLE_EQ(unprofitable_run_share(p, {.crude_usd_per_bbl = 60, .products_usd_per_bbl = 60 - s / 4}),
                   0.75);
  EXPECT_DOUBLE_EQ(unprofitable_run_share(p, {.crude_usd_per_bbl = 60, .products_usd_per_bbl = 60 - s}), 1.0);
  p.refining_margin_runs = false;
  EXPECT_DOUBLE_EQ(unprofitable_run_share(p, {.crude_usd_per_bbl = 60, .products_usd_per_bbl = 0}), 0.0);
}

TEST(RefiningMargin, AProductNetbackBelowTheCrudeNetbackCutsRunsAndRaisesCrudeExports) {
  const OilParams p = default_oil_params();
  const PolicyState policy;
  Producers pr(p);
  const auto before = pr.offer(p, policy);
  // Every export run loses against crude export: the cut moves at the 2022 speed to all export runs
  // and no further (the home market's runs are kept).
  pr.note_refining_margin(p, policy, 1.0);
  days_of_stock_response(pr, p, policy, 1);
  EXPECT_DOUBLE_EQ(pr.margin_cut_kbd, p.run_cut_max_kbd_per_day);
  days_of_stock_response(pr, p, policy, 200);
  double nominal = 0;
  for (const auto& k : p.producers) nominal += k.refinery_runs_kbd;
  const double export_runs = nominal - p.domestic_products_kbd / p.product_yield;
  EXPECT_NEAR(pr.margin_cut_kbd, export_runs, 1e-9);
  const auto after = pr.offer(p, policy);
  // The crude not refined is offered as crude (within port capacity); the products it would have
  // made are not.
  const double crude_before = before[kUrals] + before[kEspo];
  const double crude_after = after[kUrals] + after[kEspo];
  EXPECT_NEAR(crude_after - crude_before,
              std::min(export_runs, p.port_capacity_west_kbd + p.port_capacity_kozmino_kbd - crude_before),
              1e-6);
  EXPECT_NEAR(after[kProducts], 0.0, 1e-6);
  EXPECT_GT(before[kProducts], 1000.0);
  // A margin that pays again restores runs, at the slower restore speed.
  pr.note_refining_margin(p, policy, 0.0);
  days_of_stock_response(pr, p, policy, 1);
  EXPECT_NEAR(pr.margin_cut_kbd, export_runs - p.run_restore_max_kbd_per_day, 1e-9);
}

TEST(World, WhenProductsFetchLessThanCrudeRefinersRunLessAndExportMoreCrude) {
  // Products worth 20 $/bbl less than Brent at destination: every product barrel still sells, but
  // refining for export loses against crude export. With the margin rule refiners cut export runs
  // and the crude goes to export; without it they run on.
  const RunResult& a = runs_on_a_losing_product_margin().with;
  const RunResult& b = runs_on_a_losing_product_margin().without;
  EXPECT_LT(tail_mean(a, "refinery_runs_kbd", 3), tail_mean(b, "refinery_runs_kbd", 3) - 300);
  EXPECT_GT(tail_mean(a, "crude_exports_kbd", 3), tail_mean(b, "crude_exports_kbd", 3) + 300);
  EXPECT_LT(tail_mean(a, "product_exports_kbd", 3), tail_mean(b, "product_exports_kbd", 3) - 300);
}

TEST(World, TheSeriesShowTheRunsTheMarginRuleCuts) {
  // Column refinery_margin_cut_kbd: the export runs cut on the margin, at month end; zero without
  // the rule, and (once settled) the runs the rule takes away from those of a run without it.
  const RunResult& a = runs_on_a_losing_product_margin().with;
  const RunResult& b = runs_on_a_losing_product_margin().without;
  for (const double cut : b.series.values("refinery_margin_cut_kbd")) EXPECT_EQ(cut, 0.0);
  const double cut = tail_mean(a, "refinery_margin_cut_kbd", 3);
  EXPECT_GT(cut, 300.0);
  EXPECT_NEAR(cut, tail_mean(b, "refinery_runs_kbd", 3) - tail_mean(a, "refinery_runs_kbd", 3), 0.05 * cut);
}

TEST(World, TheMarginRuleIsDeterministic) {
  SmallRun r;
  r.params.oil.products_crack_usd_per_bbl = -20;
  const RunResult a = r.run(), b = r.run();
  for (const char* column : {"refinery_runs_kbd", "crude_exports_kbd", "product_exports_kbd"})
    EXPECT_EQ(a.series.values(column), b.series.values(column)) << column;
}
