#include "sancsim/engine/run_result.hpp"

#include <exception>
#include <limits>
#include <utility>

namespace sancsim {

double metric(const RunResult& r, std::string_view name) {
  for (const auto& m : r.metrics)
    if (m.name == name) return m.value;
  return std::numeric_limits<double>::quiet_NaN();
}

RunFailure current_failure(YearMonth month, std::string run) {
  RunFailure failure{
      .error = {}, .month = month, .run = std::move(run), .exception = std::current_exception()};
  try {
    std::rethrow_exception(failure.exception);
  } catch (const std::exception& e) {
    failure.error = e.what();
  } catch (...) {
    failure.error = "unknown exception";
  }
  return failure;
}

RunResult result_or_rethrow(RunAttempt attempt) {
  if (attempt.failure) std::rethrow_exception(attempt.failure->exception);
  return std::move(attempt.result);
}

}  // namespace sancsim
