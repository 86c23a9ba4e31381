// Sweep throughput: runs per second of the smoke sweep on 1 and all cores (full economy and
// oil side only), the share of time the SQLite writer is busy, and peak memory as a sweep grows.
#include <filesystem>
#include <fstream>
#include <thread>

#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include "sancsim/engine/rng.hpp"
#include "sancsim/sweep/scenario_sweep.hpp"

namespace {

using namespace sancsim;
namespace fs = std::filesystem;

fs::path bench_dir(const std::string& name) {
  return fs::temp_directory_path() / ("sancsim_bench_sweep_" + name + "_" + std::to_string(getpid()));
}

// The smoke sweep, optionally with the Russian-state module switched off (oil side only).
std::string smoke_file(bool oil_only) {
  const std::string smoke = std::string(SANCSIM_SOURCE_DIR) + "/scenarios/sweeps/smoke.toml";
  if (!oil_only) return smoke;
  auto dir = bench_dir("spec");
  fs::create_directories(dir);
  std::ifstream in(smoke);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string from = "\"../test/small.toml\"";
  text.replace(text.find(from), from.size(),
               "\"" + std::string(SANCSIM_SOURCE_DIR) + "/scenarios/test/small.toml\"");
  text += "\n[[param]]\nkey = \"state.enabled\"\nvalues = [false]\n";
  auto file = dir / "smoke_oil_only.toml";
  std::ofstream(file) << text;
  return file.string();
}

void run_sweep_bench(benchmark::State& state, bool oil_only) {
  auto prepared = prepare_sweep(smoke_file(oil_only));
  if (auto* d = std::get_if<Diagnostics>(&prepared)) {
    state.SkipWithError(d->str().c_str());
    return;
  }
  const auto& p = std::get<PreparedSweep>(prepared);
  RunnerOptions o;
  o.threads = static_cast<unsigned>(state.range(0));
  o.progress = false;
  o.out_dir = bench_dir("out");
  double runs = 0, wall = 0, writer = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(o.out_dir);
    state.ResumeTiming();
    auto s = run_threaded_sweep(p.design, p.hash, p.factory, o);
    runs += static_cast<double>(s.runs_now);
    wall += s.wall_s;
    writer += s.writer_busy_s;
  }
  fs::remove_all(o.out_dir);
  state.counters["runs_per_s"] = benchmark::Counter(runs, benchmark::Counter::kIsRate);
  state.counters["writer_share"] = wall > 0 ? writer / wall : 0;
}

void BM_Sweep_SmokeFullEconomy(benchmark::State& state) { run_sweep_bench(state, false); }
void BM_Sweep_SmokeOilOnly(benchmark::State& state) { run_sweep_bench(state, true); }

int cores() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

BENCHMARK(BM_Sweep_SmokeFullEconomy)->Arg(1)->Arg(cores())->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Sweep_SmokeOilOnly)->Arg(1)->Arg(cores())->Unit(benchmark::kMillisecond)->UseRealTime();

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
  double runs = 0, writer = 0, wall = 0;
  for (auto _ : state) {
    fs::remove_all(o.out_dir);
    auto s = run_threaded_sweep(
        design, "bench", [] { return std::make_unique<NullModel>(); }, o);
    runs += static_cast<double>(s.runs_now);
    writer += s.writer_busy_s;
    wall += s.wall_s;
  }
  fs::remove_all(o.out_dir);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_mb"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  state.counters["runs_per_s"] = benchmark::Counter(runs, benchmark::Counter::kIsRate);
  state.counters["writer_share"] = wall > 0 ? writer / wall : 0;
}
BENCHMARK(BM_Sweep_NullModelMemory)
    ->Arg(1000)
    ->Arg(100000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
