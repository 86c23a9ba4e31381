#include <cmath>
#include <limits>

#include "sancsim/model/run.hpp"
#include "sancsim/model/world.hpp"

namespace sancsim {

RunResult simulate(const RunInput& input) {
  World world(input);
  world.run();
  RunResult r;
  r.state_hash = world.state_hash();
  world.series().drop_before(input.report_from);
  r.metrics = world.metrics();
  r.series = std::move(world.series());
  return r;
}

double metric(const RunResult& r, std::string_view name) {
  for (const auto& m : r.metrics)
    if (m.name == name) return m.value;
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace sancsim
