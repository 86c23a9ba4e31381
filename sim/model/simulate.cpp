#include <utility>

#include "sancsim/model/run.hpp"
#include "sancsim/model/world.hpp"

namespace sancsim {

RunAttempt try_simulate(const RunInput& input) {
  World world(input);
  RunAttempt attempt;
  try {
    world.run();
  } catch (...) {
    // The month the world was in: its row, if the month's end had begun it, is incomplete.
    const YearMonth stopped = YearMonth::of(world.today());
    attempt.failure = current_failure(stopped);
    world.series().drop_from(stopped);
  }
  attempt.result.state_hash = world.state_hash();
  world.series().drop_before(input.report_from);
  if (!attempt.failure) attempt.result.metrics = world.metrics();
  attempt.result.series = std::move(world.series());
  return attempt;
}

RunResult simulate(const RunInput& input) { return result_or_rethrow(try_simulate(input)); }

}  // namespace sancsim
