// `sancsim validate FILE...`: load each scenario and report every problem, without running.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "scenario_loading.hpp"

namespace sancsim::cli {
namespace {

int validate(const std::vector<std::string>& files) {
  bool all_ok = true;
  for (const auto& file : files) {
    if (load_or_report(file, {}, std::cerr)) {
      std::cout << file << ": ok\n";
    } else {
      all_ok = false;
    }
  }
  return all_ok ? kExitOk : kExitBadInput;
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto files = std::make_shared<std::vector<std::string>>();
  sub.add_option("files", *files, "Scenario files (TOML)")->required();
  add_input_limit_option(sub);
  return [files] { return validate(*files); };
}

const CommandRegistration registration{"validate", "Check scenario files and report every problem", setup};

}  // namespace
}  // namespace sancsim::cli
