#pragma once
// A scenario: a TOML file (with `extends = "other.toml"` chains) resolved into parameters, dated
// events and Brent data, validated once. Loading never throws for bad input: it returns every
// problem found.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "sancsim/engine/outcome.hpp"
#include "sancsim/model/params.hpp"
#include "sancsim/model/policy_event.hpp"
#include "sancsim/model/run.hpp"
#include "sancsim/scenario/diagnostics.hpp"

namespace sancsim {

// The simulated period a scenario may have (docs/RELIABILITY.md, "Data gaps and horizons").
// Earliest start: the model's data (Brent, exports, the budget) begin in 2015 and its agents are
// calibrated to 2015-2025; before 2000 there is nothing it could mean (a start in year 1 or 1900
// loads and runs to numbers that look plausible and mean nothing).
inline constexpr int kEarliestStartYear = 2000;  // first allowed start: 1 January of this year
// Latest end: with its default parameters the state has no fiscal response to its debt, and the OFZ
// interest it borrows again feeds spending, demand, inflation and the key rate, which raises the
// interest (scenarios/test/small.toml: key rate 32% at the end of 2035, 57% in 2040, 560% in 2045,
// NaN in 2047), so runs end by 31 December of this year (docs/RELIABILITY.md, "Numerical guards").
inline constexpr int kLatestEndYear = 2035;

struct Scenario {
  std::string name;
  std::string description;
  std::string file;                // absolute path of the file named by the user
  std::vector<std::string> chain;  // that file, then what it extends, and so on
  std::string hash;                // 16 hex digits over the resolved content (params, events, data)
  Date start;
  Date end;
  YearMonth report_from;  // `report_start`, default: the month of `start`
  Params params;
  std::vector<PolicyEvent> events;  // sorted by date, stable in file order
  BrentData brent;
  MonthlyPath
      urals_fob;  // `data.urals_fob_monthly_csv`: months whose Urals price is pinned (docs/MODEL.md §7.1)
  // `data.key_rate_monthly_csv`: months whose key rate is pinned, the Bank's rule set aside
  // (docs/MODEL_STATE.md, "A pinned key-rate path").
  MonthlyPath key_rate;
  std::shared_ptr<const Scenario> counterfactual;  // from `compare_to`, if any
  // `[[outcome]]` entries over the chain (a later file's entry replaces an earlier one of the same
  // name), computed after the built-in metrics of each run.
  std::vector<OutcomeDef> outcomes;
};

// A `--set key.path=value` override, applied after the files (value in TOML syntax).
struct Override {
  std::string key;
  std::string value;
};

// Parses "key.path=value"; nullopt if there is no '='.
std::optional<Override> parse_override(const std::string& text);

using LoadResult = std::variant<Scenario, Diagnostics>;

namespace scenario_detail {
struct FileCacheData;
}

// The files earlier loads read (parsed scenario files and Brent CSVs), for loading one scenario
// many times with different overrides, as a sweep does once per design point: each file is read
// and parsed once. Files are taken not to change while the cache lives. One per thread.
class ScenarioFileCache {
 public:
  ScenarioFileCache();
  ~ScenarioFileCache();
  ScenarioFileCache(ScenarioFileCache&&) noexcept;
  ScenarioFileCache& operator=(ScenarioFileCache&&) noexcept;
  scenario_detail::FileCacheData& data() { return *data_; }

 private:
  std::unique_ptr<scenario_detail::FileCacheData> data_;
};

// Loads, resolves and validates a scenario file.
LoadResult load_scenario(const std::string& path, const std::vector<Override>& overrides = {});
// The same, reading files through `cache`; the result is the same as without it.
LoadResult load_scenario(const std::string& path, const std::vector<Override>& overrides,
                         ScenarioFileCache& cache);

// The model's input for one run of a loaded scenario (it points into `s`, which must outlive it).
RunInput run_input(const Scenario& s, std::uint64_t seed, std::uint32_t replication = 0);

// Runs a loaded scenario (and its counterfactual, with the same seed, if it names one; the
// metrics then include `<metric>_vs_counterfactual` differences). Metrics: the built-in ones, the
// declared outcomes, the differences of both from the counterfactual, then the outcomes declared
// with vs = "compare_to" (this run minus the counterfactual's).
RunResult run_scenario(const Scenario& s, std::uint64_t seed, std::uint32_t replication = 0);
// The same, but a run (or its counterfactual) that stops part-way keeps what it completed: the
// months before the one it stopped in (RunAttempt), no metrics. run_scenario rethrows that failure.
RunAttempt try_run_scenario(const Scenario& s, std::uint64_t seed, std::uint32_t replication = 0);

}  // namespace sancsim
