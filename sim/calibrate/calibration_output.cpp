// The result files of `sancsim calibrate` (calibration_output.hpp).
#include "sancsim/calibrate/calibration_output.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "sancsim/output/atomic_file.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;

// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string csv(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string num(double v) { return std::isnan(v) ? "" : fmt::format("{}", v); }

nlohmann::ordered_json json_num(double v) {
  return std::isfinite(v) ? nlohmann::ordered_json(v) : nlohmann::ordered_json(nullptr);
}

bool at_bound(const EstimatedParam& p, double x) {
  const double tolerance = 1e-6 * (p.high - p.low);
  return x - p.low < tolerance || p.high - x < tolerance;
}

// The moments that pin parameter j: indices by falling information share.
std::vector<std::size_t> pinning(const CalibrationResult& r, std::size_t j) {
  std::vector<std::size_t> order(r.information.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return r.information[a][j] > r.information[b][j]; });
  return order;
}

void estimates_csv(std::ostream& out, const MomentEvaluator& e, const CalibrationResult& r) {
  out << "parameter,low,high,default,start,estimate,standard_error,at_bound\n";
  const auto& params = e.spec().params;
  for (std::size_t j = 0; j < params.size(); ++j)
    out << fmt::format("{},{},{},{},{},{},{},{}\n", csv(params[j].label()), num(params[j].low),
                       num(params[j].high), num(e.defaults()[j]), num(r.start[j]), num(r.estimate[j]),
                       num(r.standard_error[j]), at_bound(params[j], r.estimate[j]) ? "true" : "false");
}

void moments_csv(std::ostream& out, const MomentEvaluator& e, const CalibrationResult& r) {
  out << "quantity,scenario,series,window,statistic,data_as_published,data,scale,band_low,band_high,model_"
         "start,"
         "model,weighted_miss,in_band,known_miss,source,guard\n";
  const auto& spec = e.spec();
  for (std::size_t i = 0; i < spec.moments.size(); ++i) {
    const auto& m = spec.moments[i];
    const double z = m.weighted_miss(r.model[i]);
    out << fmt::format(
        "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv(m.quantity),
        csv(m.steady ? std::string("steady economy")
                     : fs::path(spec.scenarios[m.scenario]).filename().string() +
                           (m.compare_to ? " - " + fs::path(spec.scenarios[*m.compare_to]).filename().string()
                                         : std::string())),
        m.def.series, m.window, outcome_stat_name(m.def.stat), csv(m.data_text), num(m.data), num(m.scale),
        num(m.band_low), num(m.band_high), num(r.model_start[i]), num(r.model[i]), num(z),
        r.model[i] >= m.band_low && r.model[i] <= m.band_high ? "true" : "false",
        m.known_miss ? "true" : "false", csv(m.source), m.guard ? "true" : "false");
  }
}

void jacobian_csv(std::ostream& out, const MomentEvaluator& e, const CalibrationResult& r) {
  const auto& spec = e.spec();
  out << "moment";
  for (const auto& p : spec.params) out << ',' << csv(p.label());
  out << '\n';
  for (std::size_t i = 0; i < spec.moments.size(); ++i) {
    out << csv(spec.moments[i].quantity + " " + spec.moments[i].window);
    for (std::size_t j = 0; j < spec.params.size(); ++j) out << ',' << num(r.jacobian[i][j]);
    out << '\n';
  }
}

void identification_csv(std::ostream& out, const MomentEvaluator& e, const CalibrationResult& r) {
  const auto& spec = e.spec();
  out << "parameter,rank,moment,window,information_share,jacobian,z_per_step\n";
  for (std::size_t j = 0; j < spec.params.size(); ++j) {
    int rank = 0;
    for (const std::size_t i : pinning(r, j)) {
      const auto& m = spec.moments[i];
      out << fmt::format("{},{},{},{},{},{},{}\n", csv(spec.params[j].label()), ++rank, csv(m.quantity),
                         m.window, num(r.information[i][j]), num(r.jacobian[i][j]),
                         num(r.jacobian[i][j] * r.step[j] / m.scale));
    }
  }
}

void profile_csv(std::ostream& out, const MomentEvaluator& e, const CalibrationResult& r) {
  out << "parameter,value,estimate,loss\n";
  for (std::size_t j = 0; j < r.profile.size(); ++j)
    for (const auto& p : r.profile[j])
      out << fmt::format("{},{},{},{}\n", csv(e.spec().params[j].label()), num(p.value), num(r.estimate[j]),
                         num(p.loss));
}

nlohmann::ordered_json result_json(const MomentEvaluator& e, const CalibrationResult& r,
                                   const nlohmann::ordered_json& manifest) {
  const auto& spec = e.spec();
  nlohmann::ordered_json j;
  j["manifest"] = manifest;
  j["loss_start"] = json_num(r.loss_start);
  j["loss_after_global"] = json_num(r.loss_global);
  j["loss"] = json_num(r.loss);
  j["lowest_loss_seen"] = json_num(r.best_loss_seen);
  j["evaluations"] = r.evaluations;
  j["replayed_from_log"] = r.replayed;
  j["replications"] = spec.replications;
  j["condition_number"] = json_num(r.condition_number);
  auto& params = j["parameters"] = nlohmann::ordered_json::array();
  for (std::size_t p = 0; p < spec.params.size(); ++p) {
    nlohmann::ordered_json x;
    x["parameter"] = spec.params[p].label();
    x["low"] = spec.params[p].low;
    x["high"] = spec.params[p].high;
    x["default"] = json_num(e.defaults()[p]);
    x["start"] = r.start[p];
    x["estimate"] = r.estimate[p];
    x["standard_error"] = json_num(r.standard_error[p]);
    x["identified"] = !std::isnan(r.standard_error[p]);
    x["at_bound"] = at_bound(spec.params[p], r.estimate[p]);
    auto& pins = x["pinned_by"] = nlohmann::ordered_json::array();
    for (const std::size_t i : pinning(r, p)) {
      if (pins.size() == 3 || r.information[i][p] <= 0) break;
      pins.push_back({{"moment", spec.moments[i].quantity + " " + spec.moments[i].window},
                      {"information_share", r.information[i][p]}});
    }
    auto& prof = x["profile"] = nlohmann::ordered_json::array();
    if (p < r.profile.size())
      for (const auto& q : r.profile[p]) prof.push_back({{"value", q.value}, {"loss", json_num(q.loss)}});
    params.push_back(x);
  }
  auto& moments = j["moments"] = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < spec.moments.size(); ++i) {
    const auto& m = spec.moments[i];
    moments.push_back({{"quantity", m.quantity},
                       {"series", m.def.series},
                       {"window", m.window},
                       {"data", m.data},
                       {"scale", m.scale},
                       {"band", {m.band_low, m.band_high}},
                       {"model_start", json_num(r.model_start[i])},
                       {"model", json_num(r.model[i])},
                       {"weighted_miss", json_num(m.weighted_miss(r.model[i]))},
                       {"known_miss", m.known_miss},
                       {"guard", m.guard},
                       {"source", m.source}});
  }
  j["set"] = estimate_set_lines(e, r.estimate);
  return j;
}

}  // namespace

std::vector<std::string> estimate_set_lines(const MomentEvaluator& evaluator, const ParamVector& x) {
  std::vector<std::string> out;
  const auto all = evaluator.overrides(x);
  // The file's fixed overrides come first; the estimates follow.
  for (std::size_t i = evaluator.spec().fixed.size(); i < all.size(); ++i)
    out.push_back(all[i].key + "=" + all[i].value);
  return out;
}

void write_calibration_outputs(const fs::path& dir, const MomentEvaluator& evaluator,
                               const CalibrationResult& result, const nlohmann::ordered_json& manifest) {
  auto write = [&](const char* name,
                   void (*body)(std::ostream&, const MomentEvaluator&, const CalibrationResult&)) {
    write_file_atomically(dir / name, [&](std::ostream& out) { body(out, evaluator, result); });
  };
  write("estimates.csv", estimates_csv);
  write("moments.csv", moments_csv);
  write("jacobian.csv", jacobian_csv);
  write("identification.csv", identification_csv);
  write("profile.csv", profile_csv);
  write_file_atomically(dir / "calibration.json", [&](std::ostream& out) {
    out << result_json(evaluator, result, manifest).dump(2) << '\n';
  });
}

}  // namespace sancsim
