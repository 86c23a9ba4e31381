#include "sancsim/model/world.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include <fmt/format.h>

#include "sancsim/engine/state_hash.hpp"
#include "sancsim/model/market.hpp"

namespace sancsim {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kUrals = static_cast<std::size_t>(Grade::Urals);
constexpr std::size_t kEspo = static_cast<std::size_t>(Grade::Espo);
constexpr std::size_t kProducts = static_cast<std::size_t>(Grade::Products);

Hull hull_of(Grade g) { return g == Grade::Products ? Hull::Product : Hull::Crude; }

// Oil-trade columns of series.csv, in order.
constexpr std::array kOilColumns = {
    "brent_usd_per_bbl",
    "urals_fob_usd_per_bbl",
    "urals_discount_usd_per_bbl",
    "espo_fob_usd_per_bbl",
    "espo_discount_usd_per_bbl",
    "products_fob_usd_per_bbl",
    "crude_output_kbd",
    "refinery_runs_kbd",
    "crude_exports_kbd",
    "crude_exports_seaborne_kbd",
    "crude_exports_pipeline_kbd",
    "product_exports_kbd",
    "exports_to_india_kbd",
    "exports_to_china_kbd",
    "exports_to_turkey_kbd",
    "exports_to_eu_kbd",
    "exports_to_other_kbd",
    "seaborne_on_g7_tankers_share",
    "shadow_tankers_active",
    "tankers_designated",
    "traders_active",
    "freight_baltic_india_usd_per_bbl",
    "oil_export_revenue_usd_bn",
    "crude_export_revenue_usd_bn",
    "product_export_revenue_usd_bn",
    "price_cap_crude_usd_per_bbl",
    "crude_storage_mbbl",
    "shut_in_kbd",
    "trader_margin_usd_per_bbl",
    "shell_traders_designated",
    "shadow_fleet_purchases_usd_bn",
    "shadow_day_rate_usd",
};

double sum(const std::array<double, kProducers>& a) { return std::accumulate(a.begin(), a.end(), 0.0); }

}  // namespace

World::World(const RunInput& in)
    : in_(in),
      p_(in.params->oil),
      clock_(in.start, in.end),
      today_(in.start),
      event_active_(in.events->size(), 1),
      brent_(in.brent, in.params->oil, in.start),
      traders_(in.params->oil, in.start, in.seed, in.replication),
      shipping_(in.params->oil, in.start, days_between(in.start, in.end) + 1, in.seed, in.replication),
      cheat_rng_(in.seed, in.replication, Stream::CapCheating, 0) {
  if (in.end < in.start) throw std::invalid_argument("run end before start");
  policy_ = derive_policy(*in_.events, event_active_, in_.start.plus_days(-1), p_);
  for (const auto& e : *in_.events) {
    if (e.wind_down_days > 0) transitions_.push_back(e.date.plus_days(e.wind_down_days));
    if (e.end) transitions_.push_back(*e.end);
  }
  std::sort(transitions_.begin(), transitions_.end());
  double exports = 0;
  for (std::size_t k = 0; k < kProducers; ++k) {
    producers_.capacity_kbd[k] = p_.producers[k].output_kbd;
    producers_.output_kbd[k] = p_.producers[k].output_kbd;
    producers_.runs_kbd[k] = p_.producers[k].refinery_runs_kbd;
    export_share_[k] = std::max(0.0, p_.producers[k].output_kbd - p_.producers[k].refinery_runs_kbd);
    exports += export_share_[k];
  }
  for (auto& s : export_share_) s = exports > 0 ? s / exports : 0.0;
  for (std::size_t b = 0; b < kBuyers; ++b) {
    buyers_of_[static_cast<std::size_t>(p_.buyers[b].grade)].push_back(b);
    buyers_.ramp_usd[b] = p_.buyers[b].ramp_usd_per_bbl;
  }
  crude_storage_kbbl_ = p_.storage_initial_mbbl * 1000.0;
  product_stock_kbbl_ = 0.3 * p_.product_storage_mbbl * 1000.0;
  ledger_.crude_stock_start_kbbl = crude_storage_kbbl_;
  ledger_.product_stock_start_kbbl = product_stock_kbbl_;
  exports_avg_kbd_ = p_.reference_exports_kbd;

  for (auto* name : kOilColumns) series_.add_column(name);
  if (in_.params->state.enabled) {
    state_ = std::make_unique<RussianState>(in_.params->state, in_.start);
    state_->set_report_from(in_.report_from);
    state_->register_columns(series_);
  }
  series_.reserve(static_cast<std::size_t>(YearMonth::of(in.end).index - YearMonth::of(in.start).index + 1));

  schedule_.add("events", Rate::Daily, [this](const Tick& t) { apply_events(t.today); });
  schedule_.add("voyage arrivals", Rate::Daily, [this](const Tick& t) { shipping_.arrivals(t.today); });
  schedule_.add("market clearing", Rate::Weekly, [this](const Tick& t) { clear_markets(t); });
  schedule_.add("trade", Rate::Daily, [this](const Tick& t) { produce_and_ship(t.today); });
  schedule_.add("accounts", Rate::MonthEnd, [this](const Tick& t) { month_end(t); });
}

void World::run() {
  while (step()) {
  }
}

bool World::step() {
  if (clock_.done()) return false;
  const Tick tick = clock_.tick();
  today_ = tick.today;
  brent_usd_ = brent_.price(today_, exports_avg_kbd_);
  schedule_.run(tick);
  clock_.advance();
  return true;
}

// ---------------------------------------------------------------- events

void World::apply_events(Date today) {
  const auto& events = *in_.events;
  bool changed = false;
  while (next_event_ < events.size() && events[next_event_].date <= today) {
    apply_one_off(next_event_);  // events dated before the start apply on the first day
    ++next_event_;
    changed = true;
  }
  // Wind-downs and end dates take effect without an event on the day: the Monday after one
  // passes re-derives the measures (derive_policy depends on the day only through them).
  while (next_transition_ < transitions_.size() && transitions_[next_transition_] <= today) {
    ++next_transition_;
    transition_pending_ = true;
  }
  if (changed || (transition_pending_ && today.weekday() == 0)) {
    transition_pending_ = false;
    policy_ = derive_policy(events, event_active_, today, p_);
    if (state_) state_->set_policy(policy_.for_state());
    const bool shunned = policy_.shunning;
    const double g7_open = policy_.maritime_ban ? 0.0 : (shunned ? p_.g7_willing_after_invasion : 1.0);
    shipping_.set_g7_open_share(Hull::Crude, g7_open);
    shipping_.set_g7_open_share(Hull::Product, g7_open);
  }
}

void World::apply_one_off(std::size_t i) {
  const PolicyEvent& e = (*in_.events)[i];
  if (!event_active_[i]) return;
  auto jump_all = [&](double size) {
    for (std::size_t b = 0; b < kBuyers; ++b)
      buyers_.learned_usd[b] += p_.risk_jump_usd_per_bbl * p_.buyers[b].exposure * size;
  };
  switch (e.kind) {
    case EventKind::Announcement:
      if (e.target == "self_sanctioning")
        for (std::size_t b = 0; b < kBuyers; ++b)
          if (p_.buyers[b].jurisdictions.empty())
            buyers_.learned_usd[b] += p_.nonwestern_invasion_jump_usd_per_bbl * p_.buyers[b].exposure;
      break;
    case EventKind::VesselDesignations: {
      const int n = static_cast<int>(std::lround(e.value));
      tankers_designated_total_ +=
          shipping_.designate(n, static_cast<std::int32_t>(i), p_.designated_idle_share);
      jump_all(std::min(3.0, e.value / 50.0));
      break;
    }
    case EventKind::Designation:
      if (e.target == "shell_traders") traders_.designate_share(std::isnan(e.value) ? 0.25 : e.value);
      jump_all(1.0);
      break;
    case EventKind::SecondaryTariff:
      if (e.value > 0) jump_all(1.0);
      break;
    case EventKind::BuyerSanctions:
      jump_all(2.0);
      break;
    case EventKind::Relief:
      if (apply_relief(*in_.events, i, event_active_))
        for (std::size_t k = 0; k < i; ++k)
          if (!event_active_[k] && (*in_.events)[k].kind == EventKind::VesselDesignations)
            shipping_.lift_designations(static_cast<std::int32_t>(k));
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------- weekly market clearing

double World::effective_capacity(std::size_t b) const {
  const BuyerParams& bp = p_.buyers[b];
  if (policy_.embargoed[b]) return 0.0;
  double cap = bp.capacity_kbd;
  if (policy_.shunning && !bp.jurisdictions.empty()) {
    const double ramp = std::clamp(
        days_between(policy_.shunning_since, today_) / std::max(1.0, p_.self_sanction_ramp_days), 0.0, 1.0);
    const double factor = bp.grade == Grade::Products ? p_.self_sanction_products_factor : 1.0;
    cap *= 1.0 - p_.self_sanction_capacity_cut * factor * ramp;
  }
  cap *= 1.0 - p_.buyer_sanction_capacity_cut * policy_.buyer_sanctioned_share[b];
  if (policy_.third_country_products_ban) cap *= 1.0 - bp.product_export_share;
  return std::max(0.0, cap);
}

double World::required_discount(std::size_t b) const {
  const BuyerParams& bp = p_.buyers[b];
  const auto g = static_cast<std::size_t>(bp.grade);
  double designated_supply = 0;
  for (std::size_t k = 0; k < kProducers; ++k)
    designated_supply += export_share_[k] * policy_.producer_designation[k];
  const double cap =
      g == kProducts
          ? std::min(policy_.premium_products_cap_usd_per_bbl,
                     policy_.discount_products_cap_usd_per_bbl + p_.product_class_spread_usd_per_bbl)
          : policy_.crude_cap_usd_per_bbl;
  const double above_cap = markets_.fob_usd[g] > cap ? 1.0 : 0.0;
  double r =
      bp.quality_usd_per_bbl + buyers_.freight_usd[b] - bp.alt_freight_usd_per_bbl + markets_.margin_usd;
  if (policy_.shunning && !bp.jurisdictions.empty()) {
    const double ramp = std::clamp(
        days_between(policy_.shunning_since, today_) / std::max(1.0, p_.self_sanction_ramp_days), 0.0, 1.0);
    const double factor = bp.grade == Grade::Products ? p_.self_sanction_products_factor : 1.0;
    r += p_.self_sanction_premium_usd_per_bbl * factor * ramp;
  }
  r += bp.exposure * (designated_supply * p_.designated_seller_premium_usd_per_bbl +
                      markets_.shadow_share[g] * markets_.designated_vessel_share *
                          p_.designated_vessel_premium_usd_per_bbl +
                      above_cap * policy_.enforcement * p_.above_cap_premium_usd_per_bbl);
  r += policy_.tariff_pct[static_cast<std::size_t>(bp.region)] * p_.tariff_premium_usd_per_bbl_per_pct *
       (0.5 + bp.exposure);
  r += buyers_.learned_usd[b];
  r += bp.unfamiliar_usd_per_bbl * std::exp2(-buyers_.cumulative_mbbl[b] / p_.learning_volume_mbbl);
  return r;
}

double World::crude_reservation_usd() const {
  double lifting = 0;
  for (std::size_t k = 0; k < kProducers; ++k)
    lifting += export_share_[k] * p_.producers[k].lifting_cost_usd_per_bbl;
  // Tax per barrel = s * (tax price - free), tax price = max(FOB, Brent - D) once the floor exists.
  const double s = p_.tax_take_share;
  const double free = p_.tax_free_usd_per_bbl;
  const double own = (lifting - s * free) / (1.0 - s);  // FOB = lifting + s (FOB - free)
  const double d = policy_.tax_discount_floor_usd_per_bbl;
  if (std::isnan(d) || own >= brent_usd_ - d) return std::max(lifting, own);
  return lifting + s * std::max(0.0, brent_usd_ - d - free);
}

double World::seller_floor(Grade g) const {
  // Sellers do not sell below their reservation price: at a larger discount they store (and, when
  // storage fills, shut in). Refiners keep a margin on products.
  if (g == Grade::Products) {
    double cost = 0;
    for (std::size_t k = 0; k < kProducers; ++k)
      cost += export_share_[k] * p_.producers[k].lifting_cost_usd_per_bbl;
    return std::min(p_.max_discount_usd_per_bbl, brent_usd_ + p_.products_crack_usd_per_bbl + 6.0 - cost);
  }
  return std::min(p_.max_discount_usd_per_bbl, brent_usd_ - crude_reservation_usd());
}

void World::clear_markets(const Tick& tick) {
  const Date today = tick.today;
  traders_.activate(today);
  // Freight from last week's utilisation and queues; the war-risk premium decays after the shunning starts.
  double war = 1.0;
  if (policy_.shunning)
    war += p_.war_risk_rate_premium *
           std::exp2(-days_between(policy_.shunning_since, today) / p_.war_risk_half_life_days);
  shipping_.update_rates(p_, backlog_, policy_.insurer_designation, war);
  backlog_ = {};
  // Mainstream traders leave after the shunning starts and come back, as slowly, if it ends.
  const double step = 7.0 / p_.mainstream_exit_days;
  traders_.mainstream_presence =
      std::clamp(traders_.mainstream_presence + (policy_.shunning ? -step : step), 0.0, 1.0);

  // Volumes offered this week: crude output less refining, pipelines first, then Kozmino, then the
  // western ports; a drawdown of stocks above their initial level is offered too.
  const double output = sum(producers_.output_kbd);
  const double runs = sum(producers_.runs_kbd) - policy_.refinery_outage_kbd - run_cut_kbd_;
  const double draw = std::max(0.0, crude_storage_kbbl_ - ledger_.crude_stock_start_kbbl) / 30.0;
  double crude = std::max(0.0, output - std::max(0.0, runs) + draw);
  const double pipelines = (policy_.druzhba_north_embargoed ? 0.0 : p_.druzhba_north_kbd) +
                           (policy_.druzhba_south_embargoed ? 0.0 : p_.druzhba_south_kbd) +
                           p_.espo_pipeline_kbd;
  crude = std::max(0.0, crude - pipelines);
  markets_.offered_kbd[kEspo] = std::min(p_.port_capacity_kozmino_kbd, crude);
  markets_.offered_kbd[kUrals] = std::min(p_.port_capacity_west_kbd, crude - markets_.offered_kbd[kEspo]);
  const double products = std::max(0.0, runs) * p_.product_yield - p_.domestic_products_kbd +
                          std::max(0.0, product_stock_kbbl_ - ledger_.product_stock_start_kbbl) / 30.0;
  markets_.offered_kbd[kProducts] = std::max(0.0, products);

  // Intermediaries: direct sales need none; mainstream traders take their share while present (not for
  // designated sellers); shells place the rest up to their capacity.
  const double offered =
      markets_.offered_kbd[kUrals] + markets_.offered_kbd[kEspo] + markets_.offered_kbd[kProducts];
  double via_mainstream = 0, via_shells = 0;
  for (std::size_t k = 0; k < kProducers; ++k) {
    const double d = policy_.producer_designation[k];
    const double vol = offered * export_share_[k];
    const double intermediated = vol * (1.0 - p_.producers[k].direct_sales_share * (1.0 - d));
    const double mainstream = intermediated * p_.mainstream_share * traders_.mainstream_presence * (1.0 - d);
    via_mainstream += mainstream;
    via_shells += intermediated - mainstream;
  }
  markets_.unplaced_kbd = traders_.place(via_shells);
  const double intermediated = via_mainstream + via_shells;
  markets_.margin_usd =
      offered > 0 ? (via_mainstream * p_.trader_margin_usd_per_bbl +
                     (via_shells - markets_.unplaced_kbd) * traders_.shell_margin_usd_per_bbl(p_)) /
                        std::max(1.0, intermediated - markets_.unplaced_kbd) * (intermediated / offered)
                  : 0.0;
  const double placed_share = offered > 0 ? 1.0 - markets_.unplaced_kbd / offered : 1.0;

  // Clear each grade.
  std::array<double, kBuyers> req{}, cap{};
  for (std::size_t g = 0; g < kGrades; ++g) {
    const auto& ids = buyers_of_[g];
    const Hull h = hull_of(static_cast<Grade>(g));
    const double cargo = h == Hull::Crude ? p_.cargo_crude_kbbl : p_.cargo_products_kbbl;
    for (std::size_t b : ids) {
      const double v = p_.buyers[b].voyage_days;
      buyers_.freight_usd[b] =
          (1.0 - markets_.shadow_share[g]) * shipping_.freight_usd_per_bbl(Fleet::G7, h, v, cargo) +
          markets_.shadow_share[g] * shipping_.freight_usd_per_bbl(Fleet::Shadow, h, v, cargo);
      buyers_.required_usd[b] = required_discount(b);
      buyers_.capacity_kbd[b] = effective_capacity(b);
    }
    std::array<double, kBuyers> ramp{};
    std::size_t n = 0;
    for (std::size_t b : ids) {
      req[n] = buyers_.required_usd[b];
      cap[n] = buyers_.capacity_kbd[b];
      ramp[n] = buyers_.ramp_usd[b];
      ++n;
    }
    const Clearing c =
        clear_market(std::span(req.data(), n), std::span(cap.data(), n), std::span(ramp.data(), n),
                     markets_.offered_kbd[g] * placed_share, seller_floor(static_cast<Grade>(g)));
    markets_.discount_usd[g] = c.discount_usd_per_bbl;
    markets_.sold_kbd[g] = c.sold_kbd;
    const double basis = g == kProducts ? p_.products_crack_usd_per_bbl : 0.0;
    markets_.fob_usd[g] = brent_usd_ + basis - c.discount_usd_per_bbl;
    // Allotments: each group's demand at the clearing discount, scaled to the volume sold.
    double demand = 0;
    for (std::size_t b : ids)
      demand += buyer_demand_kbd(c.discount_usd_per_bbl, buyers_.required_usd[b], buyers_.capacity_kbd[b],
                                 buyers_.ramp_usd[b]);
    const double scale = demand > 0 ? c.sold_kbd / demand : 0.0;
    for (std::size_t b : ids)
      buyers_.allotment_kbd[b] = scale * buyer_demand_kbd(c.discount_usd_per_bbl, buyers_.required_usd[b],
                                                          buyers_.capacity_kbd[b], buyers_.ramp_usd[b]);
  }
}

// ---------------------------------------------------------------- daily trade

void World::produce_and_ship(Date today) {
  // Production: capacity declines; output is capped by the OPEC+ quota and reduced by shut-ins.
  const double decline_extra =
      policy_.petroleum_services_ban ? p_.services_ban_extra_decline_pct_per_year : 0.0;
  double capacity = 0;
  for (std::size_t k = 0; k < kProducers; ++k) {
    producers_.capacity_kbd[k] *=
        1.0 - (p_.producers[k].decline_pct_per_year + decline_extra) / 100.0 / 365.0;
    capacity += producers_.capacity_kbd[k];
  }
  const double available = std::max(0.0, capacity - shut_in_kbd_);
  const double target = policy_.quota_kbd > 0 ? std::min(available, policy_.quota_kbd) : available;
  const double scale = capacity > 0 ? target / capacity : 0.0;
  for (std::size_t k = 0; k < kProducers; ++k) producers_.output_kbd[k] = producers_.capacity_kbd[k] * scale;
  const double output = target;

  // Refining (outages and product-stock overflow cut runs), products to domestic use and export stock.
  const double runs = std::clamp(sum(producers_.runs_kbd) - policy_.refinery_outage_kbd - run_cut_kbd_, 0.0,
                                 output + crude_storage_kbbl_);
  crude_storage_kbbl_ += output - runs;
  const double made = runs * p_.product_yield;
  const double domestic = std::min(p_.domestic_products_kbd, product_stock_kbbl_ + made);
  product_stock_kbbl_ += made - domestic;
  ledger_.crude_produced_kbbl += output;
  ledger_.crude_refined_kbbl += runs;
  ledger_.products_made_kbbl += made;
  ledger_.products_domestic_kbbl += domestic;
  month_.crude_output_kbbl += output;
  month_.runs_kbbl += runs;

  // Pipelines: contract flows priced off the seaborne grade.
  auto pipe = [&](double kbd, Region r, std::size_t grade) {
    const double v = std::min(kbd, crude_storage_kbbl_);
    crude_storage_kbbl_ -= v;
    ledger_.crude_exported_kbbl += v;
    month_.crude_pipeline_kbbl += v;
    month_.crude_to_region_kbbl[static_cast<std::size_t>(r)] += v;
    month_.crude_revenue_usd += v * 1000.0 * (markets_.fob_usd[grade] - p_.pipeline_discount_usd_per_bbl);
  };
  if (!policy_.druzhba_north_embargoed) pipe(p_.druzhba_north_kbd, Region::Eu, kUrals);
  if (!policy_.druzhba_south_embargoed) pipe(p_.druzhba_south_kbd, Region::Eu, kUrals);
  pipe(p_.espo_pipeline_kbd, Region::China, kEspo);

  // Ports: crude moves from storage to the port up to what was sold, then loads onto tankers.
  for (Grade g : {Grade::Espo, Grade::Urals, Grade::Products}) {
    const auto gi = static_cast<std::size_t>(g);
    const double cargo = g == Grade::Products ? p_.cargo_products_kbbl : p_.cargo_crude_kbbl;
    double& stock = g == Grade::Products ? product_stock_kbbl_ : crude_storage_kbbl_;
    for (std::size_t b : buyers_of_[gi])
      buyers_.owed_kbbl[b] = std::min(buyers_.owed_kbbl[b] + buyers_.allotment_kbd[b],
                                      30.0 * std::max(buyers_.allotment_kbd[b], cargo / 30.0));
    if (markets_.port_stock_kbbl[gi] < 3.0 * std::max(cargo, 2000.0)) {
      const double inflow = std::clamp(markets_.sold_kbd[gi], 0.0, stock);
      stock -= inflow;
      markets_.port_stock_kbbl[gi] += inflow;
    }
    load_cargoes(g, today);
  }

  // Storage overflow shuts in wells; room lets them restart. Product overflow cuts refinery runs.
  const double cap_kbbl = p_.storage_capacity_mbbl * 1000.0;
  const double crude_stocks = crude_storage_kbbl_;
  if (crude_stocks > cap_kbbl)
    shut_in_kbd_ = std::min(capacity, shut_in_kbd_ + p_.shut_in_response_per_day * (crude_stocks - cap_kbbl));
  else
    shut_in_kbd_ *= 1.0 - p_.restart_per_day;
  const double pcap = p_.product_storage_mbbl * 1000.0;
  if (product_stock_kbbl_ > pcap)
    run_cut_kbd_ = std::min(sum(producers_.runs_kbd),
                            run_cut_kbd_ + p_.shut_in_response_per_day * (product_stock_kbbl_ - pcap));
  else
    run_cut_kbd_ *= 1.0 - p_.restart_per_day;

  // Learned premia decay without enforcement.
  const double decay = std::exp2(-1.0 / p_.risk_half_life_days);
  for (auto& l : buyers_.learned_usd) l *= decay;

  // Month sums.
  ++month_.days;
  month_.brent_usd += brent_usd_;
  for (std::size_t g = 0; g < kGrades; ++g) month_.fob_usd[g] += markets_.fob_usd[g];
  const double freight_bi =
      shipping_.freight_usd_per_bbl(markets_.shadow_share[kUrals] > 0.5 ? Fleet::Shadow : Fleet::G7,
                                    Hull::Crude, p_.buyers[2].voyage_days, p_.cargo_crude_kbbl);
  month_.freight_baltic_india_usd += freight_bi;
  month_.margin_usd += markets_.margin_usd;
  if (markets_.fob_usd[kUrals] > policy_.crude_cap_usd_per_bbl) cap_binding_month_ = true;
#ifdef SANCSIM_INVARIANTS
  check_invariants(today);
#endif
}

void World::load_cargoes(Grade g, Date today) {
  const auto gi = static_cast<std::size_t>(g);
  const Hull h = hull_of(g);
  const double avg_cargo = h == Hull::Crude ? p_.cargo_crude_kbbl : p_.cargo_products_kbbl;
  const auto& ids = buyers_of_[gi];
  while (markets_.port_stock_kbbl[gi] >= 0.5 * avg_cargo) {
    // The buyer owed the most (ties: lowest index) takes the next cargo.
    std::size_t best = ids.front();
    for (std::size_t b : ids)
      if (buyers_.owed_kbbl[b] > buyers_.owed_kbbl[best]) best = b;
    if (buyers_.owed_kbbl[best] < 0.5 * avg_cargo) break;
    const double premium_acc_before = premium_acc_;
    // Price of this cargo; products alternate between the premium and discount cap classes.
    double price = markets_.fob_usd[gi];
    double cap = policy_.crude_cap_usd_per_bbl;
    if (g == Grade::Products) {
      premium_acc_ += p_.premium_products_share;
      const bool premium = premium_acc_ >= 1.0;
      if (premium) premium_acc_ -= 1.0;
      const double spread = p_.product_class_spread_usd_per_bbl;
      price += premium ? spread * (1.0 - p_.premium_products_share) : -spread * p_.premium_products_share;
      cap = premium ? policy_.premium_products_cap_usd_per_bbl : policy_.discount_products_cap_usd_per_bbl;
    }
    const bool g7_allowed =
        !policy_.maritime_ban &&
        (price <= cap || cheat_rng_.uniform() < p_.cap_cheat_probability * (1.0 - policy_.enforcement));
    // Between the shunning and the crude cap, sellers put a growing share of crude cargoes on their
    // own or a friendly (shadow) tanker first: it spares them the sanctions exposure of coalition
    // services. Once a cap is in force the cap rule decides (docs/MODEL.md §8.2 says why). An
    // accumulator spreads those cargoes evenly (no draw).
    const double own_fleet_acc_before = own_fleet_acc_;
    bool own_fleet_first = false;
    const bool no_crude_cap = policy_.crude_cap_usd_per_bbl == PolicyState::kNoCap;
    if (policy_.shunning && no_crude_cap && h == Hull::Crude) {
      const double ramp = std::clamp(
          days_between(policy_.shunning_since, today) / std::max(1.0, p_.own_fleet_ramp_days), 0.0, 1.0);
      own_fleet_acc_ += ramp * p_.own_fleet_first_share;
      own_fleet_first = own_fleet_acc_ >= 1.0;
      if (own_fleet_first) own_fleet_acc_ -= 1.0;
    }
    std::int64_t t = shipping_.take_for_cargo(h, g7_allowed, own_fleet_first);
    if (t < 0 && !g7_allowed && !policy_.maritime_ban &&
        (h == Hull::Product || cap >= crude_reservation_usd())) {
      // No shadow tanker free: the seller accepts the cap to use a coalition tanker (a compliant sale
      // at the cap), giving up the price above it. The shadow operator sees the unmet demand.
      t = shipping_.take_idle(Fleet::G7, h);
      if (t >= 0) {
        price = std::min(price, cap);
        backlog_[Shipping::idx(Fleet::Shadow, h)] += 1.0 / 7.0;
      }
    }
    if (t < 0) {
      own_fleet_acc_ = own_fleet_acc_before;
      backlog_[Shipping::idx(g7_allowed ? Fleet::G7 : Fleet::Shadow, h)] += 1.0 / 7.0;
      backlog_[Shipping::idx(Fleet::Shadow, h)] += 1.0 / 7.0;
      break;
    }
    const auto tanker = static_cast<TankerIndex>(t);
    // A tanker loads a full cargo of its class; if the port does not hold it yet, it waits.
    const double cargo = shipping_.table().cargo_kbbl(tanker);
    if (markets_.port_stock_kbbl[gi] < cargo) {
      shipping_.put_back(tanker);
      premium_acc_ = premium_acc_before;
      own_fleet_acc_ = own_fleet_acc_before;
      break;
    }
    const bool on_shadow = shipping_.table().fleet[tanker] == Fleet::Shadow;
    const bool on_designated = shipping_.table().designated[tanker] != 0;
    shipping_.dispatch(tanker, p_.buyers[best].voyage_days, today);
    markets_.port_stock_kbbl[gi] -= cargo;
    buyers_.owed_kbbl[best] -= cargo;
    buyers_.cumulative_mbbl[best] += cargo / 1000.0;
    markets_.shadow_share[gi] += 0.02 * ((on_shadow ? 1.0 : 0.0) - markets_.shadow_share[gi]);
    if (on_shadow)
      markets_.designated_vessel_share +=
          0.02 * ((on_designated ? 1.0 : 0.0) - markets_.designated_vessel_share);
    const double revenue = cargo * 1000.0 * price;
    if (h == Hull::Crude) {
      ledger_.crude_exported_kbbl += cargo;
      month_.crude_seaborne_kbbl += cargo;
      if (!on_shadow) month_.crude_seaborne_g7_kbbl += cargo;
      month_.crude_to_region_kbbl[static_cast<std::size_t>(p_.buyers[best].region)] += cargo;
      month_.crude_revenue_usd += revenue;
    } else {
      ledger_.products_exported_kbbl += cargo;
      month_.product_exports_kbbl += cargo;
      month_.product_revenue_usd += revenue;
    }
  }
}

// ---------------------------------------------------------------- monthly accounts

void World::month_end(const Tick& tick) {
  const Date today = tick.today;
  const int mi = today.month_index();
  // Traders and fleet adjust monthly.
  double shell_demand = 0;
  for (const double v : traders_.shells().volume_kbd) shell_demand += v;
  shell_demand += markets_.unplaced_kbd;
  traders_.monthly(p_, today, mi, policy_.enforcement, shell_demand);
  shipping_.monthly(p_, today, mi);
  // Rule-based coalition: more listings while Urals trades above the cap.
  if (p_.reactive_vessels_per_month > 0 && cap_binding_month_)
    tankers_designated_total_ += shipping_.designate(
        static_cast<int>(std::lround(p_.reactive_vessels_per_month)), -2, p_.designated_idle_share);
  cap_binding_month_ = false;

  const double days = std::max(1, month_.days);
  const double brent = month_.brent_usd / days;
  const double urals = month_.fob_usd[kUrals] / days;
  const double espo = month_.fob_usd[kEspo] / days;
  const double products = month_.fob_usd[kProducts] / days;
  const double seaborne = month_.crude_seaborne_kbbl / days;
  const double pipeline = month_.crude_pipeline_kbbl / days;
  const double crude_exports = seaborne + pipeline;
  const double product_exports = month_.product_exports_kbbl / days;
  const auto& r = month_.crude_to_region_kbbl;
  const double revenue_crude = month_.crude_revenue_usd / 1e9;
  const double revenue_products = month_.product_revenue_usd / 1e9;
  exports_avg_kbd_ = crude_exports + product_exports;

  series_.begin_row(YearMonth::of(today));
  const std::array<double, kOilColumns.size()> row = {
      brent,
      urals,
      brent - urals,
      espo,
      brent - espo,
      products,
      month_.crude_output_kbbl / days,
      month_.runs_kbbl / days,
      crude_exports,
      seaborne,
      pipeline,
      product_exports,
      r[static_cast<std::size_t>(Region::India)] / days,
      r[static_cast<std::size_t>(Region::China)] / days,
      r[static_cast<std::size_t>(Region::Turkey)] / days,
      r[static_cast<std::size_t>(Region::Eu)] / days,
      (r[static_cast<std::size_t>(Region::Other)] + r[static_cast<std::size_t>(Region::Us)]) / days,
      month_.crude_seaborne_kbbl > 0 ? month_.crude_seaborne_g7_kbbl / month_.crude_seaborne_kbbl : kNaN,
      static_cast<double>(shipping_.shadow_active()),
      static_cast<double>(shipping_.designated_count()),
      static_cast<double>(traders_.active()) +
          (traders_.mainstream_presence > 0 ? 5.0 * traders_.mainstream_presence : 0.0),
      month_.freight_baltic_india_usd / days,
      revenue_crude + revenue_products,
      revenue_crude,
      revenue_products,
      std::isinf(policy_.crude_cap_usd_per_bbl) ? kNaN : policy_.crude_cap_usd_per_bbl,
      crude_storage_kbbl_ / 1000.0,
      shut_in_kbd_,
      month_.margin_usd / days,
      static_cast<double>(traders_.designated_total()),
      shipping_.purchases_usd_bn_total(),
      shipping_.day_rate_usd(Fleet::Shadow, Hull::Crude),
  };
  for (std::size_t c = 0; c < row.size(); ++c) series_.set(c, row[c]);

  if (state_) {
    OilMonth m;
    m.month = YearMonth::of(today);
    m.days = month_.days;
    m.brent_usd_per_bbl = brent;
    m.urals_fob_usd_per_bbl = urals;
    m.espo_fob_usd_per_bbl = espo;
    m.export_crude_price_usd_per_bbl =
        crude_exports > 0 ? month_.crude_revenue_usd / (crude_exports * days * 1000.0) : urals;
    m.product_fob_usd_per_bbl = products;
    m.crude_output_kbd = month_.crude_output_kbbl / days;
    m.refinery_runs_kbd = month_.runs_kbbl / days;
    m.crude_exports_kbd = crude_exports;
    m.crude_exports_seaborne_kbd = seaborne;
    m.crude_exports_pipeline_kbd = pipeline;
    m.product_exports_kbd = product_exports;
    m.oil_export_revenue_usd_bn = revenue_crude + revenue_products;
    state_->step_month(m, series_);
  }
  month_.reset();
}

double World::crude_gap_kbbl() const {
  const double crude_stock =
      crude_storage_kbbl_ + markets_.port_stock_kbbl[kUrals] + markets_.port_stock_kbbl[kEspo];
  return ledger_.crude_produced_kbbl - ledger_.crude_refined_kbbl - ledger_.crude_exported_kbbl -
         (crude_stock - ledger_.crude_stock_start_kbbl);
}

double World::product_gap_kbbl() const {
  const double product_stock = product_stock_kbbl_ + markets_.port_stock_kbbl[kProducts];
  return ledger_.products_made_kbbl - ledger_.products_domestic_kbbl - ledger_.products_exported_kbbl -
         (product_stock - ledger_.product_stock_start_kbbl);
}

void World::check_invariants(Date today) const {
  const double crude_gap = crude_gap_kbbl();
  const double product_gap = product_gap_kbbl();
  const double tol = 1e-6 * std::max(1.0, ledger_.crude_produced_kbbl);
  if (std::abs(crude_gap) > tol || std::abs(product_gap) > tol)
    throw std::runtime_error(
        fmt::format("{}: barrel identity broken (crude gap {} kbbl, product gap {} kbbl)", today.iso(),
                    crude_gap, product_gap));
  if (crude_storage_kbbl_ < -tol || product_stock_kbbl_ < -tol)
    throw std::runtime_error(fmt::format("{}: negative stocks", today.iso()));
}

// ---------------------------------------------------------------- results

std::uint64_t World::state_hash() const {
  StateHasher h;
  h.value(today_.days);
  for (double v : producers_.capacity_kbd) h.value(v);
  for (double v : producers_.output_kbd) h.value(v);
  for (const auto* a :
       {&buyers_.learned_usd, &buyers_.cumulative_mbbl, &buyers_.allotment_kbd, &buyers_.owed_kbbl})
    for (double v : *a) h.value(v);
  for (const auto* a : {&markets_.fob_usd, &markets_.port_stock_kbbl, &markets_.shadow_share})
    for (double v : *a) h.value(v);
  h.value(crude_storage_kbbl_);
  h.value(product_stock_kbbl_);
  h.value(shut_in_kbd_);
  h.value(ledger_.crude_exported_kbbl);
  traders_.hash(h);
  shipping_.hash(h);
  if (state_) state_->hash(h);
  return h.digest();
}

std::vector<Metric> World::metrics() const {
  std::vector<Metric> out;
  const auto& s = series_;
  auto mean = [&](const char* col) {
    const auto& v = s.values(col);
    double a = 0;
    int n = 0;
    for (double x : v)
      if (!std::isnan(x)) {
        a += x;
        ++n;
      }
    return n ? a / n : kNaN;
  };
  auto total = [&](const char* col) {
    double a = 0;
    for (double x : s.values(col))
      if (!std::isnan(x)) a += x;
    return a;
  };
  auto peak = [&](const char* col) {
    double a = -std::numeric_limits<double>::infinity();
    for (double x : s.values(col))
      if (!std::isnan(x)) a = std::max(a, x);
    return s.rows() ? a : kNaN;
  };
  auto last = [&](const char* col) { return s.rows() ? s.values(col).back() : kNaN; };
  out.push_back({"oil_export_revenue_cum_usd_bn", total("oil_export_revenue_usd_bn")});
  out.push_back({"crude_export_revenue_cum_usd_bn", total("crude_export_revenue_usd_bn")});
  out.push_back({"urals_discount_mean_usd_per_bbl", mean("urals_discount_usd_per_bbl")});
  out.push_back({"urals_discount_peak_usd_per_bbl", peak("urals_discount_usd_per_bbl")});
  out.push_back({"espo_discount_mean_usd_per_bbl", mean("espo_discount_usd_per_bbl")});
  out.push_back({"brent_mean_usd_per_bbl", mean("brent_usd_per_bbl")});
  out.push_back({"crude_exports_mean_kbd", mean("crude_exports_kbd")});
  out.push_back({"crude_output_mean_kbd", mean("crude_output_kbd")});
  out.push_back({"seaborne_on_g7_tankers_share_mean", mean("seaborne_on_g7_tankers_share")});
  out.push_back({"freight_baltic_india_mean_usd_per_bbl", mean("freight_baltic_india_usd_per_bbl")});
  out.push_back({"shadow_tankers_active_end", last("shadow_tankers_active")});
  out.push_back({"tankers_designated_end", last("tankers_designated")});
  out.push_back({"traders_active_end", last("traders_active")});
  out.push_back({"shut_in_peak_kbd", peak("shut_in_kbd")});
  if (state_) state_->metrics(out);
  return out;
}

}  // namespace sancsim
