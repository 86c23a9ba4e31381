// Buyer groups: how much news a sanction action carries, how fast intake can grow, term contracts.
#include "sancsim/model/buyers.hpp"

#include <gtest/gtest.h>

#include <array>
#include <numeric>
#include <vector>

#include "world_fixture.hpp"

using namespace sancsim;
using namespace sancsim::test;

namespace {

double total_learned(const Buyers& b) {
  return std::accumulate(b.learned_usd.begin(), b.learned_usd.end(), 0.0);
}

Buyers react_to(const std::vector<PolicyEvent>& events, const OilParams& p, double enforcement = 0.5) {
  Buyers b(p);
  for (const auto& e : events) b.react(e, p, enforcement);
  return b;
}

}  // namespace

TEST(Buyers, OneActionWrittenAsOneRowOrThreeGivesTheSamePremium) {
  const auto p = default_oil_params();
  const auto one = react_to({event("2025-01-10", EventKind::Designation, "US", "gazprom_neft")}, p);
  const auto three = react_to({event("2025-01-10", EventKind::Designation, "US", "gazprom_neft"),
                               event("2025-01-10", EventKind::Designation, "US", "surgutneftegas"),
                               event("2025-01-10", EventKind::Designation, "US", "insurers")},
                              p);
  EXPECT_GT(total_learned(one), 0.0);
  EXPECT_DOUBLE_EQ(total_learned(three), total_learned(one));
  // Another jurisdiction on the same day is another action.
  const auto two = react_to({event("2025-01-10", EventKind::Designation, "US", "gazprom_neft"),
                             event("2025-01-10", EventKind::Designation, "UK", "gazprom_neft")},
                            p);
  EXPECT_GT(total_learned(two), total_learned(one));
}

TEST(Buyers, ARepeatedToolCarriesLessNewsAndMoreEnforcementMore) {
  const auto p = default_oil_params();
  const auto first = react_to({event("2024-02-23", EventKind::Designation, "US", "sovcomflot")}, p);
  const auto second = react_to({event("2024-02-23", EventKind::Designation, "US", "sovcomflot"),
                                event("2025-01-10", EventKind::Designation, "US", "gazprom_neft")},
                               p);
  const double first_jump = total_learned(first);
  const double second_jump = total_learned(second) - first_jump;
  EXPECT_NEAR(second_jump, p.risk_repeat_factor * first_jump, 1e-9);
  const auto strict = react_to({event("2024-02-23", EventKind::Designation, "US", "sovcomflot")}, p, 0.9);
  EXPECT_GT(total_learned(strict), first_jump);
}

TEST(Buyers, VesselListingsAndRefinerListingsAddNoPremium) {
  const auto p = default_oil_params();
  EXPECT_EQ(total_learned(react_to({event("2025-01-10", EventKind::VesselDesignations, "US", "", 183)}, p)),
            0.0);
  EXPECT_EQ(total_learned(react_to({event("2025-07-18", EventKind::Designation, "EU", "nayara")}, p)), 0.0);
}

TEST(Buyers, ATariffOnACountryRaisesOnlyItsBuyersRiskPremium) {
  const auto p = default_oil_params();
  const auto b = react_to({event("2025-08-27", EventKind::SecondaryTariff, "US", "india", 25)}, p);
  for (std::size_t i = 0; i < kBuyers; ++i) {
    if (p.buyers[i].region == Region::India)
      EXPECT_GT(b.learned_usd[i], 0.0) << p.buyers[i].key;
    else
      EXPECT_EQ(b.learned_usd[i], 0.0) << p.buyers[i].key;
    EXPECT_LE(b.learned_usd[i], p.tariff_escalation_usd_per_bbl * 1.5);  // small: credibility at most 1.5
  }
}

TEST(Buyers, IntakeRisesAtMostAWeeksShareOfTheSlateAboveWhatItHasArranged) {
  const auto p = default_oil_params();
  Buyers b(p);
  const PolicyState calm;
  b.allotment_kbd = {};  // a group that has bought nothing so far
  b.note_intake();
  for (std::size_t i = 0; i < kBuyers; ++i) {
    // Crude groups: a share of their slate; product groups: a share of their ceiling for Russian products.
    const double week =
        p.buyers[i].grade == Grade::Products
            ? p.buyers[i].capacity_kbd * p.product_absorption_share_per_month * 7.0 / (365.25 / 12.0)
            : p.buyers[i].refinery_runs_kbd * p.absorption_share_per_month * 7.0 / (365.25 / 12.0);
    EXPECT_NEAR(Buyers::weekly_rise_kbd(p.buyers[i], p), week, 1e-9) << p.buyers[i].key;
    EXPECT_NEAR(b.effective_capacity(i, p, calm, day("2021-06-01")), std::min(p.buyers[i].capacity_kbd, week),
                1e-9)
        << p.buyers[i].key;
  }
  // What it took once it can take again at once: arrangements made stay made.
  b.allotment_kbd[0] = 100;
  b.note_intake();
  b.allotment_kbd[0] = 0;
  b.note_intake();
  EXPECT_NEAR(b.effective_capacity(0, p, calm, day("2021-06-01")),
              std::min(p.buyers[0].capacity_kbd, 100 + Buyers::weekly_rise_kbd(p.buyers[0], p)), 1e-9);
}

TEST(Buyers, GroupsWithOneCeilingRampInProportionToTheirSlates) {
  // Two groups with the same Russian ceiling, one behind four times the refinery runs of the other,
  // each taking every week all it can: the larger slate takes up the grade four times as fast, and
  // neither gains more in a month than the monthly share of its slate.
  auto p = default_oil_params();
  const std::size_t small = 7, large = 8;  // any two groups of one grade
  ASSERT_EQ(p.buyers[small].grade, p.buyers[large].grade);
  p.buyers[small].capacity_kbd = p.buyers[large].capacity_kbd = 1000;
  p.buyers[small].refinery_runs_kbd = 500;
  p.buyers[large].refinery_runs_kbd = 2000;
  p.absorption_share_per_month = 0.06;
  Buyers b(p);
  const PolicyState calm;
  b.allotment_kbd = {};
  b.note_intake();
  std::vector<std::array<double, 2>> intake{{0.0, 0.0}};
  for (int week = 1; week <= 52; ++week) {
    for (std::size_t i : {small, large})
      b.allotment_kbd[i] = b.effective_capacity(i, p, calm, day("2021-06-01"));
    b.note_intake();
    intake.push_back({b.intake_kbd[small], b.intake_kbd[large]});
  }
  // Week 8: both below their ceilings, the larger slate four times as far along: 8 weeks of
  // 0.06 x runs x 7 / 30.44 days.
  EXPECT_NEAR(intake[8][0], 8 * 500 * 0.06 * 7 / (365.25 / 12), 1e-9);
  EXPECT_NEAR(intake[8][1], 4 * intake[8][0], 1e-9);
  // By week 52 the larger slate has reached the ceiling (after ~36 weeks), the smaller not (~145).
  EXPECT_DOUBLE_EQ(intake[52][1], 1000);
  EXPECT_LT(intake[52][0], 1000);
  // No group gains more in four weeks than 28 days' share of its slate.
  for (std::size_t w = 4; w < intake.size(); ++w) {
    EXPECT_LE(intake[w][0] - intake[w - 4][0], 0.06 * 500 * 28 / (365.25 / 12) + 1e-9) << w;
    EXPECT_LE(intake[w][1] - intake[w - 4][1], 0.06 * 2000 * 28 / (365.25 / 12) + 1e-9) << w;
  }
}

TEST(Buyers, TermContractsRunOffUntouchedByTheShunning) {
  const auto p = default_oil_params();
  std::size_t term = kBuyers, spot = kBuyers;
  for (std::size_t i = 0; i < kBuyers; ++i) {
    if (p.buyers[i].term_run_off_days > 0) term = i;
    if (p.buyers[i].key == "eu_seaborne_urals") spot = i;
  }
  ASSERT_LT(term, kBuyers);
  ASSERT_LT(spot, kBuyers);
  const Buyers b(p);
  PolicyState shunning;
  shunning.shunning = true;
  shunning.shunning_since = day("2022-02-24");
  const Markets markets;
  const double half = p.buyers[term].term_run_off_days / 2;
  const Date mid = day("2022-02-24").plus_days(static_cast<int>(half));
  EXPECT_NEAR(b.effective_capacity(term, p, shunning, mid), 0.5 * p.buyers[term].capacity_kbd,
              0.01 * p.buyers[term].capacity_kbd);
  EXPECT_LT(b.effective_capacity(spot, p, shunning, mid),
            (1.0 - 0.9 * p.self_sanction_capacity_cut) * p.buyers[spot].capacity_kbd);
  // The term buyer bears no shunning premium; the spot buyer does.
  EXPECT_LT(
      b.required_discount(term, p, shunning, mid, markets, 0) + p.self_sanction_premium_usd_per_bbl * 0.9,
      b.required_discount(spot, p, shunning, mid, markets, 0));
  const Date after = day("2022-02-24").plus_days(static_cast<int>(p.buyers[term].term_run_off_days) + 1);
  EXPECT_EQ(b.effective_capacity(term, p, shunning, after), 0.0);
}

TEST(Buyers, TheNewBuyersShareFadesWithWhatTheNewBuyersHaveBoughtTogether) {
  const auto p = default_oil_params();
  Buyers b(p);
  std::size_t familiar = kBuyers, fresh = kBuyers, other_fresh = kBuyers;
  for (std::size_t i : b.of(Grade::Urals)) {
    if (p.buyers[i].unfamiliar_usd_per_bbl == 0) {
      if (familiar == kBuyers) familiar = i;
    } else if (fresh == kBuyers) {
      fresh = i;
    } else if (other_fresh == kBuyers) {
      other_fresh = i;
    }
  }
  ASSERT_LT(familiar, kBuyers);
  ASSERT_LT(fresh, kBuyers);
  ASSERT_LT(other_fresh, kBuyers);
  // Only buyers familiar with the grade: no new buyers.
  b.allotment_kbd[familiar] = 300;
  EXPECT_DOUBLE_EQ(b.new_buyer_share(Grade::Urals, p), 0.0);
  // A new buyer that has bought nothing yet, taking a quarter: a quarter.
  b.allotment_kbd[fresh] = 100;
  EXPECT_DOUBLE_EQ(b.new_buyer_share(Grade::Urals, p), 0.25);
  // Once the new buyers have bought one learning volume, it counts half; two, a quarter.
  b.cumulative_mbbl[fresh] = p.learning_volume_mbbl;
  EXPECT_DOUBLE_EQ(b.new_buyer_share(Grade::Urals, p), 0.125);
  b.cumulative_mbbl[fresh] = 2 * p.learning_volume_mbbl;
  EXPECT_DOUBLE_EQ(b.new_buyer_share(Grade::Urals, p), 0.0625);
  // New buyers learn together: what another new buyer has bought counts for all of them.
  b.cumulative_mbbl[fresh] = 0.5 * p.learning_volume_mbbl;
  b.cumulative_mbbl[other_fresh] = 0.5 * p.learning_volume_mbbl;
  EXPECT_DOUBLE_EQ(b.new_buyer_share(Grade::Urals, p), 0.125);
  // All the grade bought by new buyers that have bought nothing yet: one.
  Buyers all_new(p);
  all_new.allotment_kbd[fresh] = 100;
  all_new.allotment_kbd[other_fresh] = 50;
  EXPECT_DOUBLE_EQ(all_new.new_buyer_share(Grade::Urals, p), 1.0);
  // Nothing bought: no share.
  EXPECT_DOUBLE_EQ(Buyers(p).new_buyer_share(Grade::Espo, p), 0.0);
}

TEST(Buyers, OtherSuppliersTermContractsCapTheSpotIntakeUntilTheirRenewal) {
  // A group with 60% of its slate under annual term contracts renewed in January: after a shunning
  // in February its Russian intake is at most the other 40% of its runs until the next January.
  auto p = default_oil_params();
  const std::size_t g = 7;
  p.buyers[g].capacity_kbd = 2000;
  p.buyers[g].refinery_runs_kbd = 1000;
  p.buyers[g].other_term_share = 0.6;
  p.buyers[g].other_term_renewal_month = 1;
  Buyers b(p);
  b.intake_kbd[g] = 2000;  // arranged: absorption does not bind
  PolicyState shunning;
  shunning.shunning = true;
  shunning.shunning_since = day("2022-02-24");
  EXPECT_NEAR(b.effective_capacity(g, p, shunning, day("2022-08-01")), 400, 1e-9);
  EXPECT_NEAR(b.effective_capacity(g, p, shunning, day("2022-12-31")), 400, 1e-9);
  // Renewed in January: the cap is gone.
  EXPECT_NEAR(b.effective_capacity(g, p, shunning, day("2023-01-02")), 2000, 1e-9);
  // Contracts renewed in April (India's fiscal year) bind until the April after the shunning.
  p.buyers[g].other_term_renewal_month = 4;
  EXPECT_NEAR(b.effective_capacity(g, p, shunning, day("2023-03-31")), 400, 1e-9);
  EXPECT_NEAR(b.effective_capacity(g, p, shunning, day("2023-04-01")), 2000, 1e-9);
  // Without the shunning there is nothing to make room for.
  EXPECT_NEAR(b.effective_capacity(g, p, PolicyState{}, day("2022-08-01")), 2000, 1e-9);
}

TEST(Buyers, ALostProductBuyerIsTakenUpAtTheProductsSpeedNotAtTheSlateOfProductImports) {
  // The EU's product buyers are embargoed; the Asian and Middle Eastern product importers, which had
  // bought nothing, take up the volume at the products' share of their ceiling a month, whatever their
  // whole product imports, and their slate's crude speed would have been faster.
  auto p = default_oil_params();
  std::size_t eu = kBuyers, asia = kBuyers;
  for (std::size_t i = 0; i < kBuyers; ++i) {
    if (p.buyers[i].key == "eu_products") eu = i;
    if (p.buyers[i].key == "asia_mideast_products") asia = i;
  }
  ASSERT_LT(eu, kBuyers);
  ASSERT_LT(asia, kBuyers);
  Buyers b(p);
  PolicyState embargo;
  embargo.embargoed[eu] = true;
  b.allotment_kbd = {};
  b.note_intake();
  EXPECT_EQ(b.effective_capacity(eu, p, embargo, day("2022-06-01")), 0.0);
  const double month = p.buyers[asia].capacity_kbd * p.product_absorption_share_per_month;
  ASSERT_LT(month, p.buyers[asia].refinery_runs_kbd * p.absorption_share_per_month);
  for (int week = 1; week <= 8; ++week) {
    b.allotment_kbd[asia] = b.effective_capacity(asia, p, embargo, day("2022-06-01"));
    b.note_intake();
  }
  EXPECT_NEAR(b.intake_kbd[asia], 8 * 7 * month / (365.25 / 12), 1e-9);
  // The crude groups keep their slate's speed.
  auto q = p;
  q.product_absorption_share_per_month *= 2;
  for (std::size_t i = 0; i < kBuyers; ++i) {
    if (p.buyers[i].grade == Grade::Products) continue;
    EXPECT_DOUBLE_EQ(Buyers::weekly_rise_kbd(q.buyers[i], q), Buyers::weekly_rise_kbd(p.buyers[i], p));
  }
}
