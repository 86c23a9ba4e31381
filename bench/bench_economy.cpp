// Benchmarks of the agent economy: household-steps and firm-steps per second on one core, a default
// scale 2021-2030 run of the economy alone, and a memory-bandwidth probe for the roofline
// (docs/PERFORMANCE.md, "The agent economy").
#include <benchmark/benchmark.h>

#include <cstddef>
#include <vector>

#include "sancsim/economy/agent_economy.hpp"
#include "sancsim/economy/steady_path.hpp"

namespace {
using namespace sancsim;

// A 2021-like month, constant in nominal terms (sancsim/economy/steady_path.hpp).
EconomyMonthInputs inputs(int m) { return month_of_2021(m); }

AgentEconomyParams params(int persons_per_agent) {
  AgentEconomyParams p;
  p.persons_per_agent = persons_per_agent;
  return p;
}

// The household part of a month (separations and search draws, income, taxes, consumption) alone;
// items = household-steps. Argument: persons per agent.
void BM_HouseholdStep(benchmark::State& st) {
  const AgentEconomyParams p = params(static_cast<int>(st.range(0)));
  AgentEconomy e(p, EconomyStart{}, inputs(0));
  int m = 0;
  for (auto _ : st) e.households_step_only(p, inputs(m++ % 12));
  st.SetItemsProcessed(st.iterations() * static_cast<std::int64_t>(e.households().size()));
  st.counters["households"] = static_cast<double>(e.households().size());
}
BENCHMARK(BM_HouseholdStep)->Arg(10000)->Arg(1000)->Arg(100)->Unit(benchmark::kMicrosecond);

// A whole month of the economy; items = household-steps (the month's cost per household). The economy
// restarts (untimed) every ten years: these fixed inputs are no policy (a fixed key rate and nominal
// budget), and run for thousands of months they drive it into a wage-price spiral far outside any
// scenario (docs/PERFORMANCE.md).
void BM_HouseholdMonth_Economy(benchmark::State& st) {
  const AgentEconomyParams p = params(static_cast<int>(st.range(0)));
  AgentEconomy e(p, EconomyStart{}, inputs(0));
  int m = 0;
  for (auto _ : st) {
    if (m == 120) {
      st.PauseTiming();
      e = AgentEconomy(p, EconomyStart{}, inputs(0));
      m = 0;
      st.ResumeTiming();
    }
    e.step(p, inputs(m++));
  }
  st.SetItemsProcessed(st.iterations() * static_cast<std::int64_t>(e.households().size()));
}
BENCHMARK(BM_HouseholdMonth_Economy)->Arg(10000)->Arg(1000)->Arg(16)->Unit(benchmark::kMicrosecond);

// The firm part of a month (plans, production, goods market, accounts) with many firms; items =
// firm-steps. Argument: firms per sector.
void BM_FirmStep(benchmark::State& st) {
  AgentEconomyParams p = params(10000);
  p.firms_per_sector = static_cast<int>(st.range(0));
  AgentEconomy e(p, EconomyStart{}, inputs(0));
  int m = 0;
  for (auto _ : st) e.firms_step_only(p, inputs(m++ % 12));
  st.SetItemsProcessed(st.iterations() * static_cast<std::int64_t>(e.firms().size()));
}
BENCHMARK(BM_FirmStep)->Arg(24)->Arg(1000)->Unit(benchmark::kMicrosecond);

// 120 months of the economy at the default scale (the target: under 100 ms of CPU).
void BM_Run_AgentEconomy_2021_2030(benchmark::State& st) {
  const AgentEconomyParams p = params(10000);
  for (auto _ : st) {
    AgentEconomy e(p, EconomyStart{}, inputs(0));
    for (int m = 0; m < 120; ++m) e.step(p, inputs(m));
    benchmark::DoNotOptimize(e.readings().price_level);
  }
}
BENCHMARK(BM_Run_AgentEconomy_2021_2030)->Unit(benchmark::kMillisecond);

// Memory bandwidth (STREAM-like triad a = b + s c over arrays far larger than the caches): the
// roof for a streaming household step. Bytes = 3 arrays x 8 bytes per element.
void BM_StreamTriad(benchmark::State& st) {
  const std::size_t n = static_cast<std::size_t>(st.range(0));
  std::vector<double> a(n, 1.0), b(n, 2.0), c(n, 3.0);
  for (auto _ : st) {
    for (std::size_t i = 0; i < n; ++i) a[i] = b[i] + 1.5 * c[i];
    benchmark::DoNotOptimize(a.data());
    benchmark::ClobberMemory();
  }
  st.SetBytesProcessed(st.iterations() * static_cast<std::int64_t>(3 * sizeof(double) * n));
}
BENCHMARK(BM_StreamTriad)->Arg(1 << 24)->Unit(benchmark::kMillisecond);

}  // namespace
