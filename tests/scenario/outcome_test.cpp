// Declared outcomes: each equals the statistic computed from the run's series in the test, the
// paired difference equals the two runs' difference, and bad entries are reported where written.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>

#include "sancsim/scenario/scenario.hpp"
#include "../temp_dir.hpp"

using namespace sancsim;

namespace {

std::string fixture(const std::string& name) { return std::string(SANCSIM_SCENARIO_FIXTURES) + "/" + name; }

Scenario loaded(const std::string& path) {
  LoadResult r = load_scenario(path);
  if (auto* d = std::get_if<Diagnostics>(&r)) ADD_FAILURE() << d->str();
  return std::holds_alternative<Scenario>(r) ? std::get<Scenario>(std::move(r)) : Scenario{};
}

// The rows of `column` with month in [from, to], straight from the table.
std::vector<std::pair<YearMonth, double>> rows(const SeriesTable& t, const std::string& column,
                                               YearMonth from, YearMonth to) {
  std::vector<std::pair<YearMonth, double>> out;
  for (std::size_t i = 0; i < t.rows(); ++i)
    if (t.months()[i] >= from && t.months()[i] <= to)
      out.emplace_back(t.months()[i], t.at(i, t.column(column)));
  return out;
}

double code(YearMonth m) { return m.year() * 100.0 + m.month(); }

// A scenario file written to a fresh temporary directory, next to a copy of nothing: it extends
// the fixtures by absolute path.
std::string write_temp(const std::string& name, const std::string& text) {
  static const test::TempDir dir_of_this_process;  // removed when the test process ends
  const auto path = dir_of_this_process / name;
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace

TEST(Outcomes, EachEqualsTheStatisticComputedFromTheSeries) {
  const Scenario s = loaded(fixture("small_outcomes.toml"));
  ASSERT_EQ(s.outcomes.size(), 10u);
  const RunResult r = run_scenario(s, 11, 0);
  const SeriesTable& t = r.series;
  const YearMonth first = t.months().front(), last = t.months().back();

  double sum = 0;
  for (auto [m, v] :
       rows(t, "oil_export_revenue_usd_bn", YearMonth::from(2022, 7), YearMonth::from(2022, 12)))
    sum += v;
  EXPECT_DOUBLE_EQ(metric(r, "export_revenue_h2_2022_usd_bn"), sum);

  const auto disc2022 =
      rows(t, "urals_discount_usd_per_bbl", YearMonth::from(2022, 1), YearMonth::from(2022, 12));
  ASSERT_EQ(disc2022.size(), 7u);  // reported from 2022-06
  double mean = 0;
  for (auto [m, v] : disc2022) mean += v / static_cast<double>(disc2022.size());
  EXPECT_NEAR(metric(r, "urals_discount_2022_mean"), mean, 1e-9);

  const auto disc = rows(t, "urals_discount_usd_per_bbl", first, last);
  auto hi = disc.front(), lo = disc.front();
  for (auto p : disc) {
    if (p.second > hi.second) hi = p;
    if (p.second < lo.second) lo = p;
  }
  EXPECT_EQ(metric(r, "urals_discount_max"), hi.second);
  EXPECT_EQ(metric(r, "urals_discount_peak_month"), code(hi.first));
  EXPECT_EQ(metric(r, "urals_discount_low_month"), code(lo.first));
  double min2023 = std::numeric_limits<double>::infinity();
  for (auto [m, v] : rows(t, "urals_discount_usd_per_bbl", YearMonth::from(2023, 1), last))
    min2023 = std::min(min2023, v);
  EXPECT_EQ(metric(r, "urals_discount_min_2023"), min2023);

  EXPECT_EQ(metric(r, "exports_last"),
            rows(t, "crude_exports_kbd", first, YearMonth::from(2022, 12)).back().second);

  double below = std::numeric_limits<double>::quiet_NaN();
  for (auto [m, v] : rows(t, "urals_fob_usd_per_bbl", first, last))
    if (v < 60.0) {
      below = code(m);
      break;
    }
  ASSERT_FALSE(std::isnan(below)) << "the fixture should see Urals under $60";
  EXPECT_EQ(metric(r, "urals_below_60_month"), below);
  EXPECT_TRUE(std::isnan(metric(r, "urals_above_1000_month")));

  // The paired difference: this run minus the comparison run with the same seed.
  const RunResult base = run_scenario(*s.counterfactual, 11, 0);
  double own = 0, other = 0;
  for (auto [m, v] : rows(t, "crude_export_revenue_usd_bn", YearMonth::from(2022, 12), last)) own += v;
  for (auto [m, v] : rows(base.series, "crude_export_revenue_usd_bn", YearMonth::from(2022, 12), last))
    other += v;
  EXPECT_DOUBLE_EQ(metric(r, "cap_effect_crude_revenue_usd_bn"), own - other);
  EXPECT_NE(own - other, 0.0);
  // Plain outcomes get their `_vs_counterfactual` difference like the built-in metrics.
  EXPECT_FALSE(std::isnan(metric(r, "export_revenue_h2_2022_usd_bn_vs_counterfactual")));
}

TEST(Outcomes, BuiltInMetricsComeFirstAndAreUnchanged) {
  const RunResult plain = run_scenario(loaded(fixture("small.toml")), 3, 0);
  const RunResult with = run_scenario(loaded(fixture("small_outcomes.toml")), 3, 0);
  for (std::size_t i = 0; i < plain.metrics.size(); ++i) {
    EXPECT_EQ(with.metrics[i].name, plain.metrics[i].name);
    if (!std::isnan(plain.metrics[i].value)) {
      EXPECT_EQ(with.metrics[i].value, plain.metrics[i].value);
    }
  }
  // The built-in oil metrics are outcome definitions: the same evaluation gives the same numbers.
  EXPECT_EQ(metric(plain, "oil_export_revenue_cum_usd_bn"),
            evaluate_outcome(outcome_def("x", "oil_export_revenue_usd_bn", OutcomeStat::Sum), plain.series));
}

TEST(Outcomes, BadEntriesAreReportedWhereWrittenWithWhatWasExpected) {
  const std::string path = write_temp("bad_outcomes.toml", "extends = \"" + fixture("small_cap_effect.toml") +
                                                               "\"\n"
                                                               "[[outcome]]\n"  // line 2
                                                               "name = \"a\"\n"
                                                               "series = \"urals_discount_usd_per_bb\"\n"
                                                               "statistic = \"sum\"\n"
                                                               "[[outcome]]\n"  // line 6
                                                               "name = \"b\"\n"
                                                               "series = \"crude_exports_kbd\"\n"
                                                               "statistic = \"average\"\n"  // line 9
                                                               "[[outcome]]\n"              // line 10
                                                               "name = \"c\"\n"
                                                               "series = \"crude_exports_kbd\"\n"
                                                               "statistic = \"mean\"\n"
                                                               "year = 2024\n"
                                                               "[[outcome]]\n"  // line 15
                                                               "name = \"d\"\n"
                                                               "series = \"crude_exports_kbd\"\n"
                                                               "statistic = \"first_below\"\n");
  const LoadResult r = load_scenario(path);
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  const std::string text = std::get<Diagnostics>(r).str();
  EXPECT_NE(text.find("bad_outcomes.toml:9:13: outcome[1].statistic: unknown statistic \"average\""),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("expected one of sum, mean, last, min, max"), std::string::npos) << text;
  EXPECT_NE(
      text.find(
          "bad_outcomes.toml:15:1: outcome[3].threshold: missing; expected the threshold of first_below"),
      std::string::npos)
      << text;
  // Series and windows are checked against the loaded scenario once the entries themselves read.
  const std::string fixed = write_temp("bad_series.toml", "extends = \"" + fixture("small_cap_effect.toml") +
                                                              "\"\n"
                                                              "[[outcome]]\n"
                                                              "name = \"a\"\n"
                                                              "series = \"urals_discount_usd_per_bb\"\n"
                                                              "statistic = \"sum\"\n"
                                                              "[[outcome]]\n"
                                                              "name = \"c\"\n"
                                                              "series = \"crude_exports_kbd\"\n"
                                                              "statistic = \"mean\"\n"
                                                              "year = 2024\n"
                                                              "[[outcome]]\n"
                                                              "name = \"brent_mean_usd_per_bbl\"\n"
                                                              "series = \"crude_exports_kbd\"\n"
                                                              "statistic = \"mean\"\n");
  const LoadResult r2 = load_scenario(fixed);
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r2));
  const std::string text2 = std::get<Diagnostics>(r2).str();
  EXPECT_NE(
      text2.find("bad_series.toml:2:1: outcome.a.series: unknown series \"urals_discount_usd_per_bb\"; did "
                 "you mean \"urals_discount_usd_per_bbl\"?"),
      std::string::npos)
      << text2;
  EXPECT_NE(text2.find(
                "bad_series.toml:6:1: outcome.c: a window within the reported months 2022-06 to 2023-03; got "
                "2024-01 to 2024-12"),
            std::string::npos)
      << text2;
  EXPECT_NE(
      text2.find("outcome.brent_mean_usd_per_bbl.name: a name of its own: this is a built-in metric's name"),
      std::string::npos)
      << text2;
  // No false "start/end missing" lines.
  EXPECT_EQ(text2.find("missing; expected the first simulated day"), std::string::npos) << text2;
}

TEST(Outcomes, PairedDifferenceNeedsAComparison) {
  const std::string path = write_temp("vs_alone.toml", "extends = \"" + fixture("small.toml") +
                                                           "\"\n"
                                                           "[[outcome]]\n"
                                                           "name = \"x\"\n"
                                                           "series = \"crude_exports_kbd\"\n"
                                                           "statistic = \"sum\"\n"
                                                           "vs = \"compare_to\"\n");
  const LoadResult r = load_scenario(path);
  ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
  EXPECT_NE(std::get<Diagnostics>(r).str().find("outcome.x.vs: a scenario with `compare_to`"),
            std::string::npos)
      << std::get<Diagnostics>(r).str();
}

// The oil metrics became outcome definitions; their values are bit for bit what the code they
// replaced computed (sums and means of the months with a value, the maximum, the last month), so
// summary.json stays byte-identical for scenarios without declared outcomes.
TEST(Outcomes, BuiltInOilMetricsAreBitwiseWhatTheFormerCodeComputed) {
  const RunResult r = run_scenario(loaded(fixture("small.toml")), 5, 0);
  const SeriesTable& s = r.series;
  auto mean = [&](const char* col) {
    double a = 0;
    int n = 0;
    for (double x : s.values(col))
      if (!std::isnan(x)) {
        a += x;
        ++n;
      }
    return n ? a / n : std::numeric_limits<double>::quiet_NaN();
  };
  auto total = [&](const char* col) {
    double a = 0;
    for (double x : s.values(col))
      if (!std::isnan(x)) a += x;
    return a;
  };
  auto peak = [&](const char* col) {
    double a = -std::numeric_limits<double>::infinity();
    for (double x : s.values(col))
      if (!std::isnan(x)) a = std::max(a, x);
    return a;
  };
  auto last = [&](const char* col) { return s.values(col).back(); };
  const std::pair<const char*, double> former[] = {
      {"oil_export_revenue_cum_usd_bn", total("oil_export_revenue_usd_bn")},
      {"crude_export_revenue_cum_usd_bn", total("crude_export_revenue_usd_bn")},
      {"urals_discount_mean_usd_per_bbl", mean("urals_discount_usd_per_bbl")},
      {"urals_discount_peak_usd_per_bbl", peak("urals_discount_usd_per_bbl")},
      {"espo_discount_mean_usd_per_bbl", mean("espo_discount_usd_per_bbl")},
      {"brent_mean_usd_per_bbl", mean("brent_usd_per_bbl")},
      {"crude_exports_mean_kbd", mean("crude_exports_kbd")},
      {"crude_output_mean_kbd", mean("crude_output_kbd")},
      {"seaborne_on_g7_tankers_share_mean", mean("seaborne_on_g7_tankers_share")},
      {"freight_baltic_india_mean_usd_per_bbl", mean("freight_baltic_india_usd_per_bbl")},
      {"shadow_tankers_active_end", last("shadow_tankers_active")},
      {"tankers_designated_end", last("tankers_designated")},
      {"traders_active_end", last("traders_active")},
      {"shut_in_peak_kbd", peak("shut_in_kbd")},
  };
  ASSERT_GE(r.metrics.size(), std::size(former));
  for (std::size_t i = 0; i < std::size(former); ++i) {
    EXPECT_EQ(r.metrics[i].name, former[i].first);
    EXPECT_EQ(std::memcmp(&r.metrics[i].value, &former[i].second, sizeof(double)), 0)
        << former[i].first << ": " << r.metrics[i].value << " vs " << former[i].second;
  }
}
