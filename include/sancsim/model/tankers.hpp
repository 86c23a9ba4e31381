#pragma once
// Individual tankers open to Russian cargoes: coalition-serviced (G7) and shadow fleet, crude and
// product classes. A tanker loads a cargo, is away for its voyage, and returns idle on its arrival
// day. Rows are never erased (a scrapped tanker keeps its row), so an index is a stable handle.
#include <array>
#include <cstdint>
#include <vector>

#include "sancsim/engine/clock.hpp"
#include "sancsim/engine/rng.hpp"
#include "sancsim/engine/state_hash.hpp"
#include "sancsim/model/oil_params.hpp"

namespace sancsim {

enum class Fleet : std::uint8_t { G7, Shadow };
enum class Hull : std::uint8_t { Crude, Product };
enum class TankerStatus : std::uint8_t { Idle, Voyage, LaidUp, Withdrawn, Scrapped };
// Size classes; a tanker loads a full cargo of its class.
enum class TankerClass : std::uint8_t { Aframax, Suezmax, Vlcc, ProductLr, ProductMr };
inline constexpr std::array<double, 5> kClassCargoKbbl = {730, 1000, 2000, 550, 300};

using TankerIndex = std::uint32_t;

// The tanker table: one column per attribute.
struct Tankers {
  std::vector<Fleet> fleet;
  std::vector<Hull> hull;
  std::vector<TankerClass> cls;
  std::vector<TankerStatus> status;
  std::vector<std::uint8_t> designated;     // 1 once designated (until relief)
  std::vector<std::int32_t> designated_by;  // event index that designated it, -1 if none
  std::vector<Date> built;
  std::vector<Date> free_on;  // arrival back at the loading area

  std::size_t size() const { return fleet.size(); }
  TankerIndex add(Fleet f, Hull h, TankerClass c, Date built_on);
  double cargo_kbbl(TankerIndex t) const { return kClassCargoKbbl[static_cast<std::size_t>(cls[t])]; }
};

// The fleet: tanker table, idle pools, voyages in flight, day rates and the second-hand market.
class Shipping {
 public:
  Shipping(const OilParams& p, Date start, int days, std::uint64_t seed, std::uint32_t replication);

  // Tankers back from their voyages today become idle (or go to lay-up / scrap as flagged).
  void arrivals(Date today);
  // Index into the per-(fleet, hull) arrays.
  static std::size_t idx(Fleet f, Hull h) {
    return static_cast<std::size_t>(f) * 2 + static_cast<std::size_t>(h);
  }
  // An idle tanker of this fleet and hull, or -1.
  std::int64_t take_idle(Fleet f, Hull h);
  // An idle tanker for a cargo, or -1. Coalition tankers only if `g7_allowed`; with
  // `shadow_first` an idle shadow tanker is taken before a coalition one, else after it.
  std::int64_t take_for_cargo(Hull h, bool g7_allowed, bool shadow_first);
  // Returns a tanker taken with take_idle unused (its cargo was not ready).
  void put_back(TankerIndex t) { make_idle(t); }
  // Sends tanker `t` on a voyage of `days`; returns the voyage length actually used.
  double dispatch(TankerIndex t, double days, Date today);

  // The share of coalition tankers the measures leave open to Russian trade (1 before the
  // shunning, less after it, 0 under a maritime ban); the owners' willingness scales it.
  void set_coalition_open_share(double open_share);
  // Weekly: coalition owners leave Russian trades while the market price is above the cap
  // (`above_cap` by hull), down to the share that stays for compliant cargoes, and return with a
  // lag once it has stayed below (docs/MODEL.md §8.1).
  void update_coalition_owners(const OilParams& p, std::array<bool, 2> above_cap);
  double coalition_willingness(Hull h) const { return g7_willing_[static_cast<std::size_t>(h)]; }
  // Designates up to `n` tankers of the shadow fleet drawn at random; returns how many were newly designated.
  int designate(int n, std::int32_t event_index, double idle_share);
  // Lifts designations made by event `event_index`.
  void lift_designations(std::int32_t event_index);
  // Weekly: updates day rates from utilisation and queued cargoes.
  void update_rates(const OilParams& p, std::array<double, 4> backlog_cargoes, double insurer_designation,
                    double war_risk_multiplier);
  // Monthly: second-hand purchases into the shadow fleet and scrapping of old tankers.
  void monthly(const OilParams& p, Date today, int month_index);

  double day_rate_usd(Fleet f, Hull h) const { return day_rate_[idx(f, h)]; }
  // Freight per barrel for a round trip of `voyage_days` on this fleet and hull.
  double freight_usd_per_bbl(Fleet f, Hull h, double voyage_days, double cargo_kbbl) const {
    return day_rate_usd(f, h) * voyage_days / (cargo_kbbl * 1000.0);
  }
  int count(Fleet f, Hull h, TankerStatus s) const;
  int shadow_active() const;       // shadow tankers idle or on voyage
  int designated_count() const;    // shadow tankers under designation
  int designated_trading() const;  // designated and still trading
  double secondhand_price_musd() const { return secondhand_price_musd_; }
  double purchases_usd_bn_total() const { return purchases_usd_bn_; }
  const Tankers& table() const { return t_; }
  void hash(StateHasher& h) const;

 private:
  void make_idle(TankerIndex t);
  TankerClass draw_class(Hull h, Rng& rng) const;
  std::array<double, 3> crude_class_share_{};  // Aframax, Suezmax, VLCC
  double product_lr_share_ = 0.3;
  Tankers t_;
  std::array<std::vector<TankerIndex>, 4> idle_;
  std::array<int, 4> on_voyage_{};
  std::array<double, 4> day_rate_{};
  void set_g7_open_share(Hull h, double open_share);  // keeps that share of the coalition fleet open
  std::array<double, 2> g7_open_share_{1.0, 1.0};
  double coalition_open_share_ = 1.0;
  std::array<double, 2> g7_willing_{1.0, 1.0};  // by hull
  std::array<int, 2> g7_total_{};               // coalition tankers by hull
  double slowdown_ = 0.5;
  DayQueue<TankerIndex> voyages_;
  Rng designation_rng_;
  Rng market_rng_;
  Rng delay_rng_;
  double secondhand_price_musd_;
  double purchases_usd_bn_ = 0;
  double bought_total_ = 0;                   // tankers bought from the second-hand pool so far
  std::array<double, 3> recent_purchases_{};  // last three months
  double base_day_rate_;
  std::array<double, 2> hull_rate_share_;
  Date start_;
};

}  // namespace sancsim
