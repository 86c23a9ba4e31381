#include "toml_support.hpp"

#include <cmath>

#include <fmt/format.h>

namespace sancsim::scenario_detail {

void Reporter::at(const toml::source_position& where, std::string key, std::string message) const {
  Diagnostic d;
  d.file = file_;
  if (with_positions_) {
    d.line = static_cast<int>(where.line);
    d.column = static_cast<int>(where.column);
  }
  d.key = std::move(key);
  d.message = std::move(message);
  out_->add(std::move(d));
}

toml::table parse_set_value(const std::string& text) {
  const std::string document = "v = " + text;
  if (check_toml_nesting(document, "--set")) return toml::table{{"v", text}};  // too deep for a value
  try {
    return toml::parse(document);
  } catch (const toml::parse_error&) {
    return toml::table{{"v", text}};
  }
}

std::string describe_value(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return fmt::format("\"{}\"", node.as_string()->get());
    case toml::node_type::integer:
      return fmt::format("{}", node.as_integer()->get());
    case toml::node_type::floating_point: {
      std::string s = fmt::format("{}", node.as_floating_point()->get());
      // Show 3.0 as "3.0" so that "expected an integer, got 3.0" makes sense.
      if (s.find_first_of(".eEni") == std::string::npos) s += ".0";
      return s;
    }
    case toml::node_type::boolean:
      return node.as_boolean()->get() ? "true" : "false";
    case toml::node_type::date: {
      const auto d = node.as_date()->get();
      return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
    }
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "nothing";
  }
}

std::string number_text(double v) {
  if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e15) return fmt::format("{:.0f}", v);
  return fmt::format("{}", v);
}

std::string range_text(double min, double max) {
  const bool has_min = std::isfinite(min);
  const bool has_max = std::isfinite(max);
  if (has_min && has_max) return fmt::format(" in [{}, {}]", number_text(min), number_text(max));
  if (has_min) return fmt::format(" >= {}", number_text(min));
  if (has_max) return fmt::format(" <= {}", number_text(max));
  return "";
}

std::optional<Date> as_date(const toml::node& node) {
  const auto* d = node.as_date();
  if (!d) return std::nullopt;
  const auto v = d->get();
  return Date::from_ymd(v.year, v.month, v.day);
}

std::optional<double> as_number(const toml::node& node) {
  if (const auto* i = node.as_integer()) return static_cast<double>(i->get());
  if (const auto* f = node.as_floating_point()) {
    if (std::isnan(f->get())) return std::nullopt;
    return f->get();
  }
  return std::nullopt;
}

}  // namespace sancsim::scenario_detail
