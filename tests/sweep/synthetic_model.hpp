#pragma once
// A stand-in for the simulator in runner tests: outputs are pure functions of the point's values
// and the run's seed, with optional monthly series, optional failures and optional slowness.
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <thread>

#include <fmt/format.h>
#include <sqlite3.h>

#include "sancsim/engine/rng.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim::test {

struct SyntheticOptions {
  double fail_above = INFINITY;  // a run throws when its first value exceeds this
  int sleep_us = 0;              // per run, to make a sweep last long enough to kill
};

class SyntheticModel final : public RunModel {
 public:
  explicit SyntheticModel(SyntheticOptions o) : o_(o) {}
  RunResult run(std::uint64_t, const std::vector<AxisValue>& values, std::uint64_t seed,
                std::uint32_t replication) override {
    if (o_.sleep_us) std::this_thread::sleep_for(std::chrono::microseconds(o_.sleep_us));
    if (values.at(0).number > o_.fail_above)
      throw std::runtime_error(fmt::format("x = {} is too large", values[0].number));
    Rng rng(seed, replication, Stream::Sweep, 0);
    double sum = 0;
    for (const auto& v : values) sum += v.number;
    RunResult r;
    r.metrics.push_back({"noise", rng.normal()});
    r.metrics.push_back({"total", sum + 0.1 * rng.normal()});
    r.metrics.push_back({"missing", NAN});
    auto level = r.series.add_column("level");
    auto shock = r.series.add_column("shock");
    for (int m = 0; m < 6; ++m) {
      r.series.begin_row(YearMonth::from(2024, static_cast<unsigned>(m + 1)));
      r.series.set(level, sum * (m + 1));
      r.series.set(shock, rng.uniform());
    }
    return r;
  }

 private:
  SyntheticOptions o_;
};

inline ModelFactory synthetic_factory(SyntheticOptions o = {}) {
  return [o] { return std::make_unique<SyntheticModel>(o); };
}

// Appends the rows of `sql` to `out`, one line each: columns separated by '|', doubles as hex
// floats (exact), NULL as "NULL"; an SQL error as "error: ..." line.
inline void dump_rows(sqlite3* db, const char* sql, std::string& out) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
    out += std::string("error: ") + sqlite3_errmsg(db) + '\n';
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
}

// The rows of each query in `sqls`, read from `db_file`.
inline std::string dump_queries(const std::string& db_file, std::initializer_list<const char*> sqls) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  std::string out;
  for (const char* sql : sqls) dump_rows(db, sql, out);
  sqlite3_close(db);
  return out;
}

// Everything a sweep stores per run except wall time, in run order, as text.
inline std::string dump_results(const std::string& db_file) {
  return dump_queries(db_file,
                      {"SELECT run_id, point, replication, seed, status, error FROM runs ORDER BY run_id",
                       "SELECT run_id, name, value FROM metrics ORDER BY run_id, name",
                       "SELECT run_id, name, month, value FROM series ORDER BY run_id, name, month",
                       "SELECT * FROM points ORDER BY point"});
}

inline std::int64_t count_rows(const std::string& db_file, const char* sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return -1;
  }
  sqlite3_busy_timeout(db, 2000);
  sqlite3_stmt* s = nullptr;
  std::int64_t n = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
    n = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(db);
  return n;
}

// A sweep spec from TOML text (a scenario path is required but never read by synthetic runs).
inline SweepSpec spec_from(const std::string& text) {
  auto r = parse_sweep(text, "/tmp/synthetic_sweep.toml");
  if (auto* d = std::get_if<Diagnostics>(&r)) {
    std::string m;
    for (auto& x : d->items()) m += x.key + ": " + x.message + "\n";
    throw std::runtime_error(m);
  }
  return std::get<SweepSpec>(std::move(r));
}

// The slow synthetic sweep that the kill-and-resume tests run in a child process: 100 LHS points
// x 4 replications with series (the seed differs only to make another sweep).
inline SweepSpec kill_test_spec(int seed = 11) {
  return spec_from(fmt::format(
      "scenario = \"b.toml\"\nseed = {}\nreplications = 4\nrecord = \"series\"\n[design]\nkind = \"lhs\"\n"
      "samples = 100\n[[param]]\nkey = \"x\"\nrange = [0.0, 1.0]\n[[param]]\nkey = \"y\"\nrange = [1.0, "
      "10.0]\n",
      seed));
}

// The options of a kill-test helper process: `OUT_DIR THREADS [--resume]`, no progress bar.
inline RunnerOptions kill_test_options(int argc, char** argv) {
  RunnerOptions o;
  o.out_dir = argv[1];
  o.threads = static_cast<unsigned>(std::atoi(argv[2]));
  o.resume = argc > 3 && std::string(argv[3]) == "--resume";
  o.progress = false;
  return o;
}

// Its runs: `sleep_us` each, and failing when x > 0.95 (so that failures are recorded too).
inline SyntheticOptions kill_test_runs(int sleep_us) {
  SyntheticOptions so;
  so.sleep_us = sleep_us;
  so.fail_above = 0.95;
  return so;
}

}  // namespace sancsim::test
