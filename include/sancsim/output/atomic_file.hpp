#pragma once
// Files that are either completely old or completely new: a killed run never leaves a
// half-written result behind. Writers fill `<path>.tmp-<pid>`, which is fsynced and renamed over
// `path`; the directory is fsynced so that the rename itself survives a crash.
#include <filesystem>
#include <string_view>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace sancsim {

// A result file could not be written (disk full, no permission, writer failed); the message
// names the file and the cause.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes `path` through `write`, atomically. Leftover temporaries of `path` from dead processes
// are removed first. If `write` throws, the temporary is removed, `path` is untouched and the
// exception is rethrown as OutputError (OutputErrors pass through unchanged).
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

// The temporary name this process uses for `path`.
std::filesystem::path temporary_path_for(const std::filesystem::path& path);

// Removes the entries of `dir` named `<prefix><pid>` (files or folders) whose process no longer
// runs, or is this one: temporaries a killed writer left behind. Those of live processes stay.
void remove_left_by_dead_processes(const std::filesystem::path& dir, std::string_view prefix);

}  // namespace sancsim
