#pragma once
// A stock with a hard room above it, and the cut of the flow into it that its owners plan as the
// room runs out: crude storage and the wells that feed it, product stocks and the refinery runs
// that feed them (docs/MODEL.md §3). The hard limit itself is applied by the owner of the stock,
// which knows what an excess was not (crude not produced, products not refined).

namespace sancsim {

struct StockLimits {
  double room_kbbl = 0;                // hard limit
  double working_kbbl = 0;             // working stocks: the level the owners hold in normal times
  double lead_days = 14;               // cover below which the owners start cutting the inflow
  double cut_max_kbd_per_day = 0;      // fastest rate at which the inflow is cut
  double restore_max_kbd_per_day = 0;  // fastest rate at which a cut is undone
  double restore_below_fill = 0.5;     // the cut is undone only below this fill of the room

  // Whether anything can be stored above working stocks.
  bool has_room() const { return room_kbbl > working_kbbl; }
};

// The week's moving average of the net flow into the stock.
struct StockWatch {
  double inflow_kbd = 0;
  double yesterday_kbbl = 0;
};

// Stock above working stocks as a share of the room above them (0..1); with no room, 1 only above
// working stocks.
double stock_fill(double stock_kbbl, const StockLimits& lim);

// Daily, after the day's flows and the hard limit: when the stock would fill within the lead time
// at the week's inflow, the cut grows against the inflow, the more urgently the less cover is left,
// at most `cut_max_kbd_per_day` and up to `capacity_kbd`; once the stock drains and is below
// `restore_below_fill`, the cut is undone at most `restore_max_kbd_per_day`.
void plan_cut(double stock_kbbl, double capacity_kbd, const StockLimits& lim, StockWatch& watch,
              double& cut_kbd);

}  // namespace sancsim
