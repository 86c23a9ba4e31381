#pragma once
// Intermediaries through which Russian cargoes are sold: mainstream Western traders (present until
// the shunning drives them out) and shell traders with a capacity, a margin and a designation hazard
// rising with their volume and the enforcement intensity. Designated shells are replaced by new ones
// after an entry lag: the whack-a-mole the data show.
#include <cstdint>
#include <vector>

#include "sancsim/engine/date.hpp"
#include "sancsim/engine/rng.hpp"
#include "sancsim/engine/state_hash.hpp"
#include "sancsim/model/oil_params.hpp"

namespace sancsim {

enum class TraderStatus : std::uint8_t { Forming, Active, Designated };

// The shell trader table.
struct ShellTraders {
  std::vector<double> capacity_kbd;
  std::vector<double> volume_kbd;  // placed this week
  std::vector<TraderStatus> status;
  std::vector<Date> active_from;
  std::size_t size() const { return status.size(); }
};

class Traders {
 public:
  Traders(const OilParams& p, Date start, std::uint64_t seed, std::uint32_t replication);

  // Weekly: places `shell_demand_kbd` with active shells (pro rata to capacity); returns the volume
  // that found no intermediary.
  double place(double shell_demand_kbd);
  // Average margin of shell-placed volume given current use of shell capacity.
  double shell_margin_usd_per_bbl(const OilParams& p) const;
  // Monthly: designations (hazard x enforcement x use) and entry of new shells after the lag.
  void monthly(const OilParams& p, Date today, int month_index, double enforcement, double demand_kbd);
  // Daily: shells whose set-up is complete become active.
  void activate(Date today);
  // Designates the `share` of active shells with the most volume (a designation event).
  int designate_share(double share);

  double mainstream_presence = 1.0;  // 0..1, falls after the invasion
  int active() const;
  int designated_total() const { return designated_total_; }
  double capacity_active_kbd() const;
  double utilisation() const { return utilisation_; }
  const ShellTraders& shells() const { return s_; }
  void hash(StateHasher& h) const;

  // Adds a shell that becomes active on `from` (used by entry; public for tests).
  void add_shell(double capacity_kbd, Date from, TraderStatus st);

 private:
  ShellTraders s_;
  std::uint64_t seed_;
  std::uint32_t rep_;
  int designated_total_ = 0;
  double utilisation_ = 0;
  Rng entry_rng_;
};

}  // namespace sancsim
