#pragma once
// Reads Brent price CSVs (`date,brent_usd_per_bbl` daily, `month,brent_usd_per_bbl` monthly).
#include <filesystem>
#include <optional>
#include <string>

#include "sancsim/model/run.hpp"
#include "sancsim/scenario/diagnostics.hpp"

namespace sancsim::scenario_detail {

// Appends the daily quotes in `path` to `out`; each bad row is a diagnostic naming `shown` and
// its line. Returns why the file could not be read (the caller knows where it was named), nullopt
// if it was.
std::optional<std::string> read_brent_daily(const std::filesystem::path& path, const std::string& shown,
                                            BrentData& out, Diagnostics& diags);

// The same for monthly averages.
std::optional<std::string> read_brent_monthly(const std::filesystem::path& path, const std::string& shown,
                                              BrentData& out, Diagnostics& diags);

}  // namespace sancsim::scenario_detail
