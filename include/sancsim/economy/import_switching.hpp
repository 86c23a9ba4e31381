#pragma once
// Expenditure switching between domestic and imported goods (docs/ECONOMY.md, "Import shares that
// answer to relative prices"): each basket splits between the domestic good and the import by an
// Armington (CES) aggregator calibrated to the 2019 supply-use table's shares at equal prices; buyers
// act on a relative price that moves toward the month's by partial adjustment (the short run responds
// less than the long run).
#include <array>

#include "sancsim/economy/sectors.hpp"

namespace sancsim {

// The import's share of the basket's value when imports cost `relative_price` times the domestic good:
// m0 r^(1-sigma) / (m0 r^(1-sigma) + 1 - m0) for a CES basket whose value share is `start_share` (m0) at
// equal prices. sigma = 1 keeps the start's share at any price (fixed value shares).
double armington_value_share(double start_share, double relative_price, double sigma);

// The import's share of the basket's quantity (start units: prices 1 at the start): m0 r^-sigma / (m0
// r^-sigma + 1 - m0). sigma = 0 keeps the start's share at any price (fixed input coefficients).
double armington_quantity_share(double start_share, double relative_price, double sigma);

// Monthly speed of partial adjustment that closes `share_per_quarter` of a gap within three months.
double switching_speed_per_month(double share_per_quarter);

// The price of the bundle of domestic inputs the 2019 table's column of using sector `user` buys (sum_q
// A_d[q][user] p_q / sum_q A_d[q][user]; 1 at start prices).
double domestic_input_bundle_price(std::size_t user, const std::array<double, kSectors>& sector_price);

// The 2019 table's imported share of using sector `user`'s intermediate inputs (start units): A_m,user /
// (A_m,user + sum_q A_d[q][user]). The table gives imported inputs by using sector only, not by supplier.
double start_imported_input_share(std::size_t user);

// This month's imported shares of each basket, with the relative prices buyers act on.
struct ImportShares {
  std::array<double, kSectors> household{};             // imported value share of households' spending
  std::array<double, kSectors> investment{};            // imported value share of investment deliveries
  std::array<double, kSectors> inputs_per_output{};     // imported inputs per unit of output, by user
  std::array<double, kSectors> domestic_input_scale{};  // domestic inputs per output over 2019's, by user
  // Log relative prices (import over domestic) that buyers act on, by product or by using sector.
  std::array<double, kSectors> seen_household{}, seen_investment{}, seen_inputs{};

  // The 2019 table's shares (relative prices 1).
  static ImportShares from_2019();
  // Move the relative prices buyers act on toward this month's at `speed` and set the shares:
  // households' and investment's imports against the domestic good of the same product (farm goods at
  // `food_import_price`) with elasticity `sigma`, firms' imported inputs against their domestic inputs'
  // bundle with `inputs_sigma`.
  void update(double sigma, double inputs_sigma, double speed, double import_price, double food_import_price,
              const std::array<double, kSectors>& sector_price);
  // Set using sector `user`'s imported share of its intermediate inputs (start units): imported inputs per
  // unit of output and the scale of its domestic column, so that the input per unit of output stays.
  void set_imported_input_share(std::size_t user, double share);
};

}  // namespace sancsim
