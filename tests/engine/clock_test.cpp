#include "sancsim/engine/clock.hpp"

#include <gtest/gtest.h>

using namespace sancsim;

TEST(Clock, FlagsMonthAndWeekBoundaries) {
  Clock c(*Date::parse("2022-01-30"), *Date::parse("2022-02-02"));
  std::vector<Tick> ticks;
  for (; !c.done(); c.advance()) ticks.push_back(c.tick());
  ASSERT_EQ(ticks.size(), 4u);
  EXPECT_TRUE(ticks[0].first && ticks[0].month_start && ticks[0].week_start);
  EXPECT_TRUE(ticks[1].month_end);    // 31 Jan
  EXPECT_TRUE(ticks[1].week_start);   // a Monday
  EXPECT_TRUE(ticks[2].month_start);  // 1 Feb
  EXPECT_TRUE(ticks[3].month_end);    // last simulated day
}

TEST(Schedule, RunsEachPhaseAtItsRate) {
  Schedule s;
  int daily = 0, weekly = 0, monthly = 0;
  s.add("trade", Rate::Daily, [&](const Tick&) { ++daily; });
  s.add("fleet", Rate::Weekly, [&](const Tick&) { ++weekly; });
  s.add("accounts", Rate::MonthEnd, [&](const Tick&) { ++monthly; });
  Clock c(*Date::parse("2021-01-01"), *Date::parse("2021-12-31"));
  for (; !c.done(); c.advance()) s.run(c.tick());
  EXPECT_EQ(daily, 365);
  EXPECT_EQ(monthly, 12);
  EXPECT_EQ(weekly, 53);  // the first day plus 52 Mondays
}

TEST(DayQueue, ReturnsItemsOnTheirDay) {
  const Date start = *Date::parse("2021-01-01");
  DayQueue<int> q(start, 30);
  q.push(start.plus_days(3), 7);
  q.push(start.plus_days(3), 8);
  q.push(start.plus_days(400), 9);  // beyond the horizon: last bucket
  EXPECT_TRUE(q.due(start.plus_days(2)).empty());
  EXPECT_EQ(q.due(start.plus_days(3)).size(), 2u);
  EXPECT_EQ(q.due(start.plus_days(30)).front(), 9);
}
