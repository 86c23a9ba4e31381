#include "sancsim/output/build_info.hpp"

#include "git_commit.hpp"  // generated at build time (cmake/git_commit.cmake)

// The version comes from CMake's project(); the commit from the build, so that a new commit
// recompiles only this file.
namespace sancsim {

std::string_view sancsim_version() { return SANCSIM_VERSION; }
std::string_view sancsim_git_commit() { return SANCSIM_GIT_COMMIT; }

}  // namespace sancsim
