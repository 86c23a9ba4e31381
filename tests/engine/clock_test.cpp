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

TEST(DayQueue, AShortRingGrowsAndKeepsEveryItemOnItsDay) {
  const Date start = *Date::parse("2021-01-01");
  DayQueue<int> q(start, 1000, 4);
  // Items 0..99 due on days 3i+1, pushed in an order that forces the ring to grow.
  for (int i = 99; i >= 0; --i) q.push(start.plus_days(3 * i + 1), i);
  q.push(start.plus_days(1), 100);  // a second item on day 1, after the first
  for (int day = 0; day <= 300; ++day) {
    auto& due = q.due(start.plus_days(day));
    if (day % 3 == 1) {
      ASSERT_FALSE(due.empty()) << day;
      EXPECT_EQ(due.front(), (day - 1) / 3);
      EXPECT_EQ(due.size(), day == 1 ? 2u : 1u);
      if (day == 1) {
        EXPECT_EQ(due.back(), 100);
      }
    } else {
      EXPECT_TRUE(due.empty()) << day;
    }
    due.clear();
  }
}

TEST(DayQueue, ReusesTheBucketsOfPastDays) {
  const Date start = *Date::parse("2021-01-01");
  DayQueue<int> q(start, 4000, 8);
  // A rolling voyage pattern: each day, one item due 5 days later; the ring never needs to grow.
  for (int day = 0; day < 4000; ++day) {
    auto& due = q.due(start.plus_days(day));
    EXPECT_EQ(due.size(), day >= 5 ? 1u : 0u);
    if (!due.empty()) {
      EXPECT_EQ(due.front(), day - 5);
    }
    due.clear();
    q.push(start.plus_days(day + 5), day);
  }
}

TEST(DayQueue, DropsAnItemForAPastDayWhenItsSlotIsNeeded) {
  const Date start = *Date::parse("2021-01-01");
  DayQueue<int> q(start, 100, 4);
  EXPECT_TRUE(q.due(start.plus_days(20)).empty());
  q.push(start.plus_days(10), -1);  // day 10 is past: nobody will take it
  q.push(start.plus_days(22), 5);   // the same slot in a ring of 4: reused, not grown
  EXPECT_TRUE(q.due(start.plus_days(10)).empty());
  EXPECT_EQ(q.due(start.plus_days(22)), std::vector<int>{5});
}
