#pragma once
// Pieces every chart's Vega-Lite spec shares: the title block with the source line, the month
// axis (UTC, so a month never shows as the one before in a western time zone), sizes and numbers.
#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

namespace sancsim::report {

inline constexpr int kChartWidth = 820;
inline constexpr int kChartHeight = 260;

// {"text": title, "subtitle": source}, anchored left.
nlohmann::json chart_title(const std::string& title, const std::string& source);
// A spec with the common top-level settings (size, title, config) to which marks are added.
nlohmann::json base_spec(const std::string& title, const std::string& source, int height = kChartHeight);
// The x encoding of a monthly time axis over field `field` (values "YYYY-MM-01").
nlohmann::json month_x(const std::string& field = "date");
// "YYYY-MM" -> "YYYY-MM-01" (what Vega-Lite reads as a date).
std::string month_date(const std::string& yyyy_mm);
// A number, or null for NaN and infinities (JSON has no NaN).
inline nlohmann::json number_or_null(double x) {
  return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json();
}
// The first 7 digits of a commit.
std::string short_commit(const std::string& commit);
// j[key] as a number; NaN when absent or not a number.
inline double number_at(const nlohmann::ordered_json& j, const char* key) {
  return j.contains(key) && j[key].is_number() ? j[key].get<double>() : std::nan("");
}

// Row charts (one row a target, moment or parameter, as the calibration charts draw them):
// the y encoding of the rows' labels in `field`, in the given order;
nlohmann::json row_labels_y(const std::string& field, nlohmann::json order);
// a spec with one row per element of `values`, to which layers are added;
nlohmann::json row_chart_spec(const std::string& title, const std::string& source, nlohmann::json values);
// the green bar from -1 to 1 that marks "within" on a scale of band half-widths (or moment scales).
nlohmann::json unit_band_layer(const nlohmann::json& y, const nlohmann::json& x_scale,
                               const std::string& x_title);

}  // namespace sancsim::report
