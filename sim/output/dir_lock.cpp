// The output directory lock: flock(LOCK_EX | LOCK_NB) on DIR/.sancsim.lock, holder's PID and host
// written into it.
#include "sancsim/output/dir_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string_view>
#include <thread>

#include <fmt/format.h>

namespace sancsim {
namespace fs = std::filesystem;

namespace {

std::string this_host() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0) return "an unknown host";
  return name;
}

std::string read_all(int fd) {
  std::string text;
  char buffer[256];
  off_t at = 0;
  for (;;) {
    const ssize_t n = ::pread(fd, buffer, sizeof buffer, at);
    if (n <= 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
    at += n;
    if (text.size() > 4096) break;  // a lock file is one short line; never read a huge one
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

// "pid 1234 on node7" as the holder wrote it. The holder writes right after it locks, so a reader
// that comes in between waits a little for the line.
std::string holder_of(int fd) {
  for (int attempt = 0; attempt < 50; ++attempt) {
    std::string text = read_all(fd);
    if (!text.empty()) return text;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return "an unknown process";
}

bool write_holder(int fd) {
  const std::string line = fmt::format("pid {} on {}\n", ::getpid(), this_host());
  if (::ftruncate(fd, 0) != 0) return false;
  return ::pwrite(fd, line.data(), line.size(), 0) == static_cast<ssize_t>(line.size());
}

}  // namespace

DirLock::DirLock(DirLock&& other) noexcept : dir_(std::move(other.dir_)), fd_(other.fd_) { other.fd_ = -1; }

DirLock& DirLock::operator=(DirLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    dir_ = std::move(other.dir_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

DirLock::~DirLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

std::variant<DirLock, DirLockFailure> lock_output_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    return DirLockFailure{
        .message = fmt::format("{}: cannot create the output directory: {}", dir.string(), ec.message())};
  const fs::path file = dir / kLockFileName;
  const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    return DirLockFailure{
        .message = fmt::format("{}: cannot open the lock file: {}", file.string(), std::strerror(errno))};
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int saved = errno;
    const bool in_use = saved == EWOULDBLOCK;
    std::string message =
        in_use ? fmt::format("{} is in use by {} ({}); wait for it to finish or choose another --out",
                             dir.string(), holder_of(fd), file.string())
               : fmt::format("{}: cannot lock: {}", file.string(), std::strerror(saved));
    ::close(fd);
    return DirLockFailure{.in_use = in_use, .message = std::move(message)};
  }
  if (!write_holder(fd)) {
    const int saved = errno;
    ::close(fd);
    return DirLockFailure{
        .message = fmt::format("{}: cannot write the lock file: {}", file.string(), std::strerror(saved))};
  }
  return DirLock(dir, fd);
}

}  // namespace sancsim
