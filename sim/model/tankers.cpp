#include "sancsim/model/tankers.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {
namespace {
constexpr double kDaysPerYear = 365.25;
double age_years(Date built, Date today) { return days_between(built, today) / kDaysPerYear; }
}  // namespace

TankerIndex Tankers::add(Fleet f, Hull h, TankerClass c, Date built_on) {
  fleet.push_back(f);
  hull.push_back(h);
  cls.push_back(c);
  status.push_back(TankerStatus::Idle);
  designated.push_back(0);
  designated_by.push_back(-1);
  built.push_back(built_on);
  free_on.push_back(built_on);
  return static_cast<TankerIndex>(fleet.size() - 1);
}

Shipping::Shipping(const OilParams& p, Date start, int days, std::uint64_t seed, std::uint32_t rep)
    : voyages_(start, days + 400),
      designation_rng_(seed, rep, Stream::VesselDesignation, 0),
      market_rng_(seed, rep, Stream::SecondHandMarket, 0),
      delay_rng_(seed, rep, Stream::VoyageDelay, 0),
      secondhand_price_musd_(p.secondhand_price_musd),
      base_day_rate_(p.base_day_rate_usd),
      hull_rate_share_{1.0, p.product_day_rate_share},
      start_(start) {
  Rng ages(seed, rep, Stream::TankerFleet, 0);
  const auto months = static_cast<std::size_t>(days / 30 + 2);
  const auto capacity =
      static_cast<std::size_t>(p.g7_tankers + p.product_tankers_g7 + p.shadow_tankers_initial +
                               p.product_tankers_shadow_initial) +
      months * static_cast<std::size_t>(p.secondhand_purchases_per_month_max +
                                        p.product_purchases_per_month_max + 4);
  for (auto* col : {&t_.built, &t_.free_on}) col->reserve(capacity);
  t_.fleet.reserve(capacity);
  t_.hull.reserve(capacity);
  t_.cls.reserve(capacity);
  crude_class_share_ = {p.aframax_share, p.suezmax_share,
                        std::max(0.0, 1.0 - p.aframax_share - p.suezmax_share)};
  product_lr_share_ = p.product_lr_share;
  t_.status.reserve(capacity);
  t_.designated.reserve(capacity);
  t_.designated_by.reserve(capacity);
  for (auto& pool : idle_) pool.reserve(capacity);

  auto add_many = [&](int n, Fleet f, Hull h, double min_age, double max_age) {
    for (int i = 0; i < n; ++i) {
      const double age = ages.uniform(min_age, max_age);
      const auto t =
          t_.add(f, h, draw_class(h, ages), start.plus_days(-static_cast<int>(age * kDaysPerYear)));
      idle_[idx(f, h)].push_back(t);
    }
  };
  g7_total_ = {p.g7_tankers, p.product_tankers_g7};
  slowdown_ = p.designated_slowdown;
  add_many(p.g7_tankers, Fleet::G7, Hull::Crude, 2, 18);
  add_many(p.product_tankers_g7, Fleet::G7, Hull::Product, 2, 18);
  add_many(p.shadow_tankers_initial, Fleet::Shadow, Hull::Crude, 14, 22);
  add_many(p.product_tankers_shadow_initial, Fleet::Shadow, Hull::Product, 14, 22);
  for (std::size_t i = 0; i < 4; ++i)
    day_rate_[i] = base_day_rate_ * hull_rate_share_[i % 2] * (i >= 2 ? 1.0 + p.shadow_day_premium : 1.0);
}

TankerClass Shipping::draw_class(Hull h, Rng& rng) const {
  const double u = rng.uniform();
  if (h == Hull::Product) return u < product_lr_share_ ? TankerClass::ProductLr : TankerClass::ProductMr;
  if (u < crude_class_share_[0]) return TankerClass::Aframax;
  return u < crude_class_share_[0] + crude_class_share_[1] ? TankerClass::Suezmax : TankerClass::Vlcc;
}

void Shipping::make_idle(TankerIndex t) {
  t_.status[t] = TankerStatus::Idle;
  idle_[idx(t_.fleet[t], t_.hull[t])].push_back(t);
}

void Shipping::arrivals(Date today) {
  auto& due = voyages_.due(today);
  for (TankerIndex t : due) {
    if (t_.status[t] != TankerStatus::Voyage || t_.free_on[t] != today) continue;
    const auto k = idx(t_.fleet[t], t_.hull[t]);
    --on_voyage_[k];
    if (t_.designated[t] == 2) {
      t_.status[t] = TankerStatus::LaidUp;
    } else if (t_.fleet[t] == Fleet::G7 &&
               count(Fleet::G7, t_.hull[t], TankerStatus::Idle) + on_voyage_[k] + 1 >
                   static_cast<int>(std::lround(g7_open_share_[static_cast<std::size_t>(t_.hull[t])] *
                                                (t_.hull[t] == Hull::Crude ? g7_total_[0] : g7_total_[1])))) {
      t_.status[t] = TankerStatus::Withdrawn;
    } else {
      make_idle(t);
    }
  }
  due.clear();
}

std::int64_t Shipping::take_idle(Fleet f, Hull h) {
  auto& pool = idle_[idx(f, h)];
  while (!pool.empty()) {
    const TankerIndex t = pool.back();
    pool.pop_back();
    if (t_.status[t] == TankerStatus::Idle) return t;
  }
  return -1;
}

std::int64_t Shipping::take_for_cargo(Hull h, bool g7_allowed, bool shadow_first) {
  if (!g7_allowed) return take_idle(Fleet::Shadow, h);
  const Fleet first = shadow_first ? Fleet::Shadow : Fleet::G7;
  const std::int64_t t = take_idle(first, h);
  return t >= 0 ? t : take_idle(shadow_first ? Fleet::G7 : Fleet::Shadow, h);
}

void Shipping::set_coalition_open_share(double open_share) {
  coalition_open_share_ = open_share;
  for (Hull h : {Hull::Crude, Hull::Product})
    set_g7_open_share(h, open_share * g7_willing_[static_cast<std::size_t>(h)]);
}

void Shipping::update_coalition_owners(const OilParams& p, std::array<bool, 2> above_cap) {
  for (Hull h : {Hull::Crude, Hull::Product}) {
    const auto hi = static_cast<std::size_t>(h);
    double& w = g7_willing_[hi];
    const double target = above_cap[hi] ? p.g7_stay_above_cap_share : 1.0;
    const double days = target < w ? p.g7_exit_days : p.g7_return_days;
    w += (target - w) * (1.0 - std::exp(-7.0 / days));
    set_g7_open_share(h, coalition_open_share_ * w);
  }
}

double Shipping::dispatch(TankerIndex t, double days, Date today) {
  double d = days * (t_.designated[t] == 1 ? 1.0 + slowdown_ : 1.0);
  d *= 0.9 + 0.2 * delay_rng_.uniform();
  const int whole = std::max(1, static_cast<int>(std::lround(d)));
  t_.status[t] = TankerStatus::Voyage;
  t_.free_on[t] = today.plus_days(whole);
  ++on_voyage_[idx(t_.fleet[t], t_.hull[t])];
  voyages_.push(t_.free_on[t], t);
  return whole;
}

int Shipping::count(Fleet f, Hull h, TankerStatus s) const {
  if (s == TankerStatus::Voyage) return on_voyage_[idx(f, h)];
  if (s == TankerStatus::Idle) return static_cast<int>(idle_[idx(f, h)].size());
  int n = 0;
  for (std::size_t t = 0; t < t_.size(); ++t) n += t_.fleet[t] == f && t_.hull[t] == h && t_.status[t] == s;
  return n;
}

void Shipping::set_g7_open_share(Hull h, double share) {
  const auto hi = static_cast<std::size_t>(h);
  if (share == g7_open_share_[hi]) return;
  g7_open_share_[hi] = share;
  const int target = static_cast<int>(std::lround(share * g7_total_[hi]));
  int open = count(Fleet::G7, h, TankerStatus::Idle) + on_voyage_[idx(Fleet::G7, h)];
  // Withdraw idle tankers now; tankers at sea are withdrawn as they return (see arrivals).
  while (open > target) {
    const auto t = take_idle(Fleet::G7, h);
    if (t < 0) break;
    t_.status[static_cast<TankerIndex>(t)] = TankerStatus::Withdrawn;
    --open;
  }
  for (std::size_t t = 0; t < t_.size() && open < target; ++t) {
    if (t_.fleet[t] == Fleet::G7 && t_.hull[t] == h && t_.status[t] == TankerStatus::Withdrawn) {
      make_idle(static_cast<TankerIndex>(t));
      ++open;
    }
  }
}

int Shipping::designate(int n, std::int32_t event_index, double idle_share) {
  std::vector<TankerIndex> active;
  for (std::size_t t = 0; t < t_.size(); ++t)
    if (t_.fleet[t] == Fleet::Shadow &&
        (t_.status[t] == TankerStatus::Idle || t_.status[t] == TankerStatus::Voyage))
      active.push_back(static_cast<TankerIndex>(t));
  int newly = 0;
  for (int i = 0; i < n && !active.empty(); ++i) {
    const TankerIndex t = active[designation_rng_.below(active.size())];
    if (t_.designated[t]) continue;  // listed again by another jurisdiction: no new effect
    ++newly;
    const bool lay_up = designation_rng_.uniform() < idle_share;
    t_.designated[t] = lay_up ? 2 : 1;
    t_.designated_by[t] = event_index;
    if (lay_up && t_.status[t] == TankerStatus::Idle) {
      t_.status[t] = TankerStatus::LaidUp;
      std::erase(idle_[idx(t_.fleet[t], t_.hull[t])], t);
    }
  }
  return newly;
}

void Shipping::lift_designations(std::int32_t event_index) {
  for (std::size_t t = 0; t < t_.size(); ++t) {
    if (t_.designated_by[t] != event_index) continue;
    t_.designated[t] = 0;
    t_.designated_by[t] = -1;
    if (t_.status[t] == TankerStatus::LaidUp) make_idle(static_cast<TankerIndex>(t));
  }
}

void Shipping::update_rates(const OilParams& p, std::array<double, 4> backlog_cargoes,
                            double insurer_designation, double war_risk_multiplier) {
  slowdown_ = p.designated_slowdown;
  for (std::size_t k = 0; k < 4; ++k) {
    const auto f = static_cast<Fleet>(k / 2);
    const auto h = static_cast<Hull>(k % 2);
    const double active = std::max(1, count(f, h, TankerStatus::Idle) + on_voyage_[k]);
    const double u = std::min(1.5, on_voyage_[k] / active + backlog_cargoes[k] / active);
    const double tight = std::max(0.0, u - 0.85) / std::max(0.05, 1.0 - std::min(u, 0.99));
    const double mult = std::min(8.0, 1.0 + p.rate_elasticity * tight);
    const double premium = f == Fleet::Shadow ? 1.0 + p.shadow_day_premium + 0.3 * insurer_designation : 1.0;
    const double target = base_day_rate_ * hull_rate_share_[k % 2] * premium * mult * war_risk_multiplier;
    day_rate_[k] += 0.35 * (target - day_rate_[k]);
    (void)h;
  }
}

void Shipping::monthly(const OilParams& p, Date today, int month_index) {
  (void)month_index;
  // Scrap idle shadow tankers past the scrapping age (at-sea ones are scrapped on a later month).
  for (auto& pool : {idx(Fleet::Shadow, Hull::Crude), idx(Fleet::Shadow, Hull::Product)}) {
    auto& v = idle_[pool];
    for (TankerIndex t : v)
      if (t_.status[t] == TankerStatus::Idle && age_years(t_.built[t], today) > p.scrap_age_years)
        t_.status[t] = TankerStatus::Scrapped;
    std::erase_if(v, [&](TankerIndex t) { return t_.status[t] != TankerStatus::Idle; });
  }
  // Second-hand purchases: the shadow operator buys when its tankers are busy, less when prices are high.
  const double quarter = recent_purchases_[0] + recent_purchases_[1] + recent_purchases_[2];
  // The pool of old tankers for sale is finite: as it is used up, prices rise and purchases slow.
  const double left = std::max(0.0, 1.0 - bought_total_ / std::max(1.0, p.secondhand_pool_tankers));
  secondhand_price_musd_ =
      p.secondhand_price_musd * (1.0 + p.secondhand_price_elasticity * quarter) / std::max(0.05, left);
  double bought = 0;
  for (Hull h : {Hull::Crude, Hull::Product}) {
    const auto k = idx(Fleet::Shadow, h);
    const double active = std::max(1, count(Fleet::Shadow, h, TankerStatus::Idle) + on_voyage_[k]);
    const double u = on_voyage_[k] / active;
    const double signal = std::clamp((u - 0.6) / 0.25, 0.0, 1.0);
    const double max_rate =
        h == Hull::Crude ? p.secondhand_purchases_per_month_max : p.product_purchases_per_month_max;
    const double mean = max_rate * signal * p.secondhand_price_musd / secondhand_price_musd_;
    const auto n = std::min<std::uint64_t>(
        market_rng_.poisson(mean * left),
        static_cast<std::uint64_t>(std::max(0.0, p.secondhand_pool_tankers - bought_total_)));
    bought_total_ += static_cast<double>(n);
    for (std::uint64_t i = 0; i < n; ++i) {
      const double age = market_rng_.uniform(14, 20);
      make_idle(t_.add(Fleet::Shadow, h, draw_class(h, market_rng_),
                       today.plus_days(-static_cast<int>(age * kDaysPerYear))));
    }
    bought += static_cast<double>(n);
    purchases_usd_bn_ +=
        static_cast<double>(n) * secondhand_price_musd_ * (h == Hull::Crude ? 1.0 : 0.6) / 1000.0;
  }
  recent_purchases_ = {bought, recent_purchases_[0], recent_purchases_[1]};
}

int Shipping::shadow_active() const {
  return count(Fleet::Shadow, Hull::Crude, TankerStatus::Idle) + on_voyage_[idx(Fleet::Shadow, Hull::Crude)] +
         count(Fleet::Shadow, Hull::Product, TankerStatus::Idle) +
         on_voyage_[idx(Fleet::Shadow, Hull::Product)];
}

int Shipping::designated_count() const {
  int n = 0;
  for (std::size_t t = 0; t < t_.size(); ++t)
    n += t_.designated[t] != 0 && t_.status[t] != TankerStatus::Scrapped;
  return n;
}

int Shipping::designated_trading() const {
  int n = 0;
  for (std::size_t t = 0; t < t_.size(); ++t)
    n += t_.designated[t] == 1 && t_.status[t] != TankerStatus::Scrapped;
  return n;
}

void Shipping::hash(StateHasher& h) const {
  h.values(t_.status);
  h.values(t_.cls);
  h.values(t_.designated);
  for (Date d : t_.free_on) h.value(d.days);
  for (double r : day_rate_) h.value(r);
  h.value(secondhand_price_musd_);
  for (double w : g7_willing_) h.value(w);
}

}  // namespace sancsim
