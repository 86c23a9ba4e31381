#pragma once
// Everything a results database holds but run times: meta, params, points, runs, metrics and
// series as text, doubles as hex floats, so that two databases compare byte for byte.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "synthetic_model.hpp"

namespace sancsim::test {

// The whole content of DIR/results.sqlite but runs.wall_s.
inline std::string dump_all(const std::filesystem::path& dir) {
  const auto db = (dir / "results.sqlite").string();
  return dump_results(db) +
         dump_queries(db, {"SELECT * FROM meta ORDER BY key", "SELECT * FROM params ORDER BY param",
                           "SELECT name, sql FROM sqlite_master ORDER BY name"});
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
