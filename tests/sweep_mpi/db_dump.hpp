#pragma once
// Everything a results database holds but run times: meta, params, points, runs, metrics and
// series as text, doubles as hex floats, so that two databases compare byte for byte.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "synthetic_model.hpp"

namespace sancsim::test {

inline std::string dump_table(const std::string& db_file, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  std::string out;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
    out = std::string("error: ") + sqlite3_errmsg(db);
  while (s && sqlite3_step(s) == SQLITE_ROW) {
    for (int c = 0; c < sqlite3_column_count(s); ++c) {
      if (sqlite3_column_type(s, c) == SQLITE_FLOAT)
        out += fmt::format("{:a}", sqlite3_column_double(s, c));
      else if (auto t = sqlite3_column_text(s, c))
        out += reinterpret_cast<const char*>(t);
      else
        out += "NULL";
      out += '|';
    }
    out += '\n';
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

// The whole content of DIR/results.sqlite but runs.wall_s.
inline std::string dump_all(const std::filesystem::path& dir) {
  const auto db = (dir / "results.sqlite").string();
  return dump_results(db) + dump_table(db, "SELECT * FROM meta ORDER BY key") +
         dump_table(db, "SELECT * FROM params ORDER BY param") +
         dump_table(db, "SELECT name, sql FROM sqlite_master ORDER BY name");
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// summary.csv and series_quantiles.csv of DIR.
inline std::string aggregates(const std::filesystem::path& dir) {
  return read_file(dir / "summary.csv") + "----\n" + read_file(dir / "series_quantiles.csv");
}

}  // namespace sancsim::test
