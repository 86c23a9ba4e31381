// The Russian state's built-in metrics are outcome definitions (state_metric_definitions()): each
// equals its statistic computed here, independently of evaluate_outcome, from the columns of the
// run's series.csv, on the shipped status quo (reported from 2026, simulated from 2021) and history.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <string>

#include "sancsim/model/run.hpp"
#include "sancsim/scenario/scenario.hpp"
#include "sancsim/state/state_metrics.hpp"

namespace {
using namespace sancsim;
namespace fs = std::filesystem;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Scenario shipped(const std::string& name) {
  const fs::path dir = fs::path(SANCSIM_SCENARIO_FIXTURES).parent_path();
  auto r = load_scenario((dir / name).string());
  if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
  return std::move(std::get<Scenario>(r));
}

bool in_projection(YearMonth m) { return m.year() >= 2026 && m.year() <= 2030; }

// Sum of `column` over the months that pass `keep`, in month order (as the former accumulators).
template <class Keep>
double sum_of(const SeriesTable& s, const char* column, Keep keep) {
  double a = 0;
  const auto& v = s.values(column);
  for (std::size_t i = 0; i < s.rows(); ++i)
    if (keep(s.months()[i])) a += v[i];
  return a;
}

// What each state metric means, written out over series.csv's columns.
std::vector<std::pair<std::string, double>> expected_state_metrics(const SeriesTable& s) {
  const auto all = [](YearMonth) { return true; };
  double exhausted = kNaN;
  const auto& shortfall = s.values("nwf_shortfall_rub_bn");
  for (std::size_t i = 0; i < s.rows() && std::isnan(exhausted); ++i)
    if (shortfall[i] > 1e-9) exhausted = s.months()[i].year() * 100.0 + s.months()[i].month();
  double peak = kNaN;
  for (double d : s.values("budget_deficit_12m_rub_bn"))
    if (!std::isnan(d)) peak = std::isnan(peak) ? d : std::max(peak, d);
  return {
      {"oil_gas_revenue_cum_rub_bn", sum_of(s, "oil_gas_budget_revenue_rub_bn", all)},
      {"nwf_exhausted_month", exhausted},
      {"peak_deficit_rub_bn", peak},
      {"oil_gas_revenue_2026_2030_rub_bn", sum_of(s, "oil_gas_budget_revenue_rub_bn", in_projection)},
      {"oil_gas_revenue_2026_2030_usd_bn", sum_of(s, "oil_gas_budget_revenue_usd_bn", in_projection)},
      {"oil_gas_revenue_2026_2030_real_rub_bn",
       sum_of(s, "oil_gas_budget_revenue_real_rub_bn", in_projection)},
      {"met_accrued_2026_2030_rub_bn", sum_of(s, "met_crude_accrued_rub_bn", in_projection)},
      {"ndd_accrued_2026_2030_rub_bn", sum_of(s, "ndd_accrued_rub_bn", in_projection)},
      {"damper_accrued_2026_2030_rub_bn", sum_of(s, "damper_rub_bn", in_projection)},
      {"gas_2026_2030_rub_bn", sum_of(s, "gas_taxes_accrued_rub_bn", in_projection)},
  };
}

double metric_named(const RunResult& r, const std::string& name) {
  for (const Metric& m : r.metrics)
    if (m.name == name) return m.value;
  ADD_FAILURE() << "no metric " << name;
  return kNaN;
}

void expect_state_metrics_from_columns(const RunResult& r) {
  const auto expected = expected_state_metrics(r.series);
  ASSERT_EQ(expected.size(), state_metric_definitions().size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& [name, value] = expected[i];
    EXPECT_EQ(state_metric_definitions()[i].name, name);
    const double got = metric_named(r, name);
    if (std::isnan(value))
      EXPECT_TRUE(std::isnan(got)) << name << " = " << got;
    else
      EXPECT_EQ(got, value) << name;  // the same sums in the same order: bit for bit
  }
}

}  // namespace

TEST(StateMetrics, AreTheirStatisticsOfSeriesColumnsInTheStatusQuo) {
  const RunResult r = run_scenario(shipped("status_quo.toml"), 1);
  ASSERT_EQ(r.series.months().front(), YearMonth::from(2026, 1));
  // The projection window is the whole reported window here.
  EXPECT_EQ(metric_named(r, "oil_gas_revenue_cum_rub_bn"),
            metric_named(r, "oil_gas_revenue_2026_2030_rub_bn"));
  expect_state_metrics_from_columns(r);
}

TEST(StateMetrics, AreTheirStatisticsOfSeriesColumnsInHistory) {
  const RunResult r = run_scenario(shipped("history.toml"), 1);
  expect_state_metrics_from_columns(r);
  EXPECT_GT(metric_named(r, "peak_deficit_rub_bn"), 0);  // 2022-24 ran deficits
}

// The new columns are the quantities the metrics were accumulated from: the revenue converted at the
// month's rate, the rolling deficit of the monthly balances (which reaches back before report_start).
TEST(StateMetrics, NewColumnsAgreeWithTheColumnsTheyDeriveFrom) {
  const RunResult r = run_scenario(shipped("status_quo.toml"), 1);
  const SeriesTable& s = r.series;
  const auto& og = s.values("oil_gas_budget_revenue_rub_bn");
  const auto& og_usd = s.values("oil_gas_budget_revenue_usd_bn");
  const auto& usd_rub = s.values("usd_rub");
  const auto& balance = s.values("budget_balance_rub_bn");
  const auto& deficit = s.values("budget_deficit_12m_rub_bn");
  for (std::size_t i = 0; i < s.rows(); ++i) {
    EXPECT_DOUBLE_EQ(og_usd[i], og[i] / usd_rub[i]);
    EXPECT_FALSE(std::isnan(deficit[i]));  // the run began in 2021: every reported month has 12 before it
  }
  for (std::size_t i = 11; i < s.rows(); ++i) {
    double sum = 0;
    for (std::size_t k = i - 11; k <= i; ++k) sum += balance[k];
    EXPECT_NEAR(deficit[i], -sum, 1e-9 * (1 + std::abs(sum)));
  }
}
