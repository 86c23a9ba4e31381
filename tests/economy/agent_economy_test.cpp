// The agent economy: balance sheets, determinism and the responses the issue asks for.
#include "sancsim/economy/agent_economy.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/engine/series_table.hpp"

namespace sancsim {
namespace {

AgentEconomyParams small_params() { return test::small_economy_params(); }

// Flows of a 2021-like month, constant in nominal terms.
EconomyMonthInputs month_inputs(int m) { return test::month_of_2021(m); }

using test::start_2021;

using Shock = std::function<void(int month, EconomyMonthInputs&)>;

struct Path {
  std::vector<EconomyReadings> months;
  std::vector<double> defence_wage_rub;  // average wage offer of the defence-industry firms
  std::uint64_t hash = 0;
};

Path run(const AgentEconomyParams& p, int months, const Shock& shock = {}) {
  AgentEconomy e(p, start_2021(), month_inputs(0));
  Path out;
  for (int m = 0; m < months; ++m) {
    EconomyMonthInputs in = month_inputs(m);
    if (shock) shock(m, in);
    e.step(p, in);
    EXPECT_EQ(e.check_balances(), "") << in.month.str();
    out.months.push_back(e.readings());
    double w = 0, n = 0;
    for (std::size_t f = 0; f < e.firms().size(); ++f)
      if (e.firms().sector[f] == Sector::Def) {
        w += e.firms().wage_rub[f];
        n += 1;
      }
    out.defence_wage_rub.push_back(w / n);
  }
  StateHasher h;
  e.hash(h);
  out.hash = h.digest();
  return out;
}

TEST(AgentEconomy, BalanceSheetsAddUpEveryMonthThroughShocks) {
  const AgentEconomyParams p = small_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  for (int m = 0; m < 36; ++m) {
    EconomyMonthInputs in = month_inputs(m);
    if (m >= 12) in.usd_rub = 110;         // a depreciation
    if (m >= 18) in.key_rate_pct = 16;     // a hike
    if (m >= 6) in.defence_rub_bn *= 2.5;  // a war budget
    e.step(p, in);
    ASSERT_EQ(e.check_balances(), "") << in.month.str();
    // Every financial asset is someone's liability: net financial worth sums to zero, and so does net
    // lending (every payment has a payer and a payee).
    double worth = 0, lending = 0, scale = 0;
    for (double w : e.net_financial_worth_rub()) {
      worth += w;
      scale += std::abs(w);
    }
    for (double l : e.ledger().net_lending_rub) lending += l;
    EXPECT_NEAR(worth, 0.0, 1e-9 * scale);
    EXPECT_NEAR(lending, 0.0, 1e-9 * e.ledger().gross_rub);
    EXPECT_GT(e.ledger().gross_rub, 0.0);
  }
}

TEST(AgentEconomy, CheckBalancesCatchesAPaymentWithoutAPayer) {
  const AgentEconomyParams p = small_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  e.step(p, month_inputs(0));
  ASSERT_EQ(e.check_balances(), "");
  // Money that appears in a household's account from nowhere breaks the bank's books.
  const_cast<Households&>(e.households()).deposits_rub[0] += 1000.0;
  EXPECT_NE(e.check_balances().find("deposits"), std::string::npos) << e.check_balances();
}

// Hyperinflation stops the run as a numerical guard, though every balance is still finite: a runaway's
// balances reach 10^87 RUB before their rounding breaks the identities (seen in a calibration search, where
// the broken identity, a model bug, aborted the whole search). A ruble twenty times weaker in one month
// reprices imports at once, and the price level rises by more than half in the month.
TEST(AgentEconomy, APriceLevelRisingByHalfInAMonthStopsAsANumericalGuard) {
  const AgentEconomyParams p = small_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  e.step(p, month_inputs(0));
  e.step(p, month_inputs(1));
  EconomyMonthInputs collapse = month_inputs(2);
  collapse.usd_rub *= 20.0;
  try {
    e.step(p, collapse);
    FAIL() << "no guard: the price level rose to " << e.readings().price_level;
  } catch (const NonFiniteSeries& guard) {
    EXPECT_EQ(guard.series(), "economy.price_level");
    EXPECT_GT(guard.value(), 0.0);
    EXPECT_NE(std::string(guard.what()).find("hyperinflation"), std::string::npos) << guard.what();
  }
  // An ordinary month of the same economy passes.
  AgentEconomy calm(p, start_2021(), month_inputs(0));
  for (int m = 0; m < 3; ++m) EXPECT_NO_THROW(calm.step(p, month_inputs(m)));
}

TEST(AgentEconomy, TheSameInputsGiveTheSameState) {
  const AgentEconomyParams p = small_params();
  const Path a = run(p, 24), b = run(p, 24);
  EXPECT_EQ(a.hash, b.hash);
  AgentEconomyParams other = p;
  other.seed = 2;
  EXPECT_NE(run(other, 24).hash, a.hash);  // the seed keys the draws
}

TEST(AgentEconomy, StartsWhereTheStateStartsAndHoldsTheMoneyOfTheData) {
  const AgentEconomyParams p = small_params();
  const Path path = run(p, 1);
  const EconomyReadings& r = path.months.front();
  // Deposits and loans of the data (russia_economy.md 4); with 2021's flows, GDP within 8% of 2021's
  // 134.7 trn RUB (russia_economy.md 1.5), which the economy was not fitted to. It is 2% low; it was
  // 21% high while all of the firms' dividends reached resident households (docs/ECONOMY.md,
  // Dividends).
  EXPECT_NEAR(r.household_deposits_rub_bn, p.initial_household_deposits_rub_bn, 0.05 * 35300);
  EXPECT_NEAR(r.firm_loans_rub_bn, p.initial_firm_loans_rub_bn, 0.05 * 47000);
  EXPECT_NEAR(r.nominal_gdp_rub_bn_per_year, 134727, 0.08 * 134727);
  EXPECT_NEAR(r.contract_soldiers_k, 400, 60);
  EXPECT_NEAR(r.unemployment_pct, 5.8, 2.5);
  // Machinery and the defence industry employ the data's 3.3 M of 71.4 M workers (4.6%) between them, in
  // the shares of their start output: the defence orders (3.57 trn RUB less soldiers' pay) are about a
  // seventh of the two sectors' output, so the defence industry employs 0.6-0.7% of the workers.
  const AgentEconomy e(p, start_2021(), month_inputs(0));
  double machinery = 0, defence = 0, employees = 0;
  for (std::size_t f = 0; f < e.firms().size(); ++f) {
    const double staff = e.firms().employees[f];
    employees += staff;
    if (e.firms().sector[f] == Sector::Mach) machinery += staff;
    if (e.firms().sector[f] == Sector::Def) defence += staff;
  }
  EXPECT_NEAR((machinery + defence) / employees, 3300.0 / 71382.5, 0.001);
  const double orders_share = r.output_rub_bn[index(Sector::Def)] /
                              (r.output_rub_bn[index(Sector::Def)] + r.output_rub_bn[index(Sector::Mach)]);
  EXPECT_NEAR(defence / (machinery + defence), orders_share, 0.03);
  EXPECT_GT(r.employment_defence_share, 0.004);
  EXPECT_LT(r.employment_defence_share, 0.009);
}

// A closed-loop steady state: constant nominal flows, a constant key rate and ruble, the 2021 values of
// every dated parameter, and no inflation at the start or in the target (so that nothing in the inputs
// moves prices). Over ten years the economy stays within these bounds: no sector's money piles up or
// drains away (deposits and loans), and output, unemployment and prices stay near the start. Before
// the stock-flow closure of docs/ECONOMY.md (retained profit without net investment, saving toward a
// wealth ratio far above the start's, a bank that kept 20% of its profit, and separations that firms
// could not replace within the month) unemployment passed 17% in the first year and household
// deposits doubled. A slow multiplier-accelerator cycle remains (a boom in years 5-8 that takes
// unemployment to 0-2% for some seeds, hence no lower bound on it); five seeds. Its expectations are
// anchored on zero on the CPI's scale, as the steady paths' are: with the survey's bias of 6.8 points left
// in, the anchor stood at -6.8% and at session 33's defaults unemployment passed 12% (measured 2026-12-06;
// with the anchor at zero the lowest real GDP of seeds 1-5 is 0.926-0.953, the highest unemployment
// 8.8-11.7%; at session 39's defaults, the slower and less anchored expectations of S39A, 0.918-0.945 and
// 9.6-12.4%, hence the bounds 0.91 and 13%).
TEST(AgentEconomy, WithoutShocksItStaysNearItsSteadyStateForTenYears) {
  for (int seed = 1; seed <= 5; ++seed) {
    SCOPED_TRACE(seed);
    AgentEconomyParams p = small_params();
    p.seed = seed;
    p.contract_soldiers_target_k = YearPath{{{2021, 400}}};
    p.army_exit_share_per_month = YearPath{{{2021, 0.01}}};
    p.military_pay_rub_per_month = YearPath{{{2021, 50000}}};
    p.signup_bonus_rub = YearPath{{{2021, 0}}};
    p.pension_rub_per_month = YearPath{{{2021, 17000}}};
    p.defence_loan_spread_pct = YearPath{{{2021, 3.0}}};
    p.import_cost_wedge = YearPath{{{2021, 0.0}}};
    p.profit_tax_pct = YearPath{{{2021, 20}}};
    p.profit_tax_federal_share = YearPath{{{2021, 0.15}}};
    p.pit_progressive = YearPath{{{2021, 0}}};
    p.household_saving_start_rub_bn_per_year = 0;  // a stationary economy saves nothing
    // ... and has no owners abroad: its inputs balance the current account, so dividends paid abroad
    // would drain its deposits month after month (and the budget's spending is an input, so the
    // state's dividends would leave the loop too).
    p.household_dividends_start_rub_bn_per_year = 1e6;
    p.state_dividends_start_rub_bn_per_year = 0;
    p.productivity_growth_pct = YearPath{{{2021, 0.0}}};  // no trend: a stationary economy
    p.world_food_price_growth_pct = YearPath{{{2021, 0.0}}};
    p.expectations_anchor_pct = YearPath{{{2021, 0.0}}};  // expectations anchored on zero inflation
    p.expectations_survey_bias_pp = 0;                    // ... on the CPI's scale (as steady_path.cpp)
    EconomyStart start = start_2021();
    start.inflation_target_pct = 0;
    start.cpi_yoy_pct = 0;
    start.wage_yoy_pct = 0;
    start.gdp_yoy_pct = 0;
    AgentEconomy e(p, start, month_inputs(0));
    for (int m = 0; m < 120; ++m) {
      const EconomyMonthInputs in = month_inputs(m);
      e.step(p, in);
      const EconomyReadings& r = e.readings();
      ASSERT_GT(r.real_gdp_index, 0.91) << in.month.str();
      ASSERT_LT(r.real_gdp_index, 1.08) << in.month.str();
      ASSERT_LT(r.unemployment_pct, 13.0) << in.month.str();
      ASSERT_LT(std::abs(r.cpi_yoy_pct), 6.0) << in.month.str();
      ASSERT_NEAR(r.household_deposits_rub_bn, p.initial_household_deposits_rub_bn,
                  0.15 * p.initial_household_deposits_rub_bn)
          << in.month.str();
      ASSERT_NEAR(r.firm_loans_rub_bn, p.initial_firm_loans_rub_bn, 0.4 * p.initial_firm_loans_rub_bn)
          << in.month.str();
    }
  }
}

// The firms' dividends go to resident households and the federal budget in the shares the data give at
// the start (7 trn and 0.3 trn RUB a year); the rest is paid abroad. With every dividend paid to
// households instead, the budget gets none and households spend more, so nominal GDP is higher (their
// deposits are not: the start's saving is derived to the data's deposit flow either way).
TEST(AgentEconomy, DividendsReachHouseholdsTheBudgetAndOwnersAbroad) {
  const AgentEconomyParams p = small_params();
  AgentEconomyParams resident = p;
  resident.household_dividends_start_rub_bn_per_year = 1e6;
  resident.state_dividends_start_rub_bn_per_year = 0;
  const Path split = run(p, 12), home = run(resident, 12);
  // The first month pays the dividends due at the start: the budget's share is its 300 bn a year.
  EXPECT_NEAR(split.months.front().federal_dividends_rub_bn, 300.0 / 12.0, 0.02 * 300.0 / 12.0);
  EXPECT_EQ(home.months.front().federal_dividends_rub_bn, 0.0);
  for (int m = 1; m < 12; ++m) {
    EXPECT_GT(split.months[m].federal_dividends_rub_bn, 0.0);
    EXPECT_LT(split.months[m].nominal_gdp_rub_bn_per_year, 0.9 * home.months[m].nominal_gdp_rub_bn_per_year);
  }
}

// A war's orders: the defence industry's plant works its wartime hours (defence_wartime_capacity_factor 2) in
// both runs, at a scale fine enough for its firms to hire one worker at a time (10,000 persons an agent,
// the default).
TEST(AgentEconomy, MoreDefenceOrdersRaiseDefenceEmploymentAndWagesThenInflation) {
  AgentEconomyParams p = small_params();
  p.persons_per_agent = 10000;
  p.defence_wartime_capacity_factor = YearPath{{{2021, 2.0}}};
  const Path base = run(p, 24);
  const Path war = run(p, 24, [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.defence_rub_bn *= 2.0;
  });
  // Defence firms deliver more and hire first; the labour market tightens and wages rise; prices follow.
  const std::size_t def = index(Sector::Def);
  EXPECT_GT(war.months[7].output_rub_bn[def], base.months[7].output_rub_bn[def] * 1.5);
  EXPECT_GT(war.months[7].employment_defence_share, base.months[7].employment_defence_share + 0.005);
  EXPECT_LT(war.months[11].unemployment_pct, base.months[11].unemployment_pct - 1.0);
  EXPECT_GT(war.months[15].average_wage_rub, base.months[15].average_wage_rub * 1.01);
  EXPECT_GE(war.defence_wage_rub[23], base.defence_wage_rub[23]);
  EXPECT_GT(war.months[23].price_level, base.months[23].price_level * 1.005);
}

// Without its wartime hours the defence industry's plant binds: a war's doubled orders raise its output by
// at most the plant's headroom over the target utilisation (a quarter; over months 6-11 together, since the
// calm run's month moves by a few percent) and pile up on order; with a second shift
// (defence_wartime_capacity_factor 2) it delivers most of them and its order book is smaller.
TEST(AgentEconomy, WithoutItsWartimeCapacityTheDefenceIndustryCannotMeetAWarsOrders) {
  AgentEconomyParams one_shift = small_params();
  one_shift.persons_per_agent = 10000;
  AgentEconomyParams two_shifts = one_shift;
  two_shifts.defence_wartime_capacity_factor = YearPath{{{2021, 2.0}}};
  const auto war = [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.defence_rub_bn *= 2.0;
  };
  const Path a = run(one_shift, 12, war), b = run(two_shifts, 12, war), calm = run(one_shift, 12);
  const std::size_t def = index(Sector::Def);
  EXPECT_LT(calm.months[11].defence_backlog_rub_bn, 1e-9);  // the calm's orders are met
  double one_shift_output = 0, calm_output = 0;
  for (int m = 6; m < 12; ++m) {
    one_shift_output += a.months[m].output_rub_bn[def];
    calm_output += calm.months[m].output_rub_bn[def];
    EXPECT_GT(b.months[m].output_rub_bn[def], calm.months[m].output_rub_bn[def] * 1.6) << m;
    EXPECT_GT(a.months[m].defence_backlog_rub_bn, b.months[m].defence_backlog_rub_bn) << m;
  }
  EXPECT_LT(one_shift_output, 1.3 * calm_output);
  EXPECT_GT(a.months[11].defence_backlog_rub_bn, 3.0 * a.months[11].output_rub_bn[def]);
}

// A hike from 6% to 16% in month 3: after it households hold more deposits, the bank lends them less, and
// bank credit to the private sector (households' and firms' loans) and investment are lower. Firms' loans
// alone are not asserted: a hike that cuts sales leaves firms that keep their staff short of cash, and they
// borrow for a while (the cash-flow effect that Christiano, Eichenbaum and Evans 1996 find in the US flow of
// funds after a tightening; docs/ECONOMY.md, "A key-rate hike").
TEST(AgentEconomy, AKeyRateHikeRaisesDepositsAndSlowsCredit) {
  const AgentEconomyParams p = small_params();
  const Path base = run(p, 18);
  const Path hike = run(p, 18, [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.key_rate_pct = 16;
  });
  const EconomyReadings &b = base.months[17], &h = hike.months[17];
  EXPECT_GT(h.household_deposits_rub_bn, b.household_deposits_rub_bn);
  EXPECT_LT(h.household_loans_rub_bn + h.firm_loans_rub_bn, b.household_loans_rub_bn + b.firm_loans_rub_bn);
  double lent_base = 0, lent_hike = 0, invested_base = 0, invested_hike = 0;
  for (int m = 3; m < 18; ++m) {
    lent_base += base.months[m].new_household_loans_rub_bn;
    lent_hike += hike.months[m].new_household_loans_rub_bn;
    invested_base += base.months[m].investment_real_rub_bn;
    invested_hike += hike.months[m].investment_real_rub_bn;
  }
  EXPECT_LT(lent_hike, lent_base);
  EXPECT_LT(invested_hike, invested_base);
}

// The households' account reads the flows household_pass books: PIT is 13% of employees' pay (the flat
// scale of 2021-22), soldiers' pay is the army's head count times the year's pay, pensions, benefits and
// transfers are paid every month, households service their debt, and a hike to 16% raises the deposit
// interest credited against the same months at 6%.
TEST(AgentEconomy, TheHouseholdAccountReadsTheMonthsFlows) {
  const AgentEconomyParams p = small_params();
  const Path base = run(p, 18);
  const Path hike = run(p, 18, [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.key_rate_pct = 16;
  });
  for (std::size_t m = 0; m < base.months.size(); ++m) {
    const EconomyReadings& r = base.months[m];
    const double pay = p.military_pay_rub_per_month.at(month_inputs(static_cast<int>(m)).month.year());
    EXPECT_GT(r.household_wages_rub_bn, 0.0);
    EXPECT_NEAR(r.household_pit_rub_bn, 0.13 * r.household_wages_rub_bn, 1e-9 * r.household_wages_rub_bn);
    EXPECT_NEAR(r.military_pay_rub_bn, r.contract_soldiers_k * 1e3 * pay / 1e9, 1e-9 * r.military_pay_rub_bn);
    EXPECT_GT(r.pensions_benefits_rub_bn, 0.0);
    EXPECT_GT(r.social_transfers_rub_bn, 0.0);
    EXPECT_GT(r.household_dividends_rub_bn, 0.0);
    EXPECT_GE(r.signup_bonuses_rub_bn, 0.0);
    EXPECT_GT(r.household_debt_service_rub_bn, 0.0);
  }
  EXPECT_GT(hike.months[17].household_interest_rub_bn, 1.5 * base.months[17].household_interest_rub_bn);
}

// The households' spending by source adds up to their spending every month; nothing is held back in peace.
// At the invasion the cut-off imports with their margins are held back, the aim's share the war's factor
// takes (0.4 x 0.113 x 1.69 = 7.6% of the spending aim at full weight, docs/ECONOMY.md "The invasion's
// demand shock"); a key-rate hike lowers the spending out of deposits and on credit, not out of income.
TEST(AgentEconomy, TheHouseholdsSpendingAddsUpBySource) {
  const AgentEconomyParams p = small_params();
  const Path base = run(p, 12);
  const Path war = run(p, 12, [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.war_shock_weight = in.invasion_share = 1.0;
  });
  const Path hike = run(p, 12, [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.key_rate_pct = 16;
  });
  // The sources reach the readings at their scale and add up there (the account itself closes on income).
  for (const Path* path : {&base, &war, &hike}) {
    for (std::size_t m = 0; m < path->months.size(); ++m) {
      const EconomyReadings& r = path->months[m];
      const double sum = r.household_spending_from_income_rub_bn + r.household_spending_from_deposits_rub_bn +
                         r.household_spending_from_credit_rub_bn;
      EXPECT_NEAR(sum, r.household_spending_rub_bn, 1e-9 * r.household_spending_rub_bn) << m;
      EXPECT_GT(r.household_spending_from_income_rub_bn, 0.0) << m;
      EXPECT_GE(r.household_spending_from_deposits_rub_bn, 0.0) << m;
      EXPECT_GE(r.household_spending_from_credit_rub_bn, 0.0) << m;
    }
  }
  for (std::size_t m = 0; m < base.months.size(); ++m)
    EXPECT_EQ(base.months[m].household_spending_held_back_rub_bn, 0.0) << m;
  // Held back: the factor's share of the aim, (1 - k) / k of what was spent out of income and deposits.
  const EconomyReadings& w = war.months[5];
  const double spent = w.household_spending_from_income_rub_bn + w.household_spending_from_deposits_rub_bn;
  EXPECT_GT(w.household_spending_held_back_rub_bn, 0.05 * spent);
  EXPECT_LT(w.household_spending_held_back_rub_bn, 0.12 * spent);
  EXPECT_EQ(war.months[2].household_spending_held_back_rub_bn, 0.0);  // before the invasion
  const EconomyReadings& b = base.months[6];
  const EconomyReadings& h = hike.months[6];
  EXPECT_LT(h.household_spending_from_deposits_rub_bn, 0.8 * b.household_spending_from_deposits_rub_bn);
  EXPECT_LT(h.household_spending_from_credit_rub_bn, 0.8 * b.household_spending_from_credit_rub_bn);
  EXPECT_GT(h.household_spending_from_income_rub_bn, 0.95 * b.household_spending_from_income_rub_bn);
}

// Interest kept in deposits (interest_consumption_share 0, capitalised) against interest spent like a
// wage (0.9): both save the same flow at the start, since the spending out of deposits is re-derived;
// after a hike the capitalised interest raises deposits by more than the interest that is spent.
TEST(AgentEconomy, CapitalisedInterestKeepsMoreOfAHikeInDeposits) {
  const AgentEconomyParams spent = small_params();
  AgentEconomyParams kept = spent;
  kept.interest_consumption_share = 0.0;
  auto hike = [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.key_rate_pct = 16;
  };
  const Path spent_base = run(spent, 12), spent_hike = run(spent, 12, hike);
  const Path kept_base = run(kept, 12), kept_hike = run(kept, 12, hike);
  const double start = spent_base.months[0].household_deposits_rub_bn;
  EXPECT_NEAR(kept_base.months[0].household_deposits_rub_bn, start, 1e-4 * start);
  const double gain_spent =
      spent_hike.months[11].household_deposits_rub_bn - spent_base.months[11].household_deposits_rub_bn;
  const double gain_kept =
      kept_hike.months[11].household_deposits_rub_bn - kept_base.months[11].household_deposits_rub_bn;
  EXPECT_GT(gain_spent, 0.0);
  // Ten points more on ~36 trn for nine months is ~2.7 trn of interest; 0.9 of it is spent in one case.
  EXPECT_GT(gain_kept, gain_spent + 1000.0);
}

TEST(AgentEconomy, ARubleDepreciationRaisesImportPricesAndTheCpi) {
  const AgentEconomyParams p = small_params();
  const Path base = run(p, 12);
  const Path fall = run(p, 12, [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.usd_rub = 100;
  });
  EXPECT_NEAR(fall.months[3].import_price_index / base.months[3].import_price_index, 100.0 / 74.0, 1e-9);
  EXPECT_GT(fall.months[3].price_level, base.months[3].price_level * 1.02);  // imported goods at once
  EXPECT_GT(fall.months[11].price_level, base.months[11].price_level * 1.03);
}

TEST(AgentEconomy, TheArmyRecruitsTowardItsTargetWithBonuses) {
  AgentEconomyParams p = small_params();
  p.contract_soldiers_target_k = YearPath{{{2021, 400}, {2022, 800}}};
  const Path path = run(p, 24);
  EXPECT_NEAR(path.months[11].contract_soldiers_k, 400, 80);
  EXPECT_GT(path.months[23].contract_soldiers_k, 550);  // recruited over 2022 (bonuses, pay above wages)
  EXPECT_LE(path.months[23].contract_soldiers_k, 800 + 60);
}

// Mobilisation and emigration are dated stocks: reservists and emigrants leave the labour force at
// once (the army pays the reservists; emigrants take their deposits abroad, through the books), and
// lowering the stocks (demobilisation, return) brings them back as job seekers.
TEST(AgentEconomy, MobilisationAndEmigrationMoveHouseholdsOutOfTheLabourForceAndBack) {
  AgentEconomyParams p = small_params();
  p.persons_per_agent = 10000;  // 30 reservists rather than 6: who is hired is a matter of a few draws
  AgentEconomy e(p, start_2021(), month_inputs(0));
  auto count = [&](Status s) {
    return static_cast<double>(std::count(e.households().status.begin(), e.households().status.end(), s)) *
           p.persons_per_agent / 1000.0;
  };
  auto labour_force = [&] {
    return count(Status::Civilian) + count(Status::Defence) + count(Status::Public) +
           count(Status::Unemployed);
  };
  AgentEconomy stay(p, start_2021(), month_inputs(0));  // the same economy without the events
  for (int m = 0; m < 3; ++m) {
    e.step(p, month_inputs(m));
    stay.step(p, month_inputs(m));
  }
  const double force_before = labour_force();
  stay.step(p, month_inputs(3));
  p.mobilised_k = 300;
  p.emigrated_k = 650;
  e.step(p, month_inputs(3));
  ASSERT_EQ(e.check_balances(), "");
  EXPECT_NEAR(count(Status::Mobilised), 300, 0.5 * p.persons_per_agent / 1000.0);
  EXPECT_NEAR(count(Status::Emigrated), 650, 0.5 * p.persons_per_agent / 1000.0);
  EXPECT_NEAR(labour_force(), force_before - 950, 100);
  // Emigrants take their deposits abroad (about 0.5% of the total).
  EXPECT_LT(e.readings().household_deposits_rub_bn, stay.readings().household_deposits_rub_bn - 50);
  for (int m = 4; m < 12; ++m) e.step(p, month_inputs(m));
  // Demobilisation: the reservists return to the labour force (the emigrants stay abroad) as job seekers.
  std::vector<std::size_t> reservists;
  for (std::size_t h = 0; h < e.households().status.size(); ++h)
    if (e.households().status[h] == Status::Mobilised) reservists.push_back(h);
  p.mobilised_k = 0;
  e.step(p, month_inputs(12));
  ASSERT_EQ(e.check_balances(), "");
  EXPECT_EQ(count(Status::Mobilised), 0);
  EXPECT_NEAR(labour_force(), force_before - 650, 100);
  // Within a quarter more than a sixth of the returned reservists are hired (in the first month only where
  // posts are open). The economy as a whole need not employ more: their army pay stops, and so does its
  // spending.
  for (int m = 13; m < 15; ++m) e.step(p, month_inputs(m));
  ASSERT_EQ(e.check_balances(), "");
  const auto hired = std::count_if(reservists.begin(), reservists.end(), [&](std::size_t h) {
    const Status s = e.households().status[h];
    return s == Status::Civilian || s == Status::Defence || s == Status::Public;
  });
  EXPECT_GT(6 * hired, static_cast<long>(reservists.size()));  // 8-16 of 30 measured
}

// The invasion (the state's war shock weight) cuts productivity by each sector's imported-input
// intensity: firms below capacity hire more workers for the same output, so unemployment falls and unit
// costs and prices rise; the sanctions wedge reaches import prices only from the invasion on.
TEST(AgentEconomy, TheInvasionRaisesUnitCostsAndAddsTheImportWedge) {
  AgentEconomyParams p = small_params();
  p.import_cost_wedge = YearPath{{{2021, 0.15}}};
  // The productivity channel alone: without the limit of the imported inputs on offer firms hire more
  // workers to make the same output (TheImportedInputsOnOfferLimitOutputAfterTheInvasion has it on).
  p.war_imports_bind_output = false;
  const Path base = run(p, 12);
  const Path war = run(p, 12, [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.war_shock_weight = in.invasion_share = 1.0;
  });
  EXPECT_DOUBLE_EQ(base.months[5].import_price_index, 1.0);  // no wedge before the invasion
  EXPECT_NEAR(war.months[5].import_price_index, 1.15, 1e-12);
  EXPECT_LT(war.months[8].unemployment_pct, base.months[8].unemployment_pct);
  EXPECT_GT(war.months[11].price_level, base.months[11].price_level * 1.01);
}

// The imported parts on offer bind output once the firms' stock of the cut-off parts runs out: in the
// invasion's first month machinery (imported inputs 0.18 of its output) still makes what it planned;
// from the third month it makes less than without the limit, and the supply cut no longer makes firms
// hire more workers to make the same output (it lowered unemployment before,
// TheInvasionRaisesUnitCosts...).
TEST(AgentEconomy, TheImportedPartsOnOfferLimitOutputOnceTheirStockRunsOut) {
  AgentEconomyParams bound = small_params();
  bound.war_imports_bind_output = true;
  bound.war_imported_parts_stock_months = 1.0;
  AgentEconomyParams unbound = small_params();
  unbound.war_imports_bind_output = false;
  const auto invade = [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.war_shock_weight = in.invasion_share = 1.0;
  };
  const Path a = run(bound, 9, invade), b = run(unbound, 9, invade);
  const std::size_t mach = index(Sector::Mach);
  EXPECT_DOUBLE_EQ(a.months[2].output_rub_bn[mach], b.months[2].output_rub_bn[mach]);  // before it
  // The first month: the stock covers the missing parts (no jump at the invasion).
  EXPECT_GT(a.months[3].output_rub_bn[mach], a.months[2].output_rub_bn[mach] * 0.98);
  for (int m = 5; m < 9; ++m) {
    EXPECT_LT(a.months[m].output_rub_bn[mach], b.months[m].output_rub_bn[mach] * 0.97) << m;
    EXPECT_GE(a.months[m].unemployment_pct, b.months[m].unemployment_pct) << m;
  }
  // Without a stock the cut comes in the first month.
  AgentEconomyParams no_stock = bound;
  no_stock.war_imported_parts_stock_months = 0.0;
  const Path c = run(no_stock, 4, invade);
  EXPECT_LT(c.months[3].output_rub_bn[mach], a.months[3].output_rub_bn[mach] * 0.97);
}

// The parts cut with idle time (war_idle_time): output falls at given staff. Machinery makes less than
// without the war, posts no more vacancies than without it (nobody is hired to make up for the missing
// parts: over four seeds within 5%, the replacement hiring's noise), and keeps its staff (over four seeds,
// within 2% of the staff without the war).
TEST(AgentEconomy, WithIdleTimeThePartsCutLowersOutputWithoutHiringOrLayoffs) {
  AgentEconomyParams idle = small_params();
  // Five times the small economy's households and firms: machinery's staff of ~70 moved by a worker or two
  // with any change of the defaults.
  idle.persons_per_agent = 10000;
  idle.firms_per_sector = 40;
  idle.war_imports_bind_output = idle.war_idle_time = true;
  const auto invade = [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.war_shock_weight = in.invasion_share = 1.0;
  };
  const std::size_t mach = index(Sector::Mach);
  struct Month {
    double output = 0, posted = 0, staff = 0;
  };
  const auto machinery = [&](const AgentEconomyParams& p, const Shock& shock) {
    AgentEconomy e(p, start_2021(), month_inputs(0));
    std::vector<Month> out;
    for (int m = 0; m < 9; ++m) {
      EconomyMonthInputs in = month_inputs(m);
      if (shock) shock(m, in);
      e.step(p, in);
      EXPECT_EQ(e.check_balances(), "") << in.month.str();
      Month x;
      x.output = e.readings().output_rub_bn[mach];
      for (std::size_t f = 0; f < e.firms().size(); ++f) {
        if (e.firms().sector[f] != Sector::Mach) continue;
        x.posted += e.firms().vacancies[f] + e.firms().hires[f];
        x.staff += e.firms().employees[f];
      }
      out.push_back(x);
    }
    return out;
  };
  const auto a = machinery(idle, invade), peace = machinery(idle, {});
  for (int m = 5; m < 9; ++m) {
    EXPECT_LT(a[m].output, peace[m].output * 0.97) << m;
    EXPECT_GE(a[m].staff, 0.95 * peace[m].staff) << m;  // no collapse of its staff
  }
  // Its vacancies posted and its staff in months 5-8 summed over four seeds (a seed's month moves by up to
  // five workers either way).
  // The run without idle time is no reference: the parts limit keeps the staff for the output without the
  // shortage there too (parts_output_share), so it lays nobody off for the parts; it pays the idle hours in
  // full, and the demand that pay makes left it more staff than this run (measured at session 32's
  // defaults: 4,653 against 4,645 over the four seeds; 4,650 without the war).
  const auto add = [](const std::vector<Month>& path, double& staff, double& posted) {
    for (int m = 5; m < 9; ++m) {
      staff += path[m].staff;
      posted += path[m].posted;
    }
  };
  double kept = 0, without_war = 0, posted_war = 0, posted_peace = 0;
  add(a, kept, posted_war);
  add(peace, without_war, posted_peace);
  for (int seed = 2; seed <= 4; ++seed) {
    AgentEconomyParams i = idle;
    i.seed = seed;
    add(machinery(i, invade), kept, posted_war);
    add(machinery(i, {}), without_war, posted_peace);
  }
  EXPECT_LE(posted_war, 1.05 * posted_peace);  // replacement hiring alike (98 against 97 at S39A)
  EXPECT_GE(kept, 0.98 * without_war);
}

// With the cut at zero the limit and the imports of goods cut off change nothing: the same path, month
// by month, as with both off.
TEST(AgentEconomy, WithTheCutAtZeroTheSupplyLimitChangesNothing) {
  AgentEconomyParams on = small_params();
  on.war_import_cutoff_share = on.war_final_goods_cutoff_share = 0;
  AgentEconomyParams off = on;
  on.war_imports_bind_output = on.war_cut_off_goods_not_imported = true;
  off.war_imports_bind_output = off.war_cut_off_goods_not_imported = false;
  const auto invade = [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.war_shock_weight = in.invasion_share = 1.0;
  };
  const Path a = run(on, 9, invade), b = run(off, 9, invade);
  for (int m = 0; m < 9; ++m) {
    EXPECT_DOUBLE_EQ(a.months[m].real_gdp_index, b.months[m].real_gdp_index) << m;
    EXPECT_DOUBLE_EQ(a.months[m].imports_usd_bn, b.months[m].imports_usd_bn) << m;
  }
  EXPECT_EQ(a.hash, b.hash);
}

// Goods cut off are not bought abroad either: after the invasion the import bill falls with the cut-off
// share (imported inputs and investment goods 40% fewer, unmet demand bought abroad only where on offer),
// and the money stays with the buyers (the balances add up every month, run()).
TEST(AgentEconomy, ImportsFallWithTheCutOffShare) {
  AgentEconomyParams cut = small_params();
  cut.war_cut_off_goods_not_imported = true;
  AgentEconomyParams bought = small_params();
  bought.war_cut_off_goods_not_imported = false;
  const auto invade = [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.war_shock_weight = in.invasion_share = 1.0;
  };
  const Path a = run(cut, 6, invade), b = run(bought, 6, invade);
  EXPECT_DOUBLE_EQ(a.months[2].imports_usd_bn, b.months[2].imports_usd_bn);  // before the invasion
  for (int m = 3; m < 6; ++m) {
    EXPECT_LT(a.months[m].imports_usd_bn, b.months[m].imports_usd_bn * 0.9) << m;
    EXPECT_GT(a.months[m].imports_usd_bn, b.months[m].imports_usd_bn * 0.5) << m;
  }
}

// The federal purchases deflated by public pay: with pay 30% above the sectors' prices the budget buys
// less public output and pays the difference to households; at pay index 1 (the start's prices) it
// changes nothing.
TEST(AgentEconomy, StatePurchasesAtPublicPayBuyLessAndPayTheRest) {
  AgentEconomyParams base = small_params();
  base.state_purchases_at_public_pay = false;
  AgentEconomyParams same = base;
  same.state_purchases_at_public_pay = true;
  same.public_pay_index = YearPath{{{2021, 0.5}}};  // below prices: all of it buys goods
  AgentEconomyParams dear = base;
  dear.state_purchases_at_public_pay = true;
  dear.public_pay_index = YearPath{{{2021, 1.3}}};
  const Path a = run(base, 6), b = run(same, 6), c = run(dear, 6);
  const std::size_t pub = index(Sector::Pub);
  EXPECT_EQ(a.hash, b.hash);
  EXPECT_LT(c.months[5].output_rub_bn[pub], a.months[5].output_rub_bn[pub] * 0.9);
  EXPECT_GT(c.months[5].household_deposits_rub_bn, a.months[5].household_deposits_rub_bn);
}

// Every ruble of the state's spending reaches the agents (or abroad, for what no sector supplies), or waits
// for the defence orders not yet delivered: the federal account moves by the federal receipts less the whole
// of the spending plus the rise in the orders outstanding, month by month, with the VAT on the state's
// purchases of goods among the receipts (a money balance of the budget). The war budget's orders outrun the
// defence industry's plant, so the orders outstanding rise and are then delivered.
TEST(AgentEconomy, TheStatesSpendingReachesTheAgentsWholeAndItsVatComesBack) {
  for (const int config : {0, 1, 2}) {
    const bool vat = config >= 1;
    AgentEconomyParams p = small_params();
    p.state_purchases_pay_vat = vat;
    // Config 2: public pay by the May-decree rule; the chapters' pay above the agents' reaches households.
    p.state_purchases_at_public_pay = config == 2;
    p.public_pay_follows_average_wage = config == 2;
    AgentEconomy e(p, start_2021(), month_inputs(0));
    const double rub_per_bn = 1e9 / p.persons_per_agent;
    double backlog_before = 0, backlog_most = 0;
    for (int m = 0; m < 24; ++m) {
      EconomyMonthInputs in = month_inputs(m);
      if (m >= 4 && m < 8) in.defence_rub_bn *= 2.0;  // a war budget
      const double before = e.government().federal_rub;
      e.step(p, in);
      const EconomyReadings& r = e.readings();
      const double spending = in.defence_rub_bn + in.security_rub_bn + in.other_rub_bn + in.social_rub_bn +
                              in.interest_rub_bn + r.mortgage_subsidy_rub_bn;
      const double receipts = r.federal_taxes_rub_bn + r.federal_dividends_rub_bn + in.oil_gas_taxes_rub_bn;
      const double backlog_rise = r.defence_backlog_rub_bn - backlog_before;
      EXPECT_NEAR((e.government().federal_rub - before) / rub_per_bn, receipts - spending + backlog_rise,
                  1e-9 * (spending + receipts))
          << "config " << config << ", month " << m;
      backlog_before = r.defence_backlog_rub_bn;
      backlog_most = std::max(backlog_most, backlog_before);
    }
    EXPECT_GT(backlog_most, 50.0);                  // a month's orders outrun the plant
    EXPECT_LT(backlog_before, 0.8 * backlog_most);  // and are delivered after the war budget
  }
}

// The households pay VAT at their effective rate: each month the VAT in their spending is the standard
// rate's share of it on the standard part, the reduced rate's on the reduced part, none on the exempt
// part (a money balance), and the budget's money balance holds with it.
TEST(AgentEconomy, HouseholdsPayVatAtTheirEffectiveRate) {
  HouseholdVatShares flat{};
  EXPECT_DOUBLE_EQ(household_vat_rate(20, flat), 0.20);
  HouseholdVatShares mix{0.55, 0.30, 10.0};
  const double in_spending = 0.55 * 0.2 / 1.2 + 0.30 * 0.1 / 1.1;
  EXPECT_NEAR(household_vat_in_spending(20, mix), in_spending, 1e-15);
  EXPECT_NEAR(household_vat_rate(20, mix), in_spending / (1.0 - in_spending), 1e-15);
  EXPECT_NEAR(household_vat_in_spending(22, mix), 0.55 * 0.22 / 1.22 + 0.30 * 0.1 / 1.1, 1e-15);
  AgentEconomyParams p = small_params();
  p.household_vat = mix;
  AgentEconomy e(p, start_2021(), month_inputs(0));
  const double rub_per_bn = 1e9 / p.persons_per_agent;
  for (int m = 0; m < 6; ++m) {
    EconomyMonthInputs in = month_inputs(m);
    if (m >= 3) in.vat_rate_pct = 22;
    const double before = e.government().federal_rub;
    e.step(p, in);
    const EconomyReadings& r = e.readings();
    ASSERT_GT(r.household_spending_rub_bn, 0);
    EXPECT_NEAR(r.vat_households_rub_bn,
                r.household_spending_rub_bn * household_vat_in_spending(in.vat_rate_pct, mix),
                1e-9 * r.household_spending_rub_bn)
        << "month " << m;
    const double taxes = r.vat_households_rub_bn + r.vat_state_purchases_rub_bn +
                         r.profit_tax_federal_rub_bn + r.pit_federal_rub_bn + r.other_federal_taxes_rub_bn;
    EXPECT_NEAR(taxes, r.federal_taxes_rub_bn, 1e-9 * r.federal_taxes_rub_bn);
    const double spending = in.defence_rub_bn + in.security_rub_bn + in.other_rub_bn + in.social_rub_bn +
                            in.interest_rub_bn + r.mortgage_subsidy_rub_bn;
    const double receipts = r.federal_taxes_rub_bn + r.federal_dividends_rub_bn + in.oil_gas_taxes_rub_bn;
    EXPECT_NEAR((e.government().federal_rub - before) / rub_per_bn, receipts - spending,
                1e-9 * (spending + receipts));
  }
}

// The non-oil bases (non_oil_bases), each against its known answer: the customs payments are their
// rate on the customs value of the firms' imported inputs, the tax withheld on dividends abroad its rate on
// them, and with the profit tax at zero the bank pays only the coupon tax on the state bonds' interest. The
// balances add up every month (run()), and the federal account moves by the receipts less the spending.
TEST(AgentEconomy, NonOilBasesPayTheirRatesOnTheirBases) {
  AgentEconomyParams p = small_params();
  p.non_oil_bases = true;
  p.final_use_customs = false;  // the customs on the firms' inputs alone
  p.profit_tax_pct = YearPath{{{2021, 0.0}}};
  p.dividend_withholding_pct = YearPath{{{2021, 12.0}}};
  AgentEconomy e(p, start_2021(), month_inputs(0));
  const double rub_per_bn = 1e9 / p.persons_per_agent;
  for (int m = 0; m < 6; ++m) {
    const EconomyMonthInputs in = month_inputs(m);
    const double before = e.government().federal_rub;
    e.step(p, in);
    ASSERT_EQ(e.check_balances(), "") << in.month.str();
    const EconomyReadings& r = e.readings();
    ASSERT_GT(r.imported_inputs_rub_bn, 0);
    EXPECT_NEAR(r.import_customs_rub_bn, 0.05 * r.imported_inputs_rub_bn, 1e-9 * r.imported_inputs_rub_bn);
    ASSERT_GT(r.dividends_abroad_rub_bn, 0) << "month " << m;
    EXPECT_NEAR(r.dividend_withholding_rub_bn, 0.12 * r.dividends_abroad_rub_bn,
                1e-9 * r.dividends_abroad_rub_bn);
    EXPECT_NEAR(r.bank_profit_tax_federal_rub_bn, 0.15 * in.interest_rub_bn, 1e-9 * in.interest_rub_bn);
    // No firm pays profit tax at a zero rate: the federal profit tax is the bank's and the withholding.
    EXPECT_NEAR(r.profit_tax_federal_rub_bn, r.bank_profit_tax_federal_rub_bn + r.dividend_withholding_rub_bn,
                1e-9 * r.profit_tax_federal_rub_bn);
    const double spending = in.defence_rub_bn + in.security_rub_bn + in.other_rub_bn + in.social_rub_bn +
                            in.interest_rub_bn + r.mortgage_subsidy_rub_bn;
    const double receipts = r.federal_taxes_rub_bn + r.federal_dividends_rub_bn + in.oil_gas_taxes_rub_bn;
    EXPECT_NEAR((e.government().federal_rub - before) / rub_per_bn, receipts - spending,
                1e-9 * (spending + receipts));
  }
}

// Every ruble of the firms' dividends has a payee: resident households, the federal budget, owners abroad
// (the sourced start figure's share) and resident corporate owners (the rest, kept in the firms' sector),
// in shares fixed at the start; from the type-C month the set share of what leaves (after the tax withheld)
// stays in the bank as the rest of the world's blocked deposits. The balances close every month and the
// federal taxes add up tax by tax.
TEST(AgentEconomy, EveryDividendHasAPayeeAndTypeCAccountsKeepTheBlockedShare) {
  AgentEconomyParams p = small_params();
  p.non_oil_bases = true;
  p.dividend_withholding_pct = YearPath{{{2021, 10.0}}};
  p.dividends_abroad_start_rub_bn_per_year = 3300;
  p.type_c_dividend_share = 0.7;
  p.type_c_accounts_from_yyyymm = 202104;
  AgentEconomy e(p, start_2021(), month_inputs(0));
  AgentEconomyParams residual = p;
  residual.dividends_abroad_start_rub_bn_per_year = 0;
  residual.type_c_dividend_share = 0;
  AgentEconomy r0(residual, start_2021(), month_inputs(0));
  double blocked = 0, abroad_share = -1, retained_share = -1;
  for (int m = 0; m < 8; ++m) {
    const EconomyMonthInputs in = month_inputs(m);
    e.step(p, in);
    r0.step(residual, in);
    ASSERT_EQ(e.check_balances(), "") << in.month.str();
    ASSERT_EQ(r0.check_balances(), "") << in.month.str();
    const EconomyReadings& r = e.readings();
    const double all = r.firm_dividends_rub_bn;
    ASSERT_GT(all, 0) << "month " << m;
    EXPECT_NEAR(r.dividends_households_rub_bn + r.federal_dividends_rub_bn + r.dividends_abroad_rub_bn +
                    r.dividends_retained_rub_bn,
                all, 1e-9 * all);
    ASSERT_GT(r.dividends_retained_rub_bn, 0) << "the abroad figure must not take all the rest";
    if (abroad_share < 0) {
      abroad_share = r.dividends_abroad_rub_bn / all;
      retained_share = r.dividends_retained_rub_bn / all;
    }
    EXPECT_NEAR(r.dividends_abroad_rub_bn / all, abroad_share, 1e-9);
    EXPECT_NEAR(r.dividends_retained_rub_bn / all, retained_share, 1e-9);
    // The residual run pays abroad what the sourced one pays abroad and keeps at home.
    const EconomyReadings& q = r0.readings();
    EXPECT_EQ(q.dividends_retained_rub_bn, 0.0);
    EXPECT_NEAR(q.dividends_abroad_rub_bn / q.firm_dividends_rub_bn, abroad_share + retained_share, 1e-9);
    const double leaving = r.dividends_abroad_rub_bn - r.dividend_withholding_rub_bn;
    if (m < 3) {
      EXPECT_EQ(r.dividends_type_c_rub_bn, 0.0);
    } else {
      EXPECT_NEAR(r.dividends_type_c_rub_bn, 0.7 * leaving, 1e-9 * leaving);
    }
    blocked += r.dividends_type_c_rub_bn;
    EXPECT_NEAR(r.type_c_deposits_rub_bn, blocked, 1e-9 * (1.0 + blocked));
    EXPECT_NEAR(r.federal_taxes_rub_bn,
                r.vat_households_rub_bn + r.vat_state_purchases_rub_bn + r.profit_tax_federal_rub_bn +
                    r.pit_federal_rub_bn + r.other_federal_taxes_rub_bn,
                1e-9 * r.federal_taxes_rub_bn);
  }
  EXPECT_GT(blocked, 0);
  // Money kept at home stays in the bank: its deposits exceed the residual run's.
  EXPECT_GT(e.bank().deposits_rub, r0.bank().deposits_rub);
}

// The bank's profit beyond the coupons pays the profit tax, its federal share to the budget: at the same
// inputs the bank's federal tax exceeds the coupon tax, and the bases add federal revenue.
TEST(AgentEconomy, TheBankPaysProfitTaxAndTheBasesAddFederalRevenue) {
  AgentEconomyParams off = small_params();
  off.non_oil_bases = false;
  off.final_use_customs = false;  // no customs at all without the bases
  AgentEconomyParams on = off;
  on.non_oil_bases = true;
  const Path a = run(off, 6), b = run(on, 6);
  const EconomyMonthInputs in = month_inputs(5);
  EXPECT_EQ(a.months[5].bank_profit_tax_federal_rub_bn, 0.0);
  EXPECT_EQ(a.months[5].import_customs_rub_bn, 0.0);
  EXPECT_GT(b.months[5].bank_profit_tax_federal_rub_bn, 0.15 * in.interest_rub_bn);
  EXPECT_GT(b.months[5].federal_taxes_rub_bn,
            a.months[5].federal_taxes_rub_bn + 0.5 * b.months[5].import_customs_rub_bn);
}

// The households' excises are their share of the households' spending, inside the price before VAT (the
// VAT is unchanged); the final buyers' customs raise the customs column above the firms' inputs' rate.
// Every month the balances close and the federal account moves by the receipts less the spending.
TEST(AgentEconomy, HouseholdExcisesAndFinalUseCustomsPayTheirRates) {
  AgentEconomyParams p = small_params();
  p.non_oil_bases = true;
  p.household_excises = true;
  p.household_excise_pct_of_spending = 1.5;
  p.final_use_customs = true;
  AgentEconomyParams inputs_only = p;
  inputs_only.household_excises = false;
  inputs_only.final_use_customs = false;
  AgentEconomy e(p, start_2021(), month_inputs(0));
  AgentEconomy q(inputs_only, start_2021(), month_inputs(0));
  const double rub_per_bn = 1e9 / p.persons_per_agent;
  for (int m = 0; m < 6; ++m) {
    const EconomyMonthInputs in = month_inputs(m);
    const double before = e.government().federal_rub;
    e.step(p, in);
    q.step(inputs_only, in);
    ASSERT_EQ(e.check_balances(), "") << in.month.str();
    const EconomyReadings& r = e.readings();
    ASSERT_GT(r.household_spending_rub_bn, 0);
    EXPECT_NEAR(r.household_excises_rub_bn, 0.015 * r.household_spending_rub_bn,
                1e-9 * r.household_spending_rub_bn);
    EXPECT_NEAR(r.vat_households_rub_bn, r.household_spending_rub_bn * vat_in_price(in.vat_rate_pct / 100.0),
                1e-9 * r.household_spending_rub_bn);
    // The final buyers' goods imports pay on top of the inputs' customs, at most the rate's share of them.
    EXPECT_GT(r.import_customs_rub_bn, 0.05 * r.imported_inputs_rub_bn * (1.0 + 1e-6)) << "month " << m;
    EXPECT_EQ(q.readings().household_excises_rub_bn, 0.0);
    EXPECT_NEAR(q.readings().import_customs_rub_bn, 0.05 * q.readings().imported_inputs_rub_bn,
                1e-9 * q.readings().imported_inputs_rub_bn);
    EXPECT_NEAR(r.federal_taxes_rub_bn,
                r.vat_households_rub_bn + r.vat_state_purchases_rub_bn + r.profit_tax_federal_rub_bn +
                    r.pit_federal_rub_bn + r.other_federal_taxes_rub_bn,
                1e-9 * r.federal_taxes_rub_bn);
    const double spending = in.defence_rub_bn + in.security_rub_bn + in.other_rub_bn + in.social_rub_bn +
                            in.interest_rub_bn + r.mortgage_subsidy_rub_bn;
    const double receipts = r.federal_taxes_rub_bn + r.federal_dividends_rub_bn + in.oil_gas_taxes_rub_bn;
    EXPECT_NEAR((e.government().federal_rub - before) / rub_per_bn, receipts - spending,
                1e-9 * (spending + receipts));
  }
}

// The state buys its goods at purchasers' prices: with VAT on its purchases the defence industry is
// paid the orders less their VAT (it makes less), and the budget's receipts rise by about that VAT.
TEST(AgentEconomy, StatePurchasesOfGoodsPayVatToTheBudget) {
  AgentEconomyParams off = small_params();
  off.state_purchases_pay_vat = false;
  AgentEconomyParams on = small_params();
  on.state_purchases_pay_vat = true;
  const Shock war = [](int m, EconomyMonthInputs& in) {
    if (m >= 2) in.defence_rub_bn *= 3.0;
  };
  const Path a = run(off, 8, war), b = run(on, 8, war);
  const std::size_t def = index(Sector::Def);
  const EconomyMonthInputs in = month_inputs(7);
  const double orders_vat =
      3.0 * in.defence_rub_bn * 0.2 / 1.2;  // an upper bound: soldiers' pay is not taxed
  const double more = b.months[7].federal_taxes_rub_bn - a.months[7].federal_taxes_rub_bn;
  EXPECT_GT(more, 0.3 * orders_vat);
  EXPECT_LT(more, 1.2 * orders_vat);
  EXPECT_LT(b.months[7].output_rub_bn[def], a.months[7].output_rub_bn[def]);
}

// The sanctions' import wedge is dated by the invasion (its month for its share of days) and then
// holds whole while the war's shock weight fades: sanctions did not fade.
TEST(AgentEconomy, TheImportWedgeHoldsFromTheInvasionWhileTheShockFades) {
  AgentEconomyParams p = small_params();
  p.import_cost_wedge = YearPath{{{2021, 0.15}}};
  const Path war = run(p, 30, [](int m, EconomyMonthInputs& in) {
    if (m == 3) in.war_shock_weight = in.invasion_share = 0.25;  // invaded with a quarter of the month left
    if (m > 3) in.war_shock_weight = std::exp(-(m - 3) / 25.0), in.invasion_share = 1.0;
  });
  EXPECT_DOUBLE_EQ(war.months[2].import_price_index, 1.0);
  EXPECT_NEAR(war.months[3].import_price_index, 1.0 + 0.25 * 0.15, 1e-12);
  EXPECT_NEAR(war.months[5].import_price_index, 1.15, 1e-12);
  EXPECT_NEAR(war.months[29].import_price_index, 1.15, 1e-12);  // shock weight 0.35 by then
}

// Expected inflation is anchored on households' measured expectations, not on the economy's own CPI:
// with a higher anchor wage offers are indexed more and prices follow.
TEST(AgentEconomy, HigherMeasuredExpectationsRaiseWagesAndPrices) {
  AgentEconomyParams low = small_params();
  low.expectations_anchor_pct = YearPath{{{2021, 4.0}}};
  AgentEconomyParams high = small_params();
  high.expectations_anchor_pct = YearPath{{{2021, 13.0}}};
  const Path a = run(low, 18), b = run(high, 18);
  EXPECT_GT(b.months[17].average_wage_rub, a.months[17].average_wage_rub * 1.02);
  EXPECT_GT(b.months[17].price_level, a.months[17].price_level);
}

// Capital follows lasting demand (a year's mean lag): a one-month surge in orders barely moves the
// capital firms want, where a firm that took one month's demand as lasting would invest at once.
TEST(AgentEconomy, ACapitalStockFollowsLastingDemandNotAMonthsSurge) {
  const auto investment_after_surge = [](double weight) {
    AgentEconomyParams p = small_params();
    p.investment_demand_weight = weight;
    AgentEconomy e(p, start_2021(), month_inputs(0));
    for (int m = 0; m < 8; ++m) {
      EconomyMonthInputs in = month_inputs(m);
      if (m == 6) in.defence_rub_bn *= 3.0;
      e.step(p, in);
    }
    double inv = 0;
    for (double v : e.firms().investment_rub) inv += v;
    return inv;
  };
  const double slow = investment_after_surge(1.0 / 12), fast = investment_after_surge(1.0);
  EXPECT_LT(slow, fast);
}

// Wage offers answer to the economy's tightness: with the wage curve on, more defence orders raise
// average wages more than with it off.
TEST(AgentEconomy, TightnessRaisesWagesWhenTheWageCurveIsOn) {
  AgentEconomyParams off = small_params();
  AgentEconomyParams on = small_params();
  on.wage_tightness_per_year = 0.2;
  on.wage_quit_response = 0.5;
  const Shock orders = [](int m, EconomyMonthInputs& in) {
    if (m >= 3) in.defence_rub_bn *= 2.0;
  };
  const Path flat = run(off, 18, orders);
  const Path curve = run(on, 18, orders);
  EXPECT_GT(curve.months[17].average_wage_rub, flat.months[17].average_wage_rub);
}

// World food prices reach the CPI through imported food and farm goods' export parity; a productivity
// trend not passed into wages lowers unit costs and so prices.
TEST(AgentEconomy, WorldFoodPricesRaiseAndProductivityLowersThePriceLevel) {
  AgentEconomyParams p = small_params();
  p.world_food_price_growth_pct = YearPath{{{2021, 0.0}}};
  const Path base = run(p, 12);
  AgentEconomyParams food = p;
  food.world_food_price_growth_pct = YearPath{{{2021, 25.0}}};
  EXPECT_GT(run(food, 12).months[11].price_level, base.months[11].price_level);
  AgentEconomyParams trend = p;
  trend.productivity_growth_pct = YearPath{{{2021, 5.0}}};
  trend.wage_productivity_passthrough = 0;
  EXPECT_LT(run(trend, 12).months[11].price_level, base.months[11].price_level);
}

// World prices of traded goods in dollars reach imports at once (the ruble and the world price level
// held): after a year the import price is the path's 6.4% higher, and the CPI rises with the basket's
// imported share at once (more than nothing, less than a third of the rise) and more within the year,
// as imported inputs and the export parity reach domestic prices.
TEST(AgentEconomy, WorldGoodsPricesPassIntoImportPricesAndTheCpiWithTheImportShare) {
  AgentEconomyParams p = small_params();
  const Path base = run(p, 12);
  p.world_goods_prices = true;
  p.world_goods_price_growth_pct = YearPath{{{2021, 6.4}}};
  const Path world = run(p, 12);
  EXPECT_NEAR(world.months[11].import_price_index / base.months[11].import_price_index, 1.064, 1e-9);
  const double rise_at_once = world.months[0].price_level / base.months[0].price_level - 1.0;
  const double import_rise_at_once = std::pow(1.064, 1.0 / 12.0) - 1.0;
  EXPECT_GT(rise_at_once, 0.05 * import_rise_at_once);
  EXPECT_LT(rise_at_once, 0.3 * import_rise_at_once);
  EXPECT_GT(world.months[11].price_level / base.months[11].price_level - 1.0, 0.05 * 0.064);
  // Off, the path is not read.
  p.world_goods_prices = false;
  EXPECT_EQ(run(p, 12).hash, base.hash);
}

// The world prices of Russia's own exports (metals, fertilizers, timber) reach the domestic prices of the
// exporting sectors through their export parity, not the import price: other manufacturing's price rises
// by at least a tenth of its export share times the rise within the year, the import price does not move.
TEST(AgentEconomy, WorldExportPricesReachTheExportersPricesNotTheImportPrice) {
  AgentEconomyParams p = small_params();
  const Path base = run(p, 12);
  p.world_export_prices = true;
  p.world_export_price_growth_pct = YearPath{{{2021, 32.0}}};
  const Path dear = run(p, 12);
  const auto oman = static_cast<std::size_t>(index(Sector::Oman));
  const double export_share = kSut2019.exports_rub_bn[oman] / kSut2019.output_rub_bn[oman];
  ASSERT_GT(export_share, 0.1);
  const double rise =
      dear.months[11].sector_price_index[oman] / base.months[11].sector_price_index[oman] - 1.0;
  EXPECT_GT(rise, 0.1 * export_share * 0.32);
  EXPECT_LT(rise, export_share * 0.32 + 0.02);
  EXPECT_DOUBLE_EQ(dear.months[11].import_price_index, base.months[11].import_price_index);
  EXPECT_GT(dear.months[11].price_level, base.months[11].price_level);
  // Off, the path is not read.
  p.world_export_prices = false;
  EXPECT_EQ(run(p, 12).hash, base.hash);
}

// A start in the steady state of the start's inflation: prices begin below their targets by the partial
// adjustment's lag at 5.2% a year (about 1.7%), so they rise faster in the first months than from a
// start at their targets; with no inflation at the start there is no lag and nothing changes.
TEST(AgentEconomy, AStartAtTheStartsInflationLetsPricesRiseFromTheFirstMonth) {
  AgentEconomyParams p = small_params();
  const Path at_target = run(p, 6);
  AgentEconomyParams lag = p;
  lag.start_price_lag_share = 1.0;
  const Path lagging = run(lag, 6);
  EXPECT_GT(lagging.months[5].price_level, at_target.months[5].price_level * 1.005);
  EXPECT_LT(lagging.months[5].price_level, at_target.months[5].price_level * 1.03);
  auto run_from_zero_inflation = [](const AgentEconomyParams& q) {
    EconomyStart start = start_2021();
    start.cpi_yoy_pct = 0;
    AgentEconomy e(q, start, month_inputs(0));
    for (int m = 0; m < 6; ++m) e.step(q, month_inputs(m));
    StateHasher h;
    e.hash(h);
    return h.digest();
  };
  EXPECT_EQ(run_from_zero_inflation(lag), run_from_zero_inflation(p));
}

// Constant flows and the start's steady churn, at the default scale (the small test economy's firms are
// too few for churn to average out): separations alone leave firms a worker or two above their need at
// random. With attrition first those firms neither lay off nor cut their wage offers, so the
// average wage keeps growing at about the start's expected inflation (5.2% a year, less the wage curve's
// small error correction) instead of falling behind it.
TEST(AgentEconomy, AttritionBeforeSheddingKeepsTheStartsWageGrowthInSteadyChurn) {
  AgentEconomyParams p;     // the default scale: small firms make churn lumpy (see small_economy_params)
  p.covid.enabled = false;  // steady flows: no COVID slump to recover from
  p.attrition_before_shedding = false;
  p.wage_error_correction_per_year = 0;  // the firm-level terms alone, without the wage curve's pull
  p.wage_down_per_month = 0.00176;       // a shedding firm's cut as session 33 estimated it (0.0011 since
                                         // session 39): the margin below is the cut's, not the estimate's
  p.productivity_growth_pct = YearPath{{{2021, 0.0}}};  // constant flows: no trend in the offers either
  const Path shed = run(p, 7);
  AgentEconomyParams q = p;
  q.attrition_before_shedding = true;
  const Path attrition = run(q, 7);
  const auto growth_pct_per_year = [](const Path& path) {
    return (std::pow(path.months[6].average_wage_rub / path.months[0].average_wage_rub, 2.0) - 1.0) * 100.0;
  };
  EXPECT_GT(growth_pct_per_year(attrition), growth_pct_per_year(shed) + 0.3);
  EXPECT_GT(growth_pct_per_year(attrition), 3.8);
  EXPECT_LT(growth_pct_per_year(attrition), 7.0);
}

// Non-energy exports 30% dearer in dollars from month 6 (the state's within-year path, docs/ECONOMY.md
// "The agents' 2021 flows"): read as price, the exporters' extra revenue is a windfall and the other
// manufacturers' real output stays near the base; read as volume it buys more of their output.
TEST(AgentEconomy, ExportsDearerInDollarsAreAWindfallNotVolume) {
  const AgentEconomyParams p = small_params();
  const auto dearer = [](double price_index) {
    return [price_index](int m, EconomyMonthInputs& in) {
      if (m < 6) return;
      in.non_energy_exports_usd_bn *= 1.3;
      in.non_energy_export_price_index = price_index;
    };
  };
  const Path base = run(p, 12);
  const Path price = run(p, 12, dearer(1.3));
  const Path volume = run(p, 12, dearer(1.0));
  const auto oman = [](const Path& r) { return r.months[11].output_rub_bn[index(Sector::Oman)]; };
  EXPECT_GT(oman(volume), 1.02 * oman(base));
  EXPECT_LT(std::abs(oman(price) / oman(base) - 1.0), 0.5 * (oman(volume) / oman(base) - 1.0));
  EXPECT_GT(price.months[11].nominal_gdp_rub_bn_per_year, base.months[11].nominal_gdp_rub_bn_per_year);
}

}  // namespace
}  // namespace sancsim
