// Sweeps of the real model over the small test scenario.
#include "sancsim/sweep/scenario_sweep.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "synthetic_model.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;

const std::string kSource = SANCSIM_SOURCE_DIR;

fs::path temp_dir(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("sancsim_scenario_sweep_" + name + "_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Writes a sweep file over the small test scenario with the given design and params.
std::string write_sweep(const fs::path& dir, const std::string& body) {
  auto file = dir / "sweep.toml";
  std::ofstream(file) << "scenario = \"" << kSource << "/scenarios/test/small.toml\"\nseed = 4\n" << body;
  return file.string();
}

SweepSummary run(const PreparedSweep& p, const fs::path& out, unsigned threads) {
  RunnerOptions o;
  o.out_dir = out;
  o.threads = threads;
  o.progress = false;
  return run_threaded_sweep(p.design, p.hash, p.factory, o);
}

TEST(ScenarioSweep, SmokeSweepIsIdenticalForOneTwoAndFourThreads) {
  auto prepared = prepare_sweep(kSource + "/scenarios/sweeps/smoke.toml");
  ASSERT_TRUE(std::holds_alternative<PreparedSweep>(prepared)) << std::get<Diagnostics>(prepared).str();
  const auto& p = std::get<PreparedSweep>(prepared);
  EXPECT_LE(p.design.points() * p.design.spec().replications, 64u);
  std::string reference;
  for (unsigned threads : {1u, 2u, 4u}) {
    auto out = temp_dir("smoke" + std::to_string(threads));
    auto s = run(p, out, threads);
    EXPECT_EQ(s.failures_now, 0u);
    auto dump = test::dump_results((out / "results.sqlite").string());
    if (reference.empty())
      reference = dump;
    else
      EXPECT_EQ(dump, reference) << threads << " threads";
    fs::remove_all(out);
  }
  EXPECT_NE(reference.find("|brent_mean_usd_per_bbl|"), std::string::npos);
}

// The agent economy behind the state: a sweep's results do not depend on the number of threads.
TEST(ScenarioSweep, AgentEconomySweepIsIdenticalForOneTwoAndFourThreads) {
  auto dir = temp_dir("agents_sweep");
  auto file = dir / "sweep.toml";
  std::ofstream(file) << "scenario = \"" << kSource << "/scenarios/test/small_agents.toml\"\nseed = 4\n"
                      << "replications = 2\nrecord = \"series\"\n[design]\nkind = \"grid\"\nlevels = 2\n"
                      << "[[param]]\nkey = \"economy.consumption_out_of_income\"\nrange = [0.85, 0.9]\n";
  auto prepared = prepare_sweep(file.string());
  ASSERT_TRUE(std::holds_alternative<PreparedSweep>(prepared)) << std::get<Diagnostics>(prepared).str();
  const auto& p = std::get<PreparedSweep>(prepared);
  std::string reference;
  for (unsigned threads : {1u, 2u, 4u}) {
    auto out = temp_dir("agents" + std::to_string(threads));
    auto s = run(p, out, threads);
    EXPECT_EQ(s.failures_now, 0u);
    auto dump = test::dump_results((out / "results.sqlite").string());
    if (reference.empty())
      reference = dump;
    else
      EXPECT_EQ(dump, reference) << threads << " threads";
    fs::remove_all(out);
  }
  EXPECT_NE(reference.find("household_deposits_rub_bn"), std::string::npos);
  fs::remove_all(dir);
}

TEST(ScenarioSweep, InvalidValueFailsItsRunsOnly) {
  auto dir = temp_dir("invalid");
  auto file = write_sweep(dir,
                          "[design]\nkind = \"grid\"\n[[param]]\nkey = \"coalition.enforcement_initial\"\n"
                          "values = [0.2, 7.5]\n");
  auto prepared = prepare_sweep(file);
  ASSERT_TRUE(std::holds_alternative<PreparedSweep>(prepared)) << std::get<Diagnostics>(prepared).str();
  auto s = run(std::get<PreparedSweep>(prepared), dir / "out", 2);
  EXPECT_EQ(s.runs_now, 2u);
  EXPECT_EQ(s.failures_now, 1u);
  const auto db = (dir / "out" / "results.sqlite").string();
  EXPECT_EQ(test::count_rows(db,
                             "SELECT count(*) FROM runs WHERE status = 'failed' AND point = 1 AND "
                             "error LIKE '%coalition.enforcement_initial%'"),
            1);
  EXPECT_GT(test::count_rows(db, "SELECT count(*) FROM metrics WHERE run_id = 0"), 0);
  fs::remove_all(dir);
}

// A point whose state runs away fails its runs with the guard's message; the other point's runs,
// metrics and series are kept, and the failed run keeps the months it completed (nothing computed is
// lost) and no metric.
TEST(ScenarioSweep, ARunThatWouldWriteANonFiniteValueFailsAloneWithItsMonthAndSeries) {
  auto dir = temp_dir("nonfinite");
  std::ofstream(dir / "long.toml") << "extends = \"" << kSource
                                   << "/scenarios/test/small.toml\"\nend = 2028-12-31\n[state.cbr]\n"
                                      "inflation_weight = 5\n";
  std::ofstream(dir / "sweep.toml") << "scenario = \"long.toml\"\nseed = 4\nrecord = \"series\"\n"
                                       "[design]\nkind = \"grid\"\n[[param]]\n"
                                       "key = \"state.economy.phillips_slope\"\nvalues = [0.25, 5.0]\n";
  auto prepared = prepare_sweep((dir / "sweep.toml").string());
  ASSERT_TRUE(std::holds_alternative<PreparedSweep>(prepared)) << std::get<Diagnostics>(prepared).str();
  auto s = run(std::get<PreparedSweep>(prepared), dir / "out", 2);
  EXPECT_EQ(s.runs_now, 2u);
  EXPECT_EQ(s.failures_now, 1u);
  const auto db = (dir / "out" / "results.sqlite").string();
  EXPECT_EQ(test::count_rows(db,
                             "SELECT count(*) FROM runs WHERE status = 'failed' AND point = 1 AND "
                             "error LIKE '%would be %state.economy.phillips_slope = 5 (model default%'"),
            1);
  EXPECT_GT(test::count_rows(db, "SELECT count(*) FROM metrics WHERE run_id = 0"), 0);
  EXPECT_GT(test::count_rows(db, "SELECT count(*) FROM series WHERE run_id = 0"), 0);
  EXPECT_EQ(test::count_rows(db, "SELECT count(*) FROM metrics WHERE run_id = 1"), 0);
  // The failed run's months: some, all before the whole run's last and before the one it stopped in.
  const auto months = [&](int run) {
    const std::string sql = fmt::format("SELECT count(DISTINCT month) FROM series WHERE run_id = {}", run);
    return test::count_rows(db, sql.c_str());
  };
  EXPECT_GT(months(1), 0);
  EXPECT_LT(months(1), months(0));
  // ... and they are as finite as the whole run's (a column such as the price cap is empty before its
  // start in both).
  EXPECT_EQ(
      test::count_rows(db,
                       "SELECT count(*) FROM series a WHERE a.run_id = 1 AND a.value IS NULL AND NOT EXISTS "
                       "(SELECT 1 FROM series b WHERE b.run_id = 0 AND b.name = a.name AND b.month = a.month "
                       "AND b.value IS NULL)"),
      0);
  fs::remove_all(dir);
}

TEST(ScenarioSweep, UnknownKeysAndRangesOutsideBoundsAreSweepFileErrors) {
  auto dir = temp_dir("keys");
  auto file = write_sweep(dir,
                          "[design]\nkind = \"grid\"\n"
                          "[[param]]\nkey = \"coalition.enforcement_intial\"\nrange = [0.0, 1.0]\n"
                          "[[param]]\nkey = \"coalition.enforcement_initial\"\nrange = [0.0, 3.0]\n");
  auto prepared = prepare_sweep(file);
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(prepared));
  const auto& d = std::get<Diagnostics>(prepared);
  ASSERT_EQ(d.items().size(), 2u) << d.str();
  EXPECT_EQ(d.items()[0].line, 5);  // the [[param]] table
  EXPECT_EQ(d.items()[0].key, "coalition.enforcement_intial");
  EXPECT_EQ(d.items()[1].line, 8);
  EXPECT_NE(d.items()[1].message.find("bounds"), std::string::npos);
  fs::remove_all(dir);
}

TEST(ScenarioSweep, IntegerParametersGetIntegerValues) {
  auto dir = temp_dir("integer");
  auto file = write_sweep(dir,
                          "[design]\nkind = \"random\"\nsamples = 3\n"
                          "[[param]]\nkey = \"tankers.shadow_tankers_initial\"\nrange = [10, 90]\n");
  auto prepared = prepare_sweep(file);
  ASSERT_TRUE(std::holds_alternative<PreparedSweep>(prepared)) << std::get<Diagnostics>(prepared).str();
  const auto& p = std::get<PreparedSweep>(prepared);
  for (std::uint64_t i = 0; i < 3; ++i) {
    auto v = p.design.values(i)[0];
    EXPECT_EQ(v.number, std::round(v.number));
    EXPECT_EQ(v.toml.find('.'), std::string::npos);
  }
  auto s = run(p, dir / "out", 1);
  EXPECT_EQ(s.failures_now, 0u);
  fs::remove_all(dir);
}

TEST(ScenarioSweep, EveryExampleSweepFileIsValid) {
  int count = 0;
  for (const auto& entry : fs::directory_iterator(kSource + "/scenarios/sweeps")) {
    if (entry.path().extension() != ".toml") continue;
    ++count;
    auto prepared = prepare_sweep(entry.path().string());
    if (auto* d = std::get_if<Diagnostics>(&prepared)) ADD_FAILURE() << d->str();
  }
  EXPECT_GE(count, 4);
}

TEST(ScenarioSweep, ReplicationsAloneNeedNoParamAndOutcomesLandInTheMetrics) {
  auto dir = temp_dir("outcomes");
  auto file = write_sweep(dir,
                          "replications = 3\n"
                          "[[outcome]]\nname = \"exports_2022h2_mean_kbd\"\nseries = \"crude_exports_kbd\"\n"
                          "from = \"2022-07\"\nto = \"2022-12\"\nstatistic = \"mean\"\n");
  auto prepared = prepare_sweep(file);
  ASSERT_TRUE(std::holds_alternative<PreparedSweep>(prepared)) << std::get<Diagnostics>(prepared).str();
  const auto& p = std::get<PreparedSweep>(prepared);
  EXPECT_EQ(p.design.points(), 1u);
  auto s = run(p, dir / "out", 2);
  EXPECT_EQ(s.runs_now, 3u);
  EXPECT_EQ(s.failures_now, 0u);
  const auto db = (dir / "out" / "results.sqlite").string();
  EXPECT_EQ(test::count_rows(
                db, "SELECT count(*) FROM metrics WHERE name = 'exports_2022h2_mean_kbd' AND value > 0"),
            3);
  std::ifstream summary(dir / "out" / "summary.csv");
  std::stringstream text;
  text << summary.rdbuf();
  EXPECT_NE(text.str().find(",exports_2022h2_mean_kbd,3,"), std::string::npos) << text.str();
  fs::remove_all(dir);
}

TEST(ScenarioSweep, SweepOutcomesAreCheckedAgainstTheBaseScenario) {
  auto dir = temp_dir("bad_outcome");
  auto file =
      write_sweep(dir, "[[outcome]]\nname = \"x\"\nseries = \"crude_export_kbd\"\nstatistic = \"sum\"\n");
  auto prepared = prepare_sweep(file);
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(prepared));
  EXPECT_NE(std::get<Diagnostics>(prepared).str().find(
                "sweep.toml:3:1: outcome.x.series: unknown series \"crude_export_kbd\"; did you mean "
                "\"crude_exports_kbd\"?"),
            std::string::npos)
      << std::get<Diagnostics>(prepared).str();
  fs::remove_all(dir);
}

// Common random numbers: two names for one world give the same numbers in every replication, so
// their paired difference is exactly zero; with independent seeds it is not.
TEST(ScenarioSweep, CommonSeedsMakeThePairedDifferenceOfIdenticalScenariosZero) {
  auto dir = temp_dir("compare");
  const std::string small = kSource + "/scenarios/test/small.toml",
                    same = kSource + "/scenarios/test/small_same.toml";
  auto body = [&](const char* seeds) {
    return fmt::format(
        "seeds = \"{}\"\nreplications = 4\nrecord = \"series\"\n[design]\nkind = \"grid\"\n"
        "[[param]]\nkey = \"scenario\"\nvalues = [\"{}\", \"{}\"]\n"
        "[[compare]]\nname = \"same_minus_small\"\na = {{ scenario = \"{}\" }}\nb = {{ scenario = \"{}\" "
        "}}\n",
        seeds, small, same, same, small);
  };
  auto prepared = prepare_sweep(write_sweep(dir, body("common")));
  ASSERT_TRUE(std::holds_alternative<PreparedSweep>(prepared)) << std::get<Diagnostics>(prepared).str();
  run(std::get<PreparedSweep>(prepared), dir / "out", 2);
  const auto db = (dir / "out" / "results.sqlite").string();
  const auto metrics = test::count_rows(db, "SELECT count(DISTINCT name) FROM metrics");
  EXPECT_GT(metrics, 10);
  EXPECT_EQ(test::count_rows(db, "SELECT count(*) FROM compare_metrics WHERE compare = 'same_minus_small'"),
            4 * metrics);
  EXPECT_EQ(test::count_rows(db, "SELECT count(*) FROM compare_metrics WHERE value <> 0"), 0);
  EXPECT_GT(test::count_rows(db, "SELECT count(*) FROM compare_series"), 4 * 10);
  EXPECT_EQ(test::count_rows(db, "SELECT count(*) FROM compare_series WHERE value <> 0"), 0);
  EXPECT_TRUE(fs::exists(dir / "out" / "compare_summary.csv"));
  EXPECT_TRUE(fs::exists(dir / "out" / "compare_series_quantiles.csv"));
  std::ifstream csv(dir / "out" / "compare_summary.csv");
  std::string header;
  std::getline(csv, header);
  EXPECT_EQ(header, "compare,metric,runs,mean,sd,p5,p50,p95");

  // A [[compare]] without common seeds is refused: its difference would carry both runs' noise.
  auto independent = prepare_sweep(write_sweep(dir, body("independent")));
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(independent));
  EXPECT_NE(std::get<Diagnostics>(independent).str().find("seeds = \"common\" for [[compare]]"),
            std::string::npos);
  fs::remove_all(dir);
}

TEST(ScenarioSweep, ACompareSideMustNameExactlyOnePoint) {
  auto dir = temp_dir("compare_bad");
  auto prepared =
      prepare_sweep(write_sweep(dir,
                                "seeds = \"common\"\n[design]\nkind = \"grid\"\n"
                                "[[param]]\nkey = \"coalition.enforcement_initial\"\nvalues = [0.2, 0.8]\n"
                                "[[compare]]\nname = \"c\"\na = { \"coalition.enforcement_initial\" = 0.8 }\n"
                                "b = { \"coalition.enforcement_initial\" = 0.5 }\n"));
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(prepared));
  EXPECT_NE(std::get<Diagnostics>(prepared).str().find("compare.c: b: matches no design point"),
            std::string::npos)
      << std::get<Diagnostics>(prepared).str();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace sancsim
