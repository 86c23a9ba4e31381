// The charts of a calibration run (`sancsim calibrate`): where each estimate lies in its bounds,
// with +-2 standard errors and the default beside it; and how far each moment is from its data, in
// its own scale, at the start and at the estimate.
#include <algorithm>

#include <fmt/format.h>

#include "chart_spec.hpp"
#include "sancsim/report/charts.hpp"

namespace sancsim::report {
namespace {
using nlohmann::json;

// Standardised misses shown either side of zero; beyond, drawn at the edge.
constexpr double kShownMiss = 4.0;

std::string source_line(const CalibrateInput& c) {
  const auto& m = c.result["manifest"];
  const std::string file =
      m.contains("calibration_file") && m["calibration_file"].is_string()
          ? std::filesystem::path(m["calibration_file"].get<std::string>()).filename().string()
          : std::string("?");
  const std::string commit = m.contains("git_commit") && m["git_commit"].is_string()
                                 ? short_commit(m["git_commit"].get<std::string>())
                                 : "?";
  const int replications = c.result.contains("replications") && c.result["replications"].is_number_integer()
                               ? c.result["replications"].get<int>()
                               : 0;
  return fmt::format("Source: {} (sancsim commit {}, {} replications per evaluation, common random numbers)",
                     file, commit, replications);
}

Chart estimates_chart(const CalibrateInput& c, const std::string& prefix, const std::string& source) {
  json values = json::array();
  json order = json::array();
  for (const auto& p : c.result["parameters"]) {
    const double low = number_at(p, "low"), high = number_at(p, "high"), width = high - low;
    const auto share = [&](double x) {
      return std::isfinite(x) && width > 0 ? json(std::clamp((x - low) / width, 0.0, 1.0)) : json();
    };
    const double estimate = number_at(p, "estimate"), se = number_at(p, "standard_error");
    const std::string name = p["parameter"].get<std::string>();
    order.push_back(name);
    values.push_back(
        {{"parameter", name},
         {"estimate_share", share(estimate)},
         {"lo_share", share(estimate - 2 * se)},
         {"hi_share", share(estimate + 2 * se)},
         {"default_share", share(number_at(p, "default"))},
         {"estimate", number_or_null(estimate)},
         {"standard_error", number_or_null(se)},
         {"default", number_or_null(number_at(p, "default"))},
         {"bounds", fmt::format("{} to {}", low, high)},
         {"identified", std::isfinite(se) ? "identified" : "not identified (no moment moves it)"}});
  }
  const std::size_t n = values.size();
  const json y = row_labels_y("parameter", order);
  const std::string x_title = "position within the search bounds (0: lower bound, 1: upper bound)";
  const json x_scale = {{"domain", json::array({0, 1})}};
  const json tooltip = json::array(
      {{{"field", "parameter"}, {"type", "nominal"}},
       {{"field", "estimate"}, {"type", "quantitative"}, {"format", ",.4~f"}},
       {{"field", "standard_error"},
        {"type", "quantitative"},
        {"format", ",.4~f"},
        {"title", "standard error"}},
       {{"field", "default"}, {"type", "quantitative"}, {"format", ",.4~f"}, {"title", "shipped default"}},
       {{"field", "bounds"}, {"type", "nominal"}},
       {{"field", "identified"}, {"type", "nominal"}}});
  const std::string title = "Calibration: estimates within their bounds";
  json spec = row_chart_spec(title, source, std::move(values));
  spec["layer"] = json::array(
      {{{"mark", {{"type", "rule"}, {"color", "#57606a"}, {"strokeWidth", 2}}},
        {"encoding",
         {{"y", y},
          {"x", {{"field", "lo_share"}, {"type", "quantitative"}, {"scale", x_scale}, {"title", x_title}}},
          {"x2", {{"field", "hi_share"}}},
          {"tooltip", tooltip}}}},
       {{"mark", {{"type", "tick"}, {"color", "#bf8700"}, {"thickness", 2}}},
        {"encoding",
         {{"y", y},
          {"x", {{"field", "default_share"}, {"type", "quantitative"}, {"title", x_title}}},
          {"tooltip", tooltip}}}},
       {{"mark", {{"type", "point"}, {"filled", true}, {"size", 60}, {"color", "#0969da"}}},
        {"encoding",
         {{"y", y},
          {"x", {{"field", "estimate_share"}, {"type", "quantitative"}, {"title", x_title}}},
          {"tooltip", tooltip}}}}});
  return Chart{
      .id = prefix + "estimates",
      .title = title,
      .caption = fmt::format(
          "Each of the {} estimated parameters on the scale of its search bounds: the blue dot is the "
          "estimate, the grey line +-2 standard errors (from the simulated moments' Jacobian; clipped at "
          "the bounds; absent where no moment moves the parameter), the yellow tick the shipped default. "
          "A line that spans the bounds says the moments hardly pin the parameter; hover for the numbers. "
          "docs/CALIBRATION.md explains the method.",
          n),
      .source = source,
      .spec = std::move(spec)};
}

Chart moments_chart(const CalibrateInput& c, const std::string& prefix, const std::string& source) {
  json values = json::array();
  json order = json::array();
  for (const auto& m : c.result["moments"]) {
    // A guard (no data) is drawn on its band: -1 to 1 is inside it, as for a moment in its scale.
    const bool guard = m.contains("guard") && m["guard"].is_boolean() && m["guard"].get<bool>();
    const bool banded = guard && m.contains("band") && m["band"].is_array() && m["band"].size() == 2 &&
                        m["band"][0].is_number() && m["band"][1].is_number();
    const double data =
        banded ? 0.5 * (m["band"][0].get<double>() + m["band"][1].get<double>()) : number_at(m, "data");
    const double scale =
        banded ? 0.5 * (m["band"][1].get<double>() - m["band"][0].get<double>()) : number_at(m, "scale");
    const auto z = [&](double x) {
      return std::isfinite(x) && scale > 0 ? json(std::clamp((x - data) / scale, -kShownMiss, kShownMiss))
                                           : json();
    };
    const std::string label = fmt::format("{} ({}{})", m["quantity"].get<std::string>(),
                                          m["window"].get<std::string>(), guard ? ", guard" : "");
    order.push_back(label);
    values.push_back({{"moment", label},
                      {"start_z", z(number_at(m, "model_start"))},
                      {"estimate_z", z(number_at(m, "model"))},
                      {"data", data},
                      {"scale", scale},
                      {"model_start", number_or_null(number_at(m, "model_start"))},
                      {"model", number_or_null(number_at(m, "model"))}});
  }
  const std::size_t n = values.size();
  const json y = row_labels_y("moment", order);
  const std::string x_title = "model minus data, in the moment's scale (-1 to 1: within it)";
  const json x_scale = {{"domain", json::array({-kShownMiss, kShownMiss})}};
  const json tooltip = json::array({{{"field", "moment"}, {"type", "nominal"}},
                                    {{"field", "data"}, {"type", "quantitative"}, {"format", ",.4~f"}},
                                    {{"field", "scale"}, {"type", "quantitative"}, {"format", ",.4~f"}},
                                    {{"field", "model_start"},
                                     {"type", "quantitative"},
                                     {"format", ",.4~f"},
                                     {"title", "model at the start"}},
                                    {{"field", "model"},
                                     {"type", "quantitative"},
                                     {"format", ",.4~f"},
                                     {"title", "model at the estimate"}}});
  const std::string title = "Calibration: the moments at the start and at the estimate";
  json spec = row_chart_spec(title, source, std::move(values));
  spec["layer"] =
      json::array({unit_band_layer(y, x_scale, x_title),
                   {{"mark", {{"type", "rule"}, {"color", "#8c959f"}, {"strokeDash", json::array({3, 2})}}},
                    {"encoding",
                     {{"y", y},
                      {"x", {{"field", "start_z"}, {"type", "quantitative"}, {"title", x_title}}},
                      {"x2", {{"field", "estimate_z"}}},
                      {"tooltip", tooltip}}}},
                   {{"mark", {{"type", "point"}, {"filled", false}, {"size", 50}, {"color", "#8c959f"}}},
                    {"encoding",
                     {{"y", y},
                      {"x", {{"field", "start_z"}, {"type", "quantitative"}, {"title", x_title}}},
                      {"tooltip", tooltip}}}},
                   {{"mark", {{"type", "point"}, {"filled", true}, {"size", 60}, {"color", "#0969da"}}},
                    {"encoding",
                     {{"y", y},
                      {"x", {{"field", "estimate_z"}, {"type", "quantitative"}, {"title", x_title}}},
                      {"tooltip", tooltip}}}}});
  return Chart{
      .id = prefix + "moments",
      .title = title,
      .caption = fmt::format(
          "Each of the {} target moments: the hollow grey dot is the model at the start of the search, "
          "the blue dot at the estimate, both as model minus data in the moment's scale (half its band, "
          "or its standard deviation); the green bar is -1 to 1. Values beyond {} scales are drawn at the "
          "edge; hover for the numbers.",
          n, kShownMiss),
      .source = source,
      .spec = std::move(spec)};
}

}  // namespace

std::vector<Chart> calibrate_charts(const CalibrateInput& c, const std::string& prefix) {
  const std::string source = source_line(c);
  return {estimates_chart(c, prefix, source), moments_chart(c, prefix, source)};
}

}  // namespace sancsim::report
