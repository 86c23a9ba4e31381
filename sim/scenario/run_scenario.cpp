#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "sancsim/scenario/scenario.hpp"

namespace sancsim {
RunInput run_input(const Scenario& s, std::uint64_t seed, std::uint32_t replication) {
  RunInput in;
  in.params = &s.params;
  in.events = &s.events;
  in.brent = &s.brent;
  in.urals_fob = &s.urals_fob;
  in.key_rate = &s.key_rate;
  in.start = s.start;
  in.end = s.end;
  in.report_from = s.report_from;
  in.seed = seed;
  in.replication = replication;
  return in;
}

namespace {
// A run and its counterfactual both end with every series value checked (the state checks its own
// each month, with its parameters; this catches any other column, and the last month). A run that
// stops keeps the months before the one it stopped in.
RunAttempt run_one(const Scenario& s, std::uint64_t seed, std::uint32_t replication,
                   std::string_view context) {
  RunAttempt a = try_simulate(run_input(s, seed, replication));
  if (!a.failure) {
    try {
      check_series_finite(a.result.series, context);
    } catch (const NonFiniteSeries& e) {
      a.failure = current_failure(e.month());
      a.result.series.drop_from(e.month());
      a.result.metrics.clear();
    }
  }
  if (a.failure) a.failure->run = std::string(context);
  return a;
}

// Outcomes declared plainly (not `vs`), computed on every run of the scenario.
void plain_outcomes(const Scenario& s, const SeriesTable& series, std::vector<Metric>& out) {
  for (const auto& o : s.outcomes)
    if (!o.vs_compare_to) out.push_back({o.name, evaluate_outcome(o, series)});
}
}  // namespace

RunAttempt try_run_scenario(const Scenario& s, std::uint64_t seed, std::uint32_t replication) {
  RunAttempt attempt = run_one(s, seed, replication, {});
  if (attempt.failure) return attempt;
  RunResult& result = attempt.result;
  plain_outcomes(s, result.series, result.metrics);
  if (!s.counterfactual) return attempt;
  // Same seed and replication: the difference is the policy's, not the dice's.
  RunAttempt base_attempt = run_one(*s.counterfactual, seed, replication, "counterfactual run");
  if (base_attempt.failure) {
    // The run itself is whole: its series stays; no metric, as for any failed run.
    attempt.failure = std::move(base_attempt.failure);
    result.metrics.clear();
    return attempt;
  }
  RunResult& base = base_attempt.result;
  plain_outcomes(s, base.series, base.metrics);
  const std::size_t own = result.metrics.size();
  for (std::size_t i = 0; i < own; ++i) {
    const Metric m = result.metrics[i];
    auto it = std::find_if(base.metrics.begin(), base.metrics.end(),
                           [&](const Metric& b) { return b.name == m.name; });
    if (it != base.metrics.end())
      result.metrics.push_back({m.name + "_vs_counterfactual", m.value - it->value});
  }
  for (const auto& o : s.outcomes)
    if (o.vs_compare_to)
      result.metrics.push_back(
          {o.name, evaluate_outcome(o, result.series) - evaluate_outcome(o, base.series)});
  return attempt;
}

RunResult run_scenario(const Scenario& s, std::uint64_t seed, std::uint32_t replication) {
  return result_or_rethrow(try_run_scenario(s, seed, replication));
}

}  // namespace sancsim
