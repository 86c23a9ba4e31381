// `sancsim analyze DIR [--outcome NAME] [--out DIR2]`: Sobol' (first, total and, on request,
// second order) or Morris sensitivity indices of a sweep, printed as ranked tables with intervals
// and written as CSV to DIR (or DIR2; the sweep's database is only read).
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "sancsim/sweep/analyze.hpp"
#include "sancsim/sweep/runner.hpp"

namespace sancsim::cli {
namespace {

struct AnalyzeArgs {
  std::string dir;
  AnalyzeOptions options;
};

int analyze(AnalyzeArgs a) {
  try {
    a.options.report = &std::cout;
    for (const auto& file : analyze_sweep(a.dir, a.options)) std::cout << "wrote " << file.string() << '\n';
    return kExitOk;
  } catch (const SweepError& e) {
    std::cerr << "sancsim: " << e.what() << '\n';
    return kExitBadInput;
  }
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto a = std::make_shared<AnalyzeArgs>();
  sub.add_option("dir", a->dir,
                 "Output directory of a sobol or morris sweep (second-order Sobol' indices too when its "
                 "[design] has second_order = true)")
      ->required();
  sub.add_option(
      "--outcome", a->options.outcome,
      "Analyze only this outcome or metric (a name in the sweep's summary.csv; default: every one)");
  sub.add_option("--bootstrap", a->options.bootstrap,
                 "Bootstrap resamples for the intervals (Sobol': base samples; Morris: trajectories)")
      ->capture_default_str()
      ->check(CLI::Range(10u, 100000u));
  // CLI::Range lets NaN through (every comparison with it is false), so the check is written out.
  sub.add_option("--confidence", a->options.confidence, "Confidence level of the intervals, in (0, 1)")
      ->capture_default_str()
      ->check(CLI::Validator(
          [](std::string& text) {
            double x = 0;
            try {
              x = std::stod(text);
            } catch (const std::exception&) {
              return std::string("expected a number in (0, 1), got ") + text;
            }
            return x > 0 && x < 1 ? std::string() : "expected a number in (0, 1), got " + text;
          },
          "in (0, 1)"));
  sub.add_option("--out", a->options.write_to,
                 "Directory for the indices (default: the sweep's own; the sweep is only read)");
  add_input_limit_option(sub);
  return [a] { return analyze(*a); };
}

const CommandRegistration registration{"analyze", "Sensitivity indices (Sobol', Morris) of a finished sweep",
                                       setup};

}  // namespace
}  // namespace sancsim::cli
