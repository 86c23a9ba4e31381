#include "flag_checks.hpp"

#include <charconv>
#include <string>

#include <fmt/format.h>

namespace sancsim::cli {

CLI::Validator unsigned_at_most(std::uint64_t max) {
  return CLI::Validator(
      [max](std::string& text) -> std::string {
        std::uint64_t value = 0;
        const char* end = text.data() + text.size();
        const auto [stop, err] = std::from_chars(text.data(), end, value);
        const bool digits_only = !text.empty() && text.front() != '-' && text.front() != '+';
        if (digits_only && err == std::errc() && stop == end && value <= max) return "";
        return fmt::format("expected an integer in [0, {}], got {}", max, text);
      },
      fmt::format("INT in [0, {}]", max));
}

}  // namespace sancsim::cli
