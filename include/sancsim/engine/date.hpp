#pragma once
// Calendar dates for the simulation clock: a day count with conversions to and from
// year-month-day. A plain int keeps hot state small (4 bytes) and comparisons trivial.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sancsim {

// A calendar day, stored as days since 1970-01-01.
struct Date {
  std::int32_t days = 0;

  static Date from_ymd(int year, unsigned month, unsigned day);
  // Parses "YYYY-MM-DD"; nullopt if malformed or not a real date.
  static std::optional<Date> parse(std::string_view text);

  std::chrono::year_month_day ymd() const;
  int year() const;
  unsigned month() const;  // 1..12
  unsigned day() const;    // 1..31
  // Months since year 0, so that month arithmetic is integer arithmetic.
  int month_index() const { return year() * 12 + static_cast<int>(month()) - 1; }
  std::string iso() const;         // "YYYY-MM-DD"
  std::string year_month() const;  // "YYYY-MM"
  unsigned weekday() const;        // 0 = Monday .. 6 = Sunday
  int days_in_month() const;
  Date first_of_month() const;
  Date last_of_month() const;
  Date plus_days(int n) const { return Date{days + n}; }

  friend auto operator<=>(Date, Date) = default;
  friend bool operator==(Date, Date) = default;
};

// Days from a to b (b - a).
inline int days_between(Date a, Date b) { return b.days - a.days; }

// A calendar month, stored as year * 12 + (month - 1).
struct YearMonth {
  int index = 0;
  static YearMonth of(Date d) { return YearMonth{d.month_index()}; }
  static YearMonth from(int year, unsigned month) {
    return YearMonth{year * 12 + static_cast<int>(month) - 1};
  }
  // Parses "YYYY-MM".
  static std::optional<YearMonth> parse(std::string_view text);
  int year() const { return index / 12; }
  unsigned month() const { return static_cast<unsigned>(index % 12 + 1); }
  // The month as the number YYYYMM (202203), the form dated parameters are written in.
  int yyyymm() const { return year() * 100 + static_cast<int>(month()); }
  Date first_day() const { return Date::from_ymd(year(), month(), 1); }
  std::string str() const;  // "YYYY-MM"
  friend auto operator<=>(YearMonth, YearMonth) = default;
  friend bool operator==(YearMonth, YearMonth) = default;
};

}  // namespace sancsim
