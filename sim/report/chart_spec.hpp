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

}  // namespace sancsim::report
