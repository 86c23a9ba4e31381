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
  cb.start(16);
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

// 28 Feb - 26 May 2022: a hike to 20% on the ruble's fall, then extraordinary cuts (6 pp a month by
// default) down to where the rule stands; the rule's own smoothing starts from its pre-crash rate.
TEST(CentralBank, EmergencyHikeUnwindsToTheRule) {
  CentralBankParams p;
  CentralBank cb;
  cb.meeting_months = parse_meeting_months(p.meeting_months);
  cb.start(9.5);
  EXPECT_EQ(cb.decide(p, 2022, 3, 8.0, 0.0, 40.0), p.emergency_rate_pct);
  const double rule = cb.rule_rate_pct;
  EXPECT_DOUBLE_EQ(rule, meeting_rate_pct(p, 2022, 9.5, 8.0, 0.0));  // the March meeting moved the rule
  EXPECT_LT(rule, p.emergency_rate_pct - 5);
  const double april = cb.decide(p, 2022, 4, 8.0, 0.0, -10.0);
  EXPECT_DOUBLE_EQ(april, std::max(cb.rule_rate_pct, p.emergency_rate_pct - p.emergency_unwind_pp_per_month));
  cb.decide(p, 2022, 5, 8.0, 0.0, -5.0);  // no meeting in May: an extraordinary cut only
  EXPECT_DOUBLE_EQ(cb.emergency_floor_pct, p.emergency_rate_pct - 2 * p.emergency_unwind_pp_per_month);
  for (unsigned m = 6; m <= 9; ++m) cb.decide(p, 2022, m, 8.0, 0.0, 0.0);
  EXPECT_EQ(cb.emergency_floor_pct, 0.0);
  EXPECT_EQ(cb.key_rate_pct, cb.rule_rate_pct);  // back on the rule
}

// A scenario's pinned key rate (data.key_rate_monthly_csv): the pinned month's rate is the path's,
// even in an emergency, and the rule's smoothing resumes from it, with no emergency floor left.
TEST(CentralBank, APinnedRateHoldsAndTheRuleResumesFromIt) {
  CentralBankParams p;
  CentralBank cb;
  cb.meeting_months = parse_meeting_months(p.meeting_months);
  cb.start(4.25);
  EXPECT_EQ(cb.decide(p, 2022, 3, 8.0, 0.0, 40.0), p.emergency_rate_pct);  // a crash: the floor is set
  EXPECT_EQ(cb.hold(11.0), 11.0);
  EXPECT_EQ(cb.key_rate_pct, 11.0);
  EXPECT_EQ(cb.emergency_floor_pct, 0.0);
  // The first meeting after the path: the rule's smoothing starts from the pinned rate.
  EXPECT_DOUBLE_EQ(cb.decide(p, 2022, 6, 8.0, 0.0, 0.0), meeting_rate_pct(p, 2022, 11.0, 8.0, 0.0));
  cb.hold(2.0);
  EXPECT_EQ(cb.decide(p, 2022, 8, 8.0, 0.0, 0.0), 2.0) << "no meeting in August: the pinned rate stays";
}

// The rule's inflation blends the last three months, annualised, with the year-on-year rate: after a
// one-off jump of the price level, y/y stays high for a year while the three-month rate clears.
TEST(Economy, MomentumForgetsAOneOffJumpBeforeTheYearOnYearRate) {
  StateParams sp;
  sp.economy.fx_passthrough = 0;
  sp.economy.large_fx_passthrough = 1.0;
  sp.cbr.supply_shock_lookthrough = 0;
  Economy e(sp.initial);
  EconomyInputs in;
  in.year = 2021;
  in.energy_exports_usd_bn = sp.economy.export_ref_usd_bn_per_month;
  for (int m = 0; m < 3; ++m) e.step(sp.economy, sp.cbr, in);
  const double calm_momentum = e.underlying_momentum_pct();
  in.depreciation_log = std::log(1.3);  // a 30% fall of the ruble in one month
  e.step(sp.economy, sp.cbr, in);
  in.depreciation_log = 0;
  EXPECT_GT(e.underlying_momentum_pct(), calm_momentum + 20);
  for (int m = 0; m < 3; ++m) e.step(sp.economy, sp.cbr, in);
  EXPECT_LT(e.underlying_momentum_pct(), calm_momentum + 5);             // the jump has left the window
  EXPECT_GT(e.underlying_inflation_pct(), sp.initial.cpi_yoy_pct + 10);  // y/y still carries it
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
// leaves out the share it looks through, and an appreciation of the same size gets no extra (and only
// its share of the ordinary pass-through).
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
  EXPECT_NEAR(std::log1p(rally.first / 100) - std::log1p(calm.first / 100),
              -p.fx_appreciation_passthrough_share * ordinary, 1e-9);
}

// Prices are rigid downward: over the quarter the ordinary pass-through spreads a change of the ruble,
// a 20% fall raises the price level by fx_passthrough x ln 1.2 and a rise of the same log size lowers
// it by only the appreciation's share of that (0.5 here: half).
TEST(Economy, AnAppreciationPassesThroughLessThanADepreciation) {
  EconomyParams p;
  p.large_fx_passthrough = 0;  // the ordinary channel alone
  p.expectations_weight =
      0;  // no feedback of the month's CPI into expectations: the levels differ by FX alone
  p.fx_passthrough = 0.15;
  p.fx_appreciation_passthrough_share = 0.5;
  CentralBankParams cb;
  EconomyInputs in;
  in.year = 2024;  // no cost push
  in.spending_pct_gdp = p.spending_ref_pct_gdp;
  in.energy_exports_usd_bn = p.export_ref_usd_bn_per_month;
  auto level_after_a_quarter = [&](double depreciation_log) {
    Economy e{InitialState{}};
    in.depreciation_log = depreciation_log;
    e.step(p, cb, in);
    in.depreciation_log = 0;
    e.step(p, cb, in);
    e.step(p, cb, in);
    return std::log(e.price_level());
  };
  const double calm = level_after_a_quarter(0.0);
  const double d = std::log(1.2);
  EXPECT_NEAR(level_after_a_quarter(d) - calm, 0.15 * d, 1e-12);
  EXPECT_NEAR(level_after_a_quarter(-d) - calm, -0.5 * 0.15 * d, 1e-12);
  EXPECT_DOUBLE_EQ(fx_passthrough_weighted_change(p, d), d);
  EXPECT_DOUBLE_EQ(fx_passthrough_weighted_change(p, -d), -0.5 * d);
}

// The sanctions' import cost wedge (built, off by default) moves the import parity like a depreciation
// from the invasion on: over a quarter a wedge of 15% raises the price level by fx_passthrough x
// ln 1.15 (a month with the invasion on 5 of its 28 days carries 5/28 of it), and the Bank's measure
// sees only the share it does not look through.
TEST(Economy, TheImportCostWedgePassesThroughFromTheInvasion) {
  EconomyParams p;
  p.large_fx_passthrough = 0;
  p.expectations_weight = 0;  // the levels differ by the wedge alone
  CentralBankParams cb;
  cb.supply_shock_lookthrough = 0.9;
  EconomyInputs in;
  in.year = 2022;
  in.spending_pct_gdp = p.spending_ref_pct_gdp;
  in.energy_exports_usd_bn = p.export_ref_usd_bn_per_month;
  EXPECT_TRUE(p.import_cost_wedge.at(2022) == 0.0);  // off by default
  auto after_a_quarter = [&](double wedge, double first_share) {
    p.import_cost_wedge = YearPath{{{2021, 0.0}, {2022, wedge}}};
    Economy e{InitialState{}};
    in.invasion_share = first_share;
    e.step(p, cb, in);
    in.invasion_share = 1.0;
    e.step(p, cb, in);
    e.step(p, cb, in);
    e.step(p, cb, in);  // the first month's change has left the window: the whole step is in
    return std::pair{std::log(e.price_level()), std::log1p(e.underlying_inflation_pct() / 100.0)};
  };
  const auto calm = after_a_quarter(0.0, 1.0);
  const double w = std::log1p(0.15);
  const auto hit = after_a_quarter(0.15, 1.0);
  EXPECT_NEAR(hit.first - calm.first, p.fx_passthrough * w, 1e-12);
  EXPECT_NEAR(hit.second - calm.second, 0.1 * p.fx_passthrough * w, 1e-9);
  // Starting on 5 of February's 28 days: 5/28 of the step in the first month, the rest the next;
  // after four months the whole step has passed all the same.
  const auto late = after_a_quarter(0.15, 5.0 / 28.0);
  EXPECT_NEAR(late.first - calm.first, p.fx_passthrough * w, 1e-12);
  // A wedge that narrows (0.15 -> 0.12 in 2024) is an appreciation of the parity: the rigidity's share.
  p.import_cost_wedge = YearPath{{{2021, 0.0}, {2022, 0.15}, {2024, 0.12}}};
  Economy e{InitialState{}};
  Economy still{InitialState{}};
  in.invasion_share = 1.0;
  in.year = 2022;
  e.step(p, cb, in);
  still.step(p, cb, in);
  in.year = 2024;
  e.step(p, cb, in);
  in.year = 2022;
  still.step(p, cb, in);
  const double narrowing = std::log1p(0.12) - std::log1p(0.15);
  // The two differ only in the second month's change of the wedge: a third of its pass-through so far.
  EXPECT_NEAR(std::log(e.price_level()) - std::log(still.price_level()),
              p.fx_passthrough / 3.0 * p.fx_appreciation_passthrough_share * narrowing, 1e-12);
}

// The import compression of 2022 starts with the sanctions after the invasion (24 Feb 2022), not on
// 1 January: January has the access of 2021 (1), February 5 of its 28 days at 0.8, March 0.8.
TEST(FxMarket, ImportCompressionStartsWithTheSanctions) {
  RubleParams p;
  p.import_access = YearPath{{{2021, 1.0}, {2022, 0.8}, {2023, 0.88}}};
  p.import_compression_from = Date::from_ymd(2022, 2, 24);
  EXPECT_DOUBLE_EQ(import_access_of_month(p, YearMonth::from(2021, 12)), 1.0);
  EXPECT_DOUBLE_EQ(import_access_of_month(p, YearMonth::from(2022, 1)), 1.0);
  EXPECT_NEAR(import_access_of_month(p, YearMonth::from(2022, 2)), 1.0 - 0.2 * 5.0 / 28.0, 1e-12);
  EXPECT_DOUBLE_EQ(import_access_of_month(p, YearMonth::from(2022, 3)), 0.8);
  EXPECT_DOUBLE_EQ(import_access_of_month(p, YearMonth::from(2022, 12)), 0.8);  // the year's value to its end
  EXPECT_DOUBLE_EQ(import_access_of_month(p, YearMonth::from(2024, 6)), 0.88);
}

// After the start year the yearly access is an annual level, not a step on 1 January: from 0.8 at the
// end of 2022 to 0.88 at mid-2023 by equal steps, so January 2023 adds 1/24 of the 0.08, not all of it.
TEST(FxMarket, ImportAccessRecoversWithoutAJanuaryStep) {
  RubleParams p;
  p.import_access = YearPath{{{2021, 1.0}, {2022, 0.8}, {2023, 0.88}}};
  p.import_compression_from = Date::from_ymd(2022, 2, 24);
  const double dec = import_access_of_month(p, YearMonth::from(2022, 12));
  const double jan = import_access_of_month(p, YearMonth::from(2023, 1));
  EXPECT_NEAR(jan - dec, 0.08 / 12.0, 1e-12);
  EXPECT_DOUBLE_EQ(dec, 0.8);
  EXPECT_NEAR(import_access_of_month(p, YearMonth::from(2023, 7)), 0.88, 1e-12);
}

// The capital outflow keeps its measured break on 1 Jan 2022 (the pre-war flight) and reads its later
// yearly levels smooth: 8.0 through 2022, then down to 5.5 at mid-2023 by equal monthly steps.
TEST(FxMarket, CapitalOutflowBreaksOnceThenMovesSmoothly) {
  RubleParams p;
  p.capital_outflow_usd_bn_per_month = YearPath{{{2021, 2.2}, {2022, 8.0}, {2023, 5.5}}};
  p.flow_paths_break_from = Date::from_ymd(2022, 1, 1);
  EXPECT_DOUBLE_EQ(capital_outflow_usd_bn(p, YearMonth::from(2021, 12), 0.0), 2.2);
  EXPECT_DOUBLE_EQ(capital_outflow_usd_bn(p, YearMonth::from(2022, 1), 0.0), 8.0);
  EXPECT_DOUBLE_EQ(capital_outflow_usd_bn(p, YearMonth::from(2022, 12), 0.0), 8.0);
  EXPECT_NEAR(capital_outflow_usd_bn(p, YearMonth::from(2023, 1), 0.0), 8.0 - 2.5 / 12.0, 1e-12);
  EXPECT_NEAR(capital_outflow_usd_bn(p, YearMonth::from(2023, 7), 0.0), 5.5, 1e-12);
}

// Capital controls on outflows (2022) block the flight that a real rate below neutral calls forth, and
// leave the retention of a high real rate alone: H2 2022 had the key rate at 7.5-8% with inflation at
// 12-14% (a gap near -7 pp), spring 2022 the 20% emergency rate (a positive gap).
TEST(FxMarket, CapitalControlsBlockTheFlightFromLowRatesOnly) {
  RubleParams p;
  p.capital_outflow_usd_bn_per_month = YearPath{{{2022, 8.0}}};
  p.capital_rate_semi_elasticity = 0.4;
  EXPECT_DOUBLE_EQ(capital_outflow_usd_bn(p, YearMonth::from(2022, 7), -7.0),
                   8.0 + 2.8);  // no controls: flight
  EXPECT_DOUBLE_EQ(capital_outflow_usd_bn(p, YearMonth::from(2022, 7), 3.0), 8.0 - 1.2);
  p.capital_flight_blocked_share = 1.0;
  EXPECT_DOUBLE_EQ(capital_outflow_usd_bn(p, YearMonth::from(2022, 7), -7.0), 8.0);       // flight blocked
  EXPECT_DOUBLE_EQ(capital_outflow_usd_bn(p, YearMonth::from(2022, 7), 3.0), 8.0 - 1.2);  // inflows free
  p.capital_flight_blocked_share = 0.5;
  EXPECT_DOUBLE_EQ(capital_outflow_usd_bn(p, YearMonth::from(2022, 7), -7.0), 8.0 + 1.4);
}

// Liabilities repaid abroad buy FX on the market: one dollar less for importers per dollar repaid, so the
// ruble clears weaker, as a capital outflow of the same size would.
TEST(FxMarket, LiabilitiesRepaidTakeFxFromImportersOneForOne) {
  RubleParams p;
  p.adjustment = 1.0;
  FxFlows f;
  f.energy_exports_usd_bn = 20;
  f.non_energy_exports_usd_bn = 20;
  f.conversion_share = 0.9;
  f.import_demand_usd_bn = 30;
  f.capital_outflow_usd_bn = 6;
  const FxClearing base = clear_fx_market(p, f, 1.0, 75, 75);
  f.liabilities_repaid_usd_bn = 6;
  const FxClearing repaid = clear_fx_market(p, f, 1.0, 75, 75);
  EXPECT_DOUBLE_EQ(repaid.for_imports_usd_bn, base.for_imports_usd_bn - 6);
  EXPECT_NEAR(repaid.usd_rub, 75 * 30.0 / 24.0, 1e-9);  // elasticity 1: the rate by M / A
  f.liabilities_repaid_usd_bn = 0;
  f.capital_outflow_usd_bn = 12;
  EXPECT_DOUBLE_EQ(clear_fx_market(p, f, 1.0, 75, 75).usd_rub, repaid.usd_rub);
}

// The war premium of 2022 announced on 24 Feb: flat over its 36 days by default (February 5 of 28 days,
// March all of it); with 14 full days (to 10 Mar, the ruble's peak) and a linear fade to 1 Apr, March
// carries 9 full days and half of the 22 fading ones, February the same 5 days.
TEST(FxMarket, TheWarPremiumFadesAfterItsPeak) {
  RubleParams p;
  p.war_risk_premium_pct = 200;
  p.war_shock_days = 36;
  const double start = Date::from_ymd(2022, 2, 24).days;
  const double full = std::log(3.0);
  EXPECT_DOUBLE_EQ(war_premium_log_of_month(p, start, YearMonth::from(2022, 2)), full * 5 / 28);
  EXPECT_DOUBLE_EQ(war_premium_log_of_month(p, start, YearMonth::from(2022, 3)), full * 31 / 31);
  EXPECT_EQ(war_premium_log_of_month(p, start, YearMonth::from(2022, 4)), 0.0);
  p.war_premium_full_days = 14;
  EXPECT_NEAR(war_premium_log_of_month(p, start, YearMonth::from(2022, 2)), full * 5 / 28, 1e-12);
  EXPECT_NEAR(war_premium_log_of_month(p, start, YearMonth::from(2022, 3)), full * (9 + 11) / 31.0, 1e-12);
  EXPECT_EQ(war_premium_log_of_month(p, start, YearMonth::from(2022, 4)), 0.0);
  p.war_premium_full_days = 0;  // a pure fade from the announcement: half the flat premium's log-days
  const double feb = war_premium_log_of_month(p, start, YearMonth::from(2022, 2)) * 28;
  const double mar = war_premium_log_of_month(p, start, YearMonth::from(2022, 3)) * 31;
  EXPECT_NEAR(feb + mar, full * 36 / 2.0, 1e-9);
}

// The capital flow's real rate: weight 0 is the year-on-year gap bit for bit; weight 1 deducts the last three
// months' annualised inflation. August 2022: key rate 8%, CPI 15.1% y/y (July) while prices fell month on
// month (-0.39% in July, -0.52% in August): the year-on-year gap reads a flight, current price growth a
// real rate above neutral.
TEST(FxMarket, CapitalFlowRealRateReadsCurrentPriceGrowthByItsWeight) {
  RubleParams p;
  EXPECT_EQ(capital_flow_rate_gap_pp(p, 8.0, 15.1, -1.0, 0.0, 1.5), 8.0 - 15.1 - 1.5);
  p.capital_rate_momentum_weight = 1.0;
  EXPECT_DOUBLE_EQ(capital_flow_rate_gap_pp(p, 8.0, 15.1, -1.0, 0.0, 1.5), 8.0 + 1.0 - 1.5);
  p.capital_rate_momentum_weight = 0.25;
  EXPECT_DOUBLE_EQ(capital_flow_rate_gap_pp(p, 8.0, 15.1, -1.0, 0.0, 1.5),
                   8.0 - (0.25 * -1.0 + 0.75 * 15.1) - 1.5);
  // With momentum equal to the year-on-year rate (steady inflation) the weight does not matter.
  EXPECT_DOUBLE_EQ(capital_flow_rate_gap_pp(p, 16.0, 9.0, 9.0, 0.0, 1.5), 16.0 - 9.0 - 1.5);
  // The gap feeds the outflow as before: the flight of August 2022 read on y/y (+3.44 bn) turns into
  // retention on current price growth (-0.4 x 7.5 = -3.0 bn).
  p.capital_outflow_usd_bn_per_month = YearPath{{{2022, 8.0}}};
  p.capital_rate_semi_elasticity = 0.4;
  p.capital_rate_momentum_weight = 0.0;
  EXPECT_NEAR(capital_outflow_usd_bn(p, YearMonth::from(2022, 8),
                                     capital_flow_rate_gap_pp(p, 8.0, 15.1, -1.0, 0.0, 1.5)),
              8.0 + 0.4 * 8.6, 1e-12);
  p.capital_rate_momentum_weight = 1.0;
  EXPECT_NEAR(capital_outflow_usd_bn(p, YearMonth::from(2022, 8),
                                     capital_flow_rate_gap_pp(p, 8.0, 15.1, -1.0, 0.0, 1.5)),
              8.0 - 0.4 * 7.5, 1e-12);
}

// The ex-ante reading: weight 1 on expected inflation deducts it alone; the weights mix linearly with the
// momentum's and y/y takes the rest. August 2022: key rate 8%, CPI 15.1% y/y, prices falling (-1.0%
// annualised), expected inflation 6.5%: ex-ante the real rate is 1.5 pp above y/y's minus-8.6 gap by 8.6.
TEST(FxMarket, CapitalFlowRealRateReadsExpectedInflationByItsWeight) {
  RubleParams p;
  p.capital_rate_expectations_weight = 1.0;
  EXPECT_DOUBLE_EQ(capital_flow_rate_gap_pp(p, 8.0, 15.1, -1.0, 6.5, 1.5), 8.0 - 6.5 - 1.5);
  p.capital_rate_expectations_weight = 0.5;
  p.capital_rate_momentum_weight = 0.25;
  EXPECT_DOUBLE_EQ(capital_flow_rate_gap_pp(p, 8.0, 15.1, -1.0, 6.5, 1.5),
                   8.0 - (0.25 * -1.0 + 0.5 * 6.5 + 0.25 * 15.1) - 1.5);
  // Expectations equal to y/y: the weight does not matter.
  EXPECT_DOUBLE_EQ(capital_flow_rate_gap_pp(p, 16.0, 9.0, 9.0, 9.0, 1.5), 16.0 - 9.0 - 1.5);
  // Weights summing above one are refused when the scenario is validated.
  StateParams sp;
  sp.ruble.capital_rate_momentum_weight = 0.6;
  sp.ruble.capital_rate_expectations_weight = 0.6;
  EXPECT_EQ(validate_state(sp).size(), 1u);
  sp.ruble.capital_rate_expectations_weight = 0.4;
  EXPECT_TRUE(validate_state(sp).empty());
}

// With inflation above the target and the rate below the rule's aim, a meeting raises the rate: Feb
// 2022 with the rule's inflation at 8.7% and the rate at 8.5% (r* 1.5, target 4, weight w_pi, gap 0).
TEST(CentralBank, RaisesTheRateWhenInflationIsAboveTarget) {
  CentralBankParams p;
  CentralBank cb;
  cb.meeting_months = parse_meeting_months(p.meeting_months);
  cb.start(8.5);
  const double aim = 1.5 + 4.0 + p.inflation_weight * 4.7;
  EXPECT_DOUBLE_EQ(taylor_target_pct(p, 2022, 8.7, 0.0), aim);
  const double expected = std::round((p.smoothing * 8.5 + (1 - p.smoothing) * aim) / p.step_pct) * p.step_pct;
  EXPECT_DOUBLE_EQ(cb.decide(p, 2022, 2, 8.7, 0.0, 0.0), expected);
  EXPECT_GT(expected, 8.5);
}

// The cost push is looked through by its own share: the CPI is the same, the Bank's measure lower.
TEST(Economy, CostPushLookThroughLowersOnlyTheBanksMeasure) {
  EconomyParams p;
  CentralBankParams cb;
  EconomyInputs in;
  in.year = 2021;  // cost push 3.5
  in.spending_pct_gdp = p.spending_ref_pct_gdp;
  in.energy_exports_usd_bn = p.export_ref_usd_bn_per_month;
  auto after_a_year = [&](double lookthrough) {
    Economy e{InitialState{}};
    cb.cost_push_lookthrough = lookthrough;
    for (int m = 0; m < 12; ++m) e.step(p, cb, in);
    return std::pair{e.cpi_yoy_pct(), e.underlying_inflation_pct()};
  };
  const auto seen = after_a_year(0.0);
  const auto ignored = after_a_year(1.0);
  EXPECT_DOUBLE_EQ(seen.first, ignored.first);
  EXPECT_NEAR(seen.first, seen.second, 1e-12);
  EXPECT_LT(ignored.second, seen.second - 1.0);  // most of 3.5 pp a year, built up over the months
}

// Wage growth = CPI + productivity + gap term + tightness x (reference - unemployment): with the gap
// held at zero, a natural rate below the reference raises real wages by the tightness term.
TEST(Economy, WagesRiseFasterInATightLabourMarket) {
  EconomyParams p;
  CentralBankParams cb;
  p.wage_gap_coefficient = 0;
  p.natural_unemployment_pct = YearPath{{{2024, 3.0}}};
  p.wage_reference_unemployment_pct = 5.0;
  InitialState s;
  s.output_gap_pct = 0;
  s.wage_yoy_pct = s.cpi_yoy_pct + p.productivity_growth_pct;
  EconomyInputs in;
  in.year = 2024;
  in.spending_pct_gdp = p.spending_ref_pct_gdp;
  in.energy_exports_usd_bn = p.export_ref_usd_bn_per_month;
  auto real_wage_after_a_year = [&](double tightness) {
    p.wage_tightness_coefficient = tightness;
    Economy e{s};
    for (int m = 0; m < 12; ++m) e.step(p, cb, in);
    return e.real_wage_yoy_pct();
  };
  const double slack = real_wage_after_a_year(0.0);
  const double tight = real_wage_after_a_year(2.0);
  EXPECT_NEAR(tight - slack, 2.0 * (5.0 - 3.0), 0.6);  // 4 pp, up to the compounding of monthly rates
  EXPECT_GT(tight, slack + 3.0);
}

// In agents mode the Bank reads the gap Okun's law gives for the agents' unemployment: the inverse of the
// aggregate economy's law, so that where the aggregate's unemployment is not at its floor, the gap read
// back from it is the aggregate's own gap. A fifth of the labour force idle is a deep negative gap.
TEST(Economy, TheOkunGapInvertsTheAggregatesUnemployment) {
  StateParams sp;
  Economy e(sp.initial);
  EconomyInputs in;
  in.energy_exports_usd_bn = sp.economy.export_ref_usd_bn_per_month;
  for (int m = 0; m < 24; ++m) {
    in.year = 2021 + m / 12;
    in.spending_pct_gdp = m < 6 ? 18 : 24;  // a spending push opens a positive gap
    e.step(sp.economy, sp.cbr, in);
    ASSERT_GT(e.unemployment_pct(), 0.5);
    EXPECT_NEAR(okun_output_gap_pct(sp.economy.natural_unemployment_pct.at(in.year), sp.economy.okun,
                                    e.unemployment_pct()),
                e.output_gap_pct(), 1e-9);
  }
  EXPECT_LT(okun_output_gap_pct(sp.economy.natural_unemployment_pct.at(2024), sp.economy.okun, 20.0), -30.0);
  EXPECT_DOUBLE_EQ(okun_output_gap_pct(sp.economy.natural_unemployment_pct.at(2024), sp.economy.okun,
                                       sp.economy.natural_unemployment_pct.at(2024)),
                   0.0);
}

// The Bank's natural rate between the years' middles: half a month from the year's own value in June and in
// July (the middle lies between them), a twelfth of the step a month, so that December and the next January
// are a month apart on one line rather than a whole step apart.
TEST(OkunGap, TheNaturalRateMovesBetweenTheYearsMiddles) {
  EXPECT_DOUBLE_EQ(between_year_middles(3.26, 5.83, 6), 3.26 + (5.83 - 3.26) * 0.5 / 12.0);
  EXPECT_DOUBLE_EQ(between_year_middles(3.26, 3.02, 7), 3.26 + (3.02 - 3.26) * 0.5 / 12.0);
  EXPECT_DOUBLE_EQ(between_year_middles(5.83, 5.83, 1), 5.83);   // a run's first half-year: no earlier year
  const double december = between_year_middles(5.83, 3.26, 12);  // 2021, toward 2022
  const double january = between_year_middles(3.26, 5.83, 1);    // 2022, from 2021
  EXPECT_NEAR(january - december, (3.26 - 5.83) / 12.0, 1e-12);
}
