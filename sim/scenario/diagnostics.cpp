#include "sancsim/scenario/diagnostics.hpp"

#include <fmt/format.h>

namespace sancsim {

std::string Diagnostic::str() const {
  std::string place = file;
  if (line > 0) place += fmt::format(":{}", line);
  if (line > 0 && column > 0) place += fmt::format(":{}", column);
  if (key.empty()) return fmt::format("{}: {}", place, message);
  return fmt::format("{}: {}: {}", place, key, message);
}

std::string Diagnostics::str() const {
  std::string s;
  for (const auto& d : items_) s += d.str() + "\n";
  return s;
}

}  // namespace sancsim
