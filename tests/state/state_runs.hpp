#pragma once
// The state run month by month on an oil path, and a small agent economy for it: shared by the state's
// tests of agents mode.
#include <vector>

#include "sancsim/engine/series_table.hpp"
#include "sancsim/state/russian_state.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim::test {

// The state's months over `path`, from its first month.
inline std::vector<StateMonth> run_state(const StateParams& p, const std::vector<OilMonth>& path) {
  std::vector<StateMonth> months;
  SeriesTable table;
  RussianState s(p, path.front().month.first_day());
  s.register_columns(table);
  for (const OilMonth& o : path) {
    table.begin_row(o.month);
    s.step_month(o, table);
    months.push_back(s.last());
  }
  return months;
}

// Agents mode at a small scale: about 2,400 households and 8 firms a sector (fast under the sanitizers).
inline StateParams small_agents_params() {
  StateParams p;
  p.agents.model = "agents";
  p.agents.persons_per_agent = 50000;
  p.agents.firms_per_sector = 8;
  return p;
}

}  // namespace sancsim::test
