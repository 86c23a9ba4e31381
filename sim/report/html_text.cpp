#include "html_text.hpp"

#include <cmath>

#include <fmt/format.h>

namespace sancsim::report {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string script_json(const nlohmann::json& j) {
  // '<' occurs in serialised JSON only inside strings, where \u003c means the same character.
  const std::string text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '<')
      out += "\\u003c";
    else
      out.push_back(c);
  }
  return out;
}

std::string table_number(double x) {
  if (!std::isfinite(x)) return "n/a";
  const double a = std::fabs(x);
  if (a >= 1000) {
    std::string digits = fmt::format("{:.0f}", a);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back(',');
      grouped.push_back(digits[i]);
    }
    return (x < 0 ? "-" : "") + grouped;
  }
  return fmt::format("{:.4g}", x);
}

}  // namespace sancsim::report
