// `sancsim digest DIR...`: one table of headline results over runs already written by `run`.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "digest.hpp"

namespace sancsim::cli {
namespace {
namespace fs = std::filesystem;

int digest(const std::vector<std::string>& dirs) {
  std::vector<std::pair<std::string, std::vector<Metric>>> runs;
  bool all_ok = true;
  for (const auto& dir : dirs) {
    const fs::path file = fs::path(dir) / "summary.json";
    std::ifstream in(file);
    if (!in) {
      std::cerr << file.string() << ": cannot open (run `sancsim run` first)\n";
      all_ok = false;
      continue;
    }
    const auto j = nlohmann::ordered_json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.contains("metrics") || !j["metrics"].is_object()) {
      std::cerr << file.string() << ": not a sancsim summary\n";
      all_ok = false;
      continue;
    }
    std::vector<Metric> metrics;
    for (const auto& [name, value] : j["metrics"].items()) {
      metrics.push_back({name, value.is_number() ? value.get<double>() : std::numeric_limits<double>::quiet_NaN()});
    }
    runs.emplace_back(fs::path(dir).filename().string(), std::move(metrics));
  }
  print_digest_table(std::cout, runs);
  return all_ok ? kExitOk : kExitBadInput;
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto dirs = std::make_shared<std::vector<std::string>>();
  sub.add_option("dirs", *dirs, "Run output directories (each with summary.json)")->required();
  return [dirs] { return digest(*dirs); };
}

const CommandRegistration registration{"digest", "Tabulate headline results of runs already written", setup};

}  // namespace
}  // namespace sancsim::cli
