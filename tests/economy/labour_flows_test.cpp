// The labour market's flows: they add up to the change of the unemployed, and the army takes workers from
// jobs only when its offer beats their wages.
#include "sancsim/economy/labour_flows.hpp"

#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

struct Totals {
  LabourFlows flows;  // thousands of persons, summed over the months
  bool added_up = true;
};

// Two years of the fixture's month with the army's target doubled in the second: each month the flows
// must equal the change of the unemployed (no dated population event in these runs).
Totals run_two_years(const AgentEconomyParams& p) {
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  Totals t;
  double unemployed_before = e.readings().unemployed_k;
  const double row_k = p.persons_per_agent / 1000.0;
  for (int m = 0; m < 24; ++m) {
    e.step(p, test::month_of_2021(m));
    const EconomyReadings& r = e.readings();
    const LabourFlows& f = r.labour_flows_k;
    const double change = f.unemployed_change();
    EXPECT_NEAR(r.unemployed_k - unemployed_before, change, 1e-9 * row_k) << m;
    t.added_up = t.added_up && std::abs(r.unemployed_k - unemployed_before - change) < 1e-6 * row_k;
    EXPECT_LE(f.hires, f.vacancies) << m;  // firms hire only into the vacancies they posted
    EXPECT_LE(f.job_to_job, f.hires) << m;
    EXPECT_LE(f.army_recruits_from_jobs, f.army_recruits) << m;
    unemployed_before = r.unemployed_k;
    t.flows.vacancies += f.vacancies;
    t.flows.hires += f.hires;
    t.flows.job_to_job += f.job_to_job;
    t.flows.separations += f.separations;
    t.flows.army_recruits += f.army_recruits;
    t.flows.army_recruits_from_jobs += f.army_recruits_from_jobs;
    t.flows.army_exits += f.army_exits;
  }
  return t;
}

AgentEconomyParams army_doubles_in_2022() {
  AgentEconomyParams p = test::small_economy_params();
  p.contract_soldiers_target_k = YearPath{{{2021, 400}, {2022, 800}}};
  return p;
}

TEST(LabourFlows, TheFlowsAddUpToTheChangeOfTheUnemployed) {
  const Totals t = run_two_years(army_doubles_in_2022());
  EXPECT_TRUE(t.added_up);
  // The month's churn runs through the market: leavers replaced by hires, some from other firms.
  EXPECT_GT(t.flows.separations, 0.0);
  EXPECT_GT(t.flows.hires, 0.0);
  EXPECT_GT(t.flows.job_to_job, 0.0);
  EXPECT_GT(t.flows.army_recruits, 300.0);  // toward the doubled target (thousands)
}

// The army outbids civilians (2022: 100,000 RUB a month and a 65,000 bonus against wages of about 60,000):
// employees leave their jobs for contracts. With its pay below every civilian wage and no bonus it takes no
// one from a job, and recruits fewer.
TEST(LabourFlows, TheArmyTakesWorkersFromJobsOnlyWhenItOutbidsTheirWages) {
  AgentEconomyParams outbids = army_doubles_in_2022();
  AgentEconomyParams below = outbids;
  below.military_pay_rub_per_month = YearPath{{{2021, 20000}}};
  below.signup_bonus_rub = YearPath{{{2021, 0}}};
  const Totals high = run_two_years(outbids), low = run_two_years(below);
  EXPECT_GT(high.flows.army_recruits_from_jobs, 0.1 * high.flows.army_recruits)
      << high.flows.army_recruits_from_jobs << " of " << high.flows.army_recruits;
  EXPECT_EQ(low.flows.army_recruits_from_jobs, 0.0);
  EXPECT_LT(low.flows.army_recruits, 0.5 * high.flows.army_recruits);
}

}  // namespace
}  // namespace sancsim
