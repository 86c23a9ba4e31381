#include "sancsim/engine/date.hpp"

#include <charconv>

#include <fmt/format.h>

namespace sancsim {
namespace {
using namespace std::chrono;

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && ptr == s.data() + s.size();
}
}  // namespace

Date Date::from_ymd(int y, unsigned m, unsigned d) {
  const sys_days sd{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
  return Date{static_cast<std::int32_t>(sd.time_since_epoch().count())};
}

std::optional<Date> Date::parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!parse_int(t.substr(0, 4), y) || !parse_int(t.substr(5, 2), m) || !parse_int(t.substr(8, 2), d))
    return std::nullopt;
  const year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                           std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

year_month_day Date::ymd() const { return year_month_day{sys_days{std::chrono::days{days}}}; }
int Date::year() const { return static_cast<int>(ymd().year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd().month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd().day()); }

std::string Date::iso() const { return fmt::format("{:04d}-{:02d}-{:02d}", year(), month(), day()); }
std::string Date::year_month() const { return fmt::format("{:04d}-{:02d}", year(), month()); }

unsigned Date::weekday() const {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  const int w = (days % 7 + 7 + 3) % 7;
  return static_cast<unsigned>(w);
}

int Date::days_in_month() const {
  const auto y = ymd().year();
  const auto m = ymd().month();
  return static_cast<int>(static_cast<unsigned>(year_month_day_last{y, month_day_last{m}}.day()));
}

Date Date::first_of_month() const { return from_ymd(year(), month(), 1); }
Date Date::last_of_month() const { return from_ymd(year(), month(), static_cast<unsigned>(days_in_month())); }

std::optional<YearMonth> YearMonth::parse(std::string_view t) {
  if (t.size() != 7 || t[4] != '-') return std::nullopt;
  int y = 0, m = 0;
  if (!parse_int(t.substr(0, 4), y) || !parse_int(t.substr(5, 2), m) || m < 1 || m > 12) return std::nullopt;
  return from(y, static_cast<unsigned>(m));
}

std::string YearMonth::str() const { return fmt::format("{:04d}-{:02d}", year(), month()); }

}  // namespace sancsim
