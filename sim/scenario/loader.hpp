#pragma once
// The scenario loader with its two model dependencies passed in (the parameter registry and the
// event catalogue), so that it can be tested against small registries of its own.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "sancsim/scenario/scenario.hpp"
#include "scenario_file.hpp"

namespace sancsim::scenario_detail {

// Files read by earlier loads (ScenarioFileCache's content): scenario files by (path, name shown
// in messages), Brent CSVs by path. Only files read without a problem are kept.
struct FileCacheData {
  std::map<std::pair<std::string, std::string>, std::shared_ptr<const ScenarioFile>> files;
  std::map<std::string, BrentData> daily, monthly;
};

struct LoadContext {
  std::function<ParamTable(Params&)> describe;  // registry pointing into the scenario's Params
  const std::vector<EventKindSpec>* catalogue = nullptr;
  FileCacheData* cache = nullptr;  // none: read every file
  // What a run of a scenario writes, for checking declared outcomes; none: their series and names
  // are not checked (windows and `vs` still are).
  std::function<RunColumns(const Scenario&)> columns = nullptr;
  // Where `extends` and `compare_to` paths are looked up when they are not found next to the file
  // that names them (the project's scenarios/ directory); empty: only next to the file.
  std::filesystem::path scenarios_dir = {};
};

// load_scenario, with the registry and catalogue of `context`.
LoadResult load_scenario_with(const std::string& path, const std::vector<Override>& overrides,
                              const LoadContext& context);

// 16 hex digits over everything that decides a run: parameters, events, Brent data, dates and
// the counterfactual's hash. Names, descriptions, notes and file positions do not count.
std::string scenario_hash(const Scenario& s, const ParamTable& table,
                          const std::vector<EventKindSpec>& catalogue);

}  // namespace sancsim::scenario_detail
