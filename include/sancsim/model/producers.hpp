#pragma once
// Russian oil producers (one row per company; a handful, so fixed arrays) and the country's crude
// and product stocks that their output flows into: production with decline, the OPEC+ quota and
// shut-ins; refinery runs; the volumes offered for export each week; and the price below which
// they store rather than sell.
#include <array>

#include "sancsim/model/month_accounts.hpp"
#include "sancsim/model/oil_params.hpp"
#include "sancsim/model/policy.hpp"

namespace sancsim {

class Producers {
 public:
  explicit Producers(const OilParams& p);

  // Daily: capacity declines; output (capped by the quota, less shut-ins) and refinery runs flow
  // into the crude and product stocks; products for domestic use leave them.
  void produce(const OilParams& p, const PolicyState& policy, BarrelLedger& ledger, MonthAccounts& month);
  // Daily, after the cargoes left: storage overflow shuts in wells and room lets them restart;
  // product overflow cuts refinery runs.
  void respond_to_stocks(const OilParams& p);
  // Weekly: crude offered at Kozmino and the western ports after refining and pipelines (a drawdown
  // of stocks above their initial level is offered too), and products.
  std::array<double, kGrades> offer(const OilParams& p, const PolicyState& policy) const;
  // Crude taken from storage for a pipeline, at most what is stored; returns the volume (kbbl).
  double draw_crude(double kbbl);
  // Lowest crude FOB price at which producers sell rather than store: lifting cost plus extraction tax.
  double crude_reservation_usd(const OilParams& p, const PolicyState& policy, double brent_usd) const;
  // The largest discount to Brent sellers of grade `g` accept.
  double seller_floor(Grade g, const OilParams& p, const PolicyState& policy, double brent_usd) const;
  // Designated share of crude exports (by producer weight).
  double designated_export_share(const PolicyState& policy) const;

  // Company columns.
  std::array<double, kProducers> capacity_kbd{};
  std::array<double, kProducers> output_kbd{};
  std::array<double, kProducers> runs_kbd{};      // nominal refinery runs
  std::array<double, kProducers> export_share{};  // of crude exports, for designation exposure
  // The country's stocks and responses.
  double crude_storage_kbbl = 0;
  double product_stock_kbbl = 0;
  double shut_in_kbd = 0;
  double run_cut_kbd = 0;

 private:
  double refinery_runs_kbd(const PolicyState& policy) const;  // nominal, less outages and cuts
  double crude_stock_start_kbbl_ = 0;
  double product_stock_start_kbbl_ = 0;
};

}  // namespace sancsim
