#pragma once
// Monthly output of a run: one row per month, one column per named series (SoA: a vector per
// column). Columns are registered once before the run; appending a row allocates nothing once the
// table has reserved its months.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sancsim/engine/date.hpp"

namespace sancsim {

class SeriesTable {
 public:
  // Registers a column and returns its index. Call before the first row.
  std::size_t add_column(std::string name);
  std::size_t column(std::string_view name) const;  // throws std::out_of_range if absent
  bool has_column(std::string_view name) const;
  void reserve(std::size_t rows);

  // Starts a new row for month `m`; every column of the new row is NaN until set.
  void begin_row(YearMonth m);
  void set(std::size_t col, double value) { columns_[col].back() = value; }

  std::size_t rows() const { return months_.size(); }
  std::size_t cols() const { return names_.size(); }
  const std::vector<std::string>& names() const { return names_; }
  const std::vector<YearMonth>& months() const { return months_; }
  const std::vector<double>& values(std::size_t col) const { return columns_[col]; }
  const std::vector<double>& values(std::string_view name) const { return columns_[column(name)]; }
  double at(std::size_t row, std::size_t col) const { return columns_[col][row]; }

  // Keeps only rows with month >= from.
  void drop_before(YearMonth from);

 private:
  std::vector<std::string> names_;
  std::vector<YearMonth> months_;
  std::vector<std::vector<double>> columns_;
};

}  // namespace sancsim
