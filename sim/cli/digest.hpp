#pragma once
// The few results worth printing after a run (and in tools/main's table): chosen by name from
// the run's metrics and the last month of its series, skipped when a run does not report them.
// One list, so the run digest and the table agree.
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "sancsim/model/run.hpp"

namespace sancsim::cli {

// A run's metrics plus `<column>@end`: each series column's value in the last reported month.
std::vector<Metric> digest_values(const RunResult& result);

// The same values read back from a run directory (summary.json and series.csv); nullopt after
// writing the problem to `err`.
std::optional<std::vector<Metric>> read_digest_values(const std::filesystem::path& dir, std::ostream& err);

// "  label  value" lines for the digest entries present in `values` (the first few values if none is).
void print_digest(std::ostream& out, const std::vector<Metric>& values);

// A table with one row per run (name, values) and one column per digest entry any run has.
void print_digest_table(std::ostream& out,
                        const std::vector<std::pair<std::string, std::vector<Metric>>>& runs);

}  // namespace sancsim::cli
