#include "sancsim/engine/param_table.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace sancsim {

double YearPath::at(int year) const {
  if (points.empty()) return 0.0;
  double v = points.front().second;
  for (const auto& [y, x] : points) {
    if (y > year) break;
    v = x;
  }
  return v;
}

std::string ParamSpec::value_text() const {
  struct Visitor {
    std::string operator()(double* v) const { return fmt::format("{}", *v); }
    std::string operator()(int* v) const { return fmt::format("{}", *v); }
    std::string operator()(bool* v) const { return *v ? "true" : "false"; }
    std::string operator()(std::string* v) const { return *v; }
    std::string operator()(Date* v) const { return v->iso(); }
    std::string operator()(YearPath* v) const {
      std::string s = "{";
      for (std::size_t i = 0; i < v->points.size(); ++i)
        s += fmt::format("{}{} = {}", i ? ", " : " ", v->points[i].first, v->points[i].second);
      return s + " }";
    }
  };
  return std::visit(Visitor{}, target);
}

ParamSpec& ParamTable::add(std::string_view key, ParamSpec::Kind kind) {
  ParamSpec s;
  s.key = prefix_.empty() ? std::string(key) : prefix_ + "." + std::string(key);
  s.kind = kind;
  specs_.push_back(std::move(s));
  return specs_.back();
}

void ParamTable::real(std::string_view key, double& v, double min, double max, std::string unit,
                      std::string description, std::string source) {
  auto& s = add(key, ParamSpec::Kind::Real);
  s.target = &v;
  s.min = min;
  s.max = max;
  s.unit = std::move(unit);
  s.description = std::move(description);
  s.source = std::move(source);
}

void ParamTable::integer(std::string_view key, int& v, int min, int max, std::string description,
                         std::string source) {
  auto& s = add(key, ParamSpec::Kind::Integer);
  s.target = &v;
  s.min = min;
  s.max = max;
  s.unit = "count";
  s.description = std::move(description);
  s.source = std::move(source);
}

void ParamTable::flag(std::string_view key, bool& v, std::string description, std::string source) {
  auto& s = add(key, ParamSpec::Kind::Flag);
  s.target = &v;
  s.description = std::move(description);
  s.source = std::move(source);
}

void ParamTable::choice(std::string_view key, std::string& v, std::vector<std::string> choices,
                        std::string description, std::string source) {
  auto& s = add(key, ParamSpec::Kind::Choice);
  s.target = &v;
  s.choices = std::move(choices);
  s.description = std::move(description);
  s.source = std::move(source);
}

void ParamTable::day(std::string_view key, Date& v, std::string description, std::string source) {
  auto& s = add(key, ParamSpec::Kind::Day);
  s.target = &v;
  s.description = std::move(description);
  s.source = std::move(source);
}

void ParamTable::text(std::string_view key, std::string& v, std::string description) {
  auto& s = add(key, ParamSpec::Kind::Text);
  s.target = &v;
  s.description = std::move(description);
}

void ParamTable::path(std::string_view key, YearPath& v, double min, double max, std::string unit,
                      std::string description, std::string source) {
  auto& s = add(key, ParamSpec::Kind::Path);
  s.target = &v;
  s.min = min;
  s.max = max;
  s.unit = std::move(unit);
  s.description = std::move(description);
  s.source = std::move(source);
}

const ParamSpec* ParamTable::find(std::string_view key) const {
  auto it = std::find_if(specs_.begin(), specs_.end(), [&](const ParamSpec& s) { return s.key == key; });
  return it == specs_.end() ? nullptr : &*it;
}

}  // namespace sancsim
