#include "sancsim/output/atomic_file.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "../temp_dir.hpp"

namespace sancsim {
namespace {
namespace fs = std::filesystem;

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

void write_text(const fs::path& p, const std::string& text) {
  write_file_atomically(p, [&](std::ostream& out) { out << text; });
}

TEST(AtomicFile, ReplacesTheWholeFile) {
  test::TempDir dir;
  write_text(dir / "a.csv", "old content that is longer\n");
  write_text(dir / "a.csv", "new\n");
  EXPECT_EQ(test::read_text(dir / "a.csv"), "new\n");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"a.csv"});
}

TEST(AtomicFile, WriterThatThrowsLeavesOldFileAndNoTemporary) {
  test::TempDir dir;
  write_text(dir / "a.csv", "old\n");
  try {
    write_file_atomically(dir / "a.csv", [](std::ostream& out) {
      out << "half of the new";
      out.flush();
      throw std::runtime_error("model diverged");
    });
    FAIL() << "expected OutputError";
  } catch (const OutputError& e) {
    EXPECT_NE(std::string(e.what()).find("a.csv"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("model diverged"), std::string::npos) << e.what();
  }
  EXPECT_EQ(test::read_text(dir / "a.csv"), "old\n");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"a.csv"});
}

TEST(AtomicFile, KilledWriterLeavesOldFileAndNextWriteClearsItsTemporary) {
  test::TempDir dir;
  write_text(dir / "a.csv", "old\n");
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    write_file_atomically(dir / "a.csv", [](std::ostream& out) {
      out << "half of the new";
      out.flush();
      ::raise(SIGKILL);
    });
    ::_exit(0);  // not reached
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));
  ASSERT_EQ(WTERMSIG(status), SIGKILL);

  EXPECT_EQ(test::read_text(dir / "a.csv"), "old\n");
  const std::string litter = "a.csv.tmp-" + std::to_string(child);
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"a.csv", litter}));

  write_text(dir / "a.csv", "new\n");
  EXPECT_EQ(test::read_text(dir / "a.csv"), "new\n");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"a.csv"});
}

TEST(AtomicFile, LeavesTemporariesOfLiveProcessesAlone) {
  test::TempDir dir;
  const std::string other = "a.csv.tmp-" + std::to_string(::getppid());
  std::ofstream(dir / other) << "another run is writing";
  write_text(dir / "a.csv", "new\n");
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"a.csv", other}));
}

TEST(AtomicFile, ReportsAMissingDirectoryWithThePath) {
  test::TempDir dir;
  try {
    write_text(dir / "no-such-dir" / "a.csv", "x");
    FAIL() << "expected OutputError";
  } catch (const OutputError& e) {
    EXPECT_NE(std::string(e.what()).find("no-such-dir/a.csv"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("No such file"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace sancsim
