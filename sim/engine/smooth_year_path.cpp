#include "sancsim/engine/smooth_year_path.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace sancsim {
namespace {

constexpr double kMonthsPerYear = 12.0;
constexpr double kAnchorMonth = 6.0;  // months from 1 January to a year's anchor (mid-year)
constexpr int kMaxYears = 64;         // longer paths keep their values as anchors (no solve)

// Linear interpolation, at the centre of `month`, between the mid-year anchors of `anchor_of_year`.
template <class AnchorOfYear>
double interpolate(YearMonth month, AnchorOfYear anchor_of_year) {
  const double centre = month.index + 0.5;  // months since year 0
  const int year_before = static_cast<int>(std::floor((centre - kAnchorMonth) / kMonthsPerYear));
  const double share =
      (centre - (year_before * kMonthsPerYear + kAnchorMonth)) / kMonthsPerYear;  // in [0, 1)
  const double a = anchor_of_year(year_before);
  return a + share * (anchor_of_year(year_before + 1) - a);
}

// Mid-year anchors whose interpolation keeps each year's mean at the path's value: with month
// centres, the mean of year y is (a[y-1] + 6 a[y] + a[y+1]) / 8 (the months on either side of the
// anchor give the neighbours 1/8). Outside the path's years the anchors are its end values. A
// tridiagonal system (Thomas algorithm) on the stack: no allocation.
struct Anchors {
  int first_year = 0;
  int years = 0;
  std::array<double, kMaxYears> value{};
  double operator()(int year, const YearPath& path) const {
    const int i = year - first_year;
    return i >= 0 && i < years ? value[static_cast<std::size_t>(i)] : path.at(year);
  }
};

Anchors mean_keeping_anchors(const YearPath& path) {
  Anchors a;
  if (path.points.empty()) return a;
  a.first_year = path.points.front().first;
  a.years = path.points.back().first - a.first_year + 1;
  if (a.years > kMaxYears) {
    a.years = 0;
    return a;
  }
  const auto n = static_cast<std::size_t>(a.years);
  std::array<double, kMaxYears> upper{};  // the eliminated super-diagonal
  // Row i: a[i-1] + 6 a[i] + a[i+1] = 8 v[i]; a[-1] and a[n] are the end values (known).
  for (std::size_t i = 0; i < n; ++i) {
    const int year = a.first_year + static_cast<int>(i);
    double rhs = 8.0 * path.at(year);
    if (i == 0) rhs -= path.at(year - 1);
    if (i + 1 == n) rhs -= path.at(year + 1);
    const double below = i == 0 ? 0.0 : 1.0;
    const double pivot = 6.0 - below * (i == 0 ? 0.0 : upper[i - 1]);
    upper[i] = 1.0 / pivot;
    a.value[i] = (rhs - below * (i == 0 ? 0.0 : a.value[i - 1])) / pivot;
  }
  for (std::size_t i = n - 1; i-- > 0;) a.value[i] -= upper[i] * a.value[i + 1];
  return a;
}

}  // namespace

double smooth_path_at(const YearPath& path, YearMonth month) {
  const Anchors anchors = mean_keeping_anchors(path);
  return interpolate(month, [&](int year) { return anchors(year, path); });
}

double smooth_path_from(const YearPath& path, YearMonth month, Date start) {
  const int start_year = start.year();
  const double before = path.at(start_year - 1);
  const double centre = month.index + 0.5;
  const double start_year_end = (start_year + 1) * kMonthsPerYear;
  const double next_anchor = start_year_end + kAnchorMonth;
  double in_force = path.at(start_year);
  if (centre >= next_anchor) {
    in_force = interpolate(month, [&](int year) { return path.at(std::max(year, start_year + 1)); });
  } else if (centre > start_year_end) {
    in_force += (centre - start_year_end) / kAnchorMonth * (path.at(start_year + 1) - in_force);
  }
  const double first = month.first_day().days;
  const double days = month.first_day().days_in_month();
  const double after = std::clamp((first + days - start.days) / days, 0.0, 1.0);
  return before + after * (in_force - before);
}

}  // namespace sancsim
