// `sancsim report DIR... [--out FILE.html] [--title TEXT] [--calibration FILE.json]
// [--outcome NAME]...`: one self-contained offline HTML page with charts of runs, sweeps and
// calibrations.
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "sancsim/output/atomic_file.hpp"
#include "sancsim/report/report.hpp"

namespace sancsim::cli {
namespace {
namespace fs = std::filesystem;

struct ReportArgs {
  std::vector<std::string> dirs;
  std::string out = "out/report.html";
  std::vector<std::string> calibrations;
  report::ReportOptions options;
};

int make_report(const ReportArgs& a) {
  try {
    const auto inputs = report::read_report_inputs({a.dirs.begin(), a.dirs.end()},
                                                   {a.calibrations.begin(), a.calibrations.end()});
    report::write_report(report::report_html(inputs, a.options), a.out);
    std::cout << fmt::format(
        "wrote {} ({} run{}, {} sweep{}, {} calibration table{}, {} calibration run{})\n",
        fs::absolute(a.out).lexically_normal().string(), inputs.runs.size(),
        inputs.runs.size() == 1 ? "" : "s", inputs.sweeps.size(), inputs.sweeps.size() == 1 ? "" : "s",
        inputs.calibrations.size(), inputs.calibrations.size() == 1 ? "" : "s", inputs.calibrates.size(),
        inputs.calibrates.size() == 1 ? "" : "s");
    return kExitOk;
  } catch (const report::ReportError& e) {
    std::cerr << "sancsim: report: " << e.what() << '\n';
    return kExitBadInput;
  } catch (const OutputError& e) {
    std::cerr << "sancsim: report: " << e.what() << '\n';
    return kExitFailure;
  }
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto a = std::make_shared<ReportArgs>();
  sub.add_option("dirs", a->dirs,
                 "Run directories (sancsim run), sweep directories (sancsim sweep) and calibration runs "
                 "(sancsim calibrate --out DIR)")
      ->required();
  sub.add_option("--out", a->out, "The HTML file to write")->capture_default_str();
  sub.add_option("--title", a->options.title, "The report's title")->capture_default_str();
  sub.add_option("--calibration", a->calibrations,
                 "A calibration table to show (sancsim calibration --json FILE), repeatable");
  sub.add_option(
      "--outcome", a->options.outcomes,
      "A sweep metric or outcome to plot against the parameters, repeatable (default: the headline "
      "metrics)");
  add_input_limit_option(sub);
  return [a] { return make_report(*a); };
}

const CommandRegistration registration{
    "report", "Write one self-contained offline HTML report with charts of runs, sweeps and calibration",
    setup};

}  // namespace
}  // namespace sancsim::cli
