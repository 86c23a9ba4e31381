// Sweep throughput: runs per second of a 10,000-run oil-only sweep and a 2,000-run full-economy
// sweep on 1 and all cores, what the SQLite writer costs, and peak memory as a sweep grows.
#include <filesystem>
#include <fstream>
#include <thread>

#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include "sancsim/engine/heap_reuse.hpp"
#include "sancsim/engine/rng.hpp"
#include "sancsim/engine/outcome.hpp"
#include "sancsim/scenario/outcomes.hpp"
#include "sancsim/scenario/scenario.hpp"
#include "sancsim/sweep/scenario_sweep.hpp"

namespace {

using namespace sancsim;
namespace fs = std::filesystem;

fs::path bench_dir(const std::string& name) {
  return fs::temp_directory_path() / ("sancsim_bench_sweep_" + name + "_" + std::to_string(getpid()));
}

// Two sweeps of realistic size, written next to the benchmark with absolute scenario paths:
// - oil only: 10,000 runs (1,000 LHS points x 10 replications) of the small test scenario with
//   the Russian state off, the cheapest run there is (about 1 ms), so the machinery's share is
//   largest;
// - full economy: 2,000 runs of scenarios/sweeps/shadow_fleet_risk.toml (history 2021-2026 with
//   the Russian state).
std::string oil_only_file() {
  auto dir = bench_dir("spec");
  fs::create_directories(dir);
  auto file = dir / "oil_only_10k.toml";
  std::ofstream(file) << "name = \"bench_oil_only\"\nscenario = \"" << SANCSIM_SOURCE_DIR
                      << "/scenarios/test/small.toml\"\nseed = 7\nreplications = 10\nrecord = \"metrics\"\n"
                         "[design]\nkind = \"lhs\"\nsamples = 1000\n"
                         "[[param]]\nkey = \"coalition.enforcement_initial\"\nrange = [0.0, 0.9]\n"
                         "[[param]]\nkey = \"tankers.secondhand_purchases_per_month_max\"\nrange = [0, 24]\n"
                         "[[param]]\nkey = \"state.enabled\"\nvalues = [false]\n";
  return file.string();
}

// The oil-only sweep at 2,000 runs (200 LHS points x 10 replications) with `outcomes` declared
// outcomes (windowed sums, means, maxima and month statistics over several series): what declared
// outcomes add to a sweep's run time.
std::string oil_only_outcomes_file(int outcomes) {
  auto dir = bench_dir("spec");
  fs::create_directories(dir);
  auto file = dir / ("oil_only_outcomes_" + std::to_string(outcomes) + ".toml");
  std::ofstream f(file);
  f << "name = \"bench_outcomes\"\nscenario = \"" << SANCSIM_SOURCE_DIR
    << "/scenarios/test/small.toml\"\nseed = 7\nreplications = 10\nrecord = \"metrics\"\n"
       "[design]\nkind = \"lhs\"\nsamples = 200\n"
       "[[param]]\nkey = \"coalition.enforcement_initial\"\nrange = [0.0, 0.9]\n"
       "[[param]]\nkey = \"state.enabled\"\nvalues = [false]\n";
  const char* series[] = {"oil_export_revenue_usd_bn", "urals_discount_usd_per_bbl", "crude_exports_kbd",
                          "shadow_tankers_active", "urals_fob_usd_per_bbl"};
  const char* stats[] = {"sum", "mean", "max", "argmax_month", "first_below"};
  for (int i = 0; i < outcomes; ++i) {
    f << "[[outcome]]\nname = \"o" << i << "\"\nseries = \"" << series[i % 5] << "\"\nstatistic = \""
      << stats[(i / 5 + i) % 5] << "\"\nfrom = \"2022-07\"\nto = \"2023-02\"\n";
    if (std::string(stats[(i / 5 + i) % 5]) == "first_below") f << "threshold = 60.0\n";
  }
  return file.string();
}

std::string full_economy_file() {
  return std::string(SANCSIM_SOURCE_DIR) + "/scenarios/sweeps/shadow_fleet_risk.toml";
}

// Runs the sweep once per iteration on state.range(0) threads. Counters: runs per second, and
// the SQLite writer's CPU time per run and as a share of the runs' and writer's CPU together.
// Parallel efficiency is runs_per_s on N threads over N x runs_per_s on one.
void run_sweep_bench(benchmark::State& state, const std::string& file) {
  auto prepared = prepare_sweep(file);
  if (auto* d = std::get_if<Diagnostics>(&prepared)) {
    state.SkipWithError(d->str().c_str());
    return;
  }
  const auto& p = std::get<PreparedSweep>(prepared);
  keep_large_blocks_in_heap();  // as the CLI does
  RunnerOptions o;
  o.threads = static_cast<unsigned>(state.range(0));
  o.progress = false;
  o.out_dir = bench_dir("out");
  double runs = 0, writer_cpu = 0, run_s = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(o.out_dir);
    state.ResumeTiming();
    auto s = run_threaded_sweep(p.design, p.hash, p.factory, o);
    runs += static_cast<double>(s.runs_now);
    writer_cpu += s.writer_cpu_s;
    run_s += s.run_s;
  }
  fs::remove_all(o.out_dir);
  state.counters["runs_per_s"] = benchmark::Counter(runs, benchmark::Counter::kIsRate);
  state.counters["writer_us_per_run"] = runs > 0 ? 1e6 * writer_cpu / runs : 0;
  state.counters["writer_share"] = run_s + writer_cpu > 0 ? writer_cpu / (run_s + writer_cpu) : 0;
}

void BM_Sweep_OilOnly10k(benchmark::State& state) { run_sweep_bench(state, oil_only_file()); }
void BM_Sweep_FullEconomy2k(benchmark::State& state) { run_sweep_bench(state, full_economy_file()); }
// Arg: declared outcomes (0 = the same sweep without any), on one thread.
void BM_Sweep_DeclaredOutcomes(benchmark::State& state) {
  auto file = oil_only_outcomes_file(static_cast<int>(state.range(0)));
  benchmark::State& s = state;
  auto prepared = prepare_sweep(file);
  if (auto* d = std::get_if<Diagnostics>(&prepared)) {
    s.SkipWithError(d->str().c_str());
    return;
  }
  const auto& p = std::get<PreparedSweep>(prepared);
  keep_large_blocks_in_heap();
  RunnerOptions o;
  o.threads = 1;
  o.progress = false;
  std::uint64_t runs = 0;
  double cpu = 0, writer_cpu = 0, run_s = 0, aggregate = 0;
  for (auto _ : s) {
    auto out = bench_dir("outcomes_run");
    fs::remove_all(out);
    o.out_dir = out;
    auto summary = run_threaded_sweep(p.design, p.hash, p.factory, o);
    runs += summary.runs_now;
    cpu += summary.cpu_s;
    writer_cpu += summary.writer_cpu_s;
    run_s += summary.run_s;
    aggregate += summary.aggregate_s;
    fs::remove_all(out);
  }
  // Wall time moves with the machine's load; the process's CPU time (all threads) and its parts
  // say where declared outcomes cost: in the runs (evaluation, loading) or in the writer (rows).
  const auto n = static_cast<double>(runs);
  s.counters["runs_per_s"] = benchmark::Counter(n, benchmark::Counter::kIsRate);
  s.counters["cpu_us_per_run"] = n > 0 ? 1e6 * cpu / n : 0;
  s.counters["run_us_per_run"] = n > 0 ? 1e6 * run_s / n : 0;
  s.counters["writer_us_per_run"] = n > 0 ? 1e6 * writer_cpu / n : 0;
  s.counters["aggregate_s"] = aggregate / static_cast<double>(s.iterations());
}
// The parts on their own: evaluating 10 declared outcomes on one run's table of the small
// scenario (a sweep does this once per run), and building the world that lists a scenario's
// columns (done once per load of a scenario file that declares outcomes).
std::vector<OutcomeDef> ten_outcomes() {
  std::vector<OutcomeDef> defs;
  const char* series[] = {"oil_export_revenue_usd_bn", "urals_discount_usd_per_bbl", "crude_exports_kbd",
                          "shadow_tankers_active", "urals_fob_usd_per_bbl"};
  const OutcomeStat stats[] = {OutcomeStat::Sum, OutcomeStat::Mean, OutcomeStat::Max,
                               OutcomeStat::ArgmaxMonth, OutcomeStat::FirstBelow};
  for (int i = 0; i < 10; ++i) {
    auto d = outcome_def("o" + std::to_string(i), series[i % 5], stats[(i / 5 + i) % 5]);
    d.from = YearMonth::from(2022, 7);
    d.to = YearMonth::from(2023, 2);
    d.threshold = 60;
    defs.push_back(d);
  }
  return defs;
}

void BM_Outcomes_EvaluateTen(benchmark::State& state) {
  auto loaded = load_scenario(std::string(SANCSIM_SOURCE_DIR) + "/scenarios/test/small.toml",
                              {{"state.enabled", "false"}});
  const RunResult r = run_scenario(std::get<Scenario>(loaded), 1, 0);
  const auto defs = ten_outcomes();
  std::vector<Metric> out;
  out.reserve(16);
  for (auto _ : state) {
    out.clear();
    evaluate_outcomes(defs, r.series, out);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_Outcomes_EvaluateTen);

void BM_Scenario_RunColumns(benchmark::State& state) {
  auto loaded = load_scenario(std::string(SANCSIM_SOURCE_DIR) + "/scenarios/test/small.toml",
                              {{"state.enabled", "false"}});
  const Scenario& s = std::get<Scenario>(loaded);
  for (auto _ : state) benchmark::DoNotOptimize(run_columns(s));
}
BENCHMARK(BM_Scenario_RunColumns);

void BM_Scenario_RunSmallOilOnly(benchmark::State& state) {
  auto loaded = load_scenario(std::string(SANCSIM_SOURCE_DIR) + "/scenarios/test/small.toml",
                              {{"state.enabled", "false"}});
  const Scenario& s = std::get<Scenario>(loaded);
  std::uint64_t seed = 1;
  for (auto _ : state) benchmark::DoNotOptimize(run_scenario(s, seed++, 0).state_hash);
}
BENCHMARK(BM_Scenario_RunSmallOilOnly);

BENCHMARK(BM_Sweep_DeclaredOutcomes)
    ->Arg(0)
    ->Arg(10)
    ->Unit(benchmark::kSecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Iterations(1)
    ->Repetitions(3);

int cores() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

// One sweep per iteration, on one thread and on all cores.
void sweep_args(benchmark::internal::Benchmark* b) {
  b->Arg(1)->Arg(cores())->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond)->UseRealTime();
}
BENCHMARK(BM_Sweep_OilOnly10k)->Apply(sweep_args);
BENCHMARK(BM_Sweep_FullEconomy2k)->Apply(sweep_args);

// A model that costs nothing, so that the sweep machinery (design, queue, writer) is measured.
class NullModel final : public RunModel {
 public:
  RunResult run(std::uint64_t, const std::vector<AxisValue>& v, std::uint64_t seed,
                std::uint32_t rep) override {
    Rng rng(seed, rep, Stream::Sweep, 0);
    RunResult r;
    for (int m = 0; m < 20; ++m)
      r.metrics.push_back({"metric_" + std::to_string(m), v[0].number + rng.uniform()});
    return r;
  }
};

// Peak RSS after sweeps of 1,000 then 100,000 runs: flat if nothing grows with the sweep.
void BM_Sweep_NullModelMemory(benchmark::State& state) {
  auto loaded = parse_sweep(
      "scenario = \"none.toml\"\n[design]\nkind = \"random\"\nsamples = " + std::to_string(state.range(0)) +
          "\n[[param]]\nkey = \"x\"\nrange = [0.0, 1.0]\n",
      "bench.toml");
  Design design(std::get<SweepSpec>(loaded));
  RunnerOptions o;
  o.threads = static_cast<unsigned>(cores());
  o.progress = false;
  o.out_dir = bench_dir("memory");
  double runs = 0, writer_cpu = 0;
  for (auto _ : state) {
    fs::remove_all(o.out_dir);
    auto s = run_threaded_sweep(
        design, "bench", [] { return std::make_unique<NullModel>(); }, o);
    runs += static_cast<double>(s.runs_now);
    writer_cpu += s.writer_cpu_s;
  }
  fs::remove_all(o.out_dir);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_mb"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  state.counters["runs_per_s"] = benchmark::Counter(runs, benchmark::Counter::kIsRate);
  state.counters["writer_us_per_run"] = runs > 0 ? 1e6 * writer_cpu / runs : 0;
}
BENCHMARK(BM_Sweep_NullModelMemory)
    ->Arg(1000)
    ->Arg(100000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
