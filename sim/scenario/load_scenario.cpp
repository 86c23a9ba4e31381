#include "loader.hpp"

namespace sancsim {

LoadResult load_scenario(const std::string& path, const std::vector<Override>& overrides) {
  const scenario_detail::LoadContext context{[](Params& p) { return describe(p); }, &event_catalogue()};
  return scenario_detail::load_scenario_with(path, overrides, context);
}

}  // namespace sancsim
