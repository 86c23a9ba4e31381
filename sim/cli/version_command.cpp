// `sancsim version`: the build, as recorded in manifests.
#include <iostream>

#include "commands.hpp"
#include "sancsim/output/build_info.hpp"

namespace sancsim::cli {
namespace {

CommandRun setup(CLI::App&, const Invocation&) {
  return [] {
    std::cout << "sancsim " << sancsim_version() << " (git " << sancsim_git_commit() << ")\n";
    return kExitOk;
  };
}

const CommandRegistration registration{"version", "Print the version and git commit of this build", setup};

}  // namespace
}  // namespace sancsim::cli
