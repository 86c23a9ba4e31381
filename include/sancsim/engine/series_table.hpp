#pragma once
// Monthly output of a run: one row per month, one column per named series (SoA: a vector per
// column). Columns are registered once before the run; appending a row allocates nothing once the
// table has reserved its months.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "sancsim/engine/date.hpp"

namespace sancsim {

// What a column's cells may hold. Every value a run writes must be finite (docs/RELIABILITY.md,
// "Numerical guards"); a column whose months may lack a value (no cap in force, no seaborne cargo)
// marks those months with NaN, written as an empty cell.
enum class Cell { Finite, MayBeEmpty };

// A series value that is infinite, or NaN where the column must hold a number: the run cannot
// continue to anything meaningful. `what()` names the month, the series and the value; the thrower
// adds what drives the series (the state names its block and parameters).
class NonFiniteSeries : public std::runtime_error {
 public:
  NonFiniteSeries(YearMonth month, std::string series, double value, const std::string& message)
      : std::runtime_error(message), month_(month), series_(std::move(series)), value_(value) {}
  YearMonth month() const { return month_; }
  const std::string& series() const { return series_; }
  double value() const { return value_; }

 private:
  YearMonth month_;
  std::string series_;
  double value_;
};

class SeriesTable {
 public:
  // Registers a column and returns its index. Call before the first row.
  std::size_t add_column(std::string name, Cell cell = Cell::Finite);
  // Lets a registered column hold NaN for "no value this month".
  void allow_empty(std::size_t col) { cells_[col] = Cell::MayBeEmpty; }
  Cell cell(std::size_t col) const { return cells_[col]; }
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

  // The first column of `row` whose value its Cell rule forbids (infinite anywhere, NaN in a
  // Finite column); nullopt if the row is sound. Reads only; no allocation.
  std::optional<std::size_t> first_non_finite(std::size_t row) const;

  // Keeps only rows with month >= from.
  void drop_before(YearMonth from);
  // Keeps only rows with month < from (a run that stopped in `from`: the months it completed).
  void drop_from(YearMonth from);

 private:
  std::vector<std::string> names_;
  std::vector<YearMonth> months_;
  std::vector<std::vector<double>> columns_;
  std::vector<Cell> cells_;
};

// Throws NonFiniteSeries for the first cell of `table` (earliest month, then column order) its
// column's rule forbids; `context` (e.g. "counterfactual run") is added to the message if not empty.
void check_series_finite(const SeriesTable& table, std::string_view context = {});

}  // namespace sancsim
