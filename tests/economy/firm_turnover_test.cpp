// Firm exit and entry in the agent economy: a firm that loses where its rivals earn exits, its plant and
// the loans it secures pass to its rivals, the rest of its loans leaves the bank's books (repaid from its
// deposits or written off against the bank's equity) and its workers search again; a slump of whole
// sectors is ridden out; entrants take the free rows and borrow their start-up capital; the books and
// the payrolls add up throughout.
#include "sancsim/economy/agent_economy.hpp"

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

AgentEconomyParams turnover_params() {
  AgentEconomyParams p = test::small_economy_params();
  p.turnover.enabled = true;
  p.turnover.exit_loss_months = 2;  // quick exits, so that a year's slump shows them
  p.turnover.entry_share_per_month = 0.5;
  return p;
}

EconomyMonthInputs month_inputs(int m) { return test::month_of_2021(m); }

// A slump (the state's purchases cut, a 25% key rate) for a year, then a defence boom at a low rate.
EconomyMonthInputs slump_then_boom(int m) {
  EconomyMonthInputs in = month_inputs(m);
  if (m >= 2 && m < 14) {
    in.key_rate_pct = 25;
    in.other_rub_bn *= 0.3;
    in.security_rub_bn *= 0.3;
    in.defence_rub_bn *= 0.5;
  } else if (m >= 14) {
    in.key_rate_pct = 4;
    in.defence_rub_bn *= 3;
  }
  return in;
}

using test::start_2021;

// Laggards: the first firm of civilian manufacturing and of services asks four times its unit cost, so
// that it loses sales and money while its rivals earn.
void make_laggards(AgentEconomy& e) {
  auto& firms = const_cast<Firms&>(e.firms());
  for (Sector s : {Sector::Oman, Sector::Serv})
    for (std::size_t f = 0; f < firms.size(); ++f)
      if (firms.sector[f] == s) {
        firms.markup[f] = 3.0;
        break;
      }
}

// Every employee is on exactly one firm's payroll.
void expect_staff_balance(const AgentEconomy& e, int m) {
  std::int64_t employed = 0, payroll = 0;
  for (std::int32_t f : e.households().employer) employed += f >= 0 ? 1 : 0;
  for (auto n : e.firms().employees) payroll += n;
  EXPECT_EQ(employed, payroll) << m;
}

TEST(FirmTurnover, AnExitingFirmsLoansLeaveTheBooksAndItsWorkersSearchAgain) {
  const AgentEconomyParams p = turnover_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  make_laggards(e);
  const auto& firms = e.firms();
  const auto& hh = e.households();
  std::vector<std::size_t> laid_off;  // the exited firms' staff who became unemployed
  int m = 0;
  for (; m < 14 && laid_off.empty(); ++m) {
    const std::vector<std::uint8_t> active_before = e.firm_turnover().active;
    const std::vector<std::int32_t> employer_before = hh.employer;
    const double unemployed_before = e.readings().unemployed_k;
    e.step(p, month_inputs(m));
    ASSERT_EQ(e.check_balances(), "") << m;
    expect_staff_balance(e, m);
    // The exited firms' staff are among the month's separations: the flows still add up.
    EXPECT_NEAR(e.readings().unemployed_k - unemployed_before,
                e.readings().labour_flows_k.unemployed_change(), 1e-9)
        << m;
    for (std::size_t f = 0; f < firms.size(); ++f) {
      if (!(active_before[f] && !e.firm_turnover().active[f])) continue;
      EXPECT_EQ(firms.loans_rub[f], 0.0);
      EXPECT_EQ(firms.deposits_rub[f], 0.0);
      EXPECT_EQ(firms.employees[f], 0);
      EXPECT_EQ(firms.capital[f], 0.0);
      double staff = 0;
      for (std::size_t h = 0; h < hh.size(); ++h) {
        EXPECT_NE(hh.employer[h], static_cast<std::int32_t>(f));
        if (employer_before[h] != static_cast<std::int32_t>(f)) continue;
        staff += 1;
        if (hh.status[h] == Status::Unemployed) laid_off.push_back(h);
      }
      // All but the few who left for other jobs or the army during the month.
      EXPECT_GE(static_cast<double>(laid_off.size()), staff - 2.0);
    }
  }
  ASSERT_FALSE(laid_off.empty()) << "no laggard exited";
  EXPECT_LT(e.readings().active_firms, static_cast<double>(firms.size()));
  // They search again: within a boom some of them are hired.
  for (int k = 0; k < 12; ++k, ++m) {
    e.step(p, slump_then_boom(std::max(m, 14)));
    ASSERT_EQ(e.check_balances(), "") << m;
    expect_staff_balance(e, m);
  }
  const auto hired = std::count_if(laid_off.begin(), laid_off.end(),
                                   [&](std::size_t h) { return hh.status[h] != Status::Unemployed; });
  EXPECT_GT(hired, 0);
}

// The plant of an exiting firm stays in its sector: its rivals take it over with the loans it secures.
TEST(FirmTurnover, AnExitingFirmsPlantPassesToItsRivals) {
  const AgentEconomyParams p = turnover_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  make_laggards(e);
  const auto& firms = e.firms();
  auto sector_capital = [&](Sector s) {
    double k = 0;
    for (std::size_t f = 0; f < firms.size(); ++f)
      if (firms.sector[f] == s) k += firms.capital[f];
    return k;
  };
  bool exited = false;
  for (int m = 0; m < 14 && !exited; ++m) {
    const double before = sector_capital(Sector::Serv);
    const double exits = e.readings().firm_exits;
    e.step(p, month_inputs(m));
    ASSERT_EQ(e.check_balances(), "") << m;
    if (e.readings().firm_exits == exits) continue;
    exited = true;
    // A month's investment less depreciation moves the sector's capital by a few percent at most; the
    // exiting firm held about 1/24 of it (the laggard had shrunk) and none of it was scrapped.
    EXPECT_NEAR(sector_capital(Sector::Serv), before, 0.02 * before) << m;
  }
  EXPECT_TRUE(exited);
}

// A slump of the whole economy does not empty sectors: firms that lose with their sector ride it out.
TEST(FirmTurnover, ASlumpOfWholeSectorsIsRiddenOut) {
  const AgentEconomyParams p = turnover_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  for (int m = 0; m < 14; ++m) {
    e.step(p, slump_then_boom(m));
    ASSERT_EQ(e.check_balances(), "") << m;
    expect_staff_balance(e, m);
  }
  EXPECT_GE(e.readings().active_firms, 0.9 * static_cast<double>(e.firms().size()));
}

TEST(FirmTurnover, EntrantsFillFreeRowsInABoomAndBorrowTheirCapital) {
  const AgentEconomyParams p = turnover_params();
  AgentEconomy e(p, start_2021(), month_inputs(0));
  make_laggards(e);
  const auto& t = e.firm_turnover();
  const std::size_t rows = e.firms().size();
  double entered = 0;
  for (int m = 0; m < 40; ++m) {
    e.step(p, slump_then_boom(m));
    ASSERT_EQ(e.check_balances(), "") << m;
    EXPECT_LE(e.readings().active_firms, static_cast<double>(rows));  // bounded by the rows of the start
    EXPECT_EQ(e.firms().size(), rows);
    for (std::size_t f = 0; f < rows; ++f)
      if (t.active[f] && t.age_months[f] == 1) {  // a month after entry: capital bought with a loan
        entered += 1;
        EXPECT_GT(e.firms().capital[f], 0.0);
        EXPECT_GT(e.firms().loans_rub[f], 0.0);
      }
  }
  EXPECT_GT(e.readings().firm_exits, 0.0);
  EXPECT_GT(e.readings().firm_entries, 0.0);
  EXPECT_GT(entered, 0.0);
}

// With time to build (investment_time_to_build_months) an exiting firm's unbuilt orders lapse, an entrant
// starts with none and builds its capital over the build months, and the books add up throughout.
TEST(FirmTurnover, AnExitingFirmsOrdersLapseAndAnEntrantBuildsItsCapitalOverTheBuildMonths) {
  AgentEconomyParams p = turnover_params();
  p.investment_time_to_build_months = 12;
  AgentEconomy e(p, start_2021(), month_inputs(0));
  make_laggards(e);
  const auto& t = e.firm_turnover();
  const auto& orders = e.investment_orders();
  const std::size_t rows = e.firms().size();
  double exited = 0, entered = 0;
  for (int m = 0; m < 40; ++m) {
    const std::vector<std::uint8_t> active_before = t.active;
    e.step(p, slump_then_boom(m));
    ASSERT_EQ(e.check_balances(), "") << m;
    expect_staff_balance(e, m);
    for (std::size_t f = 0; f < rows; ++f) {
      if (!t.active[f]) {
        EXPECT_EQ(orders.unbuilt_real(f), 0.0) << m;  // no orders outlive their firm
      }
      if (active_before[f] && !t.active[f]) exited += 1;
      if (t.active[f] && t.age_months[f] == 1) {
        // A month after entry: a twelfth of its capital bought with a loan and the rest on order (11 times
        // as much; less where it took over some of an exiting rival's plant).
        entered += 1;
        EXPECT_GT(e.firms().capital[f], 0.0);
        EXPECT_GT(e.firms().loans_rub[f], 0.0);
        EXPECT_GT(orders.unbuilt_real(f), 5.0 * e.firms().capital[f]) << m;
      }
    }
  }
  EXPECT_GT(exited, 0.0);
  EXPECT_GT(entered, 0.0);
}

TEST(FirmTurnover, SwitchedOffNoFirmLeaves) {
  AgentEconomyParams p = turnover_params();
  p.turnover.enabled = false;
  AgentEconomy e(p, start_2021(), month_inputs(0));
  make_laggards(e);
  for (int m = 0; m < 14; ++m) e.step(p, slump_then_boom(m));
  EXPECT_EQ(e.readings().firm_exits, 0.0);
  EXPECT_EQ(e.readings().active_firms, static_cast<double>(e.firms().size()));
}

TEST(FirmTurnover, TheSameSeedGivesTheSameExitsAndEntries) {
  const AgentEconomyParams p = turnover_params();
  auto once = [&] {
    AgentEconomy e(p, start_2021(), month_inputs(0));
    make_laggards(e);
    for (int m = 0; m < 30; ++m) e.step(p, slump_then_boom(m));
    StateHasher h;
    e.hash(h);
    return std::pair{h.digest(), e.readings().firm_entries};
  };
  const auto a = once(), b = once();
  EXPECT_EQ(a.first, b.first);
  EXPECT_EQ(a.second, b.second);
}

}  // namespace
}  // namespace sancsim
