#include "sancsim/model/policy.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "world_fixture.hpp"

using namespace sancsim;
using namespace sancsim::test;

TEST(Policy, LowestCapInForceBindsAndReplacesByJurisdiction) {
  const auto p = default_oil_params();
  std::vector<PolicyEvent> ev = {event("2022-12-05", EventKind::PriceCapCrude, "G7+EU+AU", "", 60),
                                 event("2025-09-03", EventKind::PriceCapCrude, "EU+UK", "", 47.6),
                                 event("2026-02-01", EventKind::PriceCapCrude, "EU", "", 44.1)};
  std::vector<std::uint8_t> active(ev.size(), 1);
  EXPECT_TRUE(std::isinf(derive_policy(ev, active, day("2022-12-04"), p).crude_cap_usd_per_bbl));
  EXPECT_DOUBLE_EQ(derive_policy(ev, active, day("2023-01-01"), p).crude_cap_usd_per_bbl, 60);
  EXPECT_DOUBLE_EQ(derive_policy(ev, active, day("2025-10-01"), p).crude_cap_usd_per_bbl, 47.6);
  EXPECT_DOUBLE_EQ(derive_policy(ev, active, day("2026-03-01"), p).crude_cap_usd_per_bbl, 44.1);
}

TEST(Policy, EmbargoBindsOnlyBuyersOfItsJurisdictionAndGrade) {
  const auto p = default_oil_params();
  std::vector<PolicyEvent> ev = {event("2022-12-05", EventKind::EmbargoCrude, "EU")};
  std::vector<std::uint8_t> active(1, 1);
  const auto s = derive_policy(ev, active, day("2023-01-01"), p);
  for (std::size_t b = 0; b < kBuyers; ++b) {
    const bool eu_crude = p.buyers[b].key.starts_with("eu_") && p.buyers[b].grade != Grade::Products;
    EXPECT_EQ(s.embargoed[b], eu_crude) << p.buyers[b].key;
  }
}

TEST(Policy, DesignationBindsAfterItsWindDown) {
  const auto p = default_oil_params();
  auto e = event("2025-10-22", EventKind::Designation, "US", "rosneft");
  e.wind_down_days = 30;
  std::vector<PolicyEvent> ev = {e};
  std::vector<std::uint8_t> active(1, 1);
  EXPECT_EQ(derive_policy(ev, active, day("2025-11-20"), p).producer_designation[0], 0.0);
  EXPECT_EQ(derive_policy(ev, active, day("2025-11-21"), p).producer_designation[0], 1.0);
}

// A transaction ban (EU Art. 5aa) lets the Western traders' contracts with the named producer run
// off evenly to its effective date: all of them run before, half at mid-term, none after; the
// other producers keep theirs, and relief restores them.
TEST(Policy, TransactionBanRunsOffTheTradersContractsToItsDate) {
  const auto p = default_oil_params();
  auto e = event("2022-03-15", EventKind::TransactionBan, "EU", "rosneft");
  e.wind_down_days = 60;
  std::vector<PolicyEvent> ev = {e};
  std::vector<std::uint8_t> active(1, 1);
  EXPECT_EQ(derive_policy(ev, active, day("2022-03-14"), p).mainstream_allowed(0, day("2022-03-14")), 1.0);
  const auto s = derive_policy(ev, active, day("2022-03-15"), p);
  EXPECT_DOUBLE_EQ(s.mainstream_allowed(0, day("2022-03-15")), 1.0);
  EXPECT_DOUBLE_EQ(s.mainstream_allowed(0, day("2022-04-14")), 0.5);
  EXPECT_EQ(s.mainstream_allowed(0, day("2022-05-14")), 0.0);
  EXPECT_EQ(s.mainstream_allowed(0, day("2023-01-01")), 0.0);
  for (std::size_t k = 1; k < kProducers; ++k) EXPECT_EQ(s.mainstream_allowed(k, day("2022-06-01")), 1.0);
  EXPECT_EQ(s.producer_designation[0], 0.0);  // not a designation: no compliance barrier for buyers
  active[0] = 0;
  EXPECT_EQ(derive_policy(ev, active, day("2022-06-01"), p).mainstream_allowed(0, day("2022-06-01")), 1.0);
}

TEST(Policy, ReliefLiftsNamedEventsAndWholeKinds) {
  const auto p = default_oil_params();
  auto cap = event("2022-12-05", EventKind::PriceCapCrude, "G7", "", 60);
  auto tariff = event("2025-08-27", EventKind::SecondaryTariff, "US", "india", 25);
  tariff.id = "tariff";
  auto by_id = event("2026-01-01", EventKind::Relief);
  by_id.undoes = {"tariff"};
  auto by_kind = event("2026-06-01", EventKind::Relief);
  by_kind.undoes_kind = "price_cap_crude";
  std::vector<PolicyEvent> ev = {cap, tariff, by_id, by_kind};
  std::vector<std::uint8_t> active(ev.size(), 1);
  EXPECT_TRUE(apply_relief(ev, 2, active));
  auto s = derive_policy(ev, active, day("2026-02-01"), p);
  EXPECT_EQ(s.tariff_pct[static_cast<std::size_t>(Region::India)], 0.0);
  EXPECT_DOUBLE_EQ(s.crude_cap_usd_per_bbl, 60);
  EXPECT_TRUE(apply_relief(ev, 3, active));
  EXPECT_TRUE(std::isinf(derive_policy(ev, active, day("2026-07-01"), p).crude_cap_usd_per_bbl));
}

TEST(Policy, JurisdictionListsOverlapByCode) {
  EXPECT_TRUE(jurisdictions_overlap("G7+EU+AU", "EU+G7"));
  EXPECT_TRUE(jurisdictions_overlap("DE+PL", "EU+DE+PL"));
  EXPECT_FALSE(jurisdictions_overlap("US", "EU+G7"));
  EXPECT_FALSE(jurisdictions_overlap("EU", ""));
}

TEST(Policy, ListingAThirdCountryRefinerCutsItsFinanceNotItsRussianIntake) {
  const auto p = default_oil_params();
  std::vector<PolicyEvent> ev = {event("2025-07-18", EventKind::Designation, "EU", "nayara")};
  std::vector<std::uint8_t> active(1, 1);
  const auto s = derive_policy(ev, active, day("2025-08-01"), p);
  for (std::size_t b = 0; b < kBuyers; ++b) {
    EXPECT_EQ(s.buyer_listed[b], p.buyers[b].key == "nayara_urals") << p.buyers[b].key;
    EXPECT_EQ(s.buyer_sanctioned_share[b], 0.0) << p.buyers[b].key;
  }
}

TEST(Policy, APortOutageCutsLoadingUntilItsEnd) {
  const auto p = default_oil_params();
  auto outage = event("2024-03-01", EventKind::PortOutage, "RU", "west", 1200);
  outage.end = day("2024-03-15");
  std::vector<PolicyEvent> ev = {outage};
  std::vector<std::uint8_t> active(1, 1);
  EXPECT_EQ(derive_policy(ev, active, day("2024-03-10"), p).port_outage_west_kbd, 1200);
  EXPECT_EQ(derive_policy(ev, active, day("2024-03-10"), p).port_outage_kozmino_kbd, 0);
  EXPECT_EQ(derive_policy(ev, active, day("2024-03-15"), p).port_outage_west_kbd, 0);
}
