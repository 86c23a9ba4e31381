// Reference experiments (scenarios/reference/, docs/VALIDATION.md): each states the published
// result, the model's and the tolerance; where the model disagrees by mechanism, the test is a
// guard range around the model's current answer, so that the gap cannot change unnoticed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

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
  // Guard: the model's answer (seeds 1-3: -2.6 for the first $5, -2.2 per $5 from 60 to 30; -1.8
  // and -0.8 in session 8) may move within these ranges; outside them the disagreement has changed
  // and docs/VALIDATION.md must be rewritten.
  EXPECT_GT(first_cut, -15.0);
  EXPECT_LT(first_cut, 3.0);
  EXPECT_GT(per_five_to_30, -10.0);
  EXPECT_LT(per_five_to_30, 1.0);
  // And the direction is WGS's: a lower cap does not raise Russia's revenue.
  EXPECT_LE(at30, at60);
}

// The Bank of Russia's risk scenario run against the status quo, seeds 1-3 (docs/VALIDATION.md).
struct BorRiskFigures {
  double urals_mean = 0;            // Urals FOB, Sep 2026 - Aug 2028, $/bbl
  double gdp_two_years_pp = 0;      // two-year real growth to Aug 2028, risk minus status quo, points
  double key_rate_peak = 0;         // Sep 2026 - Aug 2028, %
  double key_rate_floor_2027 = 0;   // lowest key rate Sep 2026 - Dec 2027, %
  double nwf_exhausted_latest = 0;  // YYYYMM, the latest seed
  double nwf_exhausted_earliest = 1e9;
};

BorRiskFigures bor_risk_figures() {
  auto load = [](const char* file) {
    auto r = load_scenario((kScenarios / file).string(), {});
    if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
    return std::get<Scenario>(std::move(r));
  };
  const Scenario risk = load("reference/bor_risk_urals_30_35.toml"), base = load("status_quo.toml");
  // Rows from January 2026: Sep 2026 is row 8, Aug 2027 row 19, Dec 2027 row 23, Aug 2028 row 31.
  constexpr std::size_t kFrom = 8, kYear = 19, kDec2027 = 23, kTo = 31;
  BorRiskFigures f;
  f.key_rate_floor_2027 = 1e9;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const RunResult r = run_scenario(risk, seed), b = run_scenario(base, seed);
    const auto urals = r.series.values("urals_fob_usd_per_bbl");
    const auto key = r.series.values("key_rate_pct");
    auto two_years = [&](const RunResult& x) {
      const auto g = x.series.values("gdp_yoy_pct");
      return (1 + g[kYear] / 100) * (1 + g[kTo] / 100) - 1;
    };
    for (std::size_t m = kFrom; m <= kTo; ++m) {
      f.urals_mean += urals[m] / (kTo - kFrom + 1) / 3;
      f.key_rate_peak = std::max(f.key_rate_peak, key[m]);
      if (m <= kDec2027) f.key_rate_floor_2027 = std::min(f.key_rate_floor_2027, key[m]);
    }
    f.gdp_two_years_pp += 100 * (two_years(r) - two_years(b)) / 3;
    const double exhausted = metric(r, "nwf_exhausted_month");
    f.nwf_exhausted_latest = std::max(f.nwf_exhausted_latest, exhausted);
    f.nwf_exhausted_earliest = std::min(f.nwf_exhausted_earliest, exhausted);
  }
  return f;
}

// Bank of Russia, Monetary Policy Guidelines, risk scenario: Urals at $30-35 in 2026-27 -> GDP
// about 6% lower over two years, the key rate back near 20%, liquid NWF used up by end-2026.
// The set-up misses the Bank's price by ~1.5 $/bbl on the low side since the refining-margin run cut
// (guarded); the key rate agrees within a tolerance; GDP and the NWF are documented disagreements with
// guard ranges (docs/VALIDATION.md).
TEST(ReferenceExperiments, BankOfRussiaRiskScenarioAgreesOnTheRateAndDisagreesOnGdpAndTheNwf) {
  const BorRiskFigures f = bor_risk_figures();
  RecordProperty("model_urals_mean", std::to_string(f.urals_mean));
  RecordProperty("model_gdp_two_years_pp_vs_status_quo", std::to_string(f.gdp_two_years_pp));
  RecordProperty("model_key_rate_peak", std::to_string(f.key_rate_peak));
  RecordProperty("model_key_rate_floor_sep2026_dec2027", std::to_string(f.key_rate_floor_2027));
  RecordProperty("model_nwf_exhausted",
                 std::to_string(f.nwf_exhausted_earliest) + ".." + std::to_string(f.nwf_exhausted_latest));
  // The scenario's assumption is Urals at $30-35. Brent is pinned at $43, which gave 32.2 before the
  // refining-margin run cut (docs/MODEL.md §3); with it the model's Urals averages 28.6 (seeds 1-3):
  // at Brent $43 products fetch less than crude after the duty spread, refiners cut ~1.35 mb/d of
  // export runs and export the crude, and the discount is 14.5 instead of 10.6 $/bbl (32.4 without
  // the rule; Brent $46 would give 31.3). The run is a slightly harsher price than the Bank's, which
  // makes the GDP and NWF disagreements below conservative. Guard range.
  EXPECT_GT(f.urals_mean, 26.5);
  EXPECT_LT(f.urals_mean, 30.5);
  // Key rate: published "back near 20%"; the model keeps it at or above ~20% through 2027 and
  // peaks a few points higher (tolerance: 18 to 28%).
  EXPECT_GE(f.key_rate_floor_2027, 18.0);
  EXPECT_LE(f.key_rate_peak, 28.0);
  // GDP: published about -6% over two years; the model's -0.29 points (seeds 1-3; -0.46 with the 1 January
  // steps of the yearly flow paths; -0.7 before the refining-margin run cut, whose status quo already carries
  // a wider discount) comes from an aggregate demand that holds spending, with no terms-of-trade income
  // channel. Guard range.
  EXPECT_GT(f.gdp_two_years_pp, -3.0);
  EXPECT_LT(f.gdp_two_years_pp, 0.0);
  // NWF: published exhausted by end-2026; the model's lasts to May - Jul 2027 (Sep - Nov 2027 with the 1
  // January steps of the yearly flow paths, docs/MODEL_STATE.md 5; Jul - Aug 2027 before the bargain's
  // disagreement point followed the storage, docs/MODEL.md §6; May - Sep 2027 without the tax floor at Brent
  // - 20 from Sep 2023; Sep 2027 - Jan 2028 with the former 2024 Urals tax premium of 8, docs/MODEL_STATE.md
  // 1). Guard range.
  EXPECT_GE(f.nwf_exhausted_earliest, 202703.0);
  EXPECT_LE(f.nwf_exhausted_latest, 202812.0);
}

// Cardoso, Daubanes et al. (docs/VALIDATION.md): present value of Russia's oil profits, Dec 2022 -
// Dec 2030, discounted at 10% a year, profit = export revenue - 15 $/bbl x exported volume (CREA's
// average production cost, russia_calibration.md §3.5), and the first year's mean Brent; seeds 1-3.
struct EvasionRun {
  double profit_pv_usd_bn = 0;
  double brent_first_year = 0;
};

EvasionRun evasion_run(const char* file, const std::vector<Override>& sets = {}) {
  auto r = load_scenario((kScenarios / "reference" / file).string(), sets);
  if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
  const Scenario& s = std::get<Scenario>(r);
  EvasionRun out;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const RunResult res = run_scenario(s, seed);
    const auto revenue = res.series.values("oil_export_revenue_usd_bn");
    const auto crude = res.series.values("crude_exports_kbd");
    const auto products = res.series.values("product_exports_kbd");
    const auto brent = res.series.values("brent_usd_per_bbl");
    for (std::size_t m = 0; m < revenue.size(); ++m) {
      const double barrels = (crude[m] + products[m]) * 1000 * (365.25 / 12);  // a month's exports
      out.profit_pv_usd_bn +=
          (revenue[m] - 15 * barrels / 1e9) / std::pow(1.10, static_cast<double>(m) / 12.0) / 3;
      if (m < 12) out.brent_first_year += brent[m] / 12 / 3;
    }
  }
  return out;
}

// "The Dynamics of Evasion": with an endogenous shadow fleet, both the $60 cap and a full maritime-
// services ban cut the present value of Russia's oil profits by more than 23% against no policy,
// the cap by about 2 points more; no world-price spike under the cap, a spike under the ban; lower
// caps cut slightly less. The price result agrees in direction only (the ban's rise is small); the
// sizes and the ranking are documented disagreements with guard ranges.
TEST(ReferenceExperiments, CardosoDaubanesCapAgainstServicesBanAgreesOnThePriceDirectionNotOnSizes) {
  const EvasionRun none = evasion_run("cardoso_no_policy.toml"), cap = evasion_run("cardoso_cap.toml"),
                   cap30 =
                       evasion_run("cardoso_cap.toml", {{"events.cardoso_cap_crude.cap_usd_per_bbl", "30"}}),
                   ban = evasion_run("cardoso_services_ban.toml");
  auto cut_pct = [&](const EvasionRun& x) { return 100 * (x.profit_pv_usd_bn / none.profit_pv_usd_bn - 1); };
  RecordProperty("model_cap60_pv_change_pct", std::to_string(cut_pct(cap)));
  RecordProperty("model_cap30_pv_change_pct", std::to_string(cut_pct(cap30)));
  RecordProperty("model_ban_pv_change_pct", std::to_string(cut_pct(ban)));
  RecordProperty("model_cap60_brent_first_year_change",
                 std::to_string(cap.brent_first_year - none.brent_first_year));
  RecordProperty("model_ban_brent_first_year_change",
                 std::to_string(ban.brent_first_year - none.brent_first_year));
  // Agreement: the cap leaves the world price alone.
  EXPECT_NEAR(cap.brent_first_year, none.brent_first_year, 0.5);
  // The ban raises it, but by 0.9 $/bbl in the first year (seeds 1-3), not a spike: since the
  // refining-margin run cut (docs/MODEL.md §3) refiners export as crude what they would have refined
  // into the products the ban strands, crude finds the larger shadow fleet, and Russian exports fall by
  // 0.54 mb/d (-7%) in the first year instead of 1.7 mb/d (Brent +2.7 without the rule). Direction
  // agrees; the size is a documented disagreement, guarded.
  const double ban_brent_rise = ban.brent_first_year - none.brent_first_year;
  EXPECT_GT(ban_brent_rise, 0.4);
  EXPECT_LT(ban_brent_rise, 1.8);
  // Guards (seeds 1-3: cap -2.4%, $30 cap -2.7%, ban -5.4%, -8.6% without the margin rule; published:
  // both below -23%, the cap ~2 points deeper, a lower cap slightly shallower).
  EXPECT_LT(cut_pct(cap), 0.0);
  EXPECT_GT(cut_pct(cap), -8.0);
  EXPECT_LT(cut_pct(ban), -3.0);
  EXPECT_GT(cut_pct(ban), -20.0);
  EXPECT_GT(cut_pct(cap30) - cut_pct(cap), -3.0);
  EXPECT_LT(cut_pct(cap30) - cut_pct(cap), 1.0);
}

// Spiro, Wachtmeister & Gars: means over Dec 2022 - Dec 2030 and the GDP level two years on
// (Dec 2024 against Dec 2022, from the y/y growth of Dec 2023 and Dec 2024); seeds 1-3.
struct EmbargoRun {
  double crude_kbd = 0, products_kbd = 0, revenue_usd_bn = 0, urals_discount = 0, gdp_two_years = 0;
};

EmbargoRun embargo_run(const char* file) {
  auto r = load_scenario((kScenarios / "reference" / file).string(), {});
  if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
  const Scenario& s = std::get<Scenario>(r);
  EmbargoRun out;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const RunResult res = run_scenario(s, seed);
    auto mean = [&](const char* c) {
      const auto v = res.series.values(c);
      double t = 0;
      for (const double x : v) t += x;
      return t / static_cast<double>(v.size()) / 3;
    };
    out.crude_kbd += mean("crude_exports_kbd");
    out.products_kbd += mean("product_exports_kbd");
    out.urals_discount += mean("urals_discount_usd_per_bbl");
    out.revenue_usd_bn += metric(res, "oil_export_revenue_cum_usd_bn") / 3;
    const auto g = res.series.values("gdp_yoy_pct");  // rows from Dec 2022: Dec 2023 is 12, Dec 2024 24
    out.gdp_two_years += ((1 + g[12] / 100) * (1 + g[24] / 100) - 1) / 3;
  }
  return out;
}

// Spiro, Wachtmeister & Gars: an EU import embargo alone leaves Russian volumes unchanged and raises
// transport costs; adding a tanker embargo costs far more; +$5/bbl of transport cost is about -0.5%
// of Russian GDP. Total volumes, the ranking and the GDP effect's size agree; the model's shift from
// products to crude, which the paper does not have, is guarded.
TEST(ReferenceExperiments, SpiroWachtmeisterGarsEmbargoAloneKeepsVolumesAndATankerBanCostsMore) {
  const EmbargoRun none = embargo_run("cardoso_no_policy.toml"), eu = embargo_run("swg_eu_embargo.toml"),
                   ban = embargo_run("swg_eu_embargo_services_ban.toml");
  const double widening = eu.urals_discount - none.urals_discount;
  const double gdp_pp = 100 * (eu.gdp_two_years - none.gdp_two_years);
  RecordProperty("model_eu_embargo_crude_change_pct",
                 std::to_string(100 * (eu.crude_kbd / none.crude_kbd - 1)));
  RecordProperty("model_eu_embargo_discount_widening", std::to_string(widening));
  RecordProperty("model_eu_embargo_gdp_two_years_pp", std::to_string(gdp_pp));
  RecordProperty("model_eu_embargo_gdp_pp_per_5_usd", std::to_string(5 * gdp_pp / widening));
  const double eu_volume = (eu.crude_kbd + eu.products_kbd) / (none.crude_kbd + none.products_kbd);
  RecordProperty("model_eu_embargo_volume_change_pct", std::to_string(100 * (eu_volume - 1)));
  // The rest of docs/VALIDATION.md's table (seeds 1-3): levels without policy, changes with it.
  RecordProperty("model_none_crude_kbd", std::to_string(none.crude_kbd));
  RecordProperty("model_none_products_kbd", std::to_string(none.products_kbd));
  RecordProperty("model_none_discount", std::to_string(none.urals_discount));
  RecordProperty("model_none_revenue_usd_bn", std::to_string(none.revenue_usd_bn));
  const auto change_pct = [](double x, double base) { return std::to_string(100 * (x / base - 1)); };
  RecordProperty("model_eu_embargo_products_change_pct", change_pct(eu.products_kbd, none.products_kbd));
  RecordProperty("model_eu_embargo_revenue_change_pct", change_pct(eu.revenue_usd_bn, none.revenue_usd_bn));
  RecordProperty("model_ban_crude_change_pct", change_pct(ban.crude_kbd, none.crude_kbd));
  RecordProperty("model_ban_products_change_pct", change_pct(ban.products_kbd, none.products_kbd));
  RecordProperty("model_ban_discount_widening", std::to_string(ban.urals_discount - none.urals_discount));
  RecordProperty("model_ban_revenue_change_pct", change_pct(ban.revenue_usd_bn, none.revenue_usd_bn));
  RecordProperty("model_ban_gdp_two_years_pp",
                 std::to_string(100 * (ban.gdp_two_years - none.gdp_two_years)));
  // Agreement: total volumes stay (re-routed to Asia), the discount widens by the longer haul.
  EXPECT_NEAR(eu_volume, 1.0, 0.02);
  EXPECT_GT(widening, 2.0);
  // The mix moves (seeds 1-3: crude +5.2%, products -7.1%; -0.1% and 0.0% before the products side):
  // the products' buyers outside the EU take up the EU's share at 0.04 of their ceiling a month
  // (docs/MODEL.md §6), products sell at a wider discount meanwhile, and the refining-margin run cut
  // (§3) sends that crude to export instead. The paper, a crude model, has no such shift. Guard range.
  EXPECT_GT(eu.crude_kbd / none.crude_kbd, 1.02);
  EXPECT_LT(eu.crude_kbd / none.crude_kbd, 1.09);
  EXPECT_GT(eu.products_kbd / none.products_kbd, 0.88);
  EXPECT_LT(eu.products_kbd / none.products_kbd, 0.97);
  // Agreement: the tanker embargo on top costs far more than the embargo alone (2.6 times its loss,
  // seeds 1-3; more than 4 times before the products side, when the embargo alone cost 3.5% of the
  // revenue rather than 5.8%), and the volumes fall.
  EXPECT_GT(none.revenue_usd_bn - ban.revenue_usd_bn, 2 * (none.revenue_usd_bn - eu.revenue_usd_bn));
  EXPECT_LT(ban.crude_kbd + ban.products_kbd, 0.97 * (none.crude_kbd + none.products_kbd));
  // GDP: -0.49 points over two years for a 4.4 $/bbl wider discount, -0.55 per $5 (seeds 1-3; -0.31
  // for ~5 $/bbl before the products side); published about -0.5% per $5. The size now agrees, though
  // the model's loss runs through the budget's oil revenue (no terms-of-trade income channel) and
  // includes the products' slower sales. Tolerance.
  EXPECT_LT(gdp_pp, 0.0);
  EXPECT_NEAR(5 * gdp_pp / widening, -0.5, 0.25);
}

}  // namespace
