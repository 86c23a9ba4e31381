#pragma once
// `[[outcome]]` entries as written in scenario and sweep files: read with their place in the file,
// then checked against a loaded scenario (the series exists, the window lies in the reported
// months, `vs = "compare_to"` has a comparison run, the name is new).
#include <optional>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "sancsim/engine/outcome.hpp"
#include "sancsim/scenario/diagnostics.hpp"

namespace sancsim {

struct Scenario;

// An outcome and where it was declared.
struct DeclaredOutcome {
  OutcomeDef def;
  std::string file;
  int line = 0;
  int column = 0;
};

// Reads the `index`-th [[outcome]] table of `file`; every problem goes to `out` as
// `file:line:col: outcome[i].key: what was expected`, and gives nullopt.
std::optional<DeclaredOutcome> read_outcome(const toml::table& t, std::size_t index, const std::string& file,
                                            Diagnostics& out);

// What a run of a scenario writes: its series.csv columns and its built-in metrics' names.
struct RunColumns {
  std::vector<std::string> series;
  std::vector<std::string> metrics;
};

// The columns and built-in metrics of a run of `s` (from a world built for it, not run).
RunColumns run_columns(const Scenario& s);

// Checks declared outcomes against a loaded scenario and what its runs write; problems to `out`.
void check_outcomes(const std::vector<DeclaredOutcome>& outcomes, const Scenario& s,
                    const RunColumns& columns, Diagnostics& out);

}  // namespace sancsim
