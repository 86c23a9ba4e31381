// Reading a calibration run's directory (`sancsim calibrate --out DIR`) for the report.
#include <fmt/format.h>

#include "sancsim/report/inputs.hpp"

namespace sancsim::report {
namespace fs = std::filesystem;
namespace {

void require(bool ok, const fs::path& file, const std::string& key, const char* expected) {
  if (!ok) throw ReportError(fmt::format("{}: key `{}`: expected {}", file.string(), key, expected));
}

bool number_or_null(const nlohmann::ordered_json& j, const char* key) {
  return j.contains(key) && (j[key].is_number() || j[key].is_null());
}

}  // namespace

bool is_calibrate_dir(const fs::path& dir) {
  return fs::is_regular_file(dir / "calibration.json") && fs::is_regular_file(dir / "estimates.csv");
}

CalibrateInput read_calibrate_dir(const fs::path& dir) {
  const fs::path file = dir / "calibration.json";
  CalibrateInput c{.dir = dir,
                   .label = fs::absolute(dir).lexically_normal().filename().string(),
                   .result = read_json_file(file)};
  if (c.label.empty()) c.label = fs::absolute(dir).lexically_normal().parent_path().filename().string();
  const auto& r = c.result;
  require(r.is_object() && r.contains("parameters") && r["parameters"].is_array(), file, "parameters",
          "an array (the calibration.json of `sancsim calibrate`)");
  require(r.contains("moments") && r["moments"].is_array(), file, "moments", "an array");
  require(r.contains("manifest") && r["manifest"].is_object(), file, "manifest", "an object");
  for (const auto& p : r["parameters"]) {
    require(p.contains("parameter") && p["parameter"].is_string(), file, "parameters[].parameter", "a text");
    for (const char* key : {"low", "high", "estimate"})
      require(p.contains(key) && p[key].is_number(), file, std::string("parameters[].") + key, "a number");
    for (const char* key : {"default", "standard_error"})
      require(number_or_null(p, key), file, std::string("parameters[].") + key, "a number or null");
  }
  for (const auto& m : r["moments"]) {
    for (const char* key : {"quantity", "window"})
      require(m.contains(key) && m[key].is_string(), file, std::string("moments[].") + key, "a text");
    for (const char* key : {"data", "scale"})
      require(m.contains(key) && m[key].is_number(), file, std::string("moments[].") + key, "a number");
    for (const char* key : {"model_start", "model"})
      require(number_or_null(m, key), file, std::string("moments[].") + key, "a number or null");
  }
  return c;
}

}  // namespace sancsim::report
