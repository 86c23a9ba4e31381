#include "commands.hpp"

#include <algorithm>

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

std::vector<Command> registered_commands() {
  std::vector<Command> commands = registry();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  return commands;
}

}  // namespace sancsim::cli
