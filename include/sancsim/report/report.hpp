#pragma once
// `sancsim report`: one self-contained HTML file (every script, style and number inlined; no
// network) with Vega-Lite charts of run directories, sweep directories and calibration tables.
// The same inputs give the same bytes: the page holds no time of its own making.
#include <filesystem>
#include <string>
#include <vector>

#include "sancsim/report/inputs.hpp"

namespace sancsim::report {

struct ReportInputs {
  std::vector<RunInput> runs;
  std::vector<SweepInput> sweeps;
  std::vector<CalibrationInput> calibrations;
  std::vector<CalibrateInput> calibrates;
};

struct ReportOptions {
  std::string title = "sancsim report";
  std::vector<std::string> outcomes;  // sweep outcomes to plot; empty: default_sweep_outcomes
};

// Reads each directory as a run, a sweep or a calibration run (by what it holds) and each
// calibration table; throws ReportError naming a directory that is none of them, or the first bad
// file.
ReportInputs read_report_inputs(const std::vector<std::filesystem::path>& dirs,
                                const std::vector<std::filesystem::path>& calibration_files);

// The whole HTML page.
std::string report_html(const ReportInputs& inputs, const ReportOptions& options);

// Writes `html` to `file` atomically (a killed process leaves the previous file or none).
void write_report(const std::string& html, const std::filesystem::path& file);

}  // namespace sancsim::report
