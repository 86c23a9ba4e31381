#include "sancsim/output/series_csv.hpp"

#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "sancsim/output/atomic_file.hpp"

namespace sancsim {

namespace {

// Column names are identifiers in practice; quote per RFC 4180 anyway so that no name can break
// the table.
void append_field(fmt::memory_buffer& buf, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    buf.append(text);
    return;
  }
  buf.push_back('"');
  for (char c : text) {
    if (c == '"') buf.push_back('"');
    buf.push_back(c);
  }
  buf.push_back('"');
}

}  // namespace

std::string csv_field(std::string_view text) {
  fmt::memory_buffer buf;
  append_field(buf, text);
  return fmt::to_string(buf);
}

void write_series_csv(const SeriesTable& table, std::ostream& out) {
  fmt::memory_buffer buf;
  buf.append(std::string_view("date"));
  for (const auto& name : table.names()) {
    buf.push_back(',');
    append_field(buf, name);
  }
  buf.push_back('\n');
  const auto& months = table.months();
  for (std::size_t row = 0; row < table.rows(); ++row) {
    fmt::format_to(std::back_inserter(buf), "{:04}-{:02}", months[row].year(), months[row].month());
    for (std::size_t col = 0; col < table.cols(); ++col) {
      buf.push_back(',');
      const double v = table.at(row, col);
      // fmt's default for doubles is the shortest text that reads back to the same value.
      if (!std::isnan(v)) fmt::format_to(std::back_inserter(buf), "{}", v);
    }
    buf.push_back('\n');
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

void write_series_csv(const SeriesTable& table, const std::filesystem::path& path) {
  write_file_atomically(path, [&](std::ostream& out) { write_series_csv(table, out); });
}

}  // namespace sancsim
