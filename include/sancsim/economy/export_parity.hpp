#pragma once
// Export parity of tradable farm commodities (docs/ECONOMY.md, "Farm prices at export parity"): grain and
// oilseeds sell at home at the exporters' netback, the world price less the export duty, for all their
// sales and not only the exported part (the law of one price at the margin). Russia's floating grain
// export duty (from 2 June 2021) takes a share of the world price above a base price, so the domestic
// price follows a world price rise above the base by one less that share.

namespace sancsim {

// The farm's export parity rule (economy.farm_* in the parameter table).
struct FarmExportParity {
  double tradable_share = 0.0;  // tradable crops (grain, oilseeds) over the farm sector's output
  double duty_rate = 0.0;       // share of the world price above the base that the export duty takes
  double duty_base = 0.0;       // the duty's base price in US dollars over the start's world price
};

// Weight of export parity in a farm firm's price target: the tradable share of its output, and at least
// the exported share (exports sell at the world price whatever is tradable at home).
double farm_parity_weight(const FarmExportParity& rule, double export_share);

// The exporters' netback in rubles as an index (1 at the start): `world_rub` is the world price in rubles
// (the start's 1), `rub_index` the ruble per dollar over the start's (the duty's base is in dollars). The
// dollar price q = world_rub / rub_index nets q - duty_rate x max(0, q - duty_base), and the index is
// rub_index times that over the start's netback (q = 1): the start's domestic price already carries the
// duty announced in December 2020. With duty_rate 0 it is world_rub.
double export_netback_index(const FarmExportParity& rule, double world_rub, double rub_index);

}  // namespace sancsim
