#include "sancsim/model/producers.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sancsim {
namespace {

constexpr std::size_t kUrals = static_cast<std::size_t>(Grade::Urals);
constexpr std::size_t kEspo = static_cast<std::size_t>(Grade::Espo);
constexpr std::size_t kProducts = static_cast<std::size_t>(Grade::Products);

double sum(const std::array<double, kProducers>& a) { return std::accumulate(a.begin(), a.end(), 0.0); }

}  // namespace

Producers::Producers(const OilParams& p) {
  double exports = 0;
  for (std::size_t k = 0; k < kProducers; ++k) {
    capacity_kbd[k] = p.producers[k].output_kbd;
    output_kbd[k] = p.producers[k].output_kbd;
    runs_kbd[k] = p.producers[k].refinery_runs_kbd;
    export_share[k] = std::max(0.0, p.producers[k].output_kbd - p.producers[k].refinery_runs_kbd);
    exports += export_share[k];
  }
  // Grade shares: the ESPO cargoes by the loading programme (as much of a company's crude exports as it
  // has), Urals the rest of its crude exports, products by refinery runs.
  double kozmino = 0;
  for (std::size_t k = 0; k < kProducers; ++k) kozmino += p.producers[k].kozmino_share;
  std::array<double, kGrades> totals{};
  for (std::size_t k = 0; k < kProducers; ++k) {
    const double espo =
        kozmino > 0
            ? std::min(export_share[k], p.producers[k].kozmino_share / kozmino * p.port_capacity_kozmino_kbd)
            : 0.0;
    grade_share[k][kEspo] = espo;
    grade_share[k][kUrals] = export_share[k] - espo;
    grade_share[k][kProducts] = runs_kbd[k];
    for (std::size_t g = 0; g < kGrades; ++g) totals[g] += grade_share[k][g];
  }
  for (auto& row : grade_share)
    for (std::size_t g = 0; g < kGrades; ++g) row[g] = totals[g] > 0 ? row[g] / totals[g] : 0.0;
  for (auto& s : export_share) s = exports > 0 ? s / exports : 0.0;
  crude_storage_kbbl = p.storage_initial_mbbl * 1000.0;
  product_stock_kbbl = 0.3 * p.product_storage_mbbl * 1000.0;
  crude_stock_start_kbbl_ = crude_storage_kbbl;
  crude_watch.yesterday_kbbl = crude_storage_kbbl;
  product_stock_start_kbbl_ = product_stock_kbbl;
  product_watch.yesterday_kbbl = product_stock_kbbl;
  planned_runs_ = p.refinery_run_rule == "planned";
}

double Producers::available_runs_kbd(const PolicyState& policy) const {
  return std::max(0.0, sum(runs_kbd) - policy.refinery_outage_kbd - margin_cut_kbd);
}

double Producers::refinery_runs_kbd(const PolicyState& policy) const {
  return available_runs_kbd(policy) - run_cut_kbd;
}

void Producers::note_refining_margin(const OilParams& p, const PolicyState& policy,
                                     double unprofitable_share) {
  // Only runs beyond what the home market takes are export runs.
  const double nominal = std::max(0.0, sum(runs_kbd) - policy.refinery_outage_kbd);
  const double export_runs = std::max(0.0, nominal - p.domestic_products_kbd / p.product_yield);
  margin_cut_target_kbd_ = unprofitable_share * export_runs;
}

void Producers::step_margin_cut(const OilParams& p) {
  margin_cut_kbd += std::clamp(margin_cut_target_kbd_ - margin_cut_kbd, -p.run_restore_max_kbd_per_day,
                               p.run_cut_max_kbd_per_day);
}

void Producers::produce(const OilParams& p, const PolicyState& policy, BarrelLedger& ledger,
                        MonthAccounts& month) {
  // Capacity declines; output is capped by the OPEC+ quota and reduced by shut-ins.
  const double decline_extra =
      policy.petroleum_services_ban ? p.services_ban_extra_decline_pct_per_year : 0.0;
  double capacity = 0;
  for (std::size_t k = 0; k < kProducers; ++k) {
    capacity_kbd[k] *= 1.0 - (p.producers[k].decline_pct_per_year + decline_extra) / 100.0 / 365.0;
    capacity += capacity_kbd[k];
  }
  const double available = std::max(0.0, capacity * price_output_share - shut_in_kbd);
  const double target = policy.quota_kbd > 0 ? std::min(available, policy.quota_kbd) : available;
  const double scale = capacity > 0 ? target / capacity : 0.0;
  for (std::size_t k = 0; k < kProducers; ++k) output_kbd[k] = capacity_kbd[k] * scale;
  const double output = target;

  // Refining (outages and product-stock overflow cut runs), products to domestic use and export stock.
  const double runs = std::clamp(refinery_runs_kbd(policy), 0.0, output + crude_storage_kbbl);
  crude_storage_kbbl += output - runs;
  const double made = runs * p.product_yield;
  const double domestic = std::min(p.domestic_products_kbd, product_stock_kbbl + made);
  product_stock_kbbl += made - domestic;
  ledger.crude_produced_kbbl += output;
  ledger.crude_refined_kbbl += runs;
  ledger.products_made_kbbl += made;
  ledger.products_domestic_kbbl += domestic;
  month.crude_output_kbbl += output;
  month.runs_kbbl += runs;
}

void Producers::respond_to_stocks(const OilParams& p, const PolicyState& policy, BarrelLedger& ledger,
                                  MonthAccounts& month) {
  // Storage is a hard limit: what it cannot hold today was not produced (wells choked at once).
  const StockLimits crude = crude_limits(p);
  const double capacity = sum(capacity_kbd);
  double excess = 0;
  if (crude_storage_kbbl > crude.room_kbbl) {
    excess = crude_storage_kbbl - crude.room_kbbl;
    crude_storage_kbbl = crude.room_kbbl;
    ledger.crude_produced_kbbl -= excess;
    month.crude_output_kbbl -= excess;
    const double before = shut_in_kbd;
    shut_in_kbd = std::min(capacity, shut_in_kbd + excess);
    choked_kbd += shut_in_kbd - before;
  }
  // With no room above working stocks there is nothing to plan against and no stock to watch drain:
  // the hard limit alone chokes wells, and they are tried again on each day that choked nothing.
  if (crude.has_room()) plan_cut(crude_storage_kbbl, capacity, crude, crude_watch, shut_in_kbd);
  // Choked wells are idled, not sealed: they reopen as fast as they closed once storage drains
  // (oil_mechanisms.md §3.2: short-term idling against the mass sealing of wells).
  const bool draining = crude.has_room() ? crude_watch.inflow_kbd <= 0 : excess <= 0;
  if (choked_kbd > 0 && draining) {
    const double reopen = std::min(choked_kbd, p.shut_in_max_kbd_per_day);
    choked_kbd -= reopen;
    shut_in_kbd = std::max(0.0, shut_in_kbd - reopen);
  }
  choked_kbd = std::min(choked_kbd, shut_in_kbd);
  step_margin_cut(p);
  if (planned_runs_) {
    plan_runs(p, policy, ledger, month);
    return;
  }
  // The default rule (docs/MODEL.md §3, §15): product stocks are soft, and an overflow cuts runs
  // in proportion to it.
  const double pcap = p.product_storage_mbbl * 1000.0;
  if (product_stock_kbbl > pcap)
    run_cut_kbd =
        std::min(sum(runs_kbd), run_cut_kbd + p.run_cut_response_per_day * (product_stock_kbbl - pcap));
  else
    run_cut_kbd *= 1.0 - p.run_restore_per_day;
}

void Producers::plan_runs(const OilParams& p, const PolicyState& policy, BarrelLedger& ledger,
                          MonthAccounts& month) {
  // Product stocks are a hard limit too: products they cannot hold were not refined, and that
  // crude stays in storage (tomorrow's crude limit applies to it).
  const double room = p.product_storage_mbbl * 1000.0;
  const double available = available_runs_kbd(policy);
  if (product_stock_kbbl > room) {
    const double excess = product_stock_kbbl - room;
    const double crude = excess / p.product_yield;
    product_stock_kbbl = room;
    ledger.products_made_kbbl -= excess;
    ledger.crude_refined_kbbl -= crude;
    month.runs_kbbl -= crude;
    crude_storage_kbbl += crude;
  }
  // Refiners offer the products of their available runs (offer()) and run what leaves: the cut that
  // would have kept stocks level over the last week (the week's mean cut plus the week's mean net
  // inflow into product stocks), less a drawdown of stocks above working stocks over the planning
  // horizon. Stocks that fall below working stocks (buyers take more than is made) restore runs.
  const double flow = product_stock_kbbl - product_watch.yesterday_kbbl;
  product_watch.yesterday_kbbl = product_stock_kbbl;
  product_watch.inflow_kbd += (flow - product_watch.inflow_kbd) / 7.0;
  run_cut_mean_kbd_ += (run_cut_kbd - run_cut_mean_kbd_) / 7.0;
  const double target = std::clamp(
      run_cut_mean_kbd_ +
          (product_watch.inflow_kbd + (product_stock_kbbl - product_stock_start_kbbl_) / p.run_plan_days) /
              p.product_yield,
      0.0, available);
  run_cut_kbd += std::clamp(target - run_cut_kbd, -p.run_restore_max_kbd_per_day, p.run_cut_max_kbd_per_day);
}

StockLimits Producers::crude_limits(const OilParams& p) const {
  return {.room_kbbl = p.storage_capacity_mbbl * 1000.0,
          .working_kbbl = crude_stock_start_kbbl_,
          .lead_days = p.shut_in_lead_days,
          .cut_max_kbd_per_day = p.shut_in_max_kbd_per_day,
          .restore_max_kbd_per_day = p.restart_max_kbd_per_day,
          .restore_below_fill = p.restart_below_fill};
}

void Producers::note_crude_price(const OilParams& p, double fob_usd) {
  if (!(fob_usd > 0)) return;
  price_reference_usd_ = price_reference_usd_ > 0
                             ? price_reference_usd_ + (fob_usd - price_reference_usd_) * 7.0 / 365.0
                             : fob_usd;
  // Short-run supply: fields whose cash cost the price no longer covers slow down; the reference
  // follows the price, so the cut fades as a low price becomes the normal one. No rise above capacity.
  price_output_share = std::min(1.0, std::pow(fob_usd / price_reference_usd_, p.supply_elasticity_short_run));
}

double Producers::storage_fill(const OilParams& p) const {
  return stock_fill(crude_storage_kbbl, crude_limits(p));
}

std::array<double, kGrades> Producers::offer(const OilParams& p, const PolicyState& policy) const {
  // Crude output less refining, pipelines first, then Kozmino, then the western ports.
  std::array<double, kGrades> offered{};
  const double output = sum(output_kbd);
  const double runs = refinery_runs_kbd(policy);
  // Stocks above working stocks are offered over a month; that is how choked output comes back to the
  // market. With no room above working stocks nothing can be stored, so the choked wells themselves
  // are offered: they reopen once the barrels sell (respond_to_stocks).
  const double draw = crude_limits(p).has_room()
                          ? std::max(0.0, crude_storage_kbbl - crude_stock_start_kbbl_) / 30.0
                          : choked_kbd;
  double crude = std::max(0.0, output - std::max(0.0, runs) + draw);
  const double pipelines = (policy.druzhba_north_embargoed ? 0.0 : p.druzhba_north_kbd) +
                           (policy.druzhba_south_embargoed ? 0.0 : p.druzhba_south_kbd) + p.espo_pipeline_kbd;
  crude = std::max(0.0, crude - pipelines);
  // An outage at one port sends what it can to the other, within its capacity.
  offered[kEspo] =
      std::min(std::max(0.0, p.port_capacity_kozmino_kbd - policy.port_outage_kozmino_kbd), crude);
  offered[kUrals] =
      std::min(std::max(0.0, p.port_capacity_west_kbd - policy.port_outage_west_kbd), crude - offered[kEspo]);
  // Planned runs: refiners offer the products of their available runs and run what sells, and
  // bring stocks back to working stocks from either side. Overflow rule: the products of the day's
  // runs, and stocks above working stocks.
  const double available = available_runs_kbd(policy);
  const double products = planned_runs_
                              ? available * p.product_yield - p.domestic_products_kbd +
                                    (product_stock_kbbl - product_stock_start_kbbl_) / 30.0
                              : std::max(0.0, runs) * p.product_yield - p.domestic_products_kbd +
                                    std::max(0.0, product_stock_kbbl - product_stock_start_kbbl_) / 30.0;
  offered[kProducts] = std::max(0.0, products);
  return offered;
}

double Producers::draw_crude(double kbbl) {
  const double v = std::min(kbbl, crude_storage_kbbl);
  crude_storage_kbbl -= v;
  return v;
}

double Producers::crude_reservation_usd(const OilParams& p, const PolicyState& policy,
                                        double brent_usd) const {
  double lifting = 0;
  for (std::size_t k = 0; k < kProducers; ++k)
    lifting += export_share[k] * p.producers[k].lifting_cost_usd_per_bbl;
  // Tax per barrel = s * (tax price - free), tax price = max(FOB, Brent - D) once the floor exists.
  const double s = p.tax_take_share;
  const double free = p.tax_free_usd_per_bbl;
  const double own = (lifting - s * free) / (1.0 - s);  // FOB = lifting + s (FOB - free)
  const double d = policy.tax_discount_floor_usd_per_bbl;
  const double producing = std::isnan(d) || own >= brent_usd - d
                               ? std::max(lifting, own)
                               : lifting + s * std::max(0.0, brent_usd - d - free);
  // Barrels in storage have paid their lifting and tax: as storage fills, holding them is worth less
  // than any sale, down to the lowest price the clearing searches.
  const double sunk = std::max(0.0, brent_usd - p.max_discount_usd_per_bbl);
  const double w = storage_fill(p);
  return (1.0 - w) * producing + w * std::min(producing, sunk);
}

double Producers::seller_floor(Grade g, const OilParams& p, const PolicyState& policy,
                               double brent_usd) const {
  // Sellers do not sell below their reservation price: at a larger discount they store (and, when
  // storage fills, shut in). Refiners keep a margin on products.
  if (g == Grade::Products) {
    double cost = 0;
    for (std::size_t k = 0; k < kProducers; ++k)
      cost += export_share[k] * p.producers[k].lifting_cost_usd_per_bbl;
    return std::min(p.max_discount_usd_per_bbl, brent_usd + p.products_crack_usd_per_bbl + 6.0 - cost);
  }
  return std::min(p.max_discount_usd_per_bbl, seller_reservation_discount(p, policy, brent_usd));
}

double Producers::seller_reservation_discount(const OilParams& p, const PolicyState& policy,
                                              double brent_usd) const {
  return brent_usd - crude_reservation_usd(p, policy, brent_usd);
}

double Producers::designated_share(Grade g, const PolicyState& policy) const {
  double designated = 0;
  for (std::size_t k = 0; k < kProducers; ++k)
    designated += grade_share[k][static_cast<std::size_t>(g)] * policy.producer_designation[k];
  return designated;
}

}  // namespace sancsim
