#pragma once
// What `sancsim calibrate` writes into DIR: estimates.csv, moments.csv, jacobian.csv,
// identification.csv, profile.csv and calibration.json (all of it, with a manifest).
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sancsim/calibrate/calibration_run.hpp"

namespace sancsim {

// Writes every result file atomically into `dir`; `manifest` goes into calibration.json as is.
void write_calibration_outputs(const std::filesystem::path& dir, const MomentEvaluator& evaluator,
                               const CalibrationResult& result, const nlohmann::ordered_json& manifest);

// The `--set key=value` texts of the estimates (what to put into the defaults).
std::vector<std::string> estimate_set_lines(const MomentEvaluator& evaluator, const ParamVector& x);

}  // namespace sancsim
