#include <algorithm>
#include <cctype>

#include "sancsim/scenario/scenario.hpp"

namespace sancsim {
namespace {
std::string trim(std::string_view s) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}
}  // namespace

std::optional<Override> parse_override(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos) return std::nullopt;
  Override o{trim(std::string_view(text).substr(0, eq)), trim(std::string_view(text).substr(eq + 1))};
  if (o.key.empty()) return std::nullopt;
  return o;
}

}  // namespace sancsim
