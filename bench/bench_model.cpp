// Benchmarks of one run and of each phase alone. Results are kept per machine in bench/results/.
#include <benchmark/benchmark.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "sancsim/model/market.hpp"
#include "sancsim/model/policy.hpp"
#include "sancsim/model/tankers.hpp"
#include "sancsim/model/traders.hpp"
#include "sancsim/model/world.hpp"
#include "sancsim/scenario/scenario.hpp"
#include "sancsim/state/russian_state.hpp"

namespace {
using namespace sancsim;

// Loaded once per process; a map, so that references stay valid as scenarios are added.
const Scenario& scenario(const std::string& file, bool state) {
  static std::map<std::string, Scenario> cache;
  const std::string key = file + (state ? "+state" : "");
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  std::vector<Override> ov;
  if (!state) ov.push_back({"state.enabled", "false"});
  auto loaded = load_scenario(std::string(SANCSIM_SOURCE_DIR) + "/scenarios/" + file, ov);
  if (auto* d = std::get_if<Diagnostics>(&loaded)) throw std::runtime_error(d->str());
  return cache.emplace(key, std::move(std::get<Scenario>(loaded))).first->second;
}

// One history run (2021-01..2026-06), oil trade and Russian state.
void BM_Run_History(benchmark::State& st) {
  const auto& s = scenario("history.toml", true);
  std::uint64_t seed = 1;
  for (auto _ : st) benchmark::DoNotOptimize(simulate(run_input(s, seed++)).state_hash);
}
BENCHMARK(BM_Run_History)->Unit(benchmark::kMillisecond);

// One 2021-2030 run of the oil trade alone (the sweep target: < 20 ms on one core).
void BM_Run_OilTrade_2021_2030(benchmark::State& st) {
  const auto& s = scenario("status_quo.toml", false);
  std::uint64_t seed = 1;
  for (auto _ : st) benchmark::DoNotOptimize(simulate(run_input(s, seed++)).state_hash);
}
BENCHMARK(BM_Run_OilTrade_2021_2030)->Unit(benchmark::kMillisecond);

// The same run with the Russian state (full economy).
void BM_Run_FullEconomy_2021_2030(benchmark::State& st) {
  const auto& s = scenario("status_quo.toml", true);
  std::uint64_t seed = 1;
  for (auto _ : st) benchmark::DoNotOptimize(simulate(run_input(s, seed++)).state_hash);
}
BENCHMARK(BM_Run_FullEconomy_2021_2030)->Unit(benchmark::kMillisecond);

// Scenario loading (TOML, validation, Brent CSVs).
void BM_Scenario_LoadHistory(benchmark::State& st) {
  const std::string path = std::string(SANCSIM_SOURCE_DIR) + "/scenarios/history.toml";
  for (auto _ : st) benchmark::DoNotOptimize(load_scenario(path).index());
}
BENCHMARK(BM_Scenario_LoadHistory)->Unit(benchmark::kMillisecond);

// The same load with the files already read and parsed, as a sweep worker loads each design point
// (one override changes from load to load).
void BM_Scenario_LoadHistoryCached(benchmark::State& st) {
  const std::string path = std::string(SANCSIM_SOURCE_DIR) + "/scenarios/history.toml";
  ScenarioFileCache cache;
  int i = 0;
  for (auto _ : st) {
    const std::vector<Override> set{{"coalition.enforcement_initial", i++ % 2 ? "0.3" : "0.4"}};
    benchmark::DoNotOptimize(load_scenario(path, set, cache).index());
  }
}
BENCHMARK(BM_Scenario_LoadHistoryCached)->Unit(benchmark::kMillisecond);

// Phase: weekly market clearing of one grade (9 buyer groups).
void BM_Phase_MarketClearing(benchmark::State& st) {
  const std::vector<double> req{2, 3, 14, 11, 16, 13, 9, 4, 5},
      cap{900, 0, 600, 330, 1100, 500, 300, 450, 350}, ramp{3, 3, 4, 3, 5, 5, 4, 4, 5};
  double offered = 2500;
  for (auto _ : st) {
    benchmark::DoNotOptimize(clear_market(req, cap, ramp, offered, 50).discount_usd_per_bbl);
    offered = offered > 3000 ? 2000 : offered + 1;
  }
}
BENCHMARK(BM_Phase_MarketClearing);

// Phase: deriving the measures in force from the history's events (on event days and weekly).
void BM_Phase_PolicyDerive(benchmark::State& st) {
  const auto& s = scenario("history.toml", false);
  std::vector<std::uint8_t> active(s.events.size(), 1);
  const Date day = *Date::parse("2025-12-31");
  for (auto _ : st)
    benchmark::DoNotOptimize(derive_policy(s.events, active, day, s.params.oil).crude_cap_usd_per_bbl);
}
BENCHMARK(BM_Phase_PolicyDerive);

// Phase: a year of voyages (dispatch and arrivals) for a 400-tanker fleet.
void BM_Phase_ShippingYear(benchmark::State& st) {
  OilParams p = default_oil_params();
  const Date start = *Date::parse("2024-01-01");
  for (auto _ : st) {
    Shipping ship(p, start, 366, 1, 0);
    for (int d = 0; d < 365; ++d) {
      const Date today = start.plus_days(d);
      ship.arrivals(today);
      for (int k = 0; k < 10; ++k) {
        const auto t = ship.take_idle(Fleet::G7, Hull::Crude);
        if (t >= 0) ship.dispatch(static_cast<TankerIndex>(t), 30, today);
      }
      if (today.weekday() == 0) ship.update_rates(p, {}, 0, 1.0);
    }
    benchmark::DoNotOptimize(ship.day_rate_usd(Fleet::G7, Hull::Crude));
  }
}
BENCHMARK(BM_Phase_ShippingYear)->Unit(benchmark::kMicrosecond);

// Phase: a year of shell-trader placement (weekly) and hazards/entry (monthly).
void BM_Phase_TradersYear(benchmark::State& st) {
  OilParams p = default_oil_params();
  const Date start = *Date::parse("2024-01-01");
  for (auto _ : st) {
    Traders t(p, start, 1, 0);
    for (int w = 0; w < 52; ++w) {
      t.activate(start.plus_days(7 * w));
      t.place(4000);
      if (w % 4 == 3) t.monthly(p, start.plus_days(7 * w), w / 4, 0.7, 4000);
    }
    benchmark::DoNotOptimize(t.active());
  }
}
BENCHMARK(BM_Phase_TradersYear)->Unit(benchmark::kMicrosecond);

// Phase: ten years (120 months) of the Russian state (taxes, budget, NWF, central bank, ruble,
// economy) driven by a fixed oil month; divide by 120 for one month.
void BM_Phase_State10Years(benchmark::State& st) {
  Params params;
  OilMonth m;
  m.brent_usd_per_bbl = 80;
  m.urals_fob_usd_per_bbl = 65;
  m.espo_fob_usd_per_bbl = 75;
  m.export_crude_price_usd_per_bbl = 67;
  m.product_fob_usd_per_bbl = 85;
  m.crude_output_kbd = 10200;
  m.refinery_runs_kbd = 5400;
  m.crude_exports_kbd = 4800;
  m.crude_exports_seaborne_kbd = 3500;
  m.crude_exports_pipeline_kbd = 1300;
  m.product_exports_kbd = 2300;
  m.oil_export_revenue_usd_bn = 15;
  for (auto _ : st) {
    RussianState state(params.state, *Date::parse("2021-01-01"));
    SeriesTable table;
    state.register_columns(table);
    table.reserve(120);
    for (int k = 0; k < 120; ++k) {
      m.month = YearMonth{YearMonth::from(2021, 1).index + k};
      table.begin_row(m.month);
      state.step_month(m, table);
    }
    benchmark::DoNotOptimize(table.rows());
  }
}
BENCHMARK(BM_Phase_State10Years)->Unit(benchmark::kMicrosecond);

}  // namespace
