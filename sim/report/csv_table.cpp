#include "csv_table.hpp"

#include <charconv>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "sancsim/engine/input_file.hpp"
#include "sancsim/report/inputs.hpp"

namespace sancsim::report {
namespace {

// Splits one record; quoted fields may hold commas and doubled quotes (no line breaks: sancsim
// writes none).
std::vector<std::string> split_record(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back().push_back(c);
    }
  }
  return fields;
}

}  // namespace

std::size_t CsvTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  throw ReportError(fmt::format("{}:1: no column `{}` in the header", file.string(), name));
}

double CsvTable::number(std::size_t row, std::size_t col) const {
  const std::string& text = rows[row][col];
  if (text.empty()) return std::numeric_limits<double>::quiet_NaN();
  double x = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
  if (ec != std::errc() || end != text.data() + text.size())
    throw ReportError(fmt::format("{}:{}: column `{}`: expected a number, got `{}`", file.string(),
                                  lines[row], header[col], text));
  return x;
}

CsvTable read_csv_table(const std::filesystem::path& file) {
  auto content = read_input_file(file);
  if (const auto* e = std::get_if<InputFileError>(&content))
    throw ReportError(fmt::format("{}: {}", file.string(), e->message));
  const std::string& text = std::get<std::string>(content);
  CsvTable t;
  t.file = file;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.empty() || line == "\r") continue;
    auto fields = split_record(line);
    if (t.header.empty()) {
      t.header = std::move(fields);
      continue;
    }
    if (fields.size() != t.header.size())
      throw ReportError(fmt::format("{}:{}: {} fields, expected {} (as in the header)", file.string(),
                                    line_no, fields.size(), t.header.size()));
    t.rows.push_back(std::move(fields));
    t.lines.push_back(line_no);
  }
  if (t.header.empty())
    throw ReportError(fmt::format("{}: empty file, expected a CSV header", file.string()));
  return t;
}

}  // namespace sancsim::report
