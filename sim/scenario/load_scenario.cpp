#include <cstdlib>

#include "loader.hpp"
#include "sancsim/scenario/outcomes.hpp"

namespace sancsim {
namespace {

// The project's scenarios/ directory: $SANCSIM_SCENARIOS, else the source tree's (recorded when built).
std::filesystem::path scenarios_dir() {
  if (const char* env = std::getenv("SANCSIM_SCENARIOS"); env && *env) return env;
#ifdef SANCSIM_SCENARIOS_DIR
  return SANCSIM_SCENARIOS_DIR;
#else
  return {};
#endif
}

}  // namespace

ScenarioFileCache::ScenarioFileCache() : data_(std::make_unique<scenario_detail::FileCacheData>()) {}
ScenarioFileCache::~ScenarioFileCache() = default;
ScenarioFileCache::ScenarioFileCache(ScenarioFileCache&&) noexcept = default;
ScenarioFileCache& ScenarioFileCache::operator=(ScenarioFileCache&&) noexcept = default;

LoadResult load_scenario(const std::string& path, const std::vector<Override>& overrides) {
  const scenario_detail::LoadContext context{[](Params& p) { return describe(p); }, &event_catalogue(),
                                             nullptr, run_columns, scenarios_dir()};
  return scenario_detail::load_scenario_with(path, overrides, context);
}

LoadResult load_scenario(const std::string& path, const std::vector<Override>& overrides,
                         ScenarioFileCache& cache) {
  const scenario_detail::LoadContext context{[](Params& p) { return describe(p); }, &event_catalogue(),
                                             &cache.data(), run_columns, scenarios_dir()};
  return scenario_detail::load_scenario_with(path, overrides, context);
}

}  // namespace sancsim
