// The tax-price floor of the shipped history scenario: Urals_tax = max(Urals, Brent - D), with D
// stepping 34, 31, 28, 25 from April to July 2023 (calib. 5.6) and to 20 from 1 Sep 2023
// (oil_mechanisms.md 5.3), which holds afterwards (no end date found); docs/MODEL_STATE.md section 1.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "sancsim/model/policy.hpp"
#include "sancsim/scenario/scenario.hpp"

namespace {
using namespace sancsim;
namespace fs = std::filesystem;

const fs::path kScenarios = fs::path(SANCSIM_SCENARIO_FIXTURES).parent_path();

TEST(TaxPriceFloor, FollowsTheLawsStepsInTheHistoryScenario) {
  auto loaded = load_scenario((kScenarios / "history.toml").string(), {});
  if (auto* d = std::get_if<Diagnostics>(&loaded)) throw std::runtime_error(d->str());
  const Scenario& s = std::get<Scenario>(loaded);
  const std::vector<std::uint8_t> active(s.events.size(), 1);
  auto floor_on = [&](int year, unsigned month, unsigned day) {
    return derive_policy(s.events, active, Date::from_ymd(year, month, day), s.params.oil)
        .tax_discount_floor_usd_per_bbl;
  };
  EXPECT_TRUE(std::isnan(floor_on(2023, 3, 31)));  // before the law: the tax is on Urals itself
  EXPECT_EQ(floor_on(2023, 4, 1), 34.0);
  EXPECT_EQ(floor_on(2023, 6, 30), 28.0);
  EXPECT_EQ(floor_on(2023, 8, 31), 25.0);
  EXPECT_EQ(floor_on(2023, 9, 1), 20.0);
  EXPECT_EQ(floor_on(2026, 6, 1), 20.0);
}

}  // namespace
