#pragma once
// One process at a time per output directory: an advisory lock (flock) on `DIR/.sancsim.lock`,
// held as long as the DirLock lives. The holder writes its PID and host into the file, so that a
// second process can say who holds the directory. The kernel drops the lock when the holder exits
// or is killed, so a crashed run never leaves a directory locked.
#include <filesystem>
#include <string>
#include <variant>

namespace sancsim {

// The lock file's name inside a locked directory.
inline constexpr const char* kLockFileName = ".sancsim.lock";

// Why a directory could not be locked, as one line.
struct DirLockFailure {
  bool in_use = false;  // another process holds it (else: the directory or file could not be made)
  std::string message;
};

class DirLock {
 public:
  DirLock(DirLock&& other) noexcept;
  DirLock& operator=(DirLock&& other) noexcept;
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;
  ~DirLock();  // releases the lock; the file stays (removing it would let two holders race)

  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path file() const { return dir_ / kLockFileName; }

 private:
  friend std::variant<DirLock, DirLockFailure> lock_output_dir(const std::filesystem::path& dir);
  DirLock(std::filesystem::path dir, int fd) : dir_(std::move(dir)), fd_(fd) {}
  std::filesystem::path dir_;
  int fd_ = -1;
};

// Creates `dir` if needed and locks it without waiting; otherwise why not: "DIR is in use by pid
// PID on HOST (DIR/.sancsim.lock); wait for it to finish or choose another --out", or why the
// directory or its lock file could not be made.
std::variant<DirLock, DirLockFailure> lock_output_dir(const std::filesystem::path& dir);

}  // namespace sancsim
