#pragma once
// A directory of result files replaced as one set: the new files are written into a fresh
// directory beside the target, which is then swapped with the target in one rename
// (renameat2 RENAME_EXCHANGE), and the old set is removed. A reader sees the old set or the new
// one, never a mix; a failure (a full disk, a file size limit, a throwing writer) removes the
// fresh directory and leaves the target as it was. A process killed at any moment leaves the
// target whole; its fresh directory (`.NAME.tmp-PID` beside the target) is removed by the next
// replacement.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "sancsim/output/dir_lock.hpp"

namespace sancsim {

// Entries of `dir` other than `names` and the lock file: what a replacement would throw away.
std::vector<std::string> entries_other_than(const std::filesystem::path& dir,
                                            const std::vector<std::string>& names);

// Replaces the content of the locked directory with what `write` puts into the directory it is
// given. The target may hold only `names` and the lock file (else OutputError, nothing changed),
// so that a mistaken --out never deletes anything else. Throws OutputError (or rethrows what
// `write` threw) with the target untouched.
void replace_directory(const DirLock& lock, const std::vector<std::string>& names,
                       const std::function<void(const std::filesystem::path& fresh)>& write);

}  // namespace sancsim
