// Simulated moments at parameter vectors (moment_evaluator.hpp).
#include "sancsim/calibrate/moment_evaluator.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <mutex>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "sancsim/economy/steady_path.hpp"
#include "sancsim/engine/param_table.hpp"
#include "sancsim/model/run.hpp"
#include "sancsim/scenario/outcomes.hpp"

namespace sancsim {
namespace {

// Shortest text that reads back as the same double (fmt's default), so a vector and its
// override agree exactly.
std::string exact(double v) { return fmt::format("{}", v); }

Scenario load_or_throw(const std::string& path, const std::vector<Override>& overrides,
                       ScenarioFileCache& cache, const std::string& what) {
  auto loaded = load_scenario(path, overrides, cache);
  if (auto* d = std::get_if<Diagnostics>(&loaded))
    throw CalibrationError(fmt::format("{} does not load{}:\n{}", path, what, d->str()));
  return std::move(std::get<Scenario>(loaded));
}

// The agent economy of a steady-economy guard: the code's defaults with the `economy.` values of `overrides`
// (the file's `set` and the estimates) as `loaded` holds them, on the steady path; `seed` its stream's key.
// Not the scenario's own economy: its dated events (mobilisation, emigration, mortgage programmes) are
// shocks.
AgentEconomyParams steady_economy_params(const Scenario& loaded, const std::vector<Override>& overrides,
                                         const SteadyPath& path, std::uint64_t seed) {
  Params from = loaded.params, to;
  const ParamTable source = describe(from), target = describe(to);
  for (const auto& o : overrides) {
    if (!o.key.starts_with("economy.")) continue;
    const ParamSpec* a = source.find(o.key);
    const ParamSpec* b = target.find(o.key);
    if (!a || !b) continue;
    std::visit([&](auto* dst) { *dst = *std::get<std::remove_pointer_t<decltype(dst)>*>(a->target); },
               b->target);
  }
  AgentEconomyParams p = path.params(to.state.agents);
  p.seed = static_cast<int>(seed);
  return p;
}

}  // namespace

MomentEvaluator::MomentEvaluator(const CalibrationSpec& spec, unsigned threads)
    : spec_(&spec), threads_(std::max(1u, threads)) {
  ScenarioFileCache cache;
  std::vector<std::string> problems;
  std::vector<Scenario> scenarios;
  for (const auto& path : spec.scenarios) {
    scenarios.push_back(load_or_throw(path, spec.fixed, cache, ""));
    hashes_.push_back(scenarios.back().hash);
  }
  Params base = scenarios.front().params;
  const ParamTable table = describe(base);
  for (const auto& p : spec.params) {
    const ParamSpec* s = table.find(p.key);
    double value = NAN;
    YearPath path;
    if (!s) {
      problems.push_back(
          fmt::format("{}: parameter {}: unknown key (see `sancsim params`)", spec.file, p.label()));
    } else if (s->kind == ParamSpec::Kind::Real && !p.year) {
      value = *std::get<double*>(s->target);
    } else if (s->kind == ParamSpec::Kind::Path && p.year) {
      path = *std::get<YearPath*>(s->target);
      value = path.at(*p.year);
    } else {
      problems.push_back(
          fmt::format("{}: parameter {}: only real values, and year paths with `year`, can be estimated",
                      spec.file, p.label()));
    }
    if (s && (p.low < s->min || p.high > s->max))
      problems.push_back(fmt::format("{}: parameter {}: bounds [{}, {}] leave the registry's range [{}, {}]",
                                     spec.file, p.label(), p.low, p.high, s->min, s->max));
    defaults_.push_back(value);
    base_paths_.push_back(path);
    start_.push_back(p.start ? *p.start : std::clamp(std::isnan(value) ? p.low : value, p.low, p.high));
  }
  const YearMonth steady_start = SteadyPath{}.start().month;
  steady_path_of_.assign(spec.moments.size(), 0);
  for (const auto& m : spec.moments) {
    if (m.steady) {
      const auto& names = kSteadyPathSeries;
      if (std::find(names.begin(), names.end(), m.def.series) == names.end())
        problems.push_back(
            fmt::format("{}:{}: guard \"{}\": the steady economy has no series \"{}\" (it has {})", m.file,
                        m.line, m.quantity, m.def.series, fmt::join(names, ", ")));
      if (m.def.from && *m.def.from < steady_start)
        problems.push_back(
            fmt::format("{}:{}: guard \"{}\": window {} begins before the steady path's first "
                        "month, 2021-01",
                        m.file, m.line, m.quantity, m.window));
      // One run per path (inflation, real growth) that a guard reads, as long as its latest month.
      const auto it = std::find(steady_paths_.begin(), steady_paths_.end(), *m.steady);
      const std::size_t path = static_cast<std::size_t>(it - steady_paths_.begin());
      if (it == steady_paths_.end()) {
        steady_paths_.push_back(*m.steady);
        steady_months_.push_back(0);
      }
      steady_path_of_[&m - spec.moments.data()] = path;
      if (m.def.to)
        steady_months_[path] = std::max(steady_months_[path], m.def.to->index - steady_start.index + 1);
      continue;
    }
    std::vector<std::size_t> runs_of = {m.scenario};
    if (m.compare_to) runs_of.push_back(*m.compare_to);
    for (const std::size_t i : runs_of) {
      const RunColumns columns = run_columns(scenarios[i]);
      if (std::find(columns.series.begin(), columns.series.end(), m.def.series) == columns.series.end())
        problems.push_back(fmt::format("{}:{}: moment \"{}\": the runs of {} have no series \"{}\"", m.file,
                                       m.line, m.quantity, spec.scenarios[i], m.def.series));
      const Scenario& s = scenarios[i];
      if (m.def.from && (*m.def.from < s.report_from || YearMonth::of(s.end) < *m.def.to))
        problems.push_back(
            fmt::format("{}:{}: moment \"{}\": window {} lies outside the reported months of {}", m.file,
                        m.line, m.quantity, m.window, spec.scenarios[i]));
    }
  }
  if (!problems.empty()) {
    std::string text;
    for (const auto& p : problems) text += p + "\n";
    throw CalibrationError(text);
  }
}

std::vector<Override> MomentEvaluator::overrides(const ParamVector& x) const {
  std::vector<Override> out = spec_->fixed;
  const auto& params = spec_->params;
  std::vector<bool> done(params.size(), false);
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (done[i]) continue;
    if (!params[i].year) {
      out.push_back({params[i].key, exact(x[i])});
      continue;
    }
    // Every estimated point of this path, over the path's other points.
    YearPath path = base_paths_[i];
    for (std::size_t j = i; j < params.size(); ++j) {
      if (params[j].key != params[i].key || !params[j].year) continue;
      done[j] = true;
      auto it = std::find_if(path.points.begin(), path.points.end(),
                             [&](const auto& p) { return p.first == *params[j].year; });
      if (it != path.points.end())
        it->second = x[j];
      else
        path.points.push_back({*params[j].year, x[j]});
    }
    std::sort(path.points.begin(), path.points.end());
    std::string text = "{";
    for (std::size_t k = 0; k < path.points.size(); ++k)
      text += fmt::format("{}{} = {}", k ? ", " : "", path.points[k].first, exact(path.points[k].second));
    out.push_back({params[i].key, text + "}"});
  }
  return out;
}

std::vector<MomentVector> MomentEvaluator::evaluate(const std::vector<ParamVector>& points) const {
  const auto& spec = *spec_;
  const std::size_t scenarios = spec.scenarios.size(), reps = static_cast<std::size_t>(spec.replications);
  const std::size_t scenario_jobs = points.size() * scenarios * reps;
  // Then one steady-economy run per point, path and replication, where a guard reads it.
  const std::size_t paths = steady_paths_.size();
  const std::size_t jobs = scenario_jobs + points.size() * paths * reps;
  // [point][scenario][replication][moment], then [point][steady path][replication][moment]: each job writes
  // its own slot, so the sum below is in a fixed order whatever thread ran what.
  std::vector<std::vector<double>> values(jobs, std::vector<double>(spec.moments.size(), 0.0));
  // The same statistic in a response guard's `compare_to` scenario, where the job runs that one.
  std::vector<std::vector<double>> compared(jobs, std::vector<double>(spec.moments.size(), 0.0));
  tbb::enumerable_thread_specific<ScenarioFileCache> caches;
  std::exception_ptr failure;
  std::mutex failure_mutex;
  tbb::task_arena arena(static_cast<int>(threads_));
  arena.execute([&] {
    tbb::parallel_for(std::size_t{0}, jobs, [&](std::size_t job) {
      try {
        if (job >= scenario_jobs) {
          const std::size_t point = (job - scenario_jobs) / (paths * reps),
                            path = (job - scenario_jobs) / reps % paths, rep = (job - scenario_jobs) % reps;
          const SteadyPath& steady = steady_paths_[path];
          const auto set = overrides(points[point]);
          const Scenario s =
              load_or_throw(spec.scenarios.front(), set, caches.local(), " with the estimates");
          SeriesTable run;
          try {
            run = run_steady_path(steady_economy_params(s, set, steady, spec.first_seed + rep), steady,
                                  steady_months_[path]);
          } catch (const std::runtime_error&) {  // an invariant: no moments here
            for (std::size_t m = 0; m < spec.moments.size(); ++m) values[job][m] = NAN;
            return;
          }
          for (std::size_t m = 0; m < spec.moments.size(); ++m)
            if (spec.moments[m].steady && steady_path_of_[m] == path)
              values[job][m] = evaluate_outcome(spec.moments[m].def, run);
          return;
        }
        const std::size_t point = job / (scenarios * reps), scenario = job / reps % scenarios,
                          rep = job % reps;
        const Scenario s = load_or_throw(spec.scenarios[scenario], overrides(points[point]), caches.local(),
                                         " with the estimates");
        RunResult run;
        try {
          run = simulate(run_input(s, spec.first_seed + rep, 0));
        } catch (const std::runtime_error& e) {  // a numerical guard or an invariant: no moments here
          for (std::size_t m = 0; m < spec.moments.size(); ++m) values[job][m] = compared[job][m] = NAN;
          return;
        } catch (const std::logic_error& e) {  // a model bug: say where, so that it can be rerun
          std::string at;
          for (const auto& o : overrides(points[point])) at += fmt::format(" --set '{}={}'", o.key, o.value);
          throw std::logic_error(fmt::format("{} (scenario {}, seed {}; rerun with{})", e.what(),
                                             spec.scenarios[scenario], spec.first_seed + rep, at));
        }
        for (std::size_t m = 0; m < spec.moments.size(); ++m) {
          if (spec.moments[m].steady) continue;
          if (spec.moments[m].scenario == scenario)
            values[job][m] = evaluate_outcome(spec.moments[m].def, run.series);
          if (spec.moments[m].compare_to == scenario)
            compared[job][m] = evaluate_outcome(spec.moments[m].def, run.series);
        }
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    });
  });
  if (failure) std::rethrow_exception(failure);
  std::vector<MomentVector> out(points.size(), MomentVector(spec.moments.size(), 0.0));
  for (std::size_t p = 0; p < points.size(); ++p)
    for (std::size_t m = 0; m < spec.moments.size(); ++m) {
      const std::size_t scenario = spec.moments[m].scenario;
      double total = 0;
      for (std::size_t r = 0; r < reps; ++r)
        total += spec.moments[m].steady
                     ? values[scenario_jobs + (p * steady_paths_.size() + steady_path_of_[m]) * reps + r][m]
                     : values[(p * scenarios + scenario) * reps + r][m];
      // A response: less the compared scenario's value, replication by replication (the same seeds).
      if (const auto other = spec.moments[m].compare_to)
        for (std::size_t r = 0; r < reps; ++r) total -= compared[(p * scenarios + *other) * reps + r][m];
      out[p][m] = total / static_cast<double>(reps);
    }
  return out;
}

double MomentEvaluator::loss(const MomentVector& model) const {
  double total = 0;
  for (std::size_t m = 0; m < model.size(); ++m) {
    if (std::isnan(model[m])) return kFailedLoss;
    const double z = spec_->moments[m].weighted_miss(model[m]);
    total += z * z;
  }
  return total;
}

}  // namespace sancsim
