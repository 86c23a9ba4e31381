#include "sancsim/engine/date.hpp"

#include <gtest/gtest.h>

using namespace sancsim;

TEST(Date, ParsesAndFormatsIsoDates) {
  auto d = Date::parse("2022-12-05");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year(), 2022);
  EXPECT_EQ(d->month(), 12u);
  EXPECT_EQ(d->day(), 5u);
  EXPECT_EQ(d->iso(), "2022-12-05");
  EXPECT_EQ(d->year_month(), "2022-12");
}

TEST(Date, RejectsImpossibleDates) {
  EXPECT_FALSE(Date::parse("2023-02-29"));
  EXPECT_FALSE(Date::parse("2022-13-01"));
  EXPECT_FALSE(Date::parse("22-12-05"));
  EXPECT_FALSE(Date::parse("2022-1x-05"));
  EXPECT_TRUE(Date::parse("2024-02-29"));
}

TEST(Date, KnowsWeekdaysAndMonthLengths) {
  EXPECT_EQ(Date::parse("2022-02-24")->weekday(), 3u);  // a Thursday
  EXPECT_EQ(Date::parse("2024-02-10")->days_in_month(), 29);
  EXPECT_EQ(Date::parse("2023-02-10")->days_in_month(), 28);
  EXPECT_EQ(Date::parse("2021-01-31")->plus_days(1).iso(), "2021-02-01");
  EXPECT_EQ(days_between(*Date::parse("2021-01-01"), *Date::parse("2031-01-01")), 3652);
}

TEST(YearMonth, ParsesAndOrders) {
  auto m = YearMonth::parse("2024-11");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->str(), "2024-11");
  EXPECT_LT(*YearMonth::parse("2024-11"), *YearMonth::parse("2025-01"));
  EXPECT_FALSE(YearMonth::parse("2024-00"));
  EXPECT_EQ(YearMonth::of(*Date::parse("2022-04-30")).str(), "2022-04");
}
