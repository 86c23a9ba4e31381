#pragma once
// What one run gives back, whatever model made it: the monthly table, per-run metrics and the
// hash of the final state. The output and sweep layers read only this.
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sancsim/engine/date.hpp"
#include "sancsim/engine/series_table.hpp"

namespace sancsim {

struct Metric {
  std::string name;
  double value;
};

struct RunResult {
  SeriesTable series;
  std::vector<Metric> metrics;   // in a fixed order
  std::uint64_t state_hash = 0;  // of the world at the end of the run
};

// Why a run stopped before its end, and where: a numerical guard, a broken identity, a model bug.
struct RunFailure {
  std::string error;  // the exception's message, as a sweep records it
  YearMonth month;    // the month it stopped in; every month before it is complete
  std::string run;    // which run stopped: "" for the scenario's own, else e.g. "counterfactual run"
  std::exception_ptr exception;  // the exception itself, to rethrow it with its type
};

// A run that may have stopped part-way. On failure `result.series` holds the reported months
// completed before the failing one (the counterfactual's failure leaves the whole run's series),
// `result.metrics` is empty (a metric over fewer months would pass for the whole run's) and
// `result.state_hash` is of the world where it stopped.
struct RunAttempt {
  RunResult result;
  std::optional<RunFailure> failure;  // none: the run reached its end
};

// The failure being handled: call inside a catch block (it reads std::current_exception()).
RunFailure current_failure(YearMonth month, std::string run = {});

// Rethrows the failure's exception if the attempt failed, else hands over its result.
RunResult result_or_rethrow(RunAttempt attempt);

// Looks up a metric by name; NaN if absent.
double metric(const RunResult& r, std::string_view name);

}  // namespace sancsim
