#pragma once
// The few results worth printing after a run (and in tools/main's table): chosen by metric name,
// skipped when a run does not report them. One list, so the run digest and the table agree.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "sancsim/model/run.hpp"

namespace sancsim::cli {

struct DigestItem {
  std::string_view metric;  // name in RunResult::metrics / summary.json
  std::string_view label;   // for the run digest
  std::string_view column;  // short header for the table
};

// The digest entries present in `metrics`, in digest order; if none are, the first few metrics.
std::vector<std::pair<DigestItem, double>> select_digest(const std::vector<Metric>& metrics);

// "  label  value" lines.
void print_digest(std::ostream& out, const std::vector<Metric>& metrics);

// A table with one row per run (name, metrics) and one column per digest entry any run has.
void print_digest_table(std::ostream& out, const std::vector<std::pair<std::string, std::vector<Metric>>>& runs);

// A value for people: two decimals, "n/a" for NaN.
std::string format_value(double v);

}  // namespace sancsim::cli
