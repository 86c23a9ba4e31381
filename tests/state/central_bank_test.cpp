#include "sancsim/state/central_bank.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "sancsim/state/ruble.hpp"

using namespace sancsim;

TEST(CentralBank, MovesOnlyAtMeetingsTowardTheTaylorRate) {
  CentralBankParams p;
  CentralBank cb;
  cb.meeting_months = parse_meeting_months(p.meeting_months);
  cb.key_rate_pct = 16;
  EXPECT_EQ(cb.decide(p, 2024, 1, 9.0, 2.0, 0.0), 16);  // no meeting in January
  const double target = taylor_target_pct(p, 2024, 9.0, 2.0);
  EXPECT_NEAR(target, 4.0 + 4.0 + 2.0 * 5.0 + 0.5 * 2.0, 1e-12);
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
