#include "sancsim/model/traders.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sancsim {

Traders::Traders(const OilParams& p, Date start, std::uint64_t seed, std::uint32_t rep)
    : seed_(seed), rep_(rep), entry_rng_(seed, rep, Stream::TraderEntry, 0) {
  for (int i = 0; i < p.shell_traders_initial; ++i)
    add_shell(p.shell_capacity_kbd, start, TraderStatus::Active);
}

void Traders::add_shell(double capacity_kbd, Date from, TraderStatus st) {
  s_.capacity_kbd.push_back(capacity_kbd);
  s_.volume_kbd.push_back(0);
  s_.status.push_back(st);
  s_.active_from.push_back(from);
}

double Traders::place(double demand) {
  const double cap = capacity_active_kbd();
  const double placed = std::min(demand, cap);
  const double share = cap > 0 ? placed / cap : 0.0;
  for (std::size_t i = 0; i < s_.size(); ++i)
    s_.volume_kbd[i] = s_.status[i] == TraderStatus::Active ? s_.capacity_kbd[i] * share : 0.0;
  utilisation_ = cap > 0 ? demand / cap : (demand > 0 ? 2.0 : 0.0);
  return demand - placed;
}

double Traders::shell_margin_usd_per_bbl(const OilParams& p) const {
  const double tight = std::clamp((utilisation_ - 0.8) / 0.2, 0.0, 1.5);
  return p.shell_margin_usd_per_bbl + p.shell_scarcity_margin_usd_per_bbl * tight * tight;
}

void Traders::activate(Date today) {
  for (std::size_t i = 0; i < s_.size(); ++i)
    if (s_.status[i] == TraderStatus::Forming && s_.active_from[i] <= today)
      s_.status[i] = TraderStatus::Active;
}

void Traders::monthly(const OilParams& p, Date today, int month_index, double enforcement,
                      double demand_kbd) {
  // Designations: each active shell's hazard rises with its use of capacity and with enforcement.
  for (std::size_t i = 0; i < s_.size(); ++i) {
    if (s_.status[i] != TraderStatus::Active) continue;
    const double use = s_.capacity_kbd[i] > 0 ? s_.volume_kbd[i] / s_.capacity_kbd[i] : 0.0;
    const double hazard = p.shell_hazard_per_month * enforcement * use;
    Rng draw(seed_, rep_, Stream::TraderHazard, i);
    if (draw.seek(static_cast<std::uint64_t>(month_index)).uniform() < hazard) {
      s_.status[i] = TraderStatus::Designated;
      s_.volume_kbd[i] = 0;
      ++designated_total_;
    }
  }
  // Entry: new shells are set up to cover the capacity gap (with 10% headroom), after the entry lag.
  double forming = 0;
  for (std::size_t i = 0; i < s_.size(); ++i)
    if (s_.status[i] == TraderStatus::Forming) forming += s_.capacity_kbd[i];
  const double gap = 1.1 * demand_kbd - capacity_active_kbd() - forming;
  if (gap > 0) {
    const double wanted = std::ceil(gap / p.shell_capacity_kbd);
    const int n = static_cast<int>(std::min(wanted, p.shell_entry_per_month_max));
    for (int k = 0; k < n; ++k) {
      const double cap = p.shell_capacity_kbd * entry_rng_.uniform(0.7, 1.3);
      const int lag = static_cast<int>(std::lround(p.shell_entry_lag_days * entry_rng_.uniform(0.75, 1.25)));
      add_shell(cap, today.plus_days(lag), lag == 0 ? TraderStatus::Active : TraderStatus::Forming);
    }
  }
}

int Traders::designate_share(double share) {
  std::vector<std::size_t> active;
  for (std::size_t i = 0; i < s_.size(); ++i)
    if (s_.status[i] == TraderStatus::Active) active.push_back(i);
  // The busiest shells first; ties by index for a total order.
  std::sort(active.begin(), active.end(), [&](std::size_t a, std::size_t b) {
    return s_.volume_kbd[a] != s_.volume_kbd[b] ? s_.volume_kbd[a] > s_.volume_kbd[b] : a < b;
  });
  const auto n = static_cast<std::size_t>(std::lround(share * static_cast<double>(active.size())));
  for (std::size_t k = 0; k < n && k < active.size(); ++k) {
    s_.status[active[k]] = TraderStatus::Designated;
    s_.volume_kbd[active[k]] = 0;
    ++designated_total_;
  }
  return static_cast<int>(std::min(n, active.size()));
}

int Traders::active() const {
  return static_cast<int>(std::count(s_.status.begin(), s_.status.end(), TraderStatus::Active));
}

double Traders::capacity_active_kbd() const {
  double c = 0;
  for (std::size_t i = 0; i < s_.size(); ++i)
    if (s_.status[i] == TraderStatus::Active) c += s_.capacity_kbd[i];
  return c;
}

void Traders::hash(StateHasher& h) const {
  h.values(s_.capacity_kbd);
  h.values(s_.volume_kbd);
  h.values(s_.status);
  h.value(mainstream_presence);
}

}  // namespace sancsim
