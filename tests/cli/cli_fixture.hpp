#pragma once
// The fixture of the CLI tests: a scratch directory per test and `sancsim(args)`, which runs the
// built binary there as a user would and returns its exit code, stdout and stderr.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace sancsim::cli_test {
namespace fs = std::filesystem;

inline const fs::path kData = fs::path(SANCSIM_SOURCE_DIR) / "tests" / "cli" / "data";

inline std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string host() {
  char name[256] = {};
  ::gethostname(name, sizeof name - 1);
  return name;
}

// Holds DIR's lock as sancsim does (flock on DIR/.sancsim.lock, holder written into it).
class HeldLock {
 public:
  explicit HeldLock(const fs::path& dir) {
    fs::create_directories(dir);
    fd_ = ::open((dir / ".sancsim.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    EXPECT_EQ(::flock(fd_, LOCK_EX | LOCK_NB), 0);
    const std::string line = "pid " + std::to_string(::getpid()) + " on " + host() + "\n";
    EXPECT_EQ(::write(fd_, line.data(), line.size()), static_cast<ssize_t>(line.size()));
  }
  ~HeldLock() { ::close(fd_); }
  HeldLock(const HeldLock&) = delete;
  HeldLock& operator=(const HeldLock&) = delete;

 private:
  int fd_ = -1;
};

// A scratch directory per test.
class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           (std::string("sancsim-cli-") + info->name() + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  struct Result {
    int exit_code;
    std::string out;
    std::string err;
  };

  // Runs `sancsim <args>` in the scratch directory (args are passed to the shell as written).
  Result sancsim(const std::string& args) { return sancsim_after("", args); }

  // The same after shell commands that set up the process, e.g. "ulimit -f 4;".
  Result sancsim_after(const std::string& setup, const std::string& args) {
    const std::string cmd = "cd '" + dir_.string() + "' && (" + setup + " '" + SANCSIM_BIN + "' " + args +
                            ") >stdout.txt 2>stderr.txt";
    const int status = std::system(cmd.c_str());
    Result r{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_text(dir_ / "stdout.txt"),
             read_text(dir_ / "stderr.txt")};
    fs::remove(dir_ / "stdout.txt");
    fs::remove(dir_ / "stderr.txt");
    return r;
  }

  static std::string data(const std::string& name) {
    std::string quoted = "'";
    quoted += (kData / name).string();
    quoted += '\'';
    return quoted;
  }
  fs::path dir_;
};

}  // namespace sancsim::cli_test
