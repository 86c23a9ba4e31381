#include "suggest.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

namespace sancsim::scenario_detail {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

namespace {
std::string_view last_component(std::string_view key) {
  const auto dot = key.rfind('.');
  return dot == std::string_view::npos ? key : key.substr(dot + 1);
}
}  // namespace

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  // A third of the word's length (at least 2) separates typos from different words.
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (d > 0 && last_component(c) == last_component(word)) d = std::min<std::size_t>(d, 1);
    // Ties go to the earlier candidate, so that the hint does not depend on anything but the list.
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::string unknown_with_hint(std::string_view what, std::string_view word,
                              const std::vector<std::string>& candidates) {
  const std::string hint = closest(word, candidates);
  if (hint.empty()) return fmt::format("unknown {}", what);
  return fmt::format("unknown {}; did you mean \"{}\"?", what, hint);
}

}  // namespace sancsim::scenario_detail
