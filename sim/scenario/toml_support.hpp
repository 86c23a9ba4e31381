#pragma once
// Helpers shared by the scenario readers: reporting at a TOML position, and describing and
// converting TOML values for messages.
#include <optional>
#include <string>

#include <toml++/toml.h>

#include "sancsim/engine/date.hpp"
#include "sancsim/scenario/diagnostics.hpp"
#include "sancsim/scenario/toml_reader.hpp"

namespace sancsim::scenario_detail {

// Collects diagnostics for one input (a file, or "--set" where positions mean nothing).
class Reporter {
 public:
  Reporter(std::string file, Diagnostics& out, bool with_positions = true)
      : file_(std::move(file)), out_(&out), with_positions_(with_positions) {}

  void at(const toml::source_position& where, std::string key, std::string message) const;
  void at(const toml::source_region& where, std::string key, std::string message) const {
    at(where.begin, std::move(key), std::move(message));
  }
  const std::string& file() const { return file_; }
  Diagnostics& out() const { return *out_; }

 private:
  std::string file_;
  Diagnostics* out_;
  bool with_positions_;
};

// A `--set` value as a one-key document {v = value}: the text as TOML, or, if it is not TOML, the
// text itself as a string (so `--set market.brent_mode=pinned` needs no quotes).
toml::table parse_set_value(const std::string& text);

// The value as a reader would write it, for "got ..." ("many" quoted, 3.0, a table, ...).
std::string describe_value(const toml::node& node);

// A number for messages: integral values in plain digits (1000000, not 1e+06).
std::string number_text(double v);

// " in [a, b]", " >= a", " <= b" or "" for an unbounded range.
std::string range_text(double min, double max);

// A TOML date as a Date; nullopt for anything else.
std::optional<Date> as_date(const toml::node& node);

// A TOML integer or float as a double; nullopt for anything else or NaN.
std::optional<double> as_number(const toml::node& node);

}  // namespace sancsim::scenario_detail
