#pragma once
// The registry of `sancsim` subcommands. Each `*_command.cpp` registers itself from a static
// object, so adding a command means adding one file (CMake globs them); main.cpp never changes.
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace sancsim::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   // the run could not complete (message on stderr)
inline constexpr int kExitBadInput = 2;  // bad scenario, file or argument

// How the program was invoked, for manifests.
struct Invocation {
  int argc = 0;
  const char* const* argv = nullptr;
};

// Runs a parsed command and returns its exit code.
using CommandRun = std::function<int()>;
// Declares the command's description and options on `sub` (already named) and returns what runs it;
// the returned function reads the options bound during setup.
using CommandSetup = std::function<CommandRun(CLI::App& sub, const Invocation& invocation)>;

struct Command {
  std::string name;
  std::string summary;  // one line for `sancsim --help`
  CommandSetup setup;
};

// Adds a command; call from a static object in a `*_command.cpp`.
void register_command(std::string name, std::string summary, CommandSetup setup);
// Every registered command, sorted by name (static initialisation order is unspecified).
std::vector<Command> registered_commands();

// Adds `--max-input-bytes N` to a command that reads files: the size limit of every input file it
// reads (default 64 MiB; sancsim/engine/input_file.hpp).
void add_input_limit_option(CLI::App& sub);

// A static object that registers a command: `const CommandRegistration reg{"run", "...", setup};`
struct CommandRegistration {
  CommandRegistration(std::string name, std::string summary, CommandSetup setup) {
    register_command(std::move(name), std::move(summary), std::move(setup));
  }
};

}  // namespace sancsim::cli
