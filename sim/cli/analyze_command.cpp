// `sancsim analyze DIR`: Sobol' or Morris sensitivity indices of a sweep, as CSV in DIR.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "sancsim/sweep/analyze.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim::cli {
namespace {

struct AnalyzeArgs {
  std::string dir;
  AnalyzeOptions options;
};

int analyze(const AnalyzeArgs& a) {
  try {
    for (const auto& file : analyze_sweep(a.dir, a.options)) std::cout << file.string() << '\n';
    return kExitOk;
  } catch (const SweepError& e) {
    std::cerr << "sancsim: " << e.what() << '\n';
    return kExitBadInput;
  }
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto a = std::make_shared<AnalyzeArgs>();
  sub.add_option("dir", a->dir, "Output directory of a sobol or morris sweep")->required();
  sub.add_option("--bootstrap", a->options.bootstrap, "Bootstrap resamples for Sobol' intervals")
      ->check(CLI::Range(10u, 100000u));
  sub.add_option("--confidence", a->options.confidence, "Confidence level of the intervals")
      ->check(CLI::Range(0.5, 0.999));
  add_input_limit_option(sub);
  return [a] { return analyze(*a); };
}

const CommandRegistration registration{"analyze", "Sensitivity indices (Sobol', Morris) of a finished sweep",
                                       setup};

}  // namespace
}  // namespace sancsim::cli
