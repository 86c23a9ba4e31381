// `sancsim merge OUT DIR...`: join the shard directories of a sweep (`sancsim sweep --shard i/N`)
// into one results database and aggregates in OUT, identical to an unsharded run.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "sancsim/sweep/merge.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim::cli {
namespace {

struct MergeOptions {
  std::string out_dir;
  std::vector<std::string> shard_dirs;
};

int merge(const MergeOptions& o) {
  try {
    std::vector<std::filesystem::path> dirs(o.shard_dirs.begin(), o.shard_dirs.end());
    const auto s = merge_shards(o.out_dir, dirs);
    std::cerr << fmt::format("sancsim: merged {} shards: {} of {} runs\n", s.shards, s.runs_merged,
                             s.runs_total);
    std::cout << o.out_dir << '\n';
    if (s.runs_merged < s.runs_total) {
      std::cerr << fmt::format(
          "sancsim: {} runs are missing (an unfinished shard); `sancsim sweep SWEEP.toml --out {} "
          "--resume` runs them\n",
          s.runs_total - s.runs_merged, o.out_dir);
      return kExitFailure;
    }
    return kExitOk;
  } catch (const SweepInputError& e) {
    std::cerr << "sancsim: " << e.what() << '\n';
    return kExitBadInput;
  } catch (const SweepError& e) {
    std::cerr << "sancsim: " << e.what() << '\n';
    return kExitFailure;
  }
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto o = std::make_shared<MergeOptions>();
  sub.add_option("out", o->out_dir, "Output directory for the merged results (must hold none yet)")
      ->required();
  sub.add_option("shards", o->shard_dirs, "Shard directories (sancsim sweep --shard i/N --out DIR), all N")
      ->required()
      ->check(CLI::ExistingDirectory);
  return [o] { return merge(*o); };
}

const CommandRegistration registration{"merge", "Merge the shard directories of a sweep into one result",
                                       setup};

}  // namespace
}  // namespace sancsim::cli
