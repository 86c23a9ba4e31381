#include "chart_spec.hpp"

#include <algorithm>

namespace sancsim::report {

nlohmann::json chart_title(const std::string& title, const std::string& source) {
  return {{"text", title},  {"subtitle", source},     {"anchor", "start"},
          {"fontSize", 14}, {"subtitleFontSize", 10}, {"subtitleColor", "#57606a"}};
}

nlohmann::json base_spec(const std::string& title, const std::string& source, int height) {
  return {{"title", chart_title(title, source)},
          {"width", kChartWidth},
          {"height", height},
          {"config",
           {{"view", {{"stroke", nullptr}}}, {"axis", {{"labelFontSize", 10}, {"titleFontSize", 11}}}}}};
}

nlohmann::json month_x(const std::string& field) {
  return {{"field", field}, {"type", "temporal"}, {"timeUnit", "utcyearmonth"}, {"title", "month"}};
}

std::string month_date(const std::string& yyyy_mm) { return yyyy_mm + "-01"; }

std::string short_commit(const std::string& commit) { return commit.substr(0, 7); }

nlohmann::json row_labels_y(const std::string& field, nlohmann::json order) {
  return {{"field", field},
          {"type", "nominal"},
          {"title", nullptr},
          {"sort", std::move(order)},
          {"axis", {{"labelLimit", 380}}}};
}

nlohmann::json row_chart_spec(const std::string& title, const std::string& source, nlohmann::json values) {
  const int rows = static_cast<int>(values.size());
  nlohmann::json spec = base_spec(title, source, std::max(120, 18 * rows));
  spec["width"] = 420;
  spec["data"] = {{"values", std::move(values)}};
  return spec;
}

nlohmann::json unit_band_layer(const nlohmann::json& y, const nlohmann::json& x_scale,
                               const std::string& x_title) {
  return {{"mark", {{"type", "bar"}, {"color", "#dafbe1"}, {"height", 12}}},
          {"encoding",
           {{"y", y},
            {"x", {{"datum", -1}, {"type", "quantitative"}, {"scale", x_scale}, {"title", x_title}}},
            {"x2", {{"datum", 1}}}}}};
}

}  // namespace sancsim::report
