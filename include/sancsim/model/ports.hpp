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
  double baltic_india_voyage_days;  // the reference route of the reported freight
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
  // Shares of cargoes met without a random draw: each cargo adds a share to its accumulator, and
  // the cargo at which it reaches 1 is of that kind. A cargo that waits at port gives its
  // additions back.
  struct Accumulators {
    double premium_products = 0;        // product cargoes of the premium cap class
    double designated = 0;              // cargoes of designated sellers
    std::array<double, 2> own_fleet{};  // by hull: cargoes of sellers with their own shadow fleet
    static bool take(double& acc, double share) {
      acc += share;
      if (acc < 1.0) return false;
      acc -= 1.0;
      return true;
    }
  };
  void load_grade(Grade g, LoadingContext& c);
  Accumulators acc_;
  Rng cheat_rng_;
};

}  // namespace sancsim
