// The output directory lock: one holder at a time, the holder named, released on exit.
#include "sancsim/output/dir_lock.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "../temp_dir.hpp"

namespace sancsim {
namespace {

TEST(DirLock, ASecondLockOfTheSameDirectoryIsRefusedWithTheHoldersPidAndHost) {
  test::TempDir tmp;
  const auto dir = tmp / "out";
  auto first = lock_output_dir(dir);
  ASSERT_TRUE(std::holds_alternative<DirLock>(first));
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);

  auto second = lock_output_dir(dir);  // another open file description: flock conflicts in one process too
  ASSERT_TRUE(std::holds_alternative<DirLockFailure>(second));
  const auto& failure = std::get<DirLockFailure>(second);
  EXPECT_TRUE(failure.in_use);
  EXPECT_NE(failure.message.find("pid " + std::to_string(::getpid()) + " on " + host), std::string::npos)
      << failure.message;
  EXPECT_NE(failure.message.find("choose another --out"), std::string::npos) << failure.message;
}

TEST(DirLock, IsFreeAgainOnceReleased) {
  test::TempDir tmp;
  { auto held = std::get<DirLock>(lock_output_dir(tmp.path())); }
  EXPECT_TRUE(std::holds_alternative<DirLock>(lock_output_dir(tmp.path())));
}

TEST(DirLock, IsFreeAgainWhenItsHolderIsKilled) {
  test::TempDir tmp;
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t child = ::fork();
  if (child == 0) {
    auto held = lock_output_dir(tmp.path());
    const char ok = std::holds_alternative<DirLock>(held) ? 'y' : 'n';
    (void)!::write(ready[1], &ok, 1);
    ::pause();  // killed by the parent, holding the lock
    ::_exit(0);
  }
  char ok = 0;
  ASSERT_EQ(::read(ready[0], &ok, 1), 1);
  ASSERT_EQ(ok, 'y');
  auto while_held = lock_output_dir(tmp.path());
  ASSERT_TRUE(std::holds_alternative<DirLockFailure>(while_held));
  EXPECT_NE(std::get<DirLockFailure>(while_held).message.find("pid " + std::to_string(child)),
            std::string::npos);
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  EXPECT_TRUE(std::holds_alternative<DirLock>(lock_output_dir(tmp.path())));
  ::close(ready[0]);
  ::close(ready[1]);
}

TEST(DirLock, ADirectoryThatCannotBeMadeIsAFailureButNotInUse) {
  test::TempDir tmp;
  std::ofstream(tmp / "file") << "x";
  auto r = lock_output_dir(tmp / "file" / "out");
  ASSERT_TRUE(std::holds_alternative<DirLockFailure>(r));
  EXPECT_FALSE(std::get<DirLockFailure>(r).in_use);
}

}  // namespace
}  // namespace sancsim
