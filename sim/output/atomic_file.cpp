#include "sancsim/output/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <string_view>

#include <fmt/format.h>

namespace sancsim {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const fs::path& path, std::string_view what) {
  throw OutputError(fmt::format("cannot write {}: {}", path.string(), what));
}

[[noreturn]] void fail_errno(const fs::path& path, std::string_view step) {
  fail(path, fmt::format("{}: {}", step, std::strerror(errno)));
}

// fsync needs a descriptor; a read-only one is enough on Linux, for files and directories alike.
void sync_path(const fs::path& p, int extra_flags, const fs::path& reported, std::string_view step) {
  const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC | extra_flags);
  if (fd < 0) fail_errno(reported, step);
  const int rc = ::fsync(fd);
  const int saved = errno;
  ::close(fd);
  errno = saved;
  if (rc != 0) fail_errno(reported, step);
}

// Removes `<name>.tmp-<pid>` files whose writer no longer runs (a killed run), and our own.
// Temporaries of live processes are left alone: another run may be writing the same file.
void remove_stale_temporaries(const fs::path& path) {
  remove_left_by_dead_processes(path.has_parent_path() ? path.parent_path() : fs::path("."),
                                path.filename().string() + ".tmp-");
}

}  // namespace

void remove_left_by_dead_processes(const fs::path& dir, std::string_view prefix) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string_view digits = std::string_view(name).substr(prefix.size());
    pid_t pid = 0;
    const auto [end, err] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
    if (err != std::errc() || end != digits.data() + digits.size() || pid <= 0) continue;
    const bool dead = pid == ::getpid() || (::kill(pid, 0) != 0 && errno == ESRCH);
    if (dead) fs::remove_all(entry.path(), ec);
  }
}

fs::path temporary_path_for(const fs::path& path) {
  fs::path tmp = path;
  tmp += fmt::format(".tmp-{}", ::getpid());
  return tmp;
}

void write_file_atomically(const fs::path& path, const std::function<void(std::ostream&)>& write) {
  remove_stale_temporaries(path);
  const fs::path tmp = temporary_path_for(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail_errno(path, fmt::format("cannot create {}", tmp.string()));
    try {
      write(out);
    } catch (const OutputError&) {
      out.close();
      std::error_code ec;
      fs::remove(tmp, ec);
      throw;
    } catch (const std::exception& e) {
      out.close();
      std::error_code ec;
      fs::remove(tmp, ec);
      fail(path, e.what());
    }
    out.flush();
    if (!out) {
      const int saved = errno;
      out.close();
      std::error_code ec;
      fs::remove(tmp, ec);
      errno = saved;
      fail_errno(path, "write failed");
    }
  }
  sync_path(tmp, 0, path, "fsync");
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    std::error_code ec;
    fs::remove(tmp, ec);
    errno = saved;
    fail_errno(path, "rename");
  }
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  sync_path(dir, O_DIRECTORY, path, "fsync of directory");
}

}  // namespace sancsim
