// Buyer groups: how much news a sanction action carries, how fast intake can grow, term contracts.
#include "sancsim/model/buyers.hpp"

#include <gtest/gtest.h>

#include <numeric>

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

TEST(Buyers, IntakeRisesAtMostAWeeksShareOfCapacityAboveWhatItHasArranged) {
  const auto p = default_oil_params();
  Buyers b(p);
  const PolicyState calm;
  b.allotment_kbd = {};  // a group that has bought nothing so far
  b.note_intake();
  for (std::size_t i = 0; i < kBuyers; ++i) {
    const double week = p.buyers[i].capacity_kbd * 7.0 / p.absorption_days;
    EXPECT_NEAR(b.effective_capacity(i, p, calm, day("2021-06-01")), week, 1e-9) << p.buyers[i].key;
  }
  // What it took once it can take again at once: arrangements made stay made.
  b.allotment_kbd[0] = 100;
  b.note_intake();
  b.allotment_kbd[0] = 0;
  b.note_intake();
  EXPECT_NEAR(b.effective_capacity(0, p, calm, day("2021-06-01")),
              std::min(p.buyers[0].capacity_kbd, 100 + p.buyers[0].capacity_kbd * 7.0 / p.absorption_days),
              1e-9);
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
