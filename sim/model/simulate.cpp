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

}  // namespace sancsim
