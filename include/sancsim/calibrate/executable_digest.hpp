#pragma once
// The digest of a file's bytes, and of the running executable's: part of a calibration log's identity.
// The git commit names the build only for a clean tree: two builds of one commit with uncommitted changes
// share the name "<commit>-dirty" but not their code, and a search resumed into the same folder by the
// second would replay the first one's losses.

#include <cstdint>
#include <filesystem>

namespace sancsim {

// FNV-1a over the file's bytes; 0 when it cannot be read.
std::uint64_t file_digest(const std::filesystem::path& path);

// The running executable's digest (Linux: /proc/self/exe), computed once; 0 where the system does not name
// it.
std::uint64_t executable_digest();

}  // namespace sancsim
