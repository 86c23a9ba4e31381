// `sancsim report`: reading the inputs, building the charts and writing the page, for the six
// main scenarios (target < 1 s) and for a 10,000-run Sobol' sweep with its indices (target < 5 s
// and < 10 MB). The inputs are made once with the built `sancsim`, outside the timing.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <benchmark/benchmark.h>
#include <unistd.h>

#include "sancsim/report/report.hpp"

namespace {

using namespace sancsim;
namespace fs = std::filesystem;

const fs::path kDir = fs::temp_directory_path() / ("sancsim_bench_report_" + std::to_string(getpid()));

// Removes the inputs and reports when the program ends.
const struct RemoveAtExit {
  ~RemoveAtExit() {
    std::error_code ec;
    fs::remove_all(kDir, ec);
  }
} remove_at_exit;

void must(const std::string& command) {
  if (std::system((command + " >/dev/null 2>&1").c_str()) != 0)
    throw std::runtime_error("failed: " + command);
}

// The runs of tools/main: history and the five projections.
const std::vector<fs::path>& main_runs() {
  static const std::vector<fs::path> dirs = [] {
    std::vector<fs::path> out;
    for (const char* name : {"history", "counterfactual_no_sanctions", "status_quo",
                             "peace_deal_phased_relief", "escalation_services_ban", "cap_30_strict"}) {
      const fs::path dir = kDir / name;
      must(std::string("'") + SANCSIM_BIN + "' run '" + SANCSIM_SOURCE_DIR + "/scenarios/" + name +
           ".toml' -q --out '" + dir.string() + "'");
      out.push_back(dir);
    }
    return out;
  }();
  return dirs;
}

// 2,500 Saltelli base samples over two parameters (10,000 runs of the small scenario, the state
// off), analysed.
const fs::path& sweep_10k() {
  static const fs::path dir = [] {
    fs::create_directories(kDir);
    const fs::path file = kDir / "sobol_10k.toml";
    std::ofstream(file)
        << "name = \"sobol_10k\"\nscenario = \"" << SANCSIM_SOURCE_DIR
        << "/scenarios/test/small.toml\"\nseed = 5\nreplications = 1\nrecord = \"metrics\"\n"
           "[design]\nkind = \"sobol\"\nsamples = 2500\n"
           "[[param]]\nkey = \"coalition.enforcement_initial\"\nrange = [0.0, 0.9]\n"
           "[[param]]\nkey = \"tankers.secondhand_purchases_per_month_max\"\nrange = [0, 24]\n";
    const fs::path out = kDir / "sobol_10k";
    must(std::string("'") + SANCSIM_BIN + "' sweep '" + file.string() + "' -q --out '" + out.string() + "'");
    must(std::string("'") + SANCSIM_BIN + "' analyze '" + out.string() + "' --bootstrap 200");
    return out;
  }();
  return dir;
}

void report_of(benchmark::State& state, const std::vector<fs::path>& dirs, const std::string& name) {
  const fs::path out = kDir / (name + ".html");
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto inputs = report::read_report_inputs(dirs, {});
    const std::string html = report::report_html(inputs, {});
    report::write_report(html, out);
    bytes = html.size();
  }
  state.counters["report_MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_Report_MainScenarios(benchmark::State& state) { report_of(state, main_runs(), "main"); }
BENCHMARK(BM_Report_MainScenarios)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Report_Sweep10kSobol(benchmark::State& state) { report_of(state, {sweep_10k()}, "sweep_10k"); }
BENCHMARK(BM_Report_Sweep10kSobol)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
