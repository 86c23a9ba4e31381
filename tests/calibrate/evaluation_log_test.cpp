// The evaluation log: exact keys, replay after a restart, a torn last line, another calibration's log; the
// executable digest in its identity.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "sancsim/calibrate/evaluation_log.hpp"
#include "sancsim/calibrate/executable_digest.hpp"
#include "sancsim/calibrate/moment_evaluator.hpp"
#include "../temp_dir.hpp"

namespace {
using namespace sancsim;
namespace fs = std::filesystem;

// A file named after the running test in the test process's temporary directory (removed when the process
// ends; ctest runs each test in a process of its own).
fs::path fresh_path() {
  static const test::TempDir dir_of_this_process;
  const fs::path p = dir_of_this_process /
                     (std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".csv");
  fs::remove(p);
  return p;
}

TEST(EvaluationLog, ARestartAnswersFromTheLogExactly) {
  const auto path = fresh_path();
  const std::vector<double> x = {0.1 + 0.2, 1.0 / 3.0}, m = {123.456789012345678, -7.0};
  {
    EvaluationLog log(path, 42, 2, 2, "a,b,m1,m2");
    EXPECT_FALSE(log.find(x));
    log.append(x, m);
    ASSERT_TRUE(log.find(x));
  }
  EvaluationLog again(path, 42, 2, 2, "a,b,m1,m2");
  EXPECT_EQ(again.replayed(), 1u);
  const auto found = again.find(x);
  ASSERT_TRUE(found);
  EXPECT_EQ(*found, m);                        // bit for bit: shortest round-trip decimals
  EXPECT_FALSE(again.find({0.3, 1.0 / 3.0}));  // 0.1 + 0.2 is not 0.3
}

TEST(EvaluationLog, ATornLastLineIsDroppedAndOverwritten) {
  const auto path = fresh_path();
  {
    EvaluationLog log(path, 7, 1, 1, "a,m");
    log.append({1.0}, {10.0});
  }
  std::ofstream(path, std::ios::app) << "2.5,9";  // killed mid-line
  {
    EvaluationLog log(path, 7, 1, 1, "a,m");
    EXPECT_EQ(log.replayed(), 1u);
    EXPECT_FALSE(log.find({2.5}));
    log.append({3.0}, {30.0});
  }
  EvaluationLog log(path, 7, 1, 1, "a,m");
  EXPECT_EQ(log.replayed(), 2u);
  EXPECT_TRUE(log.find({3.0}));
}

TEST(EvaluationLog, AnotherCalibrationsLogIsRefused) {
  const auto path = fresh_path();
  { EvaluationLog log(path, 1, 1, 1, "a,m"); }
  EXPECT_THROW(EvaluationLog(path, 2, 1, 1, "a,m"), CalibrationError);
}

// A file of `bytes` at `path`.
void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// The log's identity reads the executable's bytes: two builds of one dirty commit must not share a log.
TEST(ExecutableDigest, TellsFilesApartByTheirBytes) {
  const auto base = fresh_path();
  const fs::path a = base.string() + ".a", b = base.string() + ".b", c = base.string() + ".c";
  write_file(a, std::string(100000, 'x') + "build one");
  write_file(b, std::string(100000, 'x') + "build two");  // past the first 64 KiB chunk
  write_file(c, std::string(100000, 'x') + "build one");
  EXPECT_NE(file_digest(a), file_digest(b));
  EXPECT_EQ(file_digest(a), file_digest(c));
  EXPECT_EQ(file_digest(base.string() + ".missing"), 0u);
  EXPECT_NE(executable_digest(), 0u);  // Linux names the running executable
  EXPECT_EQ(executable_digest(), executable_digest());
}

}  // namespace
