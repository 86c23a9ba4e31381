// `sancsim discover DIR --outcome NAME (--below X | --above X)`: PRIM scenario discovery over a
// finished sweep: the parameter ranges under which the outcome falls below (or rises above) X.
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "commands.hpp"
#include "sancsim/output/atomic_file.hpp"
#include "sancsim/sweep/discover.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim::cli {
namespace {

struct DiscoverArgs {
  std::string dir;
  DiscoverOptions options;
  std::optional<double> below, above;
  bool save = false;
};

int discover(DiscoverArgs a) {
  if (a.below.has_value() == a.above.has_value()) {
    std::cerr << "sancsim: discover: give exactly one of --below X or --above X\n";
    return kExitBadInput;
  }
  a.options.below = a.below.has_value();
  a.options.threshold = a.below ? *a.below : *a.above;
  if (a.save) a.options.save_json = std::filesystem::path(a.dir) / ("prim_" + a.options.outcome + ".json");
  try {
    discover_sweep(a.dir, a.options, std::cout);
    return kExitOk;
  } catch (const SweepError& e) {
    std::cerr << "sancsim: " << e.what() << '\n';
    return kExitBadInput;
  } catch (const OutputError& e) {
    std::cerr << "sancsim: " << e.what() << '\n';
    return kExitFailure;
  }
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto a = std::make_shared<DiscoverArgs>();
  sub.add_option("dir", a->dir, "Output directory of a finished sweep")->required();
  sub.add_option("--outcome", a->options.outcome, "Outcome or metric (a name in the sweep's summary.csv)")
      ->required();
  sub.add_option("--below", a->below, "Cases of interest: runs whose outcome is below this");
  sub.add_option("--above", a->above, "Cases of interest: runs whose outcome is above this");
  sub.add_option("--alpha", a->options.prim.alpha, "Share of the box's runs peeled per step")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 0.5));
  sub.add_option("--min-mass", a->options.prim.min_mass, "Stop peeling below this share of all runs")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  sub.add_option("--threshold", a->options.prim.threshold,
                 "Chosen box: the largest coverage among boxes at least this dense")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  sub.add_flag("--save", a->save,
               "Also write the chosen box to DIR/prim_<outcome>.json, which `sancsim report DIR` draws");
  add_input_limit_option(sub);
  return [a] { return discover(*a); };
}

const CommandRegistration registration{
    "discover", "Scenario discovery (PRIM): parameter ranges under which an outcome is below/above X", setup};

}  // namespace
}  // namespace sancsim::cli
