// Producers: the price they hold out for, how fast they close and reopen wells, and their short-run
// answer to price (docs/MODEL.md §3, §7.2).
#include "sancsim/model/producers.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "sancsim/model/world.hpp"
#include "world_fixture.hpp"

using namespace sancsim;
using namespace sancsim::test;

TEST(Producers, AFullerStorageSellsAtAWiderDiscountDownToTheSearchBound) {
  OilParams p = default_oil_params();
  PolicyState policy;
  policy.tax_discount_floor_usd_per_bbl = 20;  // the tax is due on Brent - 20 whatever the FOB
  Producers pr(p);
  const double brent = 80;
  const double at_working_stocks = pr.seller_floor(Grade::Urals, p, policy, brent);
  pr.crude_storage_kbbl =
      (p.storage_initial_mbbl + 0.5 * (p.storage_capacity_mbbl - p.storage_initial_mbbl)) * 1000;
  const double half_full = pr.seller_floor(Grade::Urals, p, policy, brent);
  pr.crude_storage_kbbl = p.storage_capacity_mbbl * 1000;
  const double full = pr.seller_floor(Grade::Urals, p, policy, brent);
  EXPECT_LT(at_working_stocks, p.max_discount_usd_per_bbl - 15)
      << "lifting and tax on Brent - 20 keep a producing barrel off the market";
  EXPECT_NEAR(half_full, 0.5 * (at_working_stocks + p.max_discount_usd_per_bbl), 1e-9);
  EXPECT_DOUBLE_EQ(full, p.max_discount_usd_per_bbl) << "a stored barrel's lifting and tax are sunk";
}

TEST(Producers, OutputAnswersALowerPriceWithTheShortRunElasticityAndTheCutFades) {
  OilParams p = default_oil_params();
  p.supply_elasticity_short_run = 0.1;
  Producers pr(p);
  for (int w = 0; w < 104; ++w) pr.note_crude_price(p, 70);
  EXPECT_DOUBLE_EQ(pr.price_output_share, 1.0);
  pr.note_crude_price(p, 35);
  EXPECT_NEAR(pr.price_output_share, std::pow(35.0 / (70.0 - 35.0 * 7.0 / 365.0), 0.1), 1e-12);
  for (int w = 0; w < 520; ++w) pr.note_crude_price(p, 35);
  EXPECT_GT(pr.price_output_share, 0.999) << "a low price that lasts becomes the reference";
  pr.note_crude_price(p, 100);
  EXPECT_DOUBLE_EQ(pr.price_output_share, 1.0) << "no output above capacity";
}

TEST(World, WithoutSeaborneBuyersStorageFillsButNotBeyondItsLimitAndWellsClose) {
  SmallRun r;
  r.end = day("2021-08-31");
  for (auto& b : r.params.oil.buyers)
    if (b.grade == Grade::Urals) b.capacity_kbd = 0;  // nobody buys Urals by sea
  World w(r.input());
  const auto& p = r.params.oil;
  double peak_storage = 0, peak_shut_in = 0;
  while (w.step()) {
    peak_storage = std::max(peak_storage, w.producers().crude_storage_kbbl);
    peak_shut_in = std::max(peak_shut_in, w.producers().shut_in_kbd);
  }
  // Storage takes up the unsold crude first, up to its limit and no further ...
  EXPECT_GT(peak_storage,
            1000 * (p.storage_initial_mbbl + 0.5 * (p.storage_capacity_mbbl - p.storage_initial_mbbl)));
  EXPECT_LE(peak_storage, p.storage_capacity_mbbl * 1000 + 1e-6);
  // ... then wells close: western seaborne crude is ~3.3 mb/d, and about that much is shut in.
  EXPECT_GT(peak_shut_in, 2500.0);
  EXPECT_LT(peak_shut_in, 4500.0);
}

TEST(Producers, ADesignationReachesEachGradeByTheCompanysShareOfIt) {
  const OilParams p = default_oil_params();
  const Producers pr(p);
  for (std::size_t g = 0; g < kGrades; ++g) {
    double total = 0;
    for (std::size_t k = 0; k < kProducers; ++k) total += pr.grade_share[k][g];
    EXPECT_NEAR(total, 1.0, 1e-12) << "grade " << g;
  }
  PolicyState policy;
  policy.producer_designation[4] = 1.0;  // Tatneft loads no ESPO Blend at Kozmino
  EXPECT_EQ(pr.designated_share(Grade::Espo, policy), 0.0);
  EXPECT_GT(pr.designated_share(Grade::Urals, policy), 0.0);
  EXPECT_GT(pr.designated_share(Grade::Products, policy), 0.0);
  policy.producer_designation = {};
  policy.producer_designation[3] = 1.0;  // Surgutneftegas: a quarter of Kozmino, a small refiner
  EXPECT_NEAR(pr.designated_share(Grade::Espo, policy), 0.26 / 1.01, 1e-9);
  EXPECT_LT(pr.designated_share(Grade::Products, policy), pr.designated_share(Grade::Espo, policy));
}

TEST(World, WellsChokedByAFullStorageReopenOnceItDrains) {
  // Storage starts nearly full; a two-week outage of the western ports leaves no room, so the
  // crude that cannot be loaded chokes wells at once. Choked wells are idled, not sealed: once the
  // ports load again and storage drains they reopen as fast as they closed (oil_mechanisms.md §3.2),
  // not at the sealed wells' restart speed.
  SmallRun r;
  r.end = day("2021-07-31");
  r.params.oil.storage_initial_mbbl = 57;
  auto e = event("2021-05-03", EventKind::PortOutage, "RU", "west", 10000);
  e.end = day("2021-05-17");
  r.events.push_back(e);
  World w(r.input());
  double peak = 0, choked_peak = 0;
  while (w.step()) {
    peak = std::max(peak, w.producers().shut_in_kbd);
    choked_peak = std::max(choked_peak, w.producers().choked_kbd);
  }
  EXPECT_GT(choked_peak, 1500.0) << "the outage's crude has nowhere to go";
  const double restart = r.params.oil.restart_max_kbd_per_day;
  // From the outage's end (17 May) to the end of July a sealed well restart would reopen at most
  // 75 days x 8 kbd a day = 600 kbd.
  EXPECT_LT(w.producers().shut_in_kbd, peak - 75 * restart) << "choked wells reopened";
  EXPECT_LT(w.producers().choked_kbd, 0.2 * choked_peak);
}

TEST(World, RefineryRunsFollowWhatSellsWithoutCycling) {
  // Europe and the US stop buying Russian products (~1.8 mb/d of ~3.1) in March: products back up,
  // runs are cut against what no longer leaves, then restored as the other buyers arrange intake.
  // The cut settles instead of overshooting into a cycle, and product stocks never pass their room.
  SmallRun r;
  r.params.oil.refinery_run_rule = "planned";
  r.end = day("2022-06-30");
  r.events = {event("2021-03-01", EventKind::EmbargoProducts, "EU"),
              event("2021-03-01", EventKind::EmbargoProducts, "US")};
  World w(r.input());
  const double room = r.params.oil.product_storage_mbbl * 1000.0;
  double peak_cut = 0;
  while (w.step()) {
    ASSERT_LE(w.producers().product_stock_kbbl, room + 1e-6) << w.today().iso();
    peak_cut = std::max(peak_cut, w.producers().run_cut_kbd);
  }
  const auto runs = w.series().values("refinery_runs_kbd");
  EXPECT_GT(peak_cut, 500.0) << "runs answer the lost outlet";
  // The last six months: runs move by less than 100 kb/d from month to month.
  for (std::size_t m = runs.size() - 6; m + 1 < runs.size(); ++m)
    EXPECT_LT(std::abs(runs[m + 1] - runs[m]), 100.0) << m;
  EXPECT_LT(w.producers().run_cut_kbd, peak_cut);
}

namespace {

// January to August 2021 with crude storage 2 mbbl short of its limit and the western ports' crude
// loading capacity at `west_kbd`; `events` on top. Returns the run's monthly series.
constexpr double kStorageRoomMbbl = 2;  // two to four days of the surplus the tests make

RunResult run_with_full_storage(double west_kbd, std::vector<PolicyEvent> events) {
  SmallRun r;
  r.end = day("2021-08-31");
  r.params.oil.storage_initial_mbbl = r.params.oil.storage_capacity_mbbl - kStorageRoomMbbl;
  r.params.oil.port_capacity_west_kbd = west_kbd;
  r.params.oil.supply_elasticity_short_run = 0;  // output answers only to the barrels that cannot leave
  r.events = std::move(events);
  return r.run();
}

// Mean of June to August, after the event of 1 May: whole cargoes make single months uneven.
double summer(const RunResult& r, const char* column) {
  const auto& v = r.series.values(column);
  return (v[5] + v[6] + v[7]) / 3.0;
}

}  // namespace

TEST(World, WithNoStorageRoomAPortCutOfNShutsInAboutN) {
  // The western ports load what the buyers take (~2.25 mb/d of Urals) with room to spare at 3.3
  // mb/d. At 2.0 mb/d they bind; a further 400 kb/d outage from May leaves 400 kb/d more crude
  // with nowhere to go: storage is full, so about that much is shut in (docs/MODEL.md §3).
  constexpr double kCut = 400;
  auto outage = event("2021-05-01", EventKind::PortOutage, "RU", "west", kCut);
  const RunResult base = run_with_full_storage(2000, {});
  const RunResult cut = run_with_full_storage(2000, {outage});
  const double fall = summer(base, "crude_output_kbd") - summer(cut, "crude_output_kbd");
  EXPECT_NEAR(fall, kCut, 0.1 * kCut);
  EXPECT_NEAR(summer(base, "crude_exports_seaborne_kbd") - summer(cut, "crude_exports_seaborne_kbd"), kCut,
              0.1 * kCut);
}

TEST(World, ARefineryCutIsExportedWhileThePortsHaveRoomAndShutInOnceTheyBind) {
  // The spring-2022 question: refiners cut runs by M. With port room the crude is exported and
  // output holds; with the ports at their limit and storage full, about M is shut in.
  constexpr double kRunCut = 500;
  auto outage = event("2021-05-01", EventKind::RefineryOutage, "RU", "", kRunCut);
  const RunResult roomy = run_with_full_storage(3300, {});
  const RunResult roomy_cut = run_with_full_storage(3300, {outage});
  EXPECT_NEAR(summer(roomy, "crude_output_kbd"), summer(roomy_cut, "crude_output_kbd"), 0.1 * kRunCut);
  EXPECT_NEAR(summer(roomy_cut, "crude_exports_kbd") - summer(roomy, "crude_exports_kbd"), kRunCut,
              0.15 * kRunCut);

  const RunResult tight = run_with_full_storage(2000, {});
  const RunResult tight_cut = run_with_full_storage(2000, {outage});
  EXPECT_NEAR(summer(tight, "crude_output_kbd") - summer(tight_cut, "crude_output_kbd"), kRunCut,
              0.1 * kRunCut);
  EXPECT_NEAR(summer(tight_cut, "crude_exports_kbd"), summer(tight, "crude_exports_kbd"), 0.1 * kRunCut);
}

TEST(World, WithNoStorageRoomAtAllChokedWellsStillReopenAfterAnOutage) {
  // Storage holds only its working stocks (no room above them): a two-week outage of the western
  // ports chokes wells at once, and once the ports load again the wells reopen, though storage never
  // drains to signal it (a room of zero reads as full only while stocks are above working stocks).
  SmallRun r;
  r.end = day("2021-07-31");
  r.params.oil.storage_capacity_mbbl = r.params.oil.storage_initial_mbbl;
  auto e = event("2021-05-03", EventKind::PortOutage, "RU", "west", 10000);
  e.end = day("2021-05-17");
  r.events.push_back(e);
  World w(r.input());
  double peak = 0;
  while (w.step()) peak = std::max(peak, w.producers().shut_in_kbd);
  EXPECT_GT(peak, 1500.0) << "the outage's crude has nowhere to go";
  EXPECT_LT(w.producers().shut_in_kbd, 0.1 * peak) << "wells reopened once the ports loaded again";
}
