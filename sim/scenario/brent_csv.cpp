#include "brent_csv.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "sancsim/engine/input_file.hpp"

namespace sancsim::scenario_detail {
namespace {

// Highest plausible Brent price; anything above is a unit or typing error.
constexpr double kMaxBrentUsdPerBbl = 1000;
// Highest plausible key rate, % a year (the Bank of Russia's highest was 20% in 2022; 1998's 150%
// was the refinancing rate): above is a unit or typing error.
constexpr double kMaxKeyRatePct = 200;

// Bad rows reported per file; past this the file is probably not a Brent CSV at all, and listing
// every row would echo the whole of it.
constexpr std::size_t kMaxRowProblems = 20;

struct Row {
  std::string_view first;
  std::string_view second;
  int second_column = 0;  // 1-based
};

// Reads the file line by line, checking the header; calls `on_row(row, line)` for each data row.
// A wrong header ends the reading: the file is not a Brent CSV, and its rows are not quoted back.
template <class OnRow>
std::optional<std::string> read_csv(const std::filesystem::path& path, const std::string& shown,
                                    std::string_view header, Diagnostics& diags, OnRow on_row) {
  auto read = read_input_file(path);
  if (auto* e = std::get_if<InputFileError>(&read)) return e->message;
  const std::string_view content = std::get<std::string>(read);
  const std::size_t problems_before = diags.items().size();
  int line_no = 0;
  for (std::size_t pos = 0; pos < content.size();) {
    const std::size_t newline = std::min(content.find('\n', pos), content.size());
    std::string_view text = content.substr(pos, newline - pos);
    pos = newline + 1;
    ++line_no;
    if (diags.items().size() - problems_before >= kMaxRowProblems) {
      diags.add({shown, line_no, 1, "",
                 fmt::format("too many problems; stopped reading after {}", kMaxRowProblems)});
      return std::nullopt;
    }
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (line_no == 1) {
      if (text != header) {
        diags.add({shown, 1, 1, "",
                   fmt::format("expected the header \"{}\", got \"{}\"", header, quoted_excerpt(text))});
        return std::nullopt;
      }
      continue;
    }
    if (text.empty()) continue;
    const auto comma = text.find(',');
    if (comma == std::string::npos || text.find(',', comma + 1) != std::string::npos) {
      diags.add({shown, line_no, 1, "",
                 fmt::format("expected 2 comma-separated fields, got \"{}\"", quoted_excerpt(text))});
      continue;
    }
    on_row(Row{text.substr(0, comma), text.substr(comma + 1), static_cast<int>(comma) + 2}, line_no);
  }
  if (line_no == 0)
    diags.add({shown, 1, 1, "", fmt::format("empty file; expected the header \"{}\"", header)});
  return std::nullopt;
}

// The whole of `text` as a finite number no higher than `highest` and above zero (or at zero where
// `zero_allowed`); nullopt otherwise.
std::optional<double> parse_number_up_to(std::string_view text, double highest, bool zero_allowed) {
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(v) || v < 0 ||
      (v == 0 && !zero_allowed) || v > highest)
    return std::nullopt;
  return v;
}

std::optional<double> parse_price(std::string_view text) {
  return parse_number_up_to(text, kMaxBrentUsdPerBbl, false);
}

std::string price_problem(std::string_view text) {
  return fmt::format("expected a price in (0, {}], got \"{}\"", kMaxBrentUsdPerBbl, quoted_excerpt(text));
}

}  // namespace

std::optional<std::string> read_brent_daily(const std::filesystem::path& path, const std::string& shown,
                                            BrentData& out, Diagnostics& diags) {
  return read_csv(path, shown, "date,brent_usd_per_bbl", diags, [&](const Row& row, int line) {
    const auto day = Date::parse(row.first);
    const auto price = parse_price(row.second);
    if (!day)
      diags.add({shown, line, 1, "date",
                 fmt::format("expected a date YYYY-MM-DD, got \"{}\"", quoted_excerpt(row.first))});
    if (!price) diags.add({shown, line, row.second_column, "brent_usd_per_bbl", price_problem(row.second)});
    if (!day || !price) return;
    if (!out.days.empty() && *day <= out.days.back()) {
      diags.add({shown, line, 1, "date",
                 fmt::format("{} is not after the previous row's {}; expected dates in increasing order",
                             day->iso(), out.days.back().iso())});
      return;
    }
    if (!out.days.empty() && days_between(out.days.back(), *day) > kMaxDaysBetweenQuotes)
      diags.add({shown, line, 1, "date",
                 fmt::format("no quote from {} to {} ({} days); expected a quote at least every {} days (a "
                             "day without one would silently take the model's baseline price)",
                             out.days.back().plus_days(1).iso(), day->plus_days(-1).iso(),
                             days_between(out.days.back(), *day) - 1, kMaxDaysBetweenQuotes)});
    out.days.push_back(*day);
    out.daily_usd_per_bbl.push_back(*price);
  });
}

namespace {

// A key rate in % a year, in [0, kMaxKeyRatePct].
std::optional<double> parse_rate_pct(std::string_view text) {
  return parse_number_up_to(text, kMaxKeyRatePct, true);
}

std::string rate_problem(std::string_view text) {
  return fmt::format("expected a rate in % a year in [0, {}], got \"{}\"", kMaxKeyRatePct,
                     quoted_excerpt(text));
}

// A monthly series with header "month,<column>", months consecutive; `parse` reads a value,
// `problem` says what was expected of a bad one.
std::optional<std::string> read_monthly_values(const std::filesystem::path& path, const std::string& shown,
                                               const std::string& column, std::vector<YearMonth>& months,
                                               std::vector<double>& values, Diagnostics& diags,
                                               std::optional<double> (*parse)(std::string_view),
                                               std::string (*problem)(std::string_view)) {
  return read_csv(path, shown, "month," + column, diags, [&](const Row& row, int line) {
    const auto month = YearMonth::parse(row.first);
    const auto value = parse(row.second);
    if (!month)
      diags.add({shown, line, 1, "month",
                 fmt::format("expected a month YYYY-MM, got \"{}\"", quoted_excerpt(row.first))});
    if (!value) diags.add({shown, line, row.second_column, column, problem(row.second)});
    if (!month || !value) return;
    if (!months.empty() && *month <= months.back()) {
      diags.add({shown, line, 1, "month",
                 fmt::format("{} is not after the previous row's {}; expected months in increasing order",
                             month->str(), months.back().str())});
      return;
    }
    if (!months.empty() && month->index != months.back().index + 1) {
      const YearMonth first_missing{months.back().index + 1};
      const int missing = month->index - first_missing.index;
      diags.add({shown, line, 1, "month",
                 fmt::format("month {} is missing{}: expected a row for every month from the first "
                             "({}) to the last; a missing month would silently take the model's "
                             "value",
                             first_missing.str(),
                             missing > 1 ? fmt::format(" ({} months, to {})", missing,
                                                       YearMonth{month->index - 1}.str())
                                         : "",
                             months.front().str())});
    }
    months.push_back(*month);
    values.push_back(*value);
  });
}

}  // namespace

std::optional<std::string> read_brent_monthly(const std::filesystem::path& path, const std::string& shown,
                                              BrentData& out, Diagnostics& diags) {
  return read_monthly_values(path, shown, "brent_usd_per_bbl", out.months, out.monthly_usd_per_bbl, diags,
                             parse_price, price_problem);
}

std::optional<std::string> read_urals_monthly(const std::filesystem::path& path, const std::string& shown,
                                              MonthlyPath& out, Diagnostics& diags) {
  return read_monthly_values(path, shown, "urals_fob_usd_per_bbl", out.months, out.values, diags, parse_price,
                             price_problem);
}

std::optional<std::string> read_key_rate_monthly(const std::filesystem::path& path, const std::string& shown,
                                                 MonthlyPath& out, Diagnostics& diags) {
  return read_monthly_values(path, shown, "key_rate_pct", out.months, out.values, diags, parse_rate_pct,
                             rate_problem);
}

}  // namespace sancsim::scenario_detail
