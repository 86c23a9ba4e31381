// The TOML reader's nesting check: deep files are refused with a position before toml++ sees them
// (toml++ recursed until the stack overflowed), honest files pass.
#include "sancsim/scenario/toml_reader.hpp"

#include <string>

#include <gtest/gtest.h>

using namespace sancsim;

namespace {

std::string repeated(const std::string& part, int times, const std::string& separator) {
  std::string s;
  for (int i = 0; i < times; ++i) s += (i ? separator : "") + part;
  return s;
}

}  // namespace

TEST(TomlReader, RefusesAHundredThousandPartTableHeaderWithItsPosition) {
  const std::string text = "[" + repeated("a", 100000, ".") + "]\n";
  Diagnostics problems;
  EXPECT_FALSE(read_toml(text, "n.toml", problems));
  ASSERT_EQ(problems.items().size(), 1u);
  const Diagnostic& d = problems.items()[0];
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 1 + 2 * kMaxTomlNesting);  // the dot that opens part 65
  EXPECT_NE(d.str().find("n.toml:1:"), std::string::npos) << d.str();
  EXPECT_NE(d.message.find("nesting deeper than 64"), std::string::npos) << d.message;
}

TEST(TomlReader, RefusesDeepDottedKeysArraysAndInlineTables) {
  for (const std::string& text : {
           "x = 1\n" + repeated("a", 70, ".") + " = 1\n",
           "x = " + std::string(70, '[') + std::string(70, ']') + "\n",
           "x = " + repeated("{a = ", 70, "") + "1" + std::string(70, '}') + "\n",
           "[t]\ny = [\n" + repeated("{" + repeated("b", 20, ".") + " = [", 3, "") + "]\n",
       }) {
    Diagnostics problems;
    EXPECT_FALSE(read_toml(text, "deep.toml", problems)) << text.substr(0, 80);
    ASSERT_EQ(problems.items().size(), 1u);
    EXPECT_NE(problems.items()[0].message.find("nesting"), std::string::npos) << problems.str();
  }
}

TEST(TomlReader, CountsLevelsAcrossHeaderKeyAndValue) {
  // 40 header parts + 30 key parts: each alone is fine, together they are 70 levels.
  const std::string text = "[" + repeated("h", 40, ".") + "]\n" + repeated("k", 30, ".") + " = 1\n";
  Diagnostics problems;
  EXPECT_FALSE(read_toml(text, "deep.toml", problems));
  ASSERT_EQ(problems.items().size(), 1u);
  EXPECT_EQ(problems.items()[0].line, 2);
}

TEST(TomlReader, DotsAndBracketsInStringsAndCommentsDoNotCount) {
  const std::string many_dots = repeated("a", 200, ".");
  const std::string text = "s = \"" + many_dots + "\"\nl = '" + std::string(200, '[') + "'\nm = \"\"\"\n" +
                           many_dots + "\n\"\"\"\n# " + many_dots + "\n[x]\nf = 1.5\n";
  Diagnostics problems;
  const auto root = read_toml(text, "ok.toml", problems);
  ASSERT_TRUE(root) << problems.str();
  EXPECT_EQ(root->at_path("s").value_or(std::string()), many_dots);
  EXPECT_EQ(root->at_path("x.f").value_or(0.0), 1.5);
}

TEST(TomlReader, AcceptsNestingUpToTheLimit) {
  const std::string text = "[" + repeated("a", kMaxTomlNesting - 1, ".") + "]\nb = 1\n";
  Diagnostics problems;
  EXPECT_TRUE(read_toml(text, "ok.toml", problems)) << problems.str();
}

TEST(TomlReader, SyntaxErrorsKeepToml_plus_plusMessageAndPosition) {
  Diagnostics problems;
  EXPECT_FALSE(read_toml("a = 1\nb = = 2\n", "bad.toml", problems));
  ASSERT_EQ(problems.items().size(), 1u);
  EXPECT_EQ(problems.items()[0].line, 2);
}
