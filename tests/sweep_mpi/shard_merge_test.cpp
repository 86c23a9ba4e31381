// Shards (`--shard i/N`) and `merge_shards`, with test functions instead of the simulator.
#include "sancsim/sweep/merge.hpp"

#include <filesystem>

#include <gtest/gtest.h>
#include <unistd.h>

#include "db_dump.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;

const std::string kSweep =
    "scenario = \"b.toml\"\nseed = 9\nreplications = 3\nrecord = \"series\"\n[design]\nkind = "
    "\"lhs\"\nsamples = 7\n"
    "[[param]]\nkey = \"x\"\nrange = [0.0, 1.0]\n[[param]]\nkey = \"y\"\nvalues = [10, 20, 30]\n";

fs::path fresh_dir(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("sancsim_shard_" + name + "_" + std::to_string(getpid()));
  fs::remove_all(dir);
  return dir;
}

SweepSummary run(const std::string& text, const fs::path& dir, Shard shard = {}, bool resume = false) {
  const auto spec = test::spec_from(text);
  RunnerOptions o;
  o.out_dir = dir;
  o.threads = 2;
  o.resume = resume;
  o.progress = false;
  o.shard = shard;
  test::SyntheticOptions so;
  so.fail_above = 0.8;  // failed runs are merged too
  return run_threaded_sweep(Design(spec), sweep_hash(spec, ""), test::synthetic_factory(so), o);
}

TEST(Shard, ParsesIndexOverCount) {
  auto s = parse_shard("2/5");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->index, 2u);
  EXPECT_EQ(s->count, 5u);
  EXPECT_EQ(s->str(), "2/5");
  EXPECT_TRUE(s->contains(7));
  EXPECT_FALSE(s->contains(8));
  for (const char* bad : {"5/5", "1/0", "x/3", "1/3x", "", "-1/3", "1-3"})
    EXPECT_FALSE(parse_shard(bad)) << bad;
}

TEST(Shard, RefusesCountsBeyond32BitsInsteadOfWrappingThem) {
  // sscanf("%u") stored 0/99999999999999999999 as 0/4294967295.
  for (const char* bad :
       {"0/99999999999999999999", "0/4294967296", "4294967296/4294967297", "+1/3", " 1/3", "1/3 ", "1//3"})
    EXPECT_FALSE(parse_shard(bad)) << bad;
  const auto widest = parse_shard("4294967294/4294967295");
  ASSERT_TRUE(widest);
  EXPECT_EQ(widest->count, 4294967295u);
}

TEST(Shard, RunsOnlyItsSliceAndResumeChecksTheShard) {
  auto dir = fresh_dir("slice");
  auto s = run(kSweep, dir, {1, 4});
  EXPECT_EQ(s.runs_total, 5u);  // of run ids 0..20: 1, 5, 9, 13, 17
  EXPECT_EQ(s.runs_now, 5u);
  EXPECT_EQ(test::dump_queries((dir / "results.sqlite").string(), {"SELECT group_concat(run_id) FROM runs"}),
            "1,5,9,13,17|\n");
  EXPECT_THROW(run(kSweep, dir, {2, 4}, true), SweepError);
  EXPECT_THROW(run(kSweep, dir, {}, true), SweepError);
  EXPECT_EQ(run(kSweep, dir, {1, 4}, true).runs_now, 0u);
  fs::remove_all(dir);
}

TEST(Merge, ShardsMergedEqualTheUnshardedSweep) {
  auto whole = fresh_dir("whole"), merged = fresh_dir("merged");
  run(kSweep, whole);
  std::vector<fs::path> shards;
  for (std::uint32_t i = 0; i < 3; ++i) {
    shards.push_back(fresh_dir("part" + std::to_string(i)));
    run(kSweep, shards.back(), {i, 3});
  }
  std::swap(shards[0], shards[2]);  // any order
  auto m = merge_shards(merged, shards);
  EXPECT_EQ(m.shards, 3u);
  EXPECT_EQ(m.runs_total, 21u);
  EXPECT_EQ(m.runs_merged, 21u);
  EXPECT_EQ(test::dump_all(merged), test::dump_all(whole));
  EXPECT_EQ(test::aggregates(merged), test::aggregates(whole));
  EXPECT_NE(test::aggregates(whole).find("total"), std::string::npos);
  EXPECT_THROW(merge_shards(merged, shards), SweepError);  // never over existing results
  for (auto& d : shards) fs::remove_all(d);
  fs::remove_all(whole);
  fs::remove_all(merged);
}

TEST(Merge, RefusesMissingDuplicateOrForeignShards) {
  auto a = fresh_dir("a"), b = fresh_dir("b"), other = fresh_dir("other"), whole = fresh_dir("w"),
       out = fresh_dir("out");
  run(kSweep, a, {0, 2});
  run(kSweep, b, {1, 2});
  run(kSweep + "# another sweep\n", other, {1, 2});
  run(kSweep, whole);
  EXPECT_THROW(merge_shards(out, {a}), SweepError);
  EXPECT_THROW(merge_shards(out, {a, a}), SweepError);
  EXPECT_THROW(merge_shards(out, {a, other}), SweepError);
  EXPECT_THROW(merge_shards(out, {a, whole}), SweepError);
  EXPECT_FALSE(fs::exists(out / "results.sqlite"));
  for (auto& d : {a, b, other, whole, out}) fs::remove_all(d);
}

TEST(Merge, AnUnfinishedShardLeavesRunsThatResumeCompletes) {
  auto whole = fresh_dir("whole2"), a = fresh_dir("a2"), b = fresh_dir("b2"), merged = fresh_dir("merged2");
  run(kSweep, whole);
  run(kSweep, a, {0, 2});
  run(kSweep, b, {1, 2});
  // Shard 1 as if killed after its first runs: delete the others.
  {
    sqlite3* db = nullptr;
    sqlite3_open((b / "results.sqlite").c_str(), &db);
    sqlite3_exec(db,
                 "DELETE FROM series WHERE run_id > 5; DELETE FROM metrics WHERE run_id > 5; "
                 "DELETE FROM runs WHERE run_id > 5",
                 nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto m = merge_shards(merged, {a, b});
  EXPECT_EQ(m.runs_merged, 11u + 3u);  // shard 0: 11 runs; shard 1: 1, 3, 5
  auto s = run(kSweep, merged, {}, true);
  EXPECT_EQ(s.runs_before, 14u);
  EXPECT_EQ(s.runs_now, 7u);
  EXPECT_EQ(test::dump_all(merged), test::dump_all(whole));
  EXPECT_EQ(test::aggregates(merged), test::aggregates(whole));
  for (auto& d : {whole, a, b, merged}) fs::remove_all(d);
}

}  // namespace
}  // namespace sancsim
