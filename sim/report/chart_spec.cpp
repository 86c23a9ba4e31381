#include "chart_spec.hpp"

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

}  // namespace sancsim::report
