// `sancsim params`: every parameter a scenario can set, with default, unit, range and source.
#include <cmath>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "commands.hpp"
#include "sancsim/model/params.hpp"
#include "sancsim/output/series_csv.hpp"

namespace sancsim::cli {
namespace {

std::string bound(double v) { return fmt::format("{}", v); }

// What values the parameter accepts, for people.
std::string range_text(const ParamSpec& p) {
  switch (p.kind) {
    case ParamSpec::Kind::Real:
    case ParamSpec::Kind::Integer:
    case ParamSpec::Kind::Path: {
      const bool lo = std::isfinite(p.min);
      const bool hi = std::isfinite(p.max);
      if (lo && hi) return fmt::format("[{}, {}]", bound(p.min), bound(p.max));
      if (lo) return ">= " + bound(p.min);
      if (hi) return "<= " + bound(p.max);
      return "";
    }
    case ParamSpec::Kind::Flag:
      return "true|false";
    case ParamSpec::Kind::Choice:
      return fmt::format("{}", fmt::join(p.choices, "|"));
    case ParamSpec::Kind::Day:
      return "YYYY-MM-DD";
    case ParamSpec::Kind::Text:
      return "";
  }
  return "";
}

std::string markdown_cell(const std::string& text) {
  std::string cell;
  for (char c : text) {
    if (c == '|')
      cell += "\\|";
    else if (c == '\n')
      cell += ' ';
    else
      cell += c;
  }
  return cell;
}

int list(const std::string& format) {
  Params params;
  const ParamTable table = describe(params);
  if (format == "csv") {
    std::cout << "key,default,unit,range,description,source\n";
    for (const auto& p : table.all()) {
      std::cout << fmt::format("{},{},{},{},{},{}\n", csv_field(p.key), csv_field(p.value_text()),
                               csv_field(p.unit), csv_field(range_text(p)), csv_field(p.description),
                               csv_field(p.source));
    }
  } else if (format == "markdown") {
    std::cout << "| key | default | unit | range | description | source |\n|---|---|---|---|---|---|\n";
    for (const auto& p : table.all()) {
      std::cout << fmt::format("| `{}` | {} | {} | {} | {} | {} |\n", p.key, markdown_cell(p.value_text()),
                               markdown_cell(p.unit), markdown_cell(range_text(p)),
                               markdown_cell(p.description), markdown_cell(p.source));
    }
  } else {
    for (const auto& p : table.all()) {
      std::cout << fmt::format("{} = {}", p.key, p.value_text());
      if (!p.unit.empty()) std::cout << ' ' << p.unit;
      const std::string range = range_text(p);
      if (!range.empty()) std::cout << "  " << range;
      std::cout << "\n    " << p.description << '\n';
      if (!p.source.empty()) std::cout << "    source: " << p.source << '\n';
    }
  }
  return kExitOk;
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto format = std::make_shared<std::string>("text");
  sub.add_option("--format", *format, "Output format")
      ->check(CLI::IsMember({"text", "csv", "markdown"}))
      ->capture_default_str();
  return [format] { return list(*format); };
}

const CommandRegistration registration{"params", "List every parameter with default, unit, range and source",
                                       setup};

}  // namespace
}  // namespace sancsim::cli
