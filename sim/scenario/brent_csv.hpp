#pragma once
// Reads Brent price CSVs (`date,brent_usd_per_bbl` daily, `month,brent_usd_per_bbl` monthly).
#include <filesystem>
#include <optional>
#include <string>

#include "sancsim/model/run.hpp"
#include "sancsim/scenario/diagnostics.hpp"

namespace sancsim::scenario_detail {

// Longest run of days without a daily quote that is a holiday rather than a hole in the data
// (the shipped daily file's longest is 5 days, over Christmas and New Year).
inline constexpr int kMaxDaysBetweenQuotes = 7;

// Appends the daily quotes in `path` to `out`; each bad row is a diagnostic naming `shown` and
// its line, and so is a gap of more than kMaxDaysBetweenQuotes days between quotes. Returns why
// the file could not be read (the caller knows where it was named), nullopt if it was.
std::optional<std::string> read_brent_daily(const std::filesystem::path& path, const std::string& shown,
                                            BrentData& out, Diagnostics& diags);

// The same for monthly averages; a month missing between the first and the last row is an error
// at the line where its row belongs.
std::optional<std::string> read_brent_monthly(const std::filesystem::path& path, const std::string& shown,
                                              BrentData& out, Diagnostics& diags);

// The same for a pinned Urals FOB path (header "month,urals_fob_usd_per_bbl").
std::optional<std::string> read_urals_monthly(const std::filesystem::path& path, const std::string& shown,
                                              MonthlyPath& out, Diagnostics& diags);

// The same for a pinned key-rate path (header "month,key_rate_pct"; rates in % a year, 0 to 200).
std::optional<std::string> read_key_rate_monthly(const std::filesystem::path& path, const std::string& shown,
                                                 MonthlyPath& out, Diagnostics& diags);

}  // namespace sancsim::scenario_detail
