#pragma once
// A registry of a run's parameters: every tunable value has a dotted key, a unit, a valid range,
// a description and a public source. Scenario files set values by key; `sancsim params` lists
// them. The table points into a parameter struct, so the struct keeps its plain defaults.
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "sancsim/engine/date.hpp"

namespace sancsim {

// Values by calendar year, e.g. a spending path from the budget laws. A year missing from the
// path takes the value of the nearest earlier year (or the first year if none is earlier).
struct YearPath {
  std::vector<std::pair<int, double>> points;  // sorted by year
  double at(int year) const;
};

struct ParamSpec {
  enum class Kind { Real, Integer, Flag, Choice, Day, Text, Path };
  std::string key;
  Kind kind = Kind::Real;
  std::variant<double*, int*, bool*, std::string*, Date*, YearPath*> target;
  double min = -std::numeric_limits<double>::infinity();  // for Real, Integer and Path values
  double max = std::numeric_limits<double>::infinity();
  std::vector<std::string> choices;  // for Choice
  std::string unit;
  std::string description;
  std::string source;

  // The current value, formatted for people (defaults listing, manifests).
  std::string value_text() const;
};

class ParamTable {
 public:
  // Keys registered after this call are prefixed with `prefix.`; pass "" to clear.
  void section(std::string prefix) { prefix_ = std::move(prefix); }

  void real(std::string_view key, double& v, double min, double max, std::string unit,
            std::string description, std::string source);
  void integer(std::string_view key, int& v, int min, int max, std::string description, std::string source);
  void flag(std::string_view key, bool& v, std::string description, std::string source);
  void choice(std::string_view key, std::string& v, std::vector<std::string> choices, std::string description,
              std::string source);
  void day(std::string_view key, Date& v, std::string description, std::string source);
  void text(std::string_view key, std::string& v, std::string description);
  void path(std::string_view key, YearPath& v, double min, double max, std::string unit,
            std::string description, std::string source);

  const ParamSpec* find(std::string_view key) const;
  const std::vector<ParamSpec>& all() const { return specs_; }

 private:
  ParamSpec& add(std::string_view key, ParamSpec::Kind kind);
  std::string prefix_;
  std::vector<ParamSpec> specs_;
};

}  // namespace sancsim
