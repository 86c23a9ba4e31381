// Replacing a directory as a unit: write into `.NAME.tmp-PID` beside it, hard-link the lock file
// in, swap the two with renameat2(RENAME_EXCHANGE), remove the old set.
#include "sancsim/output/replace_dir.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>  // renameat2 (glibc >= 2.28, _GNU_SOURCE)
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

#include "sancsim/output/atomic_file.hpp"

namespace sancsim {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const fs::path& dir, const std::string& what) {
  throw OutputError(fmt::format("cannot replace {}: {}", dir.string(), what));
}

// The target without a trailing slash, so that its name and parent are what they seem.
fs::path normalised(const fs::path& dir) {
  fs::path p = fs::absolute(dir).lexically_normal();
  if (!p.has_filename() && p.has_parent_path()) p = p.parent_path();
  return p;
}

std::string fresh_prefix(const fs::path& target) {
  return fmt::format(".{}.tmp-", target.filename().string());
}

void sync_dir(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail(dir, fmt::format("open for fsync: {}", std::strerror(errno)));
  const int rc = ::fsync(fd);
  const int saved = errno;
  ::close(fd);
  if (rc != 0) fail(dir, fmt::format("fsync: {}", std::strerror(saved)));
}

// Puts `fresh` where `target` is; afterwards the old set, if any, is at `fresh`.
void swap_in(const fs::path& fresh, const fs::path& target) {
  if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) return;
  if (errno == ENOENT) {  // the target is gone (removed by hand meanwhile): a plain rename
    if (::rename(fresh.c_str(), target.c_str()) == 0) return;
    fail(target, fmt::format("rename: {}", std::strerror(errno)));
  }
  if (errno != EINVAL && errno != ENOSYS)
    fail(target, fmt::format("rename (exchange): {}", std::strerror(errno)));
  // A file system without RENAME_EXCHANGE: move the old set aside, then the new one in. Between
  // the two renames the target is missing, never mixed.
  fs::path aside = fresh;
  aside += ".old";
  if (::rename(target.c_str(), aside.c_str()) != 0)
    fail(target, fmt::format("rename: {}", std::strerror(errno)));
  if (::rename(fresh.c_str(), target.c_str()) != 0) {
    const int saved = errno;
    ::rename(aside.c_str(), target.c_str());
    fail(target, fmt::format("rename: {}", std::strerror(saved)));
  }
  if (::rename(aside.c_str(), fresh.c_str()) != 0) fail(target, "cannot move the old set away");
}

}  // namespace

std::vector<std::string> entries_other_than(const fs::path& dir, const std::vector<std::string>& names) {
  std::vector<std::string> others;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name != kLockFileName && std::find(names.begin(), names.end(), name) == names.end())
      others.push_back(name);
  }
  std::sort(others.begin(), others.end());
  return others;
}

void replace_directory(const DirLock& lock, const std::vector<std::string>& names,
                       const std::function<void(const fs::path& fresh)>& write) {
  const fs::path target = normalised(lock.dir());
  if (const auto others = entries_other_than(target, names); !others.empty())
    fail(target, fmt::format("it holds files that are not a run's ({}{})", others.front(),
                             others.size() > 1 ? fmt::format(" and {} more", others.size() - 1) : ""));
  // Fresh directories of this target left by processes that no longer run (a killed run).
  remove_left_by_dead_processes(target.parent_path(), fresh_prefix(target));
  const fs::path fresh = target.parent_path() / fmt::format("{}{}", fresh_prefix(target), ::getpid());
  std::error_code ec;
  fs::remove_all(fresh, ec);
  if (!fs::create_directory(fresh, ec))
    fail(target, fmt::format("cannot create {}: {}", fresh.string(), ec.message()));
  try {
    write(fresh);
    // The lock file's inode moves into the new set, so that the lock stays one lock after the swap.
    if (::link(lock.file().c_str(), (fresh / kLockFileName).c_str()) != 0)
      fail(target, fmt::format("cannot link the lock file: {}", std::strerror(errno)));
    sync_dir(fresh);
    swap_in(fresh, target);
  } catch (...) {
    fs::remove_all(fresh, ec);
    throw;
  }
  sync_dir(target.parent_path());
  fs::remove_all(fresh, ec);  // the old set; a failure here leaves a stale directory, removed next time
}

}  // namespace sancsim
