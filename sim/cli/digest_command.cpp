// `sancsim digest DIR...`: one table of headline results over runs already written by `run`.
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "digest.hpp"

namespace sancsim::cli {
namespace {
namespace fs = std::filesystem;

int digest(const std::vector<std::string>& dirs) {
  std::vector<std::pair<std::string, std::vector<Metric>>> runs;
  bool all_ok = true;
  for (const auto& dir : dirs) {
    if (auto values = read_digest_values(dir, std::cerr)) {
      runs.emplace_back(fs::path(dir).filename().string(), std::move(*values));
    } else {
      all_ok = false;
    }
  }
  print_digest_table(std::cout, runs);
  return all_ok ? kExitOk : kExitBadInput;
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto dirs = std::make_shared<std::vector<std::string>>();
  sub.add_option("dirs", *dirs, "Run output directories (each with summary.json)")->required();
  add_input_limit_option(sub);
  return [dirs] { return digest(*dirs); };
}

const CommandRegistration registration{"digest", "Tabulate headline results of runs already written", setup};

}  // namespace
}  // namespace sancsim::cli
