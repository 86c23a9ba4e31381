#include "sancsim/model/stock_limits.hpp"

#include <algorithm>

namespace sancsim {

double stock_fill(double stock_kbbl, const StockLimits& lim) {
  if (!lim.has_room()) return stock_kbbl > lim.working_kbbl ? 1.0 : 0.0;  // full only above working stocks
  return std::clamp((stock_kbbl - lim.working_kbbl) / (lim.room_kbbl - lim.working_kbbl), 0.0, 1.0);
}

void plan_cut(double stock_kbbl, double capacity_kbd, const StockLimits& lim, StockWatch& watch,
              double& cut_kbd) {
  const double flow = stock_kbbl - watch.yesterday_kbbl;
  watch.yesterday_kbbl = stock_kbbl;
  watch.inflow_kbd += (flow - watch.inflow_kbd) / 7.0;
  const double room = lim.room_kbbl - stock_kbbl;
  const double cover_needed = watch.inflow_kbd * lim.lead_days;
  if (watch.inflow_kbd > 0 && room < cover_needed) {
    const double urgency = 1.0 - room / cover_needed;
    cut_kbd = std::min(capacity_kbd, cut_kbd + std::min(lim.cut_max_kbd_per_day, watch.inflow_kbd * urgency));
  } else if (watch.inflow_kbd <= 0 && stock_fill(stock_kbbl, lim) < lim.restore_below_fill) {
    cut_kbd = std::max(0.0, cut_kbd - lim.restore_max_kbd_per_day);
  }
}

}  // namespace sancsim
