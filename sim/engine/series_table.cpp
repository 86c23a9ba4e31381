#include "sancsim/engine/series_table.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>

namespace sancsim {

std::size_t SeriesTable::add_column(std::string name, Cell cell) {
  if (has_column(name)) throw std::logic_error("duplicate series column " + name);
  names_.push_back(std::move(name));
  cells_.push_back(cell);
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

std::optional<std::size_t> SeriesTable::first_non_finite(std::size_t row) const {
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const double v = columns_[c][row];
    if (std::isfinite(v) || (std::isnan(v) && cells_[c] == Cell::MayBeEmpty)) continue;
    return c;
  }
  return std::nullopt;
}

void check_series_finite(const SeriesTable& table, std::string_view context) {
  for (std::size_t row = 0; row < table.rows(); ++row) {
    const auto col = table.first_non_finite(row);
    if (!col) continue;
    const YearMonth m = table.months()[row];
    const std::string& name = table.names()[*col];
    const double v = table.at(row, *col);
    throw NonFiniteSeries(
        m, name, v,
        fmt::format("{}: series {} would be {}{}{}; the run stops here rather than write it "
                    "(the months before are finite: --set end={} writes them)",
                    m.str(), name, v, context.empty() ? "" : " in the ", context,
                    m.first_day().plus_days(-1).iso()));
  }
}

void SeriesTable::drop_before(YearMonth from) {
  std::size_t k = 0;
  while (k < months_.size() && months_[k] < from) ++k;
  months_.erase(months_.begin(), months_.begin() + static_cast<std::ptrdiff_t>(k));
  for (auto& c : columns_) c.erase(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(k));
}

void SeriesTable::drop_from(YearMonth from) {
  std::size_t k = months_.size();
  while (k > 0 && months_[k - 1] >= from) --k;
  months_.resize(k);
  for (auto& c : columns_) c.resize(k);
}

}  // namespace sancsim
