#include "sancsim/output/build_info.hpp"

// Both come from CMake (sim/output/CMakeLists.txt), set on this file only so that a new commit
// recompiles one file.
namespace sancsim {

std::string_view sancsim_version() { return SANCSIM_VERSION; }
std::string_view sancsim_git_commit() { return SANCSIM_GIT_COMMIT; }

}  // namespace sancsim
