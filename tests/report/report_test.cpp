// `sancsim report`: its readers, its page, and the page as a browser draws it.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "html_text.hpp"
#include "report_fixture.hpp"
#include "sancsim/report/charts.hpp"
#include "sancsim/report/report.hpp"

namespace sancsim::report_test {
namespace {
using report::ReportError;

// The test's own output directory (screenshots, reports): kept after the run for a person to see.
const fs::path kOutput = SANCSIM_TEST_OUTPUT_DIR;

std::string make_report(const std::vector<fs::path>& inputs, const std::string& name,
                        const std::string& extra = "") {
  fs::create_directories(kOutput);
  const fs::path out = kOutput / (name + ".html");
  std::string command = std::string("'") + SANCSIM_BIN + "' report";
  for (const auto& d : inputs) command += " '" + d.string() + "'";
  command += " --out '" + out.string() + "' " + extra;
  const fs::path log = kOutput / (name + ".log");
  EXPECT_EQ(shell(command, log), 0) << read_text(log);
  return out.string();
}

template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const ReportError& e) {
    return e.what();
  }
  return "(no error)";
}

// Series of `run` among `names` that have at least one defined month.
int defined_series(const report::RunInput& run, const std::vector<std::string>& names) {
  int n = 0;
  for (const auto& name : names) {
    const auto* col = run.series.column(name);
    if (col && std::any_of(col->begin(), col->end(), [](double v) { return std::isfinite(v); })) ++n;
  }
  return n;
}

int distinct_events(const std::vector<report::RunInput>& runs) {
  std::set<std::pair<std::string, std::string>> events;
  for (const auto& r : runs)
    for (const auto& e : r.events) events.emplace(e.date, e.id.empty() ? e.type : e.id);
  return static_cast<int>(events.size());
}

// Every chart drew something, and the page reported no error.
void expect_every_chart_rendered(const Rendered& r, std::size_t charts) {
  EXPECT_TRUE(r.results["problems"].empty()) << r.results["problems"].dump(2);
  ASSERT_EQ(r.results["charts"].size(), charts);
  for (const auto& c : r.results["charts"]) {
    EXPECT_TRUE(c["ok"].get<bool>()) << c["id"];
    EXPECT_GT(c["svg_elements"].get<int>(), 10) << c["id"];
    int marks = 0;
    for (const auto& [type, n] : c["marks"].items()) marks += n.get<int>();
    EXPECT_GT(marks, 0) << c["id"];
  }
}

std::size_t charts_in(const std::string& html) {
  std::size_t n = 0;
  for (auto p = html.find("class=\"chart\""); p != std::string::npos; p = html.find("class=\"chart\"", p + 1))
    ++n;
  return n;
}

// Run first by ctest (the fixture report_inputs): makes the inputs afresh for the tests after it.
TEST(DISABLED_MakeInputs, Afresh) { Inputs::make_afresh(); }

TEST(ReportInputs, ReadsARunDirectoryWithItsEvents) {
  const auto run = report::read_run_dir(Inputs::get().small);
  EXPECT_EQ(run.label, "small");
  EXPECT_EQ(run.scenario, "small");
  EXPECT_EQ(run.seed, 1u);
  EXPECT_EQ(run.series.months.front(), "2022-06");  // the scenario's report_start
  ASSERT_NE(run.series.column("brent_usd_per_bbl"), nullptr);
  EXPECT_EQ(run.series.column("brent_usd_per_bbl")->size(), run.series.months.size());
  EXPECT_FALSE(run.metrics.empty());
  EXPECT_EQ(run.events.size(), 3u);  // scenarios/test/small.toml has three
  for (const auto& e : run.events) EXPECT_FALSE(e.description.empty()) << e.id;
  EXPECT_EQ(report::read_run_dir(Inputs::get().cap).compare_to, "small_no_cap");
}

TEST(ReportInputs, NamesTheFileAndLineOfABadSeriesRow) {
  const fs::path copy = Inputs::get().dir / "bad_run";
  fs::remove_all(copy);
  fs::copy(Inputs::get().small, copy);
  std::string text = read_text(copy / "series.csv");
  const auto line3 = text.find('\n', text.find('\n') + 1) + 1;  // the second data row
  text.insert(text.find(',', line3) + 1, "x");
  std::ofstream(copy / "series.csv", std::ios::binary) << text;
  const std::string error = error_of([&] { report::read_run_dir(copy); });
  EXPECT_NE(error.find("series.csv:3:"), std::string::npos) << error;
  EXPECT_NE(error.find("expected a number"), std::string::npos) << error;
}

// A run that stopped part-way (`sancsim run` writes its months with a failed manifest): the report reads
// it and says so above the charts; a complete run's page has no such line.
TEST(ReportInputs, SaysARunStoppedPartWay) {
  const fs::path copy = Inputs::get().dir / "stopped_run";
  fs::remove_all(copy);
  fs::copy(Inputs::get().small, copy);
  auto manifest = nlohmann::ordered_json::parse(read_text(copy / "manifest.json"));
  manifest["status"] = "failed";
  manifest["error"] = "state: cpi_yoy_pct is inf";
  manifest["failed_run"] = "scenario";
  manifest["stopped_in_month"] = "2022-11";
  manifest["last_completed_month"] = "2022-10";
  std::ofstream(copy / "manifest.json", std::ios::binary) << manifest.dump(2);
  const auto run = report::read_run_dir(copy);
  EXPECT_NE(run.stopped.find("stopped in 2022-11 (state: cpi_yoy_pct is inf)"), std::string::npos)
      << run.stopped;
  EXPECT_NE(run.stopped.find("end at 2022-10"), std::string::npos) << run.stopped;
  EXPECT_TRUE(report::read_run_dir(Inputs::get().small).stopped.empty());
  const std::string html = read_text(make_report({copy}, "stopped"));
  EXPECT_NE(html.find("<b>stopped_run stopped part-way</b>"), std::string::npos);
  EXPECT_EQ(read_text(make_report({Inputs::get().small}, "not_stopped")).find("stopped part-way"),
            std::string::npos);
}

TEST(ReportInputs, RefusesADirectoryThatIsNeitherARunNorASweep) {
  const std::string error = error_of([&] { report::read_report_inputs({kSource / "docs"}, {}); });
  EXPECT_NE(error.find("neither a run directory"), std::string::npos) << error;
  const std::string missing =
      error_of([&] { report::read_report_inputs({Inputs::get().dir / "nothing"}, {}); });
  EXPECT_NE(missing.find("not a directory"), std::string::npos) << missing;
}

TEST(ReportInputs, ReadsACalibrationRunAndNamesABadKey) {
  const auto c = report::read_calibrate_dir(Inputs::get().calibrate);
  EXPECT_EQ(c.label, "calibrate_recovery");
  EXPECT_EQ(c.result["parameters"].size(), 2u);  // recovery.toml: two parameters, four moments
  EXPECT_EQ(c.result["moments"].size(), 4u);
  const auto in = report::read_report_inputs({Inputs::get().calibrate}, {});
  EXPECT_EQ(in.calibrates.size(), 1u);
  EXPECT_TRUE(in.runs.empty());
  const fs::path copy = Inputs::get().dir / "bad_calibrate";
  fs::remove_all(copy);
  fs::copy(Inputs::get().calibrate, copy);
  auto j = nlohmann::json::parse(read_text(copy / "calibration.json"));
  j["parameters"][1]["estimate"] = "x";
  std::ofstream(copy / "calibration.json", std::ios::binary) << j.dump();
  const std::string error = error_of([&] { report::read_calibrate_dir(copy); });
  EXPECT_NE(error.find("calibration.json"), std::string::npos) << error;
  EXPECT_NE(error.find("parameters[].estimate"), std::string::npos) << error;
}

TEST(ReportInputs, ReadsASweepWithItsSobolIndices) {
  const auto sweep = report::read_sweep_dir(Inputs::get().sweep);
  EXPECT_EQ(sweep.name, "sobol_small");
  EXPECT_EQ(sweep.design, "sobol");
  EXPECT_EQ(sweep.points, 64);  // 16 base samples x (2 + 2)
  EXPECT_EQ(sweep.runs_ok, 64);
  ASSERT_EQ(sweep.params.size(), 2u);
  EXPECT_TRUE(sweep.params[0].numeric);
  EXPECT_FALSE(sweep.sobol.empty());
  EXPECT_TRUE(sweep.morris.empty());
  ASSERT_EQ(sweep.prim_boxes.size(), 1u);  // discover --save
  EXPECT_EQ(sweep.prim_boxes[0].outcome, kPrimOutcome);
  EXPECT_EQ(sweep.prim_boxes[0].rule.substr(0, 6), "above ");
  EXPECT_TRUE(sweep.series_quantiles.empty());  // 64 points: the fans use all runs instead
  const auto fan = report::read_all_runs_quantiles(sweep, "urals_fob_usd_per_bbl");
  ASSERT_FALSE(fan.empty());
  for (const auto& q : fan) {
    EXPECT_LE(q.p5, q.p25);
    EXPECT_LE(q.p25, q.p50);
    EXPECT_LE(q.p50, q.p75);
    EXPECT_LE(q.p75, q.p95);
  }
}

// A two-month run with the columns named (an agents-mode run, or with unemployment alone an aggregate one).
report::RunInput two_month_run(const std::string& label, std::vector<std::string> names,
                               std::vector<std::vector<double>> columns) {
  report::RunInput run;
  run.label = label;
  run.series.months = {"2022-03", "2022-04"};
  run.series.names = std::move(names);
  run.series.columns = std::move(columns);
  return run;
}

// The chart of `id` among `charts`, or nullptr.
const report::Chart* chart_of(const std::vector<report::Chart>& charts, const std::string& id) {
  const auto it =
      std::find_if(charts.begin(), charts.end(), [&](const report::Chart& c) { return c.id == id; });
  return it == charts.end() ? nullptr : &*it;
}

// The named lines of a line chart.
std::set<std::string> lines_of(const report::Chart& chart) {
  std::set<std::string> lines;
  for (const auto& row : chart.spec["layer"][0]["data"]["values"])
    lines.insert(row["series"].get<std::string>());
  return lines;
}

// An agents-mode run (its series has the labour market's flows) gets the labour-market chart with one line
// per flow it has; a run without them (aggregate mode) does not.
TEST(RunCharts, TheLabourMarketChartIsDrawnForRunsWithTheFlows) {
  const auto agents = two_month_run("agents",
                                    {"unemployment_pct", "vacancies_k", "hires_k", "separations_k",
                                     "army_recruits_k", "army_recruits_from_jobs_k"},
                                    {{5.4, 5.5}, {850, 1130}, {850, 1130}, {1370, 1200}, {10, 0}, {0, 0}});
  const auto with = report::run_charts({agents}, "run-");
  const report::Chart* labour = chart_of(with, "run-labour");
  ASSERT_NE(labour, nullptr);
  EXPECT_EQ(labour->title, "Labour market flows");
  EXPECT_EQ(lines_of(*labour).size(), 5u);  // the five flows, named
  const auto without =
      report::run_charts({two_month_run("aggregate", {"unemployment_pct"}, {{5.4, 5.5}})}, "run-");
  EXPECT_EQ(chart_of(without, "run-labour"), nullptr);
  EXPECT_NE(chart_of(without, "run-activity"), nullptr);
}

// An agents-mode run gets the households' spending chart, its four sources named, values as in the series;
// an aggregate run does not.
TEST(RunCharts, TheHouseholdsSpendingChartIsDrawnForAgentsRuns) {
  const auto agents = two_month_run(
      "agents",
      {"unemployment_pct", "household_spending_from_income_rub_bn", "household_spending_from_deposits_rub_bn",
       "household_spending_from_credit_rub_bn", "household_spending_held_back_rub_bn"},
      {{5.3, 5.3}, {5123, 5149}, {337, 64}, {345, 28}, {448, 377}});
  const auto with = report::run_charts({agents}, "run-");
  const report::Chart* spending = chart_of(with, "run-spending");
  ASSERT_NE(spending, nullptr);
  EXPECT_EQ(spending->title, "Households' spending by source");
  EXPECT_EQ(lines_of(*spending).size(), 4u);
  double april_credit = -1;
  for (const auto& row : spending->spec["layer"][0]["data"]["values"])
    if (row["series"] == "on new consumer loans" && row["date"] == "2022-04-01")
      april_credit = row["value"].get<double>();
  EXPECT_EQ(april_credit, 28.0);
  const auto without =
      report::run_charts({two_month_run("aggregate", {"unemployment_pct"}, {{5.4, 5.5}})}, "run-");
  EXPECT_EQ(chart_of(without, "run-spending"), nullptr);
}

TEST(OutcomeSamples, KeepEveryKthRunAboveTheLimit) {
  const auto sweep = report::read_sweep_dir(Inputs::get().sweep);
  const auto all = report::read_outcome_samples(sweep, "urals_discount_mean_usd_per_bbl", 1000);
  EXPECT_EQ(all.runs, 64);
  EXPECT_EQ(all.stride, 1);
  ASSERT_EQ(all.values.size(), 64u);
  const auto few = report::read_outcome_samples(sweep, "urals_discount_mean_usd_per_bbl", 10);
  EXPECT_EQ(few.runs, 64);
  EXPECT_EQ(few.stride, 7);  // ceil(64 / 10)
  ASSERT_EQ(few.values.size(), 10u);
  for (std::size_t i = 0; i < few.values.size(); ++i) EXPECT_EQ(few.values[i], all.values[7 * i]);
  ASSERT_EQ(few.params.size(), 10u);
  EXPECT_EQ(few.params[0].size(), 2u);
}

TEST(HtmlText, ScriptJsonCannotCloseItsElement) {
  const std::string text = report::script_json({{"note", "</script><script>alert(1)</script><!--"}});
  EXPECT_EQ(text.find('<'), std::string::npos) << text;
  EXPECT_EQ(nlohmann::json::parse(text)["note"], "</script><script>alert(1)</script><!--");
  EXPECT_EQ(report::html_escape("<b a=\"x\">&'"), "&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
  EXPECT_EQ(report::table_number(55500.79), "55,501");
  EXPECT_EQ(report::table_number(-1234567.0), "-1,234,567");
  EXPECT_EQ(report::table_number(0.05571), "0.05571");
  EXPECT_EQ(report::table_number(std::nan("")), "n/a");
}

TEST(ReportHtml, IsByteIdenticalForTheSameInputs) {
  const auto& in = Inputs::get();
  const std::string a = make_report({in.small, in.cap, in.sweep}, "identical_a");
  const std::string b = make_report({in.small, in.cap, in.sweep}, "identical_b");
  const std::string text = read_text(a);
  EXPECT_GT(text.size(), 500'000u);  // the libraries are inlined
  EXPECT_TRUE(text == read_text(b));
}

TEST(ReportHtml, InlinesEverythingAndAllowsNoRequest) {
  const auto& in = Inputs::get();
  const std::string html = read_text(make_report({in.small}, "inlined", "--title 'A <b>bold</b> title'"));
  EXPECT_EQ(html.find("<script src"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  EXPECT_NE(html.find("<title>A &lt;b&gt;bold&lt;/b&gt; title</title>"), std::string::npos);
  EXPECT_NE(html.find("vega-embed"), std::string::npos);
  EXPECT_NE(html.find("<details><summary>small (manifest.json)</summary>"), std::string::npos);
  const std::string sweep_html = read_text(make_report({in.sweep}, "inlined_sweep"));
  EXPECT_NE(sweep_html.find("name = &quot;sobol_small&quot;"), std::string::npos);  // the sweep file as run
}

TEST(ReportCommand, RefusesBadInputWithStatus2) {
  const fs::path log = kOutput / "bad_input.log";
  fs::create_directories(kOutput);
  EXPECT_EQ(shell(std::string("'") + SANCSIM_BIN + "' report '" + (kSource / "docs").string() + "' --out '" +
                      (kOutput / "never.html").string() + "'",
                  log),
            2);
  EXPECT_NE(read_text(log).find("neither a run directory"), std::string::npos) << read_text(log);
  EXPECT_FALSE(fs::exists(kOutput / "never.html"));
}

// The three reports as a browser shows them.

TEST(ReportInBrowser, OneRunDrawsEveryChartWithItsEvents) {
  const auto& in = Inputs::get();
  const std::string html_file = make_report({in.small}, "one_run");
  const auto r = render_in_chromium(html_file, kOutput / "one_run.png");
  expect_every_chart_rendered(r, charts_in(read_text(html_file)));
  const auto run = report::read_run_dir(in.small);
  EXPECT_EQ(r.marks("run-prices", "line"),
            defined_series(run, {"brent_usd_per_bbl", "urals_fob_usd_per_bbl", "espo_fob_usd_per_bbl"}));
  EXPECT_EQ(r.marks("run-prices", "area"), 1);  // the discount band
  EXPECT_EQ(r.marks("run-prices", "rule"), distinct_events({run}));
  EXPECT_EQ(r.marks("run-prices", "text"), distinct_events({run}));  // few events: every one labelled
  EXPECT_EQ(r.marks("run-volumes", "area"),
            defined_series(run, {"exports_to_china_kbd", "exports_to_india_kbd", "exports_to_turkey_kbd",
                                 "exports_to_eu_kbd", "exports_to_other_kbd"}));
  EXPECT_GT(fs::file_size(kOutput / "one_run.png"), 20'000u);
}

TEST(ReportInBrowser, SeveralRunsAreOverlaid) {
  const auto& in = Inputs::get();
  const std::string html_file = make_report({in.small, in.cap, in.no_cap}, "several_runs");
  const auto r = render_in_chromium(html_file, kOutput / "several_runs.png");
  expect_every_chart_rendered(r, charts_in(read_text(html_file)));
  std::vector<report::RunInput> runs;
  int lines = 0;
  for (const auto& d : {in.small, in.cap, in.no_cap}) {
    runs.push_back(report::read_run_dir(d));
    lines +=
        defined_series(runs.back(), {"brent_usd_per_bbl", "urals_fob_usd_per_bbl", "espo_fob_usd_per_bbl"});
  }
  EXPECT_EQ(r.marks("run-prices", "line"), lines);
  EXPECT_EQ(r.marks("run-prices", "area"), 3);
  EXPECT_EQ(r.marks("run-prices", "rule"), distinct_events(runs));
  EXPECT_EQ(r.marks("run-revenue", "line"), [&] {
    int n = 0;
    for (const auto& run : runs)
      n += defined_series(
          run, {"oil_export_revenue_usd_bn", "crude_export_revenue_usd_bn", "product_export_revenue_usd_bn"});
    return n;
  }());
  // The summary table shows the cap run's difference from its compare_to.
  EXPECT_NE(read_text(html_file).find("<small>vs small_no_cap</small>"), std::string::npos);
  EXPECT_GT(fs::file_size(kOutput / "several_runs.png"), 20'000u);
}

TEST(ReportInBrowser, SweepWithSobolIndicesAndCalibration) {
  const auto& in = Inputs::get();
  const std::string html_file =
      make_report({in.sweep}, "sweep_sobol", "--calibration '" + in.calibration.string() + "'");
  const auto r = render_in_chromium(html_file, kOutput / "sweep_sobol.png");
  expect_every_chart_rendered(r, charts_in(read_text(html_file)));
  const std::string metric = "urals-discount-mean-usd-per-bbl";
  EXPECT_EQ(r.marks("sweep-1-scatter-" + metric, "symbol"), 64 * 2);   // every run, against each parameter
  EXPECT_EQ(r.marks("sweep-1-sobol-" + metric, "rect"), 2 * 2);        // S1 and ST of two parameters
  EXPECT_EQ(r.marks("sweep-1-sobol-" + metric, "rule"), 2 * 2);        // their intervals
  EXPECT_EQ(r.marks("sweep-1-fan-urals-fob-usd-per-bbl", "area"), 2);  // p5-p95 and p25-p75
  EXPECT_EQ(r.marks("sweep-1-fan-urals-fob-usd-per-bbl", "line"), 1);  // the median
  const auto prim = nlohmann::json::parse(read_text(in.sweep / ("prim_" + kPrimOutcome + ".json")));
  const int restricted = static_cast<int>(prim["box"]["limits"].size());
  EXPECT_GT(restricted, 0);
  EXPECT_EQ(r.marks("sweep-1-prim-0", "rect"), 2 * restricted);  // each range within the design's
  const auto table = nlohmann::json::parse(read_text(in.calibration));
  const int targets = static_cast<int>(table["targets"].size());
  EXPECT_EQ(targets, 2);  // scenarios/test/calibration/small_targets.toml
  EXPECT_EQ(table["seeds"], 2);
  EXPECT_EQ(table["targets"][0]["verdict"], "ok");
  EXPECT_FALSE(table["targets"][1]["known_miss"].get<std::string>().empty());
  EXPECT_EQ(r.marks("calibration-1-calibration", "symbol"), targets);
  EXPECT_EQ(r.marks("calibration-1-calibration", "rule"), targets);
  EXPECT_GT(fs::file_size(kOutput / "sweep_sobol.png"), 20'000u);
}

TEST(ReportInBrowser, CalibrationRun) {
  const auto& in = Inputs::get();
  const std::string html_file = make_report({in.calibrate}, "calibrate_run", "");
  const auto r = render_in_chromium(html_file, kOutput / "calibrate_run.png");
  expect_every_chart_rendered(r, charts_in(read_text(html_file)));
  // Two parameters: an estimate dot, a +-2 s.e. rule and a default tick each.
  EXPECT_EQ(r.marks("calibrate-1-estimates", "symbol"), 2);
  EXPECT_EQ(r.marks("calibrate-1-estimates", "rule"), 2);
  EXPECT_EQ(r.marks("calibrate-1-estimates", "rect"), 2);  // ticks are drawn as rects
  // Four moments: the band, the move from start to estimate, and a dot at each end.
  EXPECT_EQ(r.marks("calibrate-1-moments", "rect"), 4);
  EXPECT_EQ(r.marks("calibrate-1-moments", "rule"), 4);
  EXPECT_EQ(r.marks("calibrate-1-moments", "symbol"), 2 * 4);
}

}  // namespace
}  // namespace sancsim::report_test
