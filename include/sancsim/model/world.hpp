#pragma once
// The world of one run and the order in which its agents act: the coalition's measures, Brent,
// producers, traders, buyers and the weekly market, ports and tankers, and the Russian state,
// advanced a day at a time on one clock. Phases run at their own rates: events on their dates,
// voyages on arrival days, trade daily, market clearing weekly, fleet, traders and accounts
// monthly. Each agent kind lives in its own file; World only schedules them and keeps the books.
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "sancsim/engine/clock.hpp"
#include "sancsim/engine/outcome.hpp"
#include "sancsim/engine/rng.hpp"
#include "sancsim/engine/series_table.hpp"
#include "sancsim/model/brent.hpp"
#include "sancsim/model/buyers.hpp"
#include "sancsim/model/dated_parameters.hpp"
#include "sancsim/model/market.hpp"
#include "sancsim/model/month_accounts.hpp"
#include "sancsim/model/policy.hpp"
#include "sancsim/model/ports.hpp"
#include "sancsim/model/producers.hpp"
#include "sancsim/model/run.hpp"
#include "sancsim/model/tankers.hpp"
#include "sancsim/model/traders.hpp"
#include "sancsim/state/russian_state.hpp"

namespace sancsim {

class World {
 public:
  explicit World(const RunInput& input);
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  // Runs to the end date.
  void run();
  // Advances one day; false once past the end.
  bool step();

  std::uint64_t state_hash() const;
  Date today() const { return today_; }
  const SeriesTable& series() const { return series_; }
  SeriesTable& series() { return series_; }
  // The built-in metrics: the oil-trade ones (oil_metric_definitions()) and the state's.
  std::vector<Metric> metrics() const;

  // Read access for tests.
  const PolicyState& policy() const { return policy_; }
  const Producers& producers() const { return producers_; }
  const Buyers& buyers() const { return buyers_; }
  const Markets& markets() const { return markets_; }
  const Ports& ports() const { return ports_; }
  const Traders& traders() const { return traders_; }
  const Shipping& shipping() const { return shipping_; }
  double brent_usd() const { return brent_usd_; }
  double crude_storage_kbbl() const { return producers_.crude_storage_kbbl; }
  const BarrelLedger& ledger() const { return ledger_; }
  // Barrels unaccounted for since the start (zero up to rounding): produced - refined - exported - stock
  // change.
  double crude_gap_kbbl() const;
  double product_gap_kbbl() const;

 private:
  void apply_events(Date today);
  void apply_one_off(std::size_t index);
  void clear_markets(const Tick& tick);
  void trade(Date today);
  void month_end(const Tick& tick);
  void check_invariants(Date today) const;

  RunInput in_;
  Params params_;  // the run's own copy: `set` events change it on their dates
  const OilParams& p_;
  DatedParameters dated_;
  Clock clock_;
  Schedule schedule_;
  Date today_;
  std::vector<std::uint8_t> event_active_;
  std::size_t next_event_ = 0;
  // Days on which a measure starts or stops without an event (ends of wind-downs, end dates),
  // sorted; a passed one makes the next Monday re-derive the measures in force.
  std::vector<Date> transitions_;
  std::size_t next_transition_ = 0;
  bool transition_pending_ = false;
  PolicyState policy_;
  BrentPath brent_;
  double brent_usd_ = 0;
  Producers producers_;
  Buyers buyers_;
  Markets markets_;
  Ports ports_;
  Traders traders_;
  Shipping shipping_;
  double exports_avg_kbd_ = 0;            // recent crude + product exports (Brent feedback)
  double baltic_india_voyage_days_ = 60;  // round trip of the first Indian Urals buyer: the reported route
  BarrelLedger ledger_;
  MonthAccounts month_;
  SeriesTable series_;
  std::unique_ptr<RussianState> state_;
  int tankers_designated_total_ = 0;
  bool cap_binding_month_ = false;
};

// The oil-trade built-in metrics as outcome definitions over the reported window.
const std::vector<OutcomeDef>& oil_metric_definitions();

}  // namespace sancsim
