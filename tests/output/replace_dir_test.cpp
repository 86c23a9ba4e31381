// Replacing a run directory as one set: the new set or the old one, never a mix, and no
// temporaries left behind when writing fails.
#include "sancsim/output/replace_dir.hpp"

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "sancsim/output/atomic_file.hpp"
#include "../temp_dir.hpp"

namespace sancsim {
namespace {
namespace fs = std::filesystem;

const std::vector<std::string> kNames = {"a.txt", "b.txt"};

// Writes a set: both files say `tag`, padded to `bytes`.
void write_set(const fs::path& dir, const std::string& tag, std::size_t bytes = 0) {
  for (const auto& name : kNames)
    write_file_atomically(dir / name, [&](std::ostream& out) { out << tag << std::string(bytes, ' '); });
}

std::string tag_of(const fs::path& file) {
  std::string tag;
  std::ifstream(file) >> tag;
  return tag;
}

// Entries beside the target: the fresh directories a replacement would leave behind.
std::vector<std::string> siblings(const fs::path& parent) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(parent)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(ReplaceDirectory, PutsTheNewSetInPlaceAndKeepsTheLock) {
  test::TempDir tmp;
  const auto dir = tmp / "run";
  const DirLock lock = std::get<DirLock>(lock_output_dir(dir));
  replace_directory(lock, kNames, [](const fs::path& fresh) { write_set(fresh, "seed1"); });
  replace_directory(lock, kNames, [](const fs::path& fresh) { write_set(fresh, "seed2"); });
  EXPECT_EQ(tag_of(dir / "a.txt"), "seed2");
  EXPECT_EQ(tag_of(dir / "b.txt"), "seed2");
  EXPECT_EQ(siblings(tmp.path()), std::vector<std::string>{"run"});
  // The lock file in the new set is the locked one: a second locker is still refused.
  auto second = lock_output_dir(dir);
  ASSERT_TRUE(std::holds_alternative<DirLockFailure>(second));
  EXPECT_TRUE(std::get<DirLockFailure>(second).in_use);
}

TEST(ReplaceDirectory, AThrowingWriterLeavesTheOldSetAndNoFreshDirectory) {
  test::TempDir tmp;
  const auto dir = tmp / "run";
  const DirLock lock = std::get<DirLock>(lock_output_dir(dir));
  replace_directory(lock, kNames, [](const fs::path& fresh) { write_set(fresh, "old"); });
  EXPECT_THROW(replace_directory(lock, kNames,
                                 [](const fs::path& fresh) {
                                   write_file_atomically(fresh / "a.txt",
                                                         [](std::ostream& o) { o << "new"; });
                                   throw std::runtime_error("disk full");
                                 }),
               std::runtime_error);
  EXPECT_EQ(tag_of(dir / "a.txt"), "old");
  EXPECT_EQ(tag_of(dir / "b.txt"), "old");
  EXPECT_EQ(siblings(tmp.path()), std::vector<std::string>{"run"});
}

TEST(ReplaceDirectory, AFileSizeLimitLeavesTheOldSetAndNoTemporaries) {
  test::TempDir tmp;
  const auto dir = tmp / "run";
  {
    const DirLock lock = std::get<DirLock>(lock_output_dir(dir));
    replace_directory(lock, kNames, [](const fs::path& fresh) { write_set(fresh, "old"); });
  }
  const pid_t child = ::fork();
  if (child == 0) {
    ::signal(SIGXFSZ, SIG_IGN);  // as sancsim's main does: the write fails instead of killing us
    const rlimit limit{4096, 4096};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    try {
      const DirLock lock = std::get<DirLock>(lock_output_dir(dir));
      replace_directory(lock, kNames, [](const fs::path& fresh) { write_set(fresh, "new", 100000); });
    } catch (const OutputError&) {
      ::_exit(3);  // the expected way out
    } catch (...) {
      ::_exit(4);
    }
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 3);
  EXPECT_EQ(tag_of(dir / "a.txt"), "old");
  EXPECT_EQ(tag_of(dir / "b.txt"), "old");
  EXPECT_EQ(siblings(tmp.path()), std::vector<std::string>{"run"});
  EXPECT_EQ(entries_other_than(dir, kNames), std::vector<std::string>{});
}

TEST(ReplaceDirectory, RemovesTheFreshDirectoryOfAKilledProcess) {
  test::TempDir tmp;
  const auto dir = tmp / "run";
  const pid_t child = ::fork();
  if (child == 0) {
    const DirLock lock = std::get<DirLock>(lock_output_dir(dir));
    replace_directory(lock, kNames, [](const fs::path& fresh) {
      write_set(fresh, "killed");
      ::raise(SIGKILL);  // dies with its fresh directory written
    });
    ::_exit(0);
  }
  ::waitpid(child, nullptr, 0);
  ASSERT_EQ(siblings(tmp.path()).size(), 2u);  // run and .run.tmp-<pid>
  const DirLock lock = std::get<DirLock>(lock_output_dir(dir));
  replace_directory(lock, kNames, [](const fs::path& fresh) { write_set(fresh, "next"); });
  EXPECT_EQ(siblings(tmp.path()), std::vector<std::string>{"run"});
  EXPECT_EQ(tag_of(dir / "a.txt"), "next");
}

TEST(ReplaceDirectory, RefusesADirectoryHoldingOtherFilesAndChangesNothing) {
  test::TempDir tmp;
  const auto dir = tmp / "run";
  const DirLock lock = std::get<DirLock>(lock_output_dir(dir));
  std::ofstream(dir / "notes.md") << "mine";
  EXPECT_EQ(entries_other_than(dir, kNames), std::vector<std::string>{"notes.md"});
  EXPECT_THROW(replace_directory(lock, kNames, [](const fs::path& fresh) { write_set(fresh, "x"); }),
               OutputError);
  EXPECT_EQ(test::read_text(dir / "notes.md"), "mine");
  EXPECT_EQ(siblings(tmp.path()), std::vector<std::string>{"run"});
}

}  // namespace
}  // namespace sancsim
