#include "sancsim/engine/series_table.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace sancsim {

std::size_t SeriesTable::add_column(std::string name) {
  if (has_column(name)) throw std::logic_error("duplicate series column " + name);
  names_.push_back(std::move(name));
  columns_.emplace_back(months_.size(), std::numeric_limits<double>::quiet_NaN());
  return names_.size() - 1;
}

bool SeriesTable::has_column(std::string_view name) const {
  return std::find(names_.begin(), names_.end(), name) != names_.end();
}

std::size_t SeriesTable::column(std::string_view name) const {
  auto it = std::find(names_.begin(), names_.end(), name);
  if (it == names_.end()) throw std::out_of_range("no series column " + std::string(name));
  return static_cast<std::size_t>(it - names_.begin());
}

void SeriesTable::reserve(std::size_t rows) {
  months_.reserve(rows);
  for (auto& c : columns_) c.reserve(rows);
}

void SeriesTable::begin_row(YearMonth m) {
  months_.push_back(m);
  for (auto& c : columns_) c.push_back(std::numeric_limits<double>::quiet_NaN());
}

void SeriesTable::drop_before(YearMonth from) {
  std::size_t k = 0;
  while (k < months_.size() && months_[k] < from) ++k;
  months_.erase(months_.begin(), months_.begin() + static_cast<std::ptrdiff_t>(k));
  for (auto& c : columns_) c.erase(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(k));
}

}  // namespace sancsim
