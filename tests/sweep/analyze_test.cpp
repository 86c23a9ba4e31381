// `analyze_sweep` on results it must not analyze: part of a sweep (killed, a shard, no runs at
// all) and options out of range; and that it only reads the sweep's directory.
#include "sancsim/sweep/analyze.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "sancsim/sweep/results_db.hpp"
#include "sancsim/sweep/runner.hpp"
#include "synthetic_model.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;

const std::string kSobol =
    "scenario = \"b.toml\"\nseed = 3\n[design]\nkind = \"sobol\"\nsamples = 16\n"
    "[[param]]\nkey = \"x\"\nrange = [0.0, 1.0]\n[[param]]\nkey = \"y\"\nrange = [0.0, 3.0]\n";

fs::path fresh_dir(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("sancsim_analyze_" + name + "_" + std::to_string(getpid()));
  fs::remove_all(dir);
  return dir;
}

void run(const fs::path& dir, Shard shard = {}, const std::string& sweep = kSobol) {
  const auto spec = test::spec_from(sweep);
  RunnerOptions o;
  o.out_dir = dir;
  o.threads = 2;
  o.progress = false;
  o.shard = shard;
  run_threaded_sweep(Design(spec), sweep_hash(spec, ""), test::synthetic_factory(), o);
}

// Deletes runs from a finished sweep's database, as if it had been killed before committing them.
void forget_runs(const fs::path& dir, const std::string& where) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir / "results.sqlite").c_str(), &db), SQLITE_OK);
  const std::string sql = "DELETE FROM metrics WHERE run_id IN (SELECT run_id FROM runs WHERE " + where +
                          "); DELETE FROM runs WHERE " + where;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

std::string refusal(const fs::path& dir, const AnalyzeOptions& o = {}) {
  try {
    analyze_sweep(dir, o);
  } catch (const SweepError& e) {
    return e.what();
  }
  return "(analyzed without a word)";
}

TEST(Analyze, RefusesASweepWithRunsMissingAndSaysHowToCompleteIt) {
  const auto dir = fresh_dir("killed");
  run(dir);
  forget_runs(dir, "run_id >= 50");  // 16 x (2 + 2) = 64 runs
  const auto message = refusal(dir);
  EXPECT_NE(message.find("holds 50 of the sweep's 64 runs (14 missing"), std::string::npos) << message;
  EXPECT_NE(message.find("--resume"), std::string::npos) << message;
  EXPECT_FALSE(fs::exists(dir / "sobol_indices.csv"));
  fs::remove_all(dir);
}

TEST(Analyze, RefusesASweepWithoutRuns) {
  const auto dir = fresh_dir("empty");
  run(dir);
  forget_runs(dir, "1");
  EXPECT_NE(refusal(dir).find("holds 0 of the sweep's 64 runs"), std::string::npos) << refusal(dir);
  fs::remove_all(dir);
}

TEST(Analyze, RefusesAShardAndSaysToMergeFirst) {
  const auto dir = fresh_dir("shard");
  run(dir, Shard{0, 2});
  const auto message = refusal(dir);
  EXPECT_NE(message.find("holds shard 0/2"), std::string::npos) << message;
  EXPECT_NE(message.find("sancsim merge"), std::string::npos) << message;
  fs::remove_all(dir);
}

TEST(Analyze, RefusesAConfidenceOutsideZeroToOne) {
  const auto dir = fresh_dir("confidence");
  run(dir);
  const double outside[] = {NAN, 0.0, 1.0, -0.5, 1.5, INFINITY};
  for (double c : outside) {
    AnalyzeOptions o;
    o.confidence = c;
    EXPECT_NE(refusal(dir, o).find("is not in (0, 1)"), std::string::npos) << c;
  }
  fs::remove_all(dir);
}

TEST(Analyze, WritesElsewhereWhenAskedAndLeavesTheSweepAsItWas) {
  const auto dir = fresh_dir("elsewhere");
  const auto out = fresh_dir("elsewhere_out");
  run(dir);
  const auto before = fs::last_write_time(dir / "results.sqlite");
  AnalyzeOptions o;
  o.bootstrap = 50;
  o.write_to = out;
  const auto files = analyze_sweep(dir, o);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0], out / "sobol_indices.csv");
  EXPECT_TRUE(fs::exists(files[0]));
  EXPECT_FALSE(fs::exists(dir / "sobol_indices.csv"));
  EXPECT_EQ(fs::last_write_time(dir / "results.sqlite"), before);
  fs::remove_all(dir);
  fs::remove_all(out);
}

TEST(Analyze, SecondOrderSweepsGetAPairTableAndItsCsv) {
  const auto dir = fresh_dir("second_order");
  std::string sweep = kSobol;
  sweep.replace(sweep.find("samples = 16\n"), 13, "samples = 64\nsecond_order = true\n");
  run(dir, {}, sweep);
  std::ostringstream report;
  AnalyzeOptions o;
  o.bootstrap = 50;
  o.outcome = "total";
  o.report = &report;
  const auto files = analyze_sweep(dir, o);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[1], dir / "sobol_second_order.csv");
  std::ifstream in(files[1]);
  std::string header, row, extra;
  std::getline(in, header);
  std::getline(in, row);
  EXPECT_EQ(header, "metric,param_i,param_j,S2,S2_lo,S2_hi,samples,confidence");
  EXPECT_EQ(row.rfind("total,x,y,", 0), 0u) << row;
  EXPECT_NE(row.find(",64,0.95"), std::string::npos) << row;
  EXPECT_FALSE(std::getline(in, extra));  // one pair, one outcome
  // total = x + y + noise has no interaction: S2 is near zero.
  const double s2 = std::stod(row.substr(10, row.find(',', 10) - 10));
  EXPECT_LT(std::fabs(s2), 0.1) << row;
  EXPECT_NE(report.str().find("second order"), std::string::npos) << report.str();
  EXPECT_NE(report.str().find("x x y"), std::string::npos) << report.str();
  fs::remove_all(dir);
}

TEST(ResultsDb, ReadOnlyUriEscapesThePath) {
  // A writable directory: no `immutable` (a sweep may be writing); the read-only case, which root
  // cannot make, is tested as another user in tests/cli.
  const auto file = fs::temp_directory_path() / "r's x#1.sqlite";
  EXPECT_EQ(read_only_uri(file),
            "file:" + fs::temp_directory_path().string() + "/r%27s%20x%231.sqlite?mode=ro");
}

}  // namespace
}  // namespace sancsim
