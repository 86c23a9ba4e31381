#pragma once
// Which build of sancsim is running, for manifests and `sancsim version`.
#include <string_view>

namespace sancsim {

std::string_view sancsim_version();     // the CMake project version, e.g. "0.1.0"
std::string_view sancsim_git_commit();  // at configure time; "unknown" outside a git checkout

}  // namespace sancsim
