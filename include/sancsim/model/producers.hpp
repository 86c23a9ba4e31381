#pragma once
// Russian oil producers (one row per company; a handful, so fixed arrays) and the country's crude
// and product stocks that their output flows into: production with decline, the OPEC+ quota and
// shut-ins; refinery runs; the volumes offered for export each week; and the price below which
// they store rather than sell.
#include <array>

#include "sancsim/model/month_accounts.hpp"
#include "sancsim/model/oil_params.hpp"
#include "sancsim/model/policy.hpp"
#include "sancsim/model/stock_limits.hpp"

namespace sancsim {

class Producers {
 public:
  explicit Producers(const OilParams& p);

  // Daily: capacity declines; output (capped by the quota, less shut-ins) and refinery runs flow
  // into the crude and product stocks; products for domestic use leave them.
  void produce(const OilParams& p, const PolicyState& policy, BarrelLedger& ledger, MonthAccounts& month);
  // Daily, after the cargoes left: crude that storage cannot hold was not produced; producers close
  // wells when storage would fill within the lead time (at most as fast as wells close) and reopen
  // them once it has room (as slowly as they restart); product overflow cuts refinery runs.
  void respond_to_stocks(const OilParams& p, const PolicyState& policy, BarrelLedger& ledger,
                         MonthAccounts& month);
  // Weekly, after clearing: the share of export runs that earns less than crude export
  // (refining_margin.hpp) sets the runs refiners plan to cut; the daily step moves the cut toward it
  // at the speeds of 2022 (docs/MODEL.md §3). Runs for the home market are never cut for the margin.
  void note_refining_margin(const OilParams& p, const PolicyState& policy, double unprofitable_share);
  // Weekly: the realised crude price against its trailing-year mean sets the short-run output cut.
  void note_crude_price(const OilParams& p, double fob_usd);
  // Crude storage above working stocks as a share of the room above them (0..1).
  double storage_fill(const OilParams& p) const;
  // Weekly: crude offered at Kozmino and the western ports after refining and pipelines (a drawdown
  // of stocks above their initial level is offered too), and products.
  std::array<double, kGrades> offer(const OilParams& p, const PolicyState& policy) const;
  // Crude taken from storage for a pipeline, at most what is stored; returns the volume (kbbl).
  double draw_crude(double kbbl);
  // Lowest crude FOB price at which producers sell rather than store: lifting cost plus extraction
  // tax while storage has room; as it fills, the tax and lifting of barrels already produced are
  // sunk and the reservation falls to what any buyer pays (docs/MODEL.md §7.2).
  double crude_reservation_usd(const OilParams& p, const PolicyState& policy, double brent_usd) const;
  // The largest discount to Brent sellers of crude grade `g` accept: Brent less their reservation
  // price, without the clearing search's bound (what a bargain splits the surplus against).
  double seller_reservation_discount(const OilParams& p, const PolicyState& policy, double brent_usd) const;
  // The largest discount to Brent sellers of grade `g` accept, within the clearing search's bound.
  double seller_floor(Grade g, const OilParams& p, const PolicyState& policy, double brent_usd) const;
  // Share of grade g's exports that comes from designated producers.
  double designated_share(Grade g, const PolicyState& policy) const;

  // Company columns.
  std::array<double, kProducers> capacity_kbd{};
  std::array<double, kProducers> output_kbd{};
  std::array<double, kProducers> runs_kbd{};      // nominal refinery runs
  std::array<double, kProducers> export_share{};  // of crude exports (intermediation, cost weights)
  // Each company's share of each grade's exports: Kozmino from the loading programme, Urals the rest
  // of its crude exports, products by refinery runs.
  std::array<std::array<double, kGrades>, kProducers> grade_share{};
  // The country's stocks and responses.
  double crude_storage_kbbl = 0;
  double product_stock_kbbl = 0;
  double shut_in_kbd = 0;           // wells closed (planned and forced)
  double choked_kbd = 0;            // of which choked at once because storage was full (idled, not sealed)
  double run_cut_kbd = 0;           // cut for product stocks (either run rule)
  double margin_cut_kbd = 0;        // export runs cut because crude export pays more
  StockWatch crude_watch;           // net flow into crude storage, a week's moving average
  StockWatch product_watch;         // the same for product stocks
  double price_output_share = 1.0;  // the short-run price response (<= 1)

 private:
  double refinery_runs_kbd(const PolicyState& policy) const;  // nominal, less outages and cuts
  StockLimits crude_limits(const OilParams& p) const;
  // Daily: the product stocks' hard limit, and refinery runs planned on what leaves.
  void plan_runs(const OilParams& p, const PolicyState& policy, BarrelLedger& ledger, MonthAccounts& month);
  double crude_stock_start_kbbl_ = 0;
  double price_reference_usd_ = 0;  // trailing-year mean of the realised crude price (0: none yet)
  double product_stock_start_kbbl_ = 0;
  double run_cut_mean_kbd_ = 0;  // the run cut's week moving average
  double margin_cut_target_kbd_ = 0;
  // Runs available to refiners: nominal less outages and the margin cut.
  double available_runs_kbd(const PolicyState& policy) const;
  // Daily: the margin cut moves toward its target at the run-cut speeds.
  void step_margin_cut(const OilParams& p);
  bool planned_runs_ = false;  // refinery_run_rule "planned" (else "overflow")
};

}  // namespace sancsim
