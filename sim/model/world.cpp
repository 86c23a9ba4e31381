#include "sancsim/model/world.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include <fmt/format.h>

#include "sancsim/engine/outcome.hpp"
#include "sancsim/engine/state_hash.hpp"
#include "sancsim/model/clearing.hpp"
#include "sancsim/model/refining_margin.hpp"
#include "sancsim/state/taxes.hpp"

namespace sancsim {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kUrals = static_cast<std::size_t>(Grade::Urals);
constexpr std::size_t kEspo = static_cast<std::size_t>(Grade::Espo);
constexpr std::size_t kProducts = static_cast<std::size_t>(Grade::Products);

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
    "product_exports_to_eu_kbd",
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
    "freight_baltic_india_g7_usd_per_bbl",
    "freight_baltic_india_shadow_usd_per_bbl",
    "oil_export_revenue_usd_bn",
    "crude_export_revenue_usd_bn",
    "product_export_revenue_usd_bn",
    "price_cap_crude_usd_per_bbl",
    "crude_storage_mbbl",
    "product_stock_mbbl",
    "refinery_run_cut_kbd",
    "refinery_margin_cut_kbd",
    "shut_in_kbd",
    "trader_margin_usd_per_bbl",
    "shell_traders_designated",
    "shadow_fleet_purchases_usd_bn",
    "shadow_day_rate_usd",
};

}  // namespace

World::World(const RunInput& in)
    : in_(in),
      params_(*in.params),
      p_(params_.oil),
      dated_(*in.events, params_),
      clock_(in.start, in.end),
      today_(in.start),
      event_active_(in.events->size(), 1),
      brent_(in.brent, params_.oil, in.start),
      producers_(params_.oil),
      buyers_(params_.oil),
      ports_(in.seed, in.replication),
      traders_(params_.oil, in.start, in.seed, in.replication),
      shipping_(params_.oil, in.start, days_between(in.start, in.end) + 1, in.seed, in.replication) {
  if (in.end < in.start) throw std::invalid_argument("run end before start");
  policy_ = derive_policy(*in_.events, event_active_, in_.start.plus_days(-1), p_);
  for (const auto& e : *in_.events) {
    if (e.wind_down_days > 0) transitions_.push_back(e.date.plus_days(e.wind_down_days));
    if (e.end) transitions_.push_back(*e.end);
  }
  std::sort(transitions_.begin(), transitions_.end());
  ledger_.crude_stock_start_kbbl = producers_.crude_storage_kbbl;
  ledger_.product_stock_start_kbbl = producers_.product_stock_kbbl;
  exports_avg_kbd_ = p_.reference_exports_kbd;
  for (std::size_t b = 0; b < kBuyers; ++b)
    if (p_.buyers[b].region == Region::India && p_.buyers[b].grade == Grade::Urals) {
      baltic_india_voyage_days_ = p_.buyers[b].voyage_days;
      break;
    }

  for (auto* name : kOilColumns) series_.add_column(name);
  // A month without seaborne crude has no G7 share, and a month without a cap no cap: empty cells.
  for (auto* name : {"seaborne_on_g7_tankers_share", "price_cap_crude_usd_per_bbl"})
    series_.allow_empty(series_.column(name));
  if (params_.state.enabled) {
    state_ = std::make_unique<RussianState>(params_.state, in_.start);
    state_->register_columns(series_);
  }
  series_.reserve(static_cast<std::size_t>(YearMonth::of(in.end).index - YearMonth::of(in.start).index + 1));

  schedule_.add("events", Rate::Daily, [this](const Tick& t) { apply_events(t.today); });
  schedule_.add("voyage arrivals", Rate::Daily, [this](const Tick& t) { shipping_.arrivals(t.today); });
  schedule_.add("market clearing", Rate::Weekly, [this](const Tick& t) { clear_markets(t); });
  schedule_.add("trade", Rate::Daily, [this](const Tick& t) { trade(t.today); });
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
  if (!dated_.empty()) dated_.apply(today, event_active_);  // daily, so that an `end` acts on its day
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
    shipping_.set_coalition_open_share(policy_.maritime_ban ? 0.0
                                                            : (shunned ? p_.g7_willing_after_invasion : 1.0));
  }
}

void World::apply_one_off(std::size_t i) {
  const PolicyEvent& e = (*in_.events)[i];
  if (!event_active_[i]) return;
  buyers_.react(e, p_, policy_.enforcement);
  switch (e.kind) {
    case EventKind::VesselDesignations:
      tankers_designated_total_ += shipping_.designate(
          static_cast<int>(std::lround(e.value)), static_cast<std::int32_t>(i), p_.designated_idle_share);
      break;
    case EventKind::Designation:
      if (e.target == "shell_traders") traders_.designate_share(std::isnan(e.value) ? 0.25 : e.value);
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

void World::clear_markets(const Tick& tick) {
  const Date today = tick.today;
  traders_.activate(today);
  // Freight from last week's utilisation and queues; the war-risk premium decays after the shunning starts.
  double war = 1.0;
  if (policy_.shunning)
    war += p_.war_risk_rate_premium *
           std::exp2(-days_between(policy_.shunning_since, today) / p_.war_risk_half_life_days);
  shipping_.update_rates(p_, ports_.backlog, policy_.insurer_designation, war);
  ports_.backlog = {};
  // Mainstream traders leave after the shunning starts and come back, as slowly, if it ends.
  const double step = 7.0 / p_.mainstream_exit_days;
  traders_.mainstream_presence =
      std::clamp(traders_.mainstream_presence + (policy_.shunning ? -step : step), 0.0, 1.0);

  markets_.offered_kbd = producers_.offer(p_, policy_);
  const double placed_share = intermediate(p_, policy_, today, producers_, traders_, markets_);
  const double pinned_urals = in_.urals_fob ? in_.urals_fob->at(YearMonth::of(today)) : kNaN;
  clear_grades(p_, policy_, today, brent_usd_, producers_, shipping_, placed_share, buyers_, markets_,
               pinned_urals);
  producers_.note_crude_price(p_, markets_.fob_usd[kUrals]);
  // Refiners compare what a barrel earns refined for export with what it earns exported as crude.
  const int year = static_cast<int>(today.year());
  const TaxParams& tax = params_.state.tax;
  const double urals = markets_.fob_usd[kUrals];
  const double duty_basis = tax_price_usd_per_bbl(urals + tax.urals_tax_premium_usd_per_bbl.at(year),
                                                  brent_usd_, policy_.tax_discount_floor_usd_per_bbl);
  const RefiningPrices prices{.year = year,
                              .urals_fob_usd_per_bbl = urals,
                              .duty_basis_usd_per_bbl = duty_basis,
                              .products_fob_usd_per_bbl = markets_.fob_usd[kProducts]};
  producers_.note_refining_margin(p_, policy_,
                                  unprofitable_run_share(p_, refining_netbacks(p_, tax, prices)));
  // Coalition owners watch where the market price stands against the cap.
  const double spread = p_.product_class_spread_usd_per_bbl;
  shipping_.update_coalition_owners(
      p_, {markets_.fob_usd[kUrals] > policy_.binding_cap_usd_per_bbl(Grade::Urals, spread),
           markets_.fob_usd[kProducts] > policy_.binding_cap_usd_per_bbl(Grade::Products, spread)});
}

// ---------------------------------------------------------------- daily trade

void World::trade(Date today) {
  producers_.produce(p_, policy_, ledger_, month_);
  LoadingContext loading{.p = p_,
                         .policy = policy_,
                         .today = today,
                         .brent_usd = brent_usd_,
                         .baltic_india_voyage_days = baltic_india_voyage_days_,
                         .producers = producers_,
                         .buyers = buyers_,
                         .markets = markets_,
                         .shipping = shipping_,
                         .ledger = ledger_,
                         .month = month_};
  ports_.pipe_crude(loading);
  ports_.load(loading);
  producers_.respond_to_stocks(p_, policy_, ledger_, month_);
  buyers_.forget(p_);

  // Month sums.
  ++month_.days;
  month_.brent_usd += brent_usd_;
  for (std::size_t g = 0; g < kGrades; ++g) month_.fob_usd[g] += markets_.fob_usd[g];
  month_.freight_baltic_india_g7_usd +=
      shipping_.freight_usd_per_bbl(Fleet::G7, Hull::Crude, baltic_india_voyage_days_, p_.cargo_crude_kbbl);
  month_.freight_baltic_india_shadow_usd += shipping_.freight_usd_per_bbl(
      Fleet::Shadow, Hull::Crude, baltic_india_voyage_days_, p_.cargo_crude_kbbl);
  month_.margin_usd += markets_.margin_usd;
  if (markets_.fob_usd[kUrals] > policy_.crude_cap_usd_per_bbl) cap_binding_month_ = true;
#ifdef SANCSIM_INVARIANTS
  check_invariants(today);
#endif
}

// ---------------------------------------------------------------- monthly accounts

void World::month_end(const Tick& tick) {
  const Date today = tick.today;
  const int mi = today.month_index();
  // Traders and fleet adjust monthly.
  double shell_demand = 0;
  for (const double v : traders_.shells().volume_kbd) shell_demand += v;
  shell_demand += markets_.unplaced_kbd + markets_.resorted_kbd;  // swaps cost more than a shell
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
  // Freight as Urals cargoes paid it (each on its own fleet); a month without a Urals cargo shows
  // the two fleets' rates weighted by the recent shadow share.
  const double shadow = markets_.shadow_share[kUrals];
  const double freight_paid = month_.urals_cargo_kbbl > 0
                                  ? month_.urals_freight_paid_usd_kbbl / month_.urals_cargo_kbbl
                                  : ((1.0 - shadow) * month_.freight_baltic_india_g7_usd +
                                     shadow * month_.freight_baltic_india_shadow_usd) /
                                        days;

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
      month_.products_to_region_kbbl[static_cast<std::size_t>(Region::Eu)] / days,
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
      freight_paid,
      month_.freight_baltic_india_g7_usd / days,
      month_.freight_baltic_india_shadow_usd / days,
      revenue_crude + revenue_products,
      revenue_crude,
      revenue_products,
      std::isinf(policy_.crude_cap_usd_per_bbl) ? kNaN : policy_.crude_cap_usd_per_bbl,
      producers_.crude_storage_kbbl / 1000.0,
      producers_.product_stock_kbbl / 1000.0,
      producers_.run_cut_kbd,
      producers_.margin_cut_kbd,
      producers_.shut_in_kbd,
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
    // A scenario's pinned key rate sets this month's decision aside (NaN: the Bank's rule decides).
    state_->pin_key_rate(in_.key_rate ? in_.key_rate->at(m.month) : kNaN);
    state_->step_month(m, series_);
  }
  month_.reset();
}

double World::crude_gap_kbbl() const {
  const double crude_stock =
      producers_.crude_storage_kbbl + ports_.stock_kbbl[kUrals] + ports_.stock_kbbl[kEspo];
  return ledger_.crude_produced_kbbl - ledger_.crude_refined_kbbl - ledger_.crude_exported_kbbl -
         (crude_stock - ledger_.crude_stock_start_kbbl);
}

double World::product_gap_kbbl() const {
  const double product_stock = producers_.product_stock_kbbl + ports_.stock_kbbl[kProducts];
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
  if (producers_.crude_storage_kbbl < -tol || producers_.product_stock_kbbl < -tol)
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
  for (const auto* a : {&markets_.fob_usd, &ports_.stock_kbbl, &markets_.shadow_share})
    for (double v : *a) h.value(v);
  h.value(producers_.crude_storage_kbbl);
  h.value(producers_.product_stock_kbbl);
  h.value(producers_.shut_in_kbd);
  h.value(producers_.crude_watch.inflow_kbd);
  h.value(producers_.price_output_share);
  h.value(ledger_.crude_exported_kbbl);
  traders_.hash(h);
  shipping_.hash(h);
  if (state_) state_->hash(h);
  return h.digest();
}

const std::vector<OutcomeDef>& oil_metric_definitions() {
  // Whole reported window; the same definitions a user writes as [[outcome]] in a scenario file.
  static const std::vector<OutcomeDef> defs = [] {
    const auto def = outcome_def;
    using enum OutcomeStat;
    return std::vector<OutcomeDef>{
        def("oil_export_revenue_cum_usd_bn", "oil_export_revenue_usd_bn", Sum),
        def("crude_export_revenue_cum_usd_bn", "crude_export_revenue_usd_bn", Sum),
        def("urals_discount_mean_usd_per_bbl", "urals_discount_usd_per_bbl", Mean),
        def("urals_discount_peak_usd_per_bbl", "urals_discount_usd_per_bbl", Max),
        def("espo_discount_mean_usd_per_bbl", "espo_discount_usd_per_bbl", Mean),
        def("brent_mean_usd_per_bbl", "brent_usd_per_bbl", Mean),
        def("crude_exports_mean_kbd", "crude_exports_kbd", Mean),
        def("crude_output_mean_kbd", "crude_output_kbd", Mean),
        def("seaborne_on_g7_tankers_share_mean", "seaborne_on_g7_tankers_share", Mean),
        def("freight_baltic_india_mean_usd_per_bbl", "freight_baltic_india_usd_per_bbl", Mean),
        def("shadow_tankers_active_end", "shadow_tankers_active", Last),
        def("tankers_designated_end", "tankers_designated", Last),
        def("traders_active_end", "traders_active", Last),
        def("shut_in_peak_kbd", "shut_in_kbd", Max),
    };
  }();
  return defs;
}

std::vector<Metric> World::metrics() const {
  std::vector<Metric> out;
  evaluate_outcomes(oil_metric_definitions(), series_, out);
  if (state_) evaluate_outcomes(state_metric_definitions(), series_, out);
  return out;
}

}  // namespace sancsim
