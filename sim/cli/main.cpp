// The `sancsim` command line: wiring only. Subcommands live in `*_command.cpp` files and register
// themselves (commands.hpp); this file parses, dispatches and maps failures to exit codes.
#include <csignal>
#include <exception>
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "sancsim/engine/heap_reuse.hpp"
#include "sancsim/output/build_info.hpp"

int main(int argc, char** argv) {
  using namespace sancsim::cli;
  sancsim::keep_large_blocks_in_heap();
  // A file size limit (ulimit -f) then fails the write (EFBIG), which the writers clean up after,
  // instead of killing the process between two files.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{fmt::format("sancsim {}: agent-based simulator of oil-export sanctions on Russia",
                           sancsim::sancsim_version())};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(sancsim::sancsim_version()));
  const Invocation invocation{argc, argv};

  std::map<const CLI::App*, CommandRun> runs;
  for (const auto& command : registered_commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.summary);
    runs[sub] = command.setup(*sub, invocation);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version end parsing with code 0; every real parse error is bad input.
    const int printed = app.exit(e);
    return printed == 0 ? kExitOk : kExitBadInput;
  }

  try {
    for (const CLI::App* sub : app.get_subcommands()) return runs.at(sub)();
    return kExitBadInput;
  } catch (const std::exception& e) {
    std::cerr << "sancsim: error: " << e.what() << '\n';
    return kExitFailure;
  }
}
