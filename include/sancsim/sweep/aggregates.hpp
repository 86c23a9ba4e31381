#pragma once
// Aggregates for people, in tidy long CSV that pandas, R and DuckDB read as is:
//   summary.csv           point, <parameters>, metric, runs, mean, sd, p5, p50, p95
//   series_quantiles.csv  point, <parameters>, series, month, runs, p5, p25, p50, p75, p95
// Quantiles interpolate linearly between order statistics (R type 7, numpy's default); failed
// runs and missing (NaN) values are left out. Both files are written atomically.
#include <filesystem>

#include "sancsim/sweep/results_db.hpp"

namespace sancsim {

// Streams the database one design point at a time, so memory is one point's runs.
void write_aggregates(const ResultsDb& db, const std::filesystem::path& out_dir);

}  // namespace sancsim
