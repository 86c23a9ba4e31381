#include "sancsim/state/central_bank.hpp"

#include <cmath>
#include <utility>

#include <gtest/gtest.h>

#include "sancsim/state/economy.hpp"
#include "sancsim/state/ruble.hpp"

using namespace sancsim;

TEST(CentralBank, MovesOnlyAtMeetingsTowardTheTaylorRate) {
  CentralBankParams p;
  CentralBank cb;
  cb.meeting_months = parse_meeting_months(p.meeting_months);
  cb.key_rate_pct = 16;
  EXPECT_EQ(cb.decide(p, 2024, 1, 9.0, 2.0, 0.0), 16);  // no meeting in January
  const double target = taylor_target_pct(p, 2024, 9.0, 2.0);
  EXPECT_NEAR(target, 4.0 + 4.0 + p.inflation_weight * 5.0 + p.output_gap_weight * 2.0, 1e-12);
  const double after = cb.decide(p, 2024, 2, 9.0, 2.0, 0.0);
  EXPECT_GT(after, 16);
  EXPECT_LT(after, target);
  EXPECT_DOUBLE_EQ(std::fmod(after, p.step_pct), 0.0);
  // A ruble crash outside a meeting month triggers the emergency rate.
  EXPECT_EQ(cb.decide(p, 2024, 5, 9.0, 2.0, 30.0),
            p.emergency_rate_pct > after ? p.emergency_rate_pct : after);
}

TEST(CentralBank, ParsesMeetingMonths) {
  EXPECT_EQ(parse_meeting_months("2, 3,12"), (std::vector<int>{2, 3, 12}));
  EXPECT_EQ(parse_meeting_months("2,13,x"), (std::vector<int>{2}));
  StateParams s;
  EXPECT_TRUE(validate_state(s).empty());
  s.cbr.meeting_months = "2,13";
  s.financing.on_nwf_exhausted = "default";
  EXPECT_EQ(validate_state(s).size(), 2u);
}

TEST(FxMarket, LessExportRevenueWeakensTheRuble) {
  RubleParams p;
  p.adjustment = 1.0;
  FxFlows f;
  f.energy_exports_usd_bn = 20;
  f.non_energy_exports_usd_bn = 20;
  f.conversion_share = 0.9;
  f.import_demand_usd_bn = 30;
  f.capital_outflow_usd_bn = 6;
  const double base = clear_fx_market(p, f, 1.0, 75, 75).usd_rub;
  EXPECT_NEAR(base, 75, 1e-9);  // 36 - 6 = 30 = imports at the reference rate
  f.energy_exports_usd_bn = 15;
  EXPECT_GT(clear_fx_market(p, f, 1.0, 75, 75).usd_rub, base);
  f.energy_exports_usd_bn = 20;
  f.cbr_net_purchases_usd_bn = 2;  // unmirrored NWF purchases take FX off the market
  EXPECT_GT(clear_fx_market(p, f, 1.0, 75, 75).usd_rub, base);
  f.cbr_net_purchases_usd_bn = 0;
  EXPECT_NEAR(clear_fx_market(p, f, 1.1, 75, 75).usd_rub, 75 * 1.1, 1e-9);  // higher domestic prices
}

// A collapse of the ruble raises CPI beyond the ordinary pass-through; the central bank's measure
// leaves out the share it looks through, and an appreciation of the same size gets no extra.
TEST(Economy, LargeDepreciationRaisesCpiBeyondWhatTheRuleSees) {
  EconomyParams p;
  CentralBankParams cb;
  EconomyInputs in;
  in.year = 2024;  // no cost push
  in.spending_pct_gdp = p.spending_ref_pct_gdp;
  in.energy_exports_usd_bn = p.export_ref_usd_bn_per_month;
  auto after = [&](double depreciation_log, double lookthrough) {
    Economy e{InitialState{}};
    cb.supply_shock_lookthrough = lookthrough;
    in.depreciation_log = depreciation_log;
    e.step(p, cb, in);
    return std::pair{e.cpi_yoy_pct(), e.underlying_inflation_pct()};
  };
  const auto calm = after(0.0, 0.9);
  EXPECT_NEAR(calm.first, calm.second, 1e-12);
  const double d = std::log(1.4);
  const auto crash = after(d, 0.9);
  const double ordinary = p.fx_passthrough / 3.0 * d;
  const double extra = p.large_fx_passthrough * (d - std::log1p(p.large_depreciation_pct / 100.0));
  EXPECT_GT(extra, 0);
  // yoy rates over the same 12 months: the level gap is the extra pass-through, 90% of it left out.
  EXPECT_NEAR(std::log1p(crash.first / 100) - std::log1p(calm.first / 100), ordinary + extra, 1e-9);
  EXPECT_NEAR(std::log1p(crash.second / 100) - std::log1p(calm.second / 100), ordinary + 0.1 * extra, 1e-9);
  const auto seen_in_full = after(d, 0.0);
  EXPECT_NEAR(seen_in_full.first, seen_in_full.second, 1e-12);
  const auto rally = after(-d, 0.9);
  EXPECT_NEAR(std::log1p(rally.first / 100) - std::log1p(calm.first / 100), -ordinary, 1e-9);
}
