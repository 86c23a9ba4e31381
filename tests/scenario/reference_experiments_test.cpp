// Reference experiments (scenarios/reference/, docs/VALIDATION.md): each states the published
// result, the model's and the tolerance; where the model disagrees by mechanism, the test is a
// guard range around the model's current answer, so that the gap cannot change unnoticed.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "sancsim/engine/run_result.hpp"
#include "sancsim/scenario/scenario.hpp"

namespace {
using namespace sancsim;
namespace fs = std::filesystem;

const fs::path kScenarios = fs::path(SANCSIM_SCENARIO_FIXTURES).parent_path();

// Oil export revenue, July 2026 - December 2030, in $M a day, mean over seeds 1-3, at one cap.
double wgs_revenue_usd_m_per_day(double cap_usd_per_bbl) {
  const std::string cap = std::to_string(cap_usd_per_bbl);
  auto r = load_scenario((kScenarios / "reference" / "wgs_cap_levels.toml").string(),
                         {{"events.wgs_cap.cap_usd_per_bbl", cap}});
  if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
  const Scenario& s = std::get<Scenario>(r);
  constexpr double kDays = 1645;  // 1 Jul 2026 - 31 Dec 2030
  double total = 0;
  for (std::uint64_t seed = 1; seed <= 3; ++seed)
    total += metric(run_scenario(s, seed), "oil_export_revenue_cum_usd_bn") * 1000 / kDays / 3;
  return total;
}

// Wachtmeister, Gars & Spiro (2023): each $5 cut of the cap below the world price costs Russia
// about $54 M a day in the short run. Documented disagreement (docs/VALIDATION.md): their
// estimate is static; here a lower cap moves the remaining coalition-carried barrels to the
// shadow fleet, so the model's loss per $5 is a few $M a day.
TEST(ReferenceExperiments, WachtmeisterGarsSpiroCapCutCostIsAGuardedDisagreement) {
  constexpr double kPublishedPerFiveUsdM = -54;
  const double at60 = wgs_revenue_usd_m_per_day(60), at55 = wgs_revenue_usd_m_per_day(55),
               at30 = wgs_revenue_usd_m_per_day(30);
  const double first_cut = at55 - at60, per_five_to_30 = (at30 - at60) / 6;
  RecordProperty("published_per_5_usd_m_per_day", std::to_string(kPublishedPerFiveUsdM));
  RecordProperty("model_first_5_usd_m_per_day", std::to_string(first_cut));
  RecordProperty("model_per_5_from_60_to_30_usd_m_per_day", std::to_string(per_five_to_30));
  // Guard: the model's answer (at the commit of docs/VALIDATION.md: -1.1 for the first $5, -1.1
  // per $5 from 60 to 30) may move within these ranges; outside them the disagreement has changed
  // and docs/VALIDATION.md must be rewritten.
  EXPECT_GT(first_cut, -15.0);
  EXPECT_LT(first_cut, 3.0);
  EXPECT_GT(per_five_to_30, -10.0);
  EXPECT_LT(per_five_to_30, 1.0);
  // And the direction is WGS's: a lower cap does not raise Russia's revenue.
  EXPECT_LE(at30, at60);
}

}  // namespace
