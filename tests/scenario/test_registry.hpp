#pragma once
// A small parameter registry and event catalogue of the tests' own, so that loader tests state
// their expectations without depending on the model's keys and defaults.
#include <string>
#include <vector>

#include "loader.hpp"

namespace sancsim::testing {

// Fixture folder of the loader tests.
inline std::string fixture(const std::string& name) {
  return std::string(SANCSIM_LOADER_FIXTURES) + "/" + name;
}

// Values the registry keeps outside Params (Params has no path or date yet); reset by test_context().
struct Extras {
  YearPath spending_defence_rub_bn{{{2021, 3600.0}}};
  Date ceasefire = Date::from_ymd(2030, 1, 1);
};
Extras& extras();

const std::vector<EventKindSpec>& test_catalogue();

// Registry: tankers.g7_tankers (integer 0..5000), tankers.cargo_crude_kbbl (real 100..2500),
// market.brent_mode (pinned|baseline), market.brent_baseline_usd_per_bbl (real 10..300),
// state.enabled (flag), buyers.first.jurisdictions (text), spending.defence_rub_bn (path 0..1e6),
// politics.ceasefire (day).
scenario_detail::LoadContext test_context();

// Loads with the test registry.
LoadResult load_test(const std::string& name, const std::vector<Override>& overrides = {});

}  // namespace sancsim::testing
