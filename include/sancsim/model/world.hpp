#pragma once
// The world of one run: the coalition's measures, producers, buyers, traders, tankers, markets,
// Brent and the Russian state, advanced a day at a time on one clock. Phases run at their own
// rates: events on their dates, voyages on arrival days, trade daily, market clearing weekly,
// fleet, traders and accounts monthly.
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "sancsim/engine/clock.hpp"
#include "sancsim/engine/rng.hpp"
#include "sancsim/engine/series_table.hpp"
#include "sancsim/model/brent.hpp"
#include "sancsim/model/month_accounts.hpp"
#include "sancsim/model/policy.hpp"
#include "sancsim/model/run.hpp"
#include "sancsim/model/tankers.hpp"
#include "sancsim/model/traders.hpp"
#include "sancsim/state/russian_state.hpp"

namespace sancsim {

// Russian producers (one entry per company; a handful, so fixed arrays).
struct Producers {
  std::array<double, kProducers> capacity_kbd{};
  std::array<double, kProducers> output_kbd{};
  std::array<double, kProducers> runs_kbd{};  // nominal refinery runs
};

// Buyer groups (one row per refiner type and grade).
struct Buyers {
  std::array<double, kBuyers> capacity_kbd{};  // effective this week
  std::array<double, kBuyers> required_usd{};  // required FOB discount this week
  std::array<double, kBuyers> ramp_usd{};
  std::array<double, kBuyers> freight_usd{};      // expected freight this week
  std::array<double, kBuyers> learned_usd{};      // learned risk premium
  std::array<double, kBuyers> cumulative_mbbl{};  // bought so far (learning)
  std::array<double, kBuyers> allotment_kbd{};    // cleared volume this week
  std::array<double, kBuyers> owed_kbbl{};        // cleared but not yet loaded
};

// Per-grade market state.
struct Markets {
  std::array<double, kGrades> fob_usd{};       // FOB price this week
  std::array<double, kGrades> discount_usd{};  // Brent basis minus FOB
  std::array<double, kGrades> offered_kbd{};
  std::array<double, kGrades> sold_kbd{};
  std::array<double, kGrades> shadow_share{};  // share of cargoes on shadow tankers (smoothed)
  std::array<double, kGrades> port_stock_kbbl{};
  double margin_usd = 0;               // intermediation margin this week
  double unplaced_kbd = 0;             // volume no intermediary would take
  double designated_vessel_share = 0;  // of shadow cargoes, on designated tankers (smoothed)
};

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
  std::vector<Metric> metrics() const;

  // Read access for tests.
  const PolicyState& policy() const { return policy_; }
  const Producers& producers() const { return producers_; }
  const Buyers& buyers() const { return buyers_; }
  const Markets& markets() const { return markets_; }
  const Traders& traders() const { return traders_; }
  const Shipping& shipping() const { return shipping_; }
  double brent_usd() const { return brent_usd_; }
  double crude_storage_kbbl() const { return crude_storage_kbbl_; }
  const BarrelLedger& ledger() const { return ledger_; }
  // Barrels unaccounted for since the start (zero up to rounding): produced - refined - exported - stock
  // change.
  double crude_gap_kbbl() const;
  double product_gap_kbbl() const;

 private:
  void apply_events(Date today);
  void apply_one_off(std::size_t index);
  void clear_markets(const Tick& tick);
  void produce_and_ship(Date today);
  void load_cargoes(Grade g, Date today);
  void month_end(const Tick& tick);
  double required_discount(std::size_t b) const;
  double effective_capacity(std::size_t b) const;
  double seller_floor(Grade g) const;
  // Lowest crude FOB price at which producers sell rather than store: lifting cost plus extraction tax.
  double crude_reservation_usd() const;
  void check_invariants(Date today) const;

  RunInput in_;
  const OilParams& p_;
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
  Traders traders_;
  Shipping shipping_;
  std::array<std::vector<std::size_t>, kGrades> buyers_of_;
  std::array<double, kProducers> export_share_{};  // of crude exports, for designation exposure
  double crude_storage_kbbl_ = 0;
  double product_stock_kbbl_ = 0;
  double shut_in_kbd_ = 0;
  double run_cut_kbd_ = 0;
  double exports_avg_kbd_ = 0;       // recent crude + product exports (Brent feedback)
  double premium_acc_ = 0;           // alternates product cargo classes
  double own_fleet_acc_ = 0;         // spreads the crude cargoes put on the own fleet first
  std::array<double, 4> backlog_{};  // cargoes that found no tanker this week, by (fleet, hull)
  Rng cheat_rng_;
  BarrelLedger ledger_;
  MonthAccounts month_;
  SeriesTable series_;
  std::unique_ptr<RussianState> state_;
  int tankers_designated_total_ = 0;
  bool cap_binding_month_ = false;
};

}  // namespace sancsim
