#pragma once
// The ruble price of imported goods (docs/ECONOMY.md, "Import prices: quick up, slow down"): importers
// and retailers reprice at once when the ruble's parity rises (replacement cost), but cut prices only
// gradually when it falls (Russian prices respond more to an easing than to a tightening and firms are
// "reluctant to lower them", Kolesnik and Zubarev; in the long run the pass-through is complete).

namespace sancsim {

// This month's import price from last month's `previous` and this month's parity (ruble x world price
// x sanctions wedge): the parity when it is at or above `previous`, else a move of the share
// `down_speed` of the log gap toward it (1: the parity at once, both ways). `previous` <= 0 (the first
// month) gives the parity.
double sticky_import_price(double previous, double parity, double down_speed);

// The monthly share of the log gap closed when the parity falls, from the share of a fall's effect
// that shows within `months` against a rise's: 1 - (1 - share)^(1 / months).
double import_price_down_speed(double share_after, double months);

}  // namespace sancsim
