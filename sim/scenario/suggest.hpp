#pragma once
// "Did you mean ...?" for misspelt keys and names.
#include <string>
#include <string_view>
#include <vector>

namespace sancsim::scenario_detail {

// Edit distance (insertions, deletions, substitutions) between two strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a likely misspelling, else "".
// A candidate whose last dotted component equals the word's counts as close (wrong section).
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

// `unknown <what>; did you mean "x"?`, or just `unknown <what>` when nothing is close.
std::string unknown_with_hint(std::string_view what, std::string_view word,
                              const std::vector<std::string>& candidates);

}  // namespace sancsim::scenario_detail
