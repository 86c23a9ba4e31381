#pragma once
// The monthly table of a run as CSV: header `date,<columns...>`, one row per month, the date as
// YYYY-MM, numbers in their shortest round-trip form, missing values (NaN) as empty fields.
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

#include "sancsim/engine/series_table.hpp"

namespace sancsim {

// `text` as one CSV field: unchanged, or quoted (RFC 4180) if it holds a comma, quote or newline.
std::string csv_field(std::string_view text);

// Writes `table` as CSV to `out`.
void write_series_csv(const SeriesTable& table, std::ostream& out);

// Writes `table` as CSV to `path`, atomically; throws OutputError on failure.
void write_series_csv(const SeriesTable& table, const std::filesystem::path& path);

}  // namespace sancsim
