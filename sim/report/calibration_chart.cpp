// The calibration chart: each target's model value (mean over seeds) and the seeds' range against
// the accepted band, on one scale of band half-widths so that targets in any unit line up.
#include <algorithm>

#include <fmt/format.h>

#include "chart_spec.hpp"
#include "sancsim/report/charts.hpp"

namespace sancsim::report {
namespace {
using nlohmann::json;

// Band half-widths shown either side of the band's centre; values beyond are drawn at the edge.
constexpr double kShownHalfWidths = 4.0;

}  // namespace

std::vector<Chart> calibration_charts(const CalibrationInput& c, const std::string& prefix) {
  const auto& table = c.table;
  json values = json::array();
  json order = json::array();
  for (const auto& t : table["targets"]) {
    const double low = number_at(t, "low"), high = number_at(t, "high");
    const double mid = (low + high) / 2, half = (high - low) / 2;
    const auto scaled = [&](double x) {
      if (!std::isfinite(x)) return json();
      const double v =
          half > 0 ? (x - mid) / half : (x == mid ? 0.0 : std::copysign(kShownHalfWidths, x - mid));
      return json(std::clamp(v, -kShownHalfWidths, kShownHalfWidths));
    };
    const double model = number_at(t, "model");
    const bool known = !t["known_miss"].get<std::string>().empty();
    const bool inside = std::isfinite(model) && model >= low && model <= high;
    const std::string verdict = t.contains("verdict") ? t["verdict"].get<std::string>() : std::string();
    const std::string status =
        known ? (inside                                       ? "known miss, now within its band"
                 : verdict == "known miss, outside its guard" ? "known miss, outside its guard"
                                                              : "known miss (listed)")
              : (inside ? "within its band" : "outside its band");
    const std::string label =
        fmt::format("{} ({})", t["quantity"].get<std::string>(), t["window"].get<std::string>());
    order.push_back(label);
    values.push_back({{"target", label},
                      {"model_scaled", scaled(model)},
                      {"min_scaled", scaled(number_at(t, "seed_min"))},
                      {"max_scaled", scaled(number_at(t, "seed_max"))},
                      {"model", number_or_null(model)},
                      {"seed_min", number_or_null(number_at(t, "seed_min"))},
                      {"seed_max", number_or_null(number_at(t, "seed_max"))},
                      {"band", fmt::format("{} to {}", low, high)},
                      {"data", t["data"]},
                      {"status", status},
                      {"known_miss", t["known_miss"]}});
  }
  const std::size_t n = values.size();
  std::string scenario = table.contains("scenario") && table["scenario"].is_string()
                             ? std::filesystem::path(table["scenario"].get<std::string>()).filename().string()
                             : std::string("?");
  std::string commit = table.contains("git_commit") && table["git_commit"].is_string()
                           ? short_commit(table["git_commit"].get<std::string>())
                           : std::string("?");
  const int seeds =
      table.contains("seeds") && table["seeds"].is_number_integer() ? table["seeds"].get<int>() : 0;
  const std::string source =
      fmt::format("Source: {} against {} (sancsim commit {}, seeds 1-{})", scenario,
                  table.contains("targets_file") && table["targets_file"].is_string()
                      ? std::filesystem::path(table["targets_file"].get<std::string>()).filename().string()
                      : std::string("?"),
                  commit, seeds);
  const std::string title = "Calibration: the model against public data";
  const json y = row_labels_y("target", order);
  const json x_scale = {{"domain", json::array({-kShownHalfWidths, kShownHalfWidths})}};
  const std::string x_title = "distance from the band's centre, in band half-widths (band: -1 to 1)";
  const json tooltip = json::array(
      {{{"field", "target"}, {"type", "nominal"}},
       {{"field", "model"},
        {"type", "quantitative"},
        {"format", ",.3~f"},
        {"title", "model (mean over seeds)"}},
       {{"field", "seed_min"}, {"type", "quantitative"}, {"format", ",.3~f"}, {"title", "seeds from"}},
       {{"field", "seed_max"}, {"type", "quantitative"}, {"format", ",.3~f"}, {"title", "seeds to"}},
       {{"field", "data"}, {"type", "nominal"}, {"title", "public figure"}},
       {{"field", "band"}, {"type", "nominal"}, {"title", "accepted band"}},
       {{"field", "status"}, {"type", "nominal"}},
       {{"field", "known_miss"}, {"type", "nominal"}, {"title", "why it is missed"}}});
  json spec = row_chart_spec(title, source, std::move(values));
  spec["layer"] = json::array(
      {unit_band_layer(y, x_scale, x_title),
       {{"mark", {{"type", "rule"}, {"color", "#57606a"}, {"strokeWidth", 2}}},
        {"encoding",
         {{"y", y},
          {"x", {{"field", "min_scaled"}, {"type", "quantitative"}, {"title", x_title}}},
          {"x2", {{"field", "max_scaled"}}},
          {"tooltip", tooltip}}}},
       {{"mark", {{"type", "point"}, {"filled", true}, {"size", 60}}},
        {"encoding",
         {{"y", y},
          {"x", {{"field", "model_scaled"}, {"type", "quantitative"}, {"title", x_title}}},
          {"color",
           {{"field", "status"},
            {"type", "nominal"},
            {"title", nullptr},
            {"scale",
             {{"domain", json::array({"within its band", "outside its band", "known miss (listed)",
                                      "known miss, outside its guard", "known miss, now within its band"})},
              {"range", json::array({"#1a7f37", "#cf222e", "#bf8700", "#cf222e", "#8250df"})}}}}},
          {"shape", {{"field", "status"}, {"type", "nominal"}, {"title", nullptr}}},
          {"tooltip", tooltip}}}}});
  Chart chart{
      .id = prefix + "calibration",
      .title = title,
      .caption = fmt::format(
          "Each of the {} calibration targets (public figures of the calibration windows only): the dot is "
          "the model's mean over seeds, the grey line the seeds' range, the green bar the accepted band. "
          "Targets in different units share one scale: 0 is the band's centre, -1 and 1 its edges "
          "(values beyond {} half-widths are drawn at the edge; hover for the numbers). Yellow marks a "
          "listed known miss, with the reason in the tooltip; red a target the model misses or a known miss "
          "that left its guard (the range it must not leave).",
          n, kShownHalfWidths),
      .source = source,
      .spec = std::move(spec)};
  return {std::move(chart)};
}

}  // namespace sancsim::report
