// Binding sweeps to scenarios: key checks, the per-worker model, the sweep's identity.
#include "sancsim/sweep/scenario_sweep.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>

#include "sancsim/scenario/outcomes.hpp"
#include "sancsim/scenario/scenario.hpp"

namespace sancsim {
namespace {

// The axis key that varies the base scenario file instead of a parameter.
constexpr const char* kScenarioKey = "scenario";

std::string unquoted(const std::string& toml) {
  return toml.size() >= 2 && toml.front() == '\'' && toml.back() == '\'' ? toml.substr(1, toml.size() - 2)
                                                                         : toml;
}

// One world per worker. Consecutive runs of a point (replications) reuse its loaded scenario, and
// every point's load reuses the files the worker has read before.
class ScenarioModel final : public RunModel {
 public:
  ScenarioModel(std::string base, std::vector<std::string> keys, std::vector<OutcomeDef> outcomes)
      : base_(std::move(base)), keys_(std::move(keys)), outcomes_(std::move(outcomes)) {}

  RunResult run(std::uint64_t point, const std::vector<AxisValue>& values, std::uint64_t seed,
                std::uint32_t replication) override {
    return result_or_rethrow(try_run(point, values, seed, replication));
  }

  // A run that stops part-way keeps the months it completed (try_run_scenario); a point whose scenario
  // does not load fails before its first month.
  RunAttempt try_run(std::uint64_t point, const std::vector<AxisValue>& values, std::uint64_t seed,
                     std::uint32_t replication) override {
    try {
      load(point, values);
    } catch (...) {
      return RunAttempt{.result = {}, .failure = current_failure(YearMonth{})};
    }
    return try_run_scenario(*scenario_, seed, replication);
  }

 private:
  // Loads the point's scenario unless it is the last point's; throws the load's diagnostics.
  void load(std::uint64_t point, const std::vector<AxisValue>& values) {
    if (point != point_) {
      point_ = point;
      std::vector<Override> overrides;
      std::string base = base_;
      for (std::size_t k = 0; k < keys_.size(); ++k) {
        if (keys_[k] == kScenarioKey)
          base = unquoted(values[k].toml);
        else
          overrides.push_back({keys_[k], values[k].toml});
      }
      auto loaded = load_scenario(base, overrides, files_);
      if (auto* d = std::get_if<Diagnostics>(&loaded)) {
        scenario_.reset();
        error_ = d->str();
        while (!error_.empty() && error_.back() == '\n') error_.pop_back();
      } else {
        scenario_ = std::move(std::get<Scenario>(loaded));
        // The sweep's own outcomes after the scenario's (checked once against the base scenario).
        scenario_->outcomes.insert(scenario_->outcomes.end(), outcomes_.begin(), outcomes_.end());
      }
    }
    if (!scenario_) throw std::runtime_error(error_);
  }

  std::string base_;
  std::vector<std::string> keys_;
  std::vector<OutcomeDef> outcomes_;
  std::uint64_t point_ = ~std::uint64_t{0};
  std::optional<Scenario> scenario_;
  std::string error_;
  ScenarioFileCache files_;
};

// Every value of a csv design's column within the parameter's bounds: the column's smallest and
// largest numbers are checked, each reported at its cell of the points file.
void check_csv_column(const SweepSpec& spec, std::size_t axis, const ParamSpec& p, Diagnostics& out) {
  const SweepAxis& a = spec.axes[axis];
  auto report = [&](double value, int line, int column) {
    out.add({spec.points_file, line, column, a.key,
             fmt::format("a value within the parameter's bounds [{}, {}], got {}", p.min, p.max, value)});
  };
  if (a.lo_line > 0 && a.lo < p.min) report(a.lo, a.lo_line, a.lo_column);
  if (a.hi_line > 0 && a.hi > p.max) report(a.hi, a.hi_line, a.hi_column);
}

void check_axes(SweepSpec& spec, const Scenario& base, Diagnostics& out, std::string& scenario_hashes) {
  Params copy = base.params;
  const ParamTable table = describe(copy);
  for (auto& a : spec.axes) {
    auto at = [&](std::string message) { out.add({spec.file, a.line, a.column, a.key, std::move(message)}); };
    if (a.key == kScenarioKey) {
      for (const auto& v : a.values) {
        auto loaded = load_scenario(unquoted(v));
        if (auto* d = std::get_if<Diagnostics>(&loaded))
          for (const auto& x : d->items()) out.add(x);
        else
          scenario_hashes += "|" + std::get<Scenario>(loaded).hash;
      }
      continue;
    }
    const ParamSpec* p = table.find(a.key);
    if (!p) {
      // Not a parameter: a settable scenario scalar (e.g. `end`) if the loader accepts it.
      const auto probe = axis_value(a, 0.5);
      auto loaded = load_scenario(spec.base_scenario, {{a.key, probe.toml}});
      if (auto* d = std::get_if<Diagnostics>(&loaded))
        at("a parameter key (`sancsim params` lists them); setting it fails: " +
           (d->items().empty() ? std::string() : d->items().front().message));
      continue;
    }
    if (p->kind == ParamSpec::Kind::Integer) a.integer = true;
    const bool numeric = p->kind == ParamSpec::Kind::Real || p->kind == ParamSpec::Kind::Integer;
    if (a.values.empty() && !numeric) {
      at("a `values` list: this parameter is not a number");
      continue;
    }
    if (spec.design == DesignKind::Csv) {
      check_csv_column(spec, static_cast<std::size_t>(&a - spec.axes.data()), *p, out);
      continue;
    }
    if (a.values.empty() && (a.lo < p->min || a.hi > p->max))
      at(fmt::format("a range within the parameter's bounds [{}, {}]", p->min, p->max));
    if (a.values.empty() && a.integer && std::ceil(a.lo) > std::floor(a.hi))
      at(fmt::format("a range holding an integer: the parameter is an integer and [{}, {}] holds none", a.lo,
                     a.hi));
  }
}

// A design of at most kMaxRuns runs: the runs' ids are SQLite integers and resume keeps one bit per
// run in memory.
constexpr std::uint64_t kMaxRuns = 1'000'000'000'000;

// The design, or why it is too large, reported at the [design] table.
std::optional<Design> sized_design(SweepSpec spec, Diagnostics& out) {
  const std::string file = spec.file;
  const int line = spec.design_line, column = spec.design_column;
  const auto too_large = [&] {
    out.add(
        {file, line, column, "design",
         fmt::format("a design of at most {} runs (points x replications); this one has more", kMaxRuns)});
  };
  try {
    Design design(std::move(spec));
    const std::uint64_t reps = design.spec().replications;
    if (design.points() > kMaxRuns / std::max<std::uint64_t>(reps, 1)) {
      too_large();
      return std::nullopt;
    }
    return design;
  } catch (const std::length_error&) {
    too_large();
    return std::nullopt;
  }
}

}  // namespace

std::string default_sweep_out(const std::string& sweep_file) {
  return (std::filesystem::path("out") / "sweeps" / std::filesystem::path(sweep_file).stem()).string();
}

std::variant<PreparedSweep, Diagnostics> prepare_sweep(const std::string& sweep_file) {
  auto loaded = load_sweep(sweep_file);
  if (auto* d = std::get_if<Diagnostics>(&loaded)) return std::move(*d);
  auto spec = std::get<SweepSpec>(std::move(loaded));
  auto base = load_scenario(spec.base_scenario);
  if (auto* d = std::get_if<Diagnostics>(&base)) return std::move(*d);
  const auto& scenario = std::get<Scenario>(base);
  Diagnostics problems;
  std::string extra = "scenario:" + scenario.hash;
  check_axes(spec, scenario, problems, extra);
  if (!spec.outcomes.empty()) {
    // Checked with the scenario's own outcomes, so that a name declared in both is caught.
    std::vector<DeclaredOutcome> all;
    for (const auto& o : scenario.outcomes) all.push_back({o, scenario.file, 0, 0});
    const std::size_t own = all.size();
    all.insert(all.end(), spec.outcomes.begin(), spec.outcomes.end());
    Diagnostics found;
    check_outcomes(all, scenario, run_columns(scenario), found);
    for (const auto& d : found.items())
      if (d.file == spec.file || own == 0) problems.add(d);
  }
  if (!problems.empty()) return problems;

  for (const auto& a : spec.axes) extra += fmt::format("|{}:{}", a.key, a.integer);
  if (spec.design == DesignKind::Csv) extra += fmt::format("|csv:{:016x}", spec.csv_points.values_digest);
  std::vector<std::string> keys;
  for (const auto& a : spec.axes) keys.push_back(a.key);
  std::string base_path = spec.base_scenario;
  std::vector<OutcomeDef> outcomes;
  for (const auto& o : spec.outcomes) outcomes.push_back(o.def);
  auto design = sized_design(std::move(spec), problems);
  if (!design) return problems;
  for (const auto& c : design->spec().compares) {
    try {
      compare_points(*design, c);
    } catch (const std::invalid_argument& e) {
      problems.add({design->spec().file, c.line, c.column, "compare." + c.name, e.what()});
    }
  }
  if (!problems.empty()) return problems;
  PreparedSweep out{std::move(*design), "", nullptr};
  out.hash = sweep_hash(out.design.spec(), extra);
  out.factory = [base_path, keys, outcomes] {
    return std::make_unique<ScenarioModel>(base_path, keys, outcomes);
  };
  return out;
}

}  // namespace sancsim
