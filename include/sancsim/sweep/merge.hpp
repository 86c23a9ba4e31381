#pragma once
// Joining the shards of a sweep (`sancsim sweep --shard i/N`, one directory each) into one
// results database and aggregates, identical to those of an unsharded run.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace sancsim {

struct MergeSummary {
  std::uint64_t runs_total = 0;   // of the whole sweep
  std::uint64_t runs_merged = 0;  // committed in the shards (less than the total if a shard is unfinished)
  std::uint32_t shards = 0;
};

// Writes OUT/results.sqlite, summary.csv and series_quantiles.csv from the shard directories,
// which must be shards 0..N-1 of one sweep (same sweep hash), each once. An unfinished shard's
// runs are missing from the result; `sancsim sweep --resume --out OUT` completes them. Refuses
// an OUT that already holds results. Throws SweepError.
MergeSummary merge_shards(const std::filesystem::path& out_dir,
                          const std::vector<std::filesystem::path>& shard_dirs);

}  // namespace sancsim
