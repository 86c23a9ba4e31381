#include "sancsim/engine/smooth_year_path.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {
namespace {

constexpr double kMonthsPerYear = 12.0;
constexpr double kAnchorMonth = 6.0;  // months from 1 January to a year's anchor (mid-year)

}  // namespace

double smooth_path_from(const YearPath& path, YearMonth month, Date start) {
  const int start_year = start.year();
  const double before = path.at(start_year - 1);
  const double centre = month.index + 0.5;  // months since year 0
  const double start_year_end = (start_year + 1) * kMonthsPerYear;
  double in_force = path.at(start_year);
  if (centre > start_year_end) {
    // Linear between mid-year anchors, the first of them the start year's end at its value.
    const int year_before = static_cast<int>(std::floor((centre - kAnchorMonth) / kMonthsPerYear));
    const bool first_leg = year_before <= start_year;
    const double from_month = first_leg ? start_year_end : year_before * kMonthsPerYear + kAnchorMonth;
    const double to_month = (std::max(year_before, start_year) + 1) * kMonthsPerYear + kAnchorMonth;
    const double from_value = first_leg ? in_force : path.at(year_before);
    const double to_value = path.at(std::max(year_before, start_year) + 1);
    in_force = from_value + (centre - from_month) / (to_month - from_month) * (to_value - from_value);
  }
  const double first = month.first_day().days;
  const double days = month.first_day().days_in_month();
  const double after = std::clamp((first + days - start.days) / days, 0.0, 1.0);
  return before + after * (in_force - before);
}

}  // namespace sancsim
