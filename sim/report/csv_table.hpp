#pragma once
// A CSV file as the report reads it: a header and rows of text fields (RFC 4180 quoting), with
// the file and line of every row kept for messages.
#include <filesystem>
#include <string>
#include <vector>

namespace sancsim::report {

struct CsvTable {
  std::filesystem::path file;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // each as wide as the header
  std::vector<int> lines;                      // the file line of each row

  // The index of a header column; throws ReportError naming the file and the missing column.
  std::size_t column(const std::string& name) const;
  // The field as a number (an empty field is NaN); throws ReportError naming file, line and column.
  double number(std::size_t row, std::size_t col) const;
};

// Reads `file` (under the input size limit); throws ReportError for a missing or unreadable file,
// an empty one, or a row whose width differs from the header's.
CsvTable read_csv_table(const std::filesystem::path& file);

}  // namespace sancsim::report
