#pragma once
// Export routes from the stocks to the buyers: the pipelines (contract flows priced off the
// seaborne grade) and the ports, where crude and products sold to a buyer move from storage to the
// terminal and load onto whichever tanker the seller can get, coalition or shadow, at the price the
// cap and its enforcement allow.
#include <array>
#include <cstdint>

#include "sancsim/engine/date.hpp"
#include "sancsim/engine/rng.hpp"
#include "sancsim/model/buyers.hpp"
#include "sancsim/model/market.hpp"
#include "sancsim/model/month_accounts.hpp"
#include "sancsim/model/oil_params.hpp"
#include "sancsim/model/policy.hpp"
#include "sancsim/model/producers.hpp"
#include "sancsim/model/tankers.hpp"

namespace sancsim {

// What a day's loading reads and writes besides the ports themselves.
struct LoadingContext {
  const OilParams& p;
  const PolicyState& policy;
  Date today;
  double brent_usd;
  Producers& producers;
  Buyers& buyers;
  Markets& markets;
  Shipping& shipping;
  BarrelLedger& ledger;
  MonthAccounts& month;
};

class Ports {
 public:
  Ports(std::uint64_t seed, std::uint32_t replication);

  // Daily: Druzhba (unless embargoed) and the ESPO pipeline take crude from storage.
  void pipe_crude(LoadingContext& c);
  // Daily: each grade's sold volume moves to its terminal and loads onto tankers for the buyers
  // owed the most.
  void load(LoadingContext& c);

  std::array<double, kGrades> stock_kbbl{};  // at the terminals
  std::array<double, 4> backlog{};  // cargoes that found no tanker this week, by Shipping::idx(fleet, hull)

 private:
  void load_grade(Grade g, LoadingContext& c);
  double premium_acc_ = 0;    // alternates product cargo classes
  double own_fleet_acc_ = 0;  // spreads the crude cargoes put on the own fleet first
  Rng cheat_rng_;
};

}  // namespace sancsim
