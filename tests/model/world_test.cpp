#include "sancsim/model/world.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include <fmt/format.h>

#include "world_fixture.hpp"

using namespace sancsim;
using namespace sancsim::test;

TEST(World, BarrelsBalanceEveryDay) {
  SmallRun r;
  r.end = day("2023-06-30");
  r.events = {event("2022-02-24", EventKind::Announcement, "RU", "self_sanctioning"),
              event("2022-12-05", EventKind::EmbargoCrude, "EU"),
              event("2022-12-05", EventKind::PriceCapCrude, "G7", "", 60)};
  World w(r.input());
  int days = 0;
  while (w.step()) {
    ++days;
    ASSERT_NEAR(w.crude_gap_kbbl(), 0.0, 1e-6 * w.ledger().crude_produced_kbbl) << w.today().iso();
    ASSERT_NEAR(w.product_gap_kbbl(), 0.0, 1e-6 * w.ledger().products_made_kbbl) << w.today().iso();
  }
  EXPECT_EQ(days, 911);
  EXPECT_GT(w.ledger().crude_exported_kbbl, 0);
}

TEST(World, SameSeedSameHashOtherSeedOtherHash) {
  SmallRun a;
  a.events = {event("2021-03-01", EventKind::VesselDesignations, "US", "", 20)};
  SmallRun b = a;
  SmallRun c = a;
  c.seed = 8;
  const auto ra = a.run(), rb = b.run(), rc = c.run();
  EXPECT_EQ(ra.state_hash, rb.state_hash);
  EXPECT_NE(ra.state_hash, rc.state_hash);
  EXPECT_EQ(ra.series.values("urals_fob_usd_per_bbl"), rb.series.values("urals_fob_usd_per_bbl"));
}

TEST(World, WithoutSanctionsTheUralsDiscountSettlesNearItsPreWarLevel) {
  SmallRun r;
  const auto res = r.run();
  const double d = tail_mean(res, "urals_discount_usd_per_bbl", 6);
  EXPECT_GE(d, 1.0);
  EXPECT_LE(d, 4.0);
  EXPECT_NEAR(tail_mean(res, "seaborne_on_g7_tankers_share", 6), 1.0, 0.05);
}

TEST(World, HigherBuyerRiskAversionWidensTheDiscount) {
  // Risk aversion: the premium each buyer requires per unit of exposure after enforcement actions.
  auto discount = [](double jump) {
    SmallRun r;
    r.end = day("2021-12-31");
    r.params.oil.risk_jump_usd_per_bbl = jump;
    r.params.oil.risk_half_life_days = 3650;
    r.events = {event("2021-06-01", EventKind::BuyerSanctions, "US", "other", 0.0)};
    return tail_mean(r.run(), "urals_discount_usd_per_bbl", 3);
  };
  const double calm = discount(0), averse = discount(6);
  EXPECT_GT(averse, calm + 2.0);
}

TEST(World, StrictCapBelowTheMarketMovesCargoesToTheShadowFleet) {
  SmallRun r;
  r.end = day("2022-06-30");
  auto cap = event("2021-07-01", EventKind::PriceCapCrude, "G7", "", 40);
  r.events = {cap, event("2021-07-01", EventKind::Enforcement, "G7", "", 1.0)};
  const auto res = r.run();
  const auto& share = res.series.values("seaborne_on_g7_tankers_share");
  EXPECT_GT(share[4], 0.9);  // May 2021, before the cap
  EXPECT_LT(tail_mean(res, "seaborne_on_g7_tankers_share", 3), 0.1);
  EXPECT_GT(tail_mean(res, "crude_exports_seaborne_kbd", 3), 1000);  // the shadow fleet carries it
}

TEST(World, AfterTheShunningSellersPutAShareOfCrudeOnTheirOwnFleetFirst) {
  // No cap: before the own-fleet preference every cargo finds a coalition tanker first.
  auto g7_share = [](double own_fleet_first_share) {
    SmallRun r;
    r.end = day("2022-12-31");
    r.params.oil.own_fleet_first_share = own_fleet_first_share;
    r.params.oil.own_fleet_ramp_days = 30;
    r.events = {event("2022-02-24", EventKind::Announcement, "RU", "self_sanctioning")};
    return tail_mean(r.run(), "seaborne_on_g7_tankers_share", 3);
  };
  EXPECT_GT(g7_share(0.0), 0.95);
  EXPECT_NEAR(g7_share(0.47), 0.53, 0.08);
}

TEST(World, DesignatedTradersAreReplacedAfterTheEntryLag) {
  SmallRun r;
  r.end = day("2022-06-30");
  r.params.oil.shell_hazard_per_month = 0;
  r.events = {event("2021-06-01", EventKind::Designation, "US", "shell_traders", 0.5)};
  const auto res = r.run();
  const auto& active = res.series.values("traders_active");
  EXPECT_LT(active[5], active[4]);          // June 2021: half the shells designated
  EXPECT_GE(active.back(), active[4] - 1);  // replaced within the year
}

// A transaction ban on a producer moves its share of the Western traders' volume to the shells, which
// grow to carry it; nothing changes before the ban's date.
TEST(World, ATransactionBanMovesAProducersTradeToTheShells) {
  SmallRun plain;
  plain.end = day("2021-12-31");
  plain.params.oil.shell_hazard_per_month = 0;
  SmallRun banned = plain;
  auto ban = event("2021-03-01", EventKind::TransactionBan, "EU", "rosneft");
  ban.wind_down_days = 30;
  banned.events = {ban};
  const auto a = plain.run();
  const auto b = banned.run();
  const auto& before = a.series.values("traders_active");
  const auto& after = b.series.values("traders_active");
  EXPECT_EQ(before[0], after[0]);  // January 2021
  EXPECT_EQ(before[1], after[1]);
  EXPECT_GT(after.back(), before.back()) << "new shells carry Rosneft's barrels";
  EXPECT_GE(b.series.values("trader_margin_usd_per_bbl")[4], a.series.values("trader_margin_usd_per_bbl")[4]);
}

TEST(World, ADesignatedSellersBarrelsNeverReachAHighExposureBuyer) {
  SmallRun r;
  r.end = day("2022-06-30");
  r.events = {event("2021-03-01", EventKind::Designation, "US", "rosneft")};
  World w(r.input());
  w.run();
  const auto& p = r.params.oil;
  double designated = 0;
  for (std::size_t b = 0; b < kBuyers; ++b) {
    designated += w.buyers().designated_mbbl[b];
    if (p.buyers[b].exposure > p.designated_buyer_exposure_max) {
      EXPECT_EQ(w.buyers().designated_mbbl[b], 0.0) << p.buyers[b].key;
    }
  }
  EXPECT_GT(designated, 0.0) << "low-exposure buyers take the designated seller's oil";
}

TEST(World, ATariffWithoutADesignationChangesABuyersIntakeByLittle) {
  auto india = [](bool tariff) {
    SmallRun r;
    r.end = day("2022-12-31");
    r.events = {event("2021-02-24", EventKind::Announcement, "RU", "self_sanctioning")};
    if (tariff) r.events.push_back(event("2022-03-01", EventKind::SecondaryTariff, "US", "india", 25));
    return tail_mean(r.run(), "exports_to_india_kbd", 9);
  };
  const double without = india(false), with = india(true);
  ASSERT_GT(without, 100.0);
  EXPECT_LE(with, without);
  EXPECT_GT(with, 0.9 * without)
      << "a tariff on a country's exports is an escalation risk, not an oil embargo";
}

TEST(World, APortOutageLowersThatMonthsExportsByAboutItsShare) {
  auto seaborne = [](bool outage) {
    SmallRun r;
    r.end = day("2021-06-30");
    if (outage) {
      // The western ports lose their whole crude loading for 14 days (two weekly clearings).
      auto e = event("2021-05-03", EventKind::PortOutage, "RU", "west", 10000);
      e.end = day("2021-05-17");
      r.events.push_back(e);
    }
    const auto res = r.run();
    return res.series.values("crude_exports_seaborne_kbd")[4];  // May 2021
  };
  const double normal = seaborne(false), hit = seaborne(true);
  const double share = 14.0 / 31.0;
  // Kozmino keeps loading and western port stocks still load for a few days: the fall is a good part
  // of the western share, not more than the outage's share of the month.
  EXPECT_LT(hit, normal * (1.0 - 0.3 * share));
  EXPECT_GT(hit, normal * (1.0 - 1.2 * share));
}

TEST(World, ADesignatedSellersCargoWithoutATankerOrTraderDoesNotHoldTheTerminal) {
  // Four of six producers designated at once, while shells and shadow tankers are few: their
  // barrels find no intermediary or tanker, so undesignated sellers ship in their place (swaps at
  // the re-sorting cost). The terminals keep loading; nothing backs up into storage and shut-ins.
  auto run = [](bool designated) {
    SmallRun r;
    r.end = day("2021-12-31");
    if (designated)
      for (const char* k : {"rosneft", "lukoil", "gazprom_neft", "surgutneftegas"})
        r.events.push_back(event("2021-03-01", EventKind::Designation, "US", k));
    return r.run();
  };
  const auto free = run(false), listed = run(true);
  for (const char* s : {"product_exports_kbd", "crude_exports_seaborne_kbd"})
    EXPECT_GT(tail_mean(listed, s, 10), 0.9 * tail_mean(free, s, 10)) << s;
  EXPECT_LT(metric(listed, "shut_in_peak_kbd"), 50.0);
}

TEST(World, ProductsToTheEuAreAShareOfProductExportsAndStopAtTheEmbargo) {
  // The EU's product intake (series product_exports_to_eu_kbd) is part of product exports; an EU
  // product embargo ends it once cargoes already sold have loaded.
  SmallRun r;
  r.end = day("2021-12-31");
  r.events = {event("2021-07-01", EventKind::EmbargoProducts, "EU")};
  const auto res = r.run();
  const auto eu = res.series.values("product_exports_to_eu_kbd");
  const auto all = res.series.values("product_exports_kbd");
  ASSERT_EQ(eu.size(), 12u);
  for (std::size_t m = 0; m < eu.size(); ++m) EXPECT_LE(eu[m], all[m] + 1e-9) << m;
  EXPECT_GT(eu[4], 0.2 * all[4]);  // May: Europe is a main product market
  for (std::size_t m = 7; m < eu.size(); ++m) EXPECT_EQ(eu[m], 0.0) << m;  // from August
  const auto stock = res.series.values("product_stock_mbbl");
  for (const double s : stock) EXPECT_GE(s, 0.0);
}

TEST(World, APinnedUralsPathSetsThePriceAndBuyersTakeTheirDemandAtIt) {
  // A scenario's Urals price path (data.urals_fob_monthly_csv) replaces the clearing in its months:
  // the Urals FOB is the path's (weekly clearings on Mondays; 1 March 2021 is one), the discount is
  // Brent minus it, and a lower pinned price sells at least as much.
  auto run = [](double pinned) {
    SmallRun r;
    r.end = day("2021-12-31");
    MonthlyPath path;
    for (int m = 3; m <= 12; ++m) {
      path.months.push_back(YearMonth::of(day(fmt::format("2021-{:02d}-01", m).c_str())));
      path.values.push_back(pinned);
    }
    RunInput in = r.input();
    in.urals_fob = &path;
    return simulate(in);
  };
  const auto high = run(78.0), low = run(60.0);
  const auto fob = low.series.values("urals_fob_usd_per_bbl");
  const auto discount = low.series.values("urals_discount_usd_per_bbl");
  const auto brent = low.series.values("brent_usd_per_bbl");
  for (std::size_t m = 2; m < 12; ++m) {
    EXPECT_NEAR(fob[m], 60.0, 1e-9) << m;
    EXPECT_NEAR(discount[m], brent[m] - 60.0, 1e-9) << m;
  }
  EXPECT_GT(fob[0], 70.0) << "January is the model's own price";
  EXPECT_GE(tail_mean(low, "crude_exports_seaborne_kbd", 9),
            tail_mean(high, "crude_exports_seaborne_kbd", 9));
  EXPECT_LT(tail_mean(high, "crude_exports_seaborne_kbd", 9),
            0.9 * tail_mean(low, "crude_exports_seaborne_kbd", 9))
      << "at a price close to Brent the buyers take less";
}

TEST(World, AfterTheShunningABargainingBuyerSideWidensTheDiscountOnlyAsStorageFills) {
  // The same shunning with and without the new buyers' bargaining weight. With storage room the
  // sellers' cargo can wait, so their disagreement point is the competitive discount and the bargain
  // moves the price little; with storage near full it is their reservation, and the buyers left take
  // about the same barrels (each week's volumes are the competitive clearing's; over months the price
  // path moves who buys, India by ~12%) at a wider discount, by less than the weight's share of the gap
  // to the reservation.
  auto run = [](double weight, double room_mbbl) {
    SmallRun r;
    r.end = day("2022-09-30");
    r.params.oil.new_buyers_bargaining_weight = weight;
    if (room_mbbl > 0) r.params.oil.storage_initial_mbbl = r.params.oil.storage_capacity_mbbl - room_mbbl;
    r.events = {event("2022-02-24", EventKind::Announcement, "RU", "self_sanctioning")};
    return r.run();
  };
  const auto roomy_competitive = run(0.0, 0), roomy_bargained = run(0.5, 0);
  const auto full_competitive = run(0.0, 2), full_bargained = run(0.5, 2);
  const double r0 = tail_mean(roomy_competitive, "urals_discount_usd_per_bbl", 3);
  const double r1 = tail_mean(roomy_bargained, "urals_discount_usd_per_bbl", 3);
  const double f0 = tail_mean(full_competitive, "urals_discount_usd_per_bbl", 3);
  const double f1 = tail_mean(full_bargained, "urals_discount_usd_per_bbl", 3);
  EXPECT_NEAR(r1, r0, 1.5) << "with room to store, the sellers can wait";
  EXPECT_GT(f1, f0 + 1.0) << "with storage full, they cannot";
  EXPECT_LT(f1, f0 + 0.5 * (full_competitive.series.values("brent_usd_per_bbl").back() - f0));
  EXPECT_NEAR(tail_mean(full_bargained, "crude_exports_seaborne_kbd", 3),
              tail_mean(full_competitive, "crude_exports_seaborne_kbd", 3),
              0.05 * tail_mean(full_competitive, "crude_exports_seaborne_kbd", 3));
  // Before the shunning, the traditional buyers' market is competitive: the same discount.
  EXPECT_DOUBLE_EQ(full_competitive.series.values("urals_discount_usd_per_bbl")[0],
                   full_bargained.series.values("urals_discount_usd_per_bbl")[0]);
}
