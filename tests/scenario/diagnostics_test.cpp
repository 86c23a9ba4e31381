#include "sancsim/scenario/diagnostics.hpp"

#include <gtest/gtest.h>

using namespace sancsim;

TEST(Diagnostic, FormatsFileLineColumnKeyAndMessage) {
  Diagnostic d{"history.toml", 42, 18, "tankers.g7_tankers",
               "expected an integer in [0, 5000], got \"many\""};
  EXPECT_EQ(d.str(),
            "history.toml:42:18: tankers.g7_tankers: expected an integer in [0, 5000], got \"many\"");
}

TEST(Diagnostic, LeavesOutUnknownPlacesAndEmptyKeys) {
  EXPECT_EQ((Diagnostic{"--set", 0, 0, "start", "bad"}).str(), "--set: start: bad");
  EXPECT_EQ((Diagnostic{"a.toml", 3, 0, "", "bad"}).str(), "a.toml:3: bad");
}

TEST(Diagnostics, ListsOneProblemPerLine) {
  Diagnostics ds;
  EXPECT_TRUE(ds.empty());
  ds.add({"a.toml", 1, 2, "k", "one"});
  ds.add({"b.toml", 3, 4, "j", "two"});
  EXPECT_EQ(ds.str(), "a.toml:1:2: k: one\nb.toml:3:4: j: two\n");
}
