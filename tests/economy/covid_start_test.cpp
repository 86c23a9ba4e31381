// The start in the COVID slump: restricted services, the excess saving of 2020 and the start's saving.
#include "sancsim/economy/covid_start.hpp"

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

TEST(CovidStart, ServicesComeBackOnSaleLinearlyOverTheRestrictionMonths) {
  CovidStartParams p;
  p.enabled = true;
  p.services_shortfall_share = 0.06;
  p.restriction_months = 5;
  EXPECT_DOUBLE_EQ(covid_services_on_sale(p, 0), 0.94);
  EXPECT_NEAR(covid_services_on_sale(p, 2), 1.0 - 0.06 * 0.6, 1e-15);
  EXPECT_DOUBLE_EQ(covid_services_on_sale(p, 5), 1.0);
  EXPECT_DOUBLE_EQ(covid_services_on_sale(p, 9), 1.0);
  p.enabled = false;
  EXPECT_DOUBLE_EQ(covid_services_on_sale(p, 0), 1.0);
}

TEST(CovidStart, TheExcessIsSpentAtItsRateWithTheUnspentServicesAdded) {
  CovidStartParams p;
  p.excess_saving_months = 10;
  CovidSaving s{.excess_rub = 100.0};
  EXPECT_DOUBLE_EQ(s.month(p, 0.0), 10.0);
  EXPECT_DOUBLE_EQ(s.excess_rub, 90.0);
  EXPECT_DOUBLE_EQ(s.month(p, 10.0), 10.0);  // (90 + 10) / 10
  EXPECT_DOUBLE_EQ(s.excess_rub, 90.0);
}

// The start's saving leaves the data's saving over 2021: twelve months of the start's saving, less the excess
// spent, plus the services left unbought, add up to twelve months of the data's.
TEST(CovidStart, TheStartsSavingLeavesTheDatasSavingOverTheYear) {
  CovidStartParams p;
  p.enabled = true;
  const double data = 200.0, spending = 5000.0, services = 0.45, excess = 2800.0;
  const double start = covid_normal_saving_rub(p, data, spending, services, excess);
  CovidSaving s{.excess_rub = excess};
  double saved = 0, unspent = 0;
  for (int m = 0; m < 12; ++m) {
    const double spent = s.month(p, unspent);
    unspent = spending * services * (1.0 - covid_services_on_sale(p, m));
    saved += start - spent + unspent;
  }
  EXPECT_NEAR(saved, 12.0 * data, 1e-9);
  EXPECT_GT(start, data);  // 2021 saved less than usual: the excess was spent
  p.enabled = false;
  EXPECT_DOUBLE_EQ(covid_normal_saving_rub(p, data, spending, services, excess), data);
}

// In the economy: the books close every month, the excess runs down over the year, and the recovery of 2021
// (services back on sale, the excess spent) lowers unemployment against the steady start.
TEST(CovidStart, TheSlumpsStartRecoversWithinTheYearAndTheBooksClose) {
  auto steady = test::small_economy_params();
  auto covid = steady;
  covid.covid.enabled = true;
  AgentEconomy a(steady, test::start_2021(), test::month_of_2021(0));
  AgentEconomy b(covid, test::start_2021(), test::month_of_2021(0));
  const double excess_at_start = b.covid_excess_saving_rub();
  EXPECT_GT(excess_at_start, 0.0);
  EXPECT_EQ(a.covid_excess_saving_rub(), 0.0);
  double u_steady = 0, u_covid = 0;
  for (int m = 0; m < 12; ++m) {
    a.step(steady, test::month_of_2021(m));
    b.step(covid, test::month_of_2021(m));
    ASSERT_EQ(b.check_balances(), "") << m;
    if (m >= 6) {
      u_steady += a.readings().unemployment_pct / 6.0;
      u_covid += b.readings().unemployment_pct / 6.0;
    }
  }
  EXPECT_LT(b.covid_excess_saving_rub(), 0.4 * excess_at_start);     // measured 0.32
  EXPECT_LT(u_covid, u_steady - 0.3) << u_covid << " " << u_steady;  // measured 3.1 against 5.5
}

// The slump is January 2021's: a run that starts in another month (a later one here) starts without it.
TEST(CovidStart, ARunThatStartsAfterJanuary2021StartsWithoutIt) {
  for (int offset : {5, 12}) {
    auto p = test::small_economy_params();
    p.covid.enabled = true;
    EconomyStart start = test::start_2021();
    start.month = YearMonth{YearMonth::from(2021, 1).index + offset};
    const auto in = test::month_of_2021(offset);
    AgentEconomy e(p, start, in);
    EXPECT_EQ(e.covid_excess_saving_rub(), 0.0) << offset;
    auto q = p;
    q.covid.enabled = false;
    AgentEconomy f(q, start, in);
    e.step(p, in);
    f.step(q, in);
    StateHasher he, hf;
    e.hash(he);
    f.hash(hf);
    EXPECT_EQ(he.digest(), hf.digest()) << offset;
  }
}

}  // namespace
}  // namespace sancsim
