#include "sancsim/engine/input_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace sancsim {
namespace {

namespace fs = std::filesystem;

// A file in a fresh directory, removed afterwards; restores the input limit.
class InputFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sancsim-input-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
            "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    set_max_input_bytes(kDefaultMaxInputBytes);
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  fs::path write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return dir_ / name;
  }
  fs::path dir_;
};

std::string error_of(const std::variant<std::string, InputFileError>& r) {
  const auto* e = std::get_if<InputFileError>(&r);
  return e ? e->message : "";
}

TEST_F(InputFileTest, ReadsARegularFileWhole) {
  const auto r = read_input_file(write("a.txt", "one\ntwo\n"));
  ASSERT_TRUE(std::holds_alternative<std::string>(r)) << error_of(r);
  EXPECT_EQ(std::get<std::string>(r), "one\ntwo\n");
}

TEST_F(InputFileTest, AMissingFileIsMissing) {
  const auto r = read_input_file(dir_ / "none.txt");
  ASSERT_TRUE(std::holds_alternative<InputFileError>(r));
  EXPECT_TRUE(std::get<InputFileError>(r).missing);
}

TEST_F(InputFileTest, RefusesACharacterDeviceAtOnce) {
  const auto began = std::chrono::steady_clock::now();
  const auto r = read_input_file("/dev/zero");
  EXPECT_LT(std::chrono::steady_clock::now() - began, std::chrono::seconds(1));
  EXPECT_EQ(error_of(r), "not a regular file (a character device); expected a file of text");
}

TEST_F(InputFileTest, RefusesAFifoWithoutWaitingForAWriter) {
  const auto fifo = dir_ / "fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(error_of(read_input_file(fifo)), "not a regular file (a FIFO); expected a file of text");
  InputLines lines(fifo);
  ASSERT_TRUE(lines.error());
}

TEST_F(InputFileTest, RefusesADirectory) {
  EXPECT_EQ(error_of(read_input_file(dir_)), "not a regular file (a directory); expected a file of text");
}

TEST_F(InputFileTest, RefusesAFileOverTheLimitAndNamesTheFlag) {
  set_max_input_bytes(10);
  EXPECT_TRUE(std::holds_alternative<std::string>(read_input_file(write("ten.txt", "0123456789"))));
  const auto message = error_of(read_input_file(write("eleven.txt", "0123456789A")));
  EXPECT_NE(message.find("larger than the input limit of 10 bytes"), std::string::npos) << message;
  EXPECT_NE(message.find("--max-input-bytes"), std::string::npos) << message;
}

TEST_F(InputFileTest, LinesComeWithTheirOffsetsAndWithoutLineEnds) {
  const auto path = write("l.csv", "a,b\r\n\nccc\nlast");
  InputLines lines(path);
  std::string line;
  std::vector<std::pair<std::string, std::uint64_t>> got;
  while (lines.next(line)) got.emplace_back(line, lines.line_offset());
  ASSERT_FALSE(lines.error());
  const std::vector<std::pair<std::string, std::uint64_t>> expected{
      {"a,b", 0}, {"", 5}, {"ccc", 6}, {"last", 10}};
  EXPECT_EQ(got, expected);
  const InputRanges ranges(path);
  EXPECT_EQ(std::get<std::string>(ranges.read(6, 3)), "ccc");
  EXPECT_TRUE(std::holds_alternative<InputFileError>(ranges.read(12, 5)));  // past the end
}

TEST_F(InputFileTest, LinesLongerThanAReadChunkAreWhole) {
  const std::string long_line(200'000, 'x');
  InputLines lines(write("long.txt", "a\n" + long_line + "\nb\n"));
  std::string line;
  ASSERT_TRUE(lines.next(line));
  ASSERT_TRUE(lines.next(line));
  EXPECT_EQ(line, long_line);
  EXPECT_EQ(lines.line_offset(), 2u);
  ASSERT_TRUE(lines.next(line));
  EXPECT_EQ(line, "b");
  EXPECT_FALSE(lines.next(line));
}

TEST_F(InputFileTest, StreamedLinesStopAtTheLimit) {
  set_max_input_bytes(100);
  std::string text;
  for (int i = 0; i < 50; ++i) text += "row\n";  // 200 bytes
  InputLines lines(write("big.csv", text));
  ASSERT_TRUE(lines.error());  // refused from the size on disk
  EXPECT_NE(lines.error()->message.find("larger than the input limit"), std::string::npos);
}

TEST(QuotedExcerpt, TruncatesLongLinesAndHidesControlBytes) {
  EXPECT_EQ(quoted_excerpt("root:x:0"), "root:x:0");
  EXPECT_EQ(quoted_excerpt(std::string("a\0b\x1b\xff", 5)), "a?b??");
  const std::string long_line(500, 'y');
  EXPECT_EQ(quoted_excerpt(long_line), std::string(kQuotedChars, 'y') + "...");
}

}  // namespace
}  // namespace sancsim
