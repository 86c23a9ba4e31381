// `sancsim calibration SCENARIO [--targets FILE] [--seeds N] [--set k=v]...`: runs the scenario
// with seeds 1..N and prints, as a Markdown table, each calibration target's model value (mean
// over seeds, and the seeds' range) beside the public figure and the accepted band. Exits 1 when
// a target falls outside its band, or a known miss outside its guard.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "sancsim/output/atomic_file.hpp"
#include "sancsim/output/build_info.hpp"
#include "sancsim/scenario/calibration.hpp"
#include "scenario_loading.hpp"

namespace sancsim::cli {
namespace {

struct Options {
  std::string scenario;
  std::string targets;  // default: data/calibration_targets.toml beside the scenario
  int seeds = 3;
  std::vector<std::string> sets;
  std::string json_out;  // also write the table as JSON here (for `sancsim report --calibration`)
};

std::string verdict(const CalibrationCheck& c) {
  return c.ok          ? (c.counts() ? "ok" : "ok (listed as a known miss)")
         : c.counts()  ? "missed"
         : c.guarded() ? "known miss"
                       : "known miss, outside its guard";
}

// Three significant figures, without exponents: 9150, 34.7, 0.175.
std::string figure(double x) {
  if (std::isnan(x)) return "n/a";
  const double a = std::fabs(x);
  return fmt::format("{:.{}f}", x, a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
}

// The table as JSON: what was run, then every target with the model's value and the verdict.
nlohmann::ordered_json calibration_json(const Options& o, const std::string& targets_file,
                                        const std::vector<CalibrationCheck>& checks) {
  const auto number = [](double x) {
    return std::isfinite(x) ? nlohmann::ordered_json(x) : nlohmann::ordered_json();
  };
  nlohmann::ordered_json j;
  j["sancsim_version"] = std::string(sancsim_version());
  j["git_commit"] = std::string(sancsim_git_commit());
  j["scenario"] = o.scenario;
  j["targets_file"] = targets_file;
  j["seeds"] = o.seeds;
  j["overrides"] = o.sets;
  nlohmann::ordered_json targets = nlohmann::ordered_json::array();
  for (const auto& c : checks) {
    const auto& t = *c.target;
    targets.push_back({{"quantity", t.quantity},
                       {"series", t.series},
                       {"window", t.window()},
                       {"statistic", outcome_stat_name(t.stat)},
                       {"economy", t.economy},
                       {"data", t.data},
                       {"low", t.low},
                       {"high", t.high},
                       {"model", number(c.model)},
                       {"seed_min", number(c.seed_min)},
                       {"seed_max", number(c.seed_max)},
                       {"ok", c.ok},
                       {"verdict", verdict(c)},
                       {"known_miss", t.known_miss},
                       {"guard_low", number(t.guard_low)},
                       {"guard_high", number(t.guard_high)},
                       {"source", t.source}});
  }
  j["targets"] = std::move(targets);
  return j;
}

int calibration(const Options& o) {
  const auto overrides = parse_overrides_or_report(o.sets, std::cerr);
  if (!overrides) return kExitBadInput;
  const auto scenario = load_or_report(o.scenario, *overrides, std::cerr);
  if (!scenario) return kExitBadInput;
  const std::string targets_file =
      o.targets.empty()
          ? (std::filesystem::path(o.scenario).parent_path() / "data" / "calibration_targets.toml").string()
          : o.targets;
  auto loaded = load_calibration_targets(targets_file);
  if (auto* d = std::get_if<Diagnostics>(&loaded)) {
    std::cerr << d->str();
    return kExitBadInput;
  }
  const auto& targets = std::get<CalibrationTargets>(loaded);
  Diagnostics problems;
  const auto checks = check_calibration(*scenario, targets, o.seeds, problems);
  if (!problems.empty()) {
    std::cerr << problems.str();
    return kExitBadInput;
  }
  std::cout << fmt::format("Calibration of {} against {}, seeds 1-{} (model: mean over seeds).\n\n",
                           o.scenario, targets_file, o.seeds);
  std::cout << "| Quantity | Window | Model | Seeds | Data | Band | Fit |\n|---|---|---|---|---|---|---|\n";
  std::size_t missed = 0, within = 0, known = 0;
  for (const auto& c : checks) {
    const auto& t = *c.target;
    missed += c.acceptable() ? 0 : 1;
    within += c.ok ? 1 : 0;
    known += c.counts() ? 0 : 1;
    std::cout << fmt::format("| {} | {} | {} | {} to {} | {} | {} to {} | {} |\n", t.quantity, t.window(),
                             figure(c.model), figure(c.seed_min), figure(c.seed_max), t.data, figure(t.low),
                             figure(t.high), c.ok ? verdict(c) : "**" + verdict(c) + "**");
  }
  std::cout << fmt::format("\n{} of {} targets within their bands; {} listed as known misses", within,
                           checks.size(), known);
  const auto other_model =
      std::count_if(targets.targets.begin(), targets.targets.end(),
                    [&](const CalibrationTarget& t) { return !t.applies_to(*scenario); });
  if (other_model > 0)
    std::cout << fmt::format("; {} target{} of the other economy model not checked (economy.model = \"{}\")",
                             other_model, other_model == 1 ? "" : "s", scenario->params.state.agents.model);
  for (const auto& c : checks)
    if (!c.counts())
      std::cout << fmt::format("\n- {}, {}: {}", c.target->quantity, c.target->window(),
                               c.target->known_miss);
  std::cout << '\n';
  if (!o.json_out.empty()) {
    try {
      write_file_atomically(o.json_out, [&](std::ostream& out) {
        out << calibration_json(o, targets_file, checks).dump(2) << '\n';
      });
    } catch (const OutputError& e) {
      std::cerr << "sancsim: " << e.what() << '\n';
      return kExitFailure;
    }
    std::cout << "wrote " << o.json_out << '\n';
  }
  return missed == 0 ? kExitOk : kExitFailure;
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto o = std::make_shared<Options>();
  sub.add_option("scenario", o->scenario, "Scenario file (TOML), e.g. scenarios/history.toml")->required();
  sub.add_option("--targets", o->targets,
                 "Calibration targets (TOML); default: data/calibration_targets.toml beside the scenario");
  sub.add_option("--seeds", o->seeds, "Runs with seeds 1..N (default 3)")->check(CLI::Range(1, 1000));
  sub.add_option("--set", o->sets, "Override a parameter: key.path=value (TOML value)");
  sub.add_option("--json", o->json_out,
                 "Also write the table as JSON to this file (for `sancsim report --calibration FILE`)");
  add_input_limit_option(sub);
  return [o] { return calibration(*o); };
}

const CommandRegistration registration{
    "calibration", "Compare a scenario's runs with the calibration targets (public data)", setup};

}  // namespace
}  // namespace sancsim::cli
