// Pay paths indexed after their last point (pay_indexation.hpp).
#include "sancsim/economy/pay_indexation.hpp"

#include <algorithm>

namespace sancsim {

DecemberPrices::DecemberPrices(int first_year, int years, double start_price_level)
    : first_year_(first_year),
      start_(start_price_level),
      level_(static_cast<std::size_t>(std::max(years, 1)), 0.0) {}

void DecemberPrices::record(int year, double price_level) {
  const int i = year - first_year_;
  if (i >= 0 && i < static_cast<int>(level_.size())) level_[static_cast<std::size_t>(i)] = price_level;
}

double DecemberPrices::at(int year) const {
  double level = start_;
  for (int i = 0; i < static_cast<int>(level_.size()) && first_year_ + i <= year; ++i)
    if (level_[static_cast<std::size_t>(i)] > 0) level = level_[static_cast<std::size_t>(i)];
  return level;
}

double indexed_pay(const YearPath& path, int year, bool indexed, const DecemberPrices& decembers) {
  const double value = path.at(year);
  if (!indexed || path.points.empty()) return value;
  const int last = path.points.back().first;
  if (year <= last) return value;
  return value * decembers.at(year - 1) / decembers.at(last - 1);
}

}  // namespace sancsim
