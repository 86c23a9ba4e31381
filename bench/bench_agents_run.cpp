// One whole agents-mode run (issue 11's target: a default-scale 2021-2030 run under 100 ms of CPU):
// the oil trade, the Russian state and the agent economy together, as `sancsim run` does it.
#include <benchmark/benchmark.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "sancsim/model/world.hpp"
#include "sancsim/scenario/scenario.hpp"

namespace {
using namespace sancsim;

// The history run continued to Dec 2030 (status_quo.toml extends history.toml and pins Brent after
// its data), with the agent economy at the default scale (10,000 persons an agent).
const Scenario& agents_status_quo() {
  static const Scenario s = [] {
    const std::vector<Override> ov = {{"economy.model", "\"agents\""}};
    auto loaded = load_scenario(std::string(SANCSIM_SOURCE_DIR) + "/scenarios/status_quo.toml", ov);
    if (auto* d = std::get_if<Diagnostics>(&loaded)) throw std::runtime_error(d->str());
    return std::move(std::get<Scenario>(loaded));
  }();
  return s;
}

void BM_Run_Agents_2021_2030(benchmark::State& st) {
  const Scenario& s = agents_status_quo();
  std::uint64_t seed = 1;
  for (auto _ : st) benchmark::DoNotOptimize(simulate(run_input(s, seed++)).state_hash);
}
BENCHMARK(BM_Run_Agents_2021_2030)->Unit(benchmark::kMillisecond);

}  // namespace
