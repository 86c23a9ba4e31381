#include "scenario_loading.hpp"

#include <variant>

namespace sancsim::cli {

std::optional<Scenario> load_or_report(const std::string& path, const std::vector<Override>& overrides,
                                       std::ostream& err) {
  LoadResult result = load_scenario(path, overrides);
  if (auto* diagnostics = std::get_if<Diagnostics>(&result)) {
    for (const auto& d : diagnostics->items()) err << d.str() << '\n';
    return std::nullopt;
  }
  return std::get<Scenario>(std::move(result));
}

std::optional<std::vector<Override>> parse_overrides_or_report(const std::vector<std::string>& texts,
                                                               std::ostream& err) {
  std::vector<Override> overrides;
  bool ok = true;
  for (const auto& text : texts) {
    if (auto o = parse_override(text)) {
      overrides.push_back(std::move(*o));
    } else {
      err << "--set " << text << ": expected key.path=value (value in TOML syntax)\n";
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return overrides;
}

}  // namespace sancsim::cli
