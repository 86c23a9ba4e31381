// Reading a report's inputs and writing its file.
#include "sancsim/report/report.hpp"

#include <fmt/format.h>

#include "sancsim/output/atomic_file.hpp"

namespace sancsim::report {
namespace fs = std::filesystem;

ReportInputs read_report_inputs(const std::vector<fs::path>& dirs,
                                const std::vector<fs::path>& calibration_files) {
  ReportInputs inputs;
  for (const auto& dir : dirs) {
    if (!fs::is_directory(dir))
      throw ReportError(
          fmt::format("{}: not a directory (expected a run directory of `sancsim run` or a sweep "
                      "directory of `sancsim sweep`)",
                      dir.string()));
    if (is_sweep_dir(dir))
      inputs.sweeps.push_back(read_sweep_dir(dir));
    else if (is_run_dir(dir))
      inputs.runs.push_back(read_run_dir(dir));
    else if (is_calibrate_dir(dir))
      inputs.calibrates.push_back(read_calibrate_dir(dir));
    else
      throw ReportError(
          fmt::format("{}: neither a run directory (manifest.json, series.csv, summary.json) nor a "
                      "sweep directory (results.sqlite) nor a calibration run's directory "
                      "(calibration.json, estimates.csv)",
                      dir.string()));
  }
  for (const auto& file : calibration_files) inputs.calibrations.push_back(read_calibration_json(file));
  return inputs;
}

void write_report(const std::string& html, const fs::path& file) {
  if (file.has_parent_path()) fs::create_directories(file.parent_path());
  write_file_atomically(
      file, [&](std::ostream& out) { out.write(html.data(), static_cast<std::streamsize>(html.size())); });
}

}  // namespace sancsim::report
