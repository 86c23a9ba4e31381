// A start in the steady state of the start's measured inflation (docs/ECONOMY.md, "A steady state at the
// start's inflation"): every nominal input grows at 5.2% a year, and the economy's real quantities stay
// near the start while its prices rise at about 5.2% a year.
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/steady_path.hpp"

namespace sancsim {
namespace {

// 5.2% inflation, no real growth (sancsim/economy/steady_path.hpp).
constexpr SteadyPath kSteady{.inflation_pct = 5.2, .real_growth_pct = 0};

// At the default scale (10,000 persons an agent, 24 firms a sector), the one the product runs and the
// calibration's steady-economy guards read (scenarios/calibration/agents.toml): the small test economy's
// 8 firms a sector make its churn lumpy, and at session 31's first estimate (docs/CALIBRATION.md, J32) it
// drifted into a wage-led boom at the fixed key rate (unemployment 0.3-1.3%, real wages +21-25% in five
// years, measured 2026-12-06) that the default scale did not show.
AgentEconomyParams steady_params() { return kSteady.params(AgentEconomyParams{}); }

// The range of a path's real quantities and its inflation over the years after the first one.
struct SteadyRange {
  double u_min = 1e9, u_max = -1e9, gdp_min = 1e9, gdp_max = -1e9, c_min = 1e9, c_max = -1e9;
  double real_wage_min = 1e9, real_wage_max = -1e9, deposits_min = 1e9, deposits_max = -1e9;
  double annual_inflation_pct = 0;  // the price level's growth from month 12 to the last, a year
  double real_firm_loans = 0;       // in the last month, over the first's
};

SteadyRange steady_range(const AgentEconomyParams& p, int months) {
  const SeriesTable t = run_steady_path(p, kSteady, months);
  const auto range = [&](const char* name, double& lo, double& hi) {
    const auto& v = t.values(name);
    lo = *std::min_element(v.begin(), v.end());
    hi = *std::max_element(v.begin(), v.end());
  };
  SteadyRange out;
  range("unemployment_pct", out.u_min, out.u_max);
  range("real_gdp_index", out.gdp_min, out.gdp_max);
  range("real_consumption_index", out.c_min, out.c_max);
  range("real_wage_index", out.real_wage_min, out.real_wage_max);
  range("real_deposits_index", out.deposits_min, out.deposits_max);
  const auto& price = t.values("price_level");
  const int last = months - 1;
  out.annual_inflation_pct = (std::pow(price[last] / price[12], 12.0 / (last - 12)) - 1.0) * 100.0;
  out.real_firm_loans = t.values("real_firm_loans_index")[last];
  return out;
}

// Within the bounds of a steady state: real quantities near the start (the zero-inflation economy's own
// wage-curve cycle, AgentEconomy.WithoutShocksItStaysNearItsSteadyStateForTenYears, moves unemployment by
// a few points too) and prices rising at the start's inflation, 4-6.5% a year after the first year.
bool steady(const SteadyRange& r) {
  return r.u_min > 3.0 && r.u_max < 8.0 && r.gdp_min > 0.965 && r.gdp_max < 1.03 && r.c_min > 0.95 &&
         r.real_wage_min > 0.965 && r.real_wage_max < 1.03 && r.deposits_min > 0.97 &&
         r.deposits_max < 1.03 && r.annual_inflation_pct > 4.0 && r.annual_inflation_pct < 6.5;
}

// Every nominal flow grows at the start's 5.2% a year and prices start on their steady path: with the
// firms' dividends on real profit the economy stays near its start for five years while its prices rise
// at about 5.2% a year. On nominal profit (the switch off) the dividend lags its growing aim and inflation
// repays the firms' debt, so the firms keep cash and repay loans, real demand falls, unemployment rises
// toward 10% and inflation falls below 4%.
TEST(SteadyStart, AtTheStartsInflationRealQuantitiesStayNearTheStart) {
  for (int seed = 1; seed <= 3; ++seed) {
    SCOPED_TRACE(seed);
    AgentEconomyParams p = steady_params();
    p.seed = seed;
    p.dividends_on_real_profit = true;
    const SteadyRange r = steady_range(p, 60);
    EXPECT_TRUE(steady(r)) << "u " << r.u_min << "-" << r.u_max << ", real GDP " << r.gdp_min << "-"
                           << r.gdp_max << ", consumption " << r.c_min << ", real wage " << r.real_wage_min
                           << "-" << r.real_wage_max << ", deposits " << r.deposits_min << "-"
                           << r.deposits_max << ", inflation " << r.annual_inflation_pct;
    // The firms keep their real debt (to the slow drift of the repayment rule), where inflation repays it.
    EXPECT_GT(r.real_firm_loans, 0.9);
    p.dividends_on_real_profit = false;
    const SteadyRange q = steady_range(p, 60);
    EXPECT_FALSE(steady(q));
    EXPECT_LT(q.real_firm_loans, 0.8);
  }
}

// The bank's first dividend from the first month's own accounts: households' income does not fall from
// the first month to the second (the start's formula leaves out the firms' deposit interest and the
// capital their new loans need: a third of the bank's dividend, 2-3% of households' spending), at the
// fixture's constant flows.
TEST(SteadyStart, TheBanksFirstDividendIsTheOneItsFirstMonthGives) {
  struct Change {
    double spending = 0, bank_dividend = 0;  // month 0 to month 1; the start's dividend to the next one
  };
  const auto change = [](const AgentEconomyParams& p) {
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    const double bank_start = e.bank().dividend_due_rub;
    e.step(p, test::month_of_2021(0));
    const double first = e.readings().household_spending_real_rub_bn;
    Change c;
    c.bank_dividend = e.bank().dividend_due_rub / bank_start - 1.0;
    e.step(p, test::month_of_2021(1));
    c.spending = e.readings().household_spending_real_rub_bn / first - 1.0;
    return c;
  };
  AgentEconomyParams p = test::small_economy_params();
  const Change formula = change(p);
  p.start_bank_dividend_from_first_month = true;
  const Change own = change(p);
  EXPECT_LT(formula.bank_dividend, -0.2);
  EXPECT_LT(formula.spending, -0.015);
  EXPECT_LT(std::abs(own.bank_dividend), 0.02);
  EXPECT_GT(own.spending, -0.005);
}

// The steady path's world prices are flat in dollars, as its world price level is: switched on, the world
// goods' and the exports' relative prices (dated from 2021 at +6.4% and +32%, then 2.5% a year) leave it as
// it is, so a guard on the path reads the same economy whichever of them an estimate runs with (before
// session 33 they moved it: world goods prices alone took its real wage up 37% in nine years).
TEST(SteadyStart, WorldPriceSwitchesLeaveTheSteadyPathAsItIs) {
  constexpr int kMonths = 36;
  const AgentEconomyParams base = steady_params();
  AgentEconomyParams switched = base;
  switched.world_goods_prices = true;
  switched.world_export_prices = true;
  const SeriesTable a = run_steady_path(base, kSteady, kMonths);
  const SeriesTable b = run_steady_path(switched, kSteady, kMonths);
  for (const char* name : kSteadyPathSeries) {
    const auto& x = a.values(name);
    const auto& y = b.values(name);
    ASSERT_EQ(x.size(), y.size());
    for (std::size_t m = 0; m < x.size(); ++m) EXPECT_EQ(x[m], y[m]) << name << " month " << m;
  }
}

}  // namespace
}  // namespace sancsim
