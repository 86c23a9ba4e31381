#include "commands.hpp"

#include <algorithm>
#include <cstdint>

#include "sancsim/engine/input_file.hpp"

namespace sancsim::cli {

namespace {

// A function-local static, so that registration from other files' static objects finds it built.
std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}

}  // namespace

void register_command(std::string name, std::string summary, CommandSetup setup) {
  registry().push_back(Command{std::move(name), std::move(summary), std::move(setup)});
}

void add_input_limit_option(CLI::App& sub) {
  sub.add_option_function<std::uint64_t>(
         "--max-input-bytes", [](std::uint64_t bytes) { set_max_input_bytes(bytes); },
         "Refuse input files larger than this (default 67108864 = 64 MiB)")
      ->check(CLI::PositiveNumber);
}

std::vector<Command> registered_commands() {
  std::vector<Command> commands = registry();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  return commands;
}

}  // namespace sancsim::cli
