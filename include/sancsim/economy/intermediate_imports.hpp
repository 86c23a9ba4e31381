#pragma once
// Firms' imported intermediate inputs that switch to domestic suppliers (docs/ECONOMY.md, "Intermediate
// inputs that switch to domestic suppliers"): each using sector's imported share of its inputs moves, at a
// monthly adjustment speed, toward the Armington (CES) demand share at the landed import price against
// its domestic inputs' bundle, normalised to the 2019 table's share at the start's relative price.
#include <array>

#include "sancsim/economy/import_switching.hpp"
#include "sancsim/economy/sectors.hpp"

namespace sancsim {

// The imported share of each using sector's intermediate inputs and the relative price it started from.
struct IntermediateImports {
  std::array<double, kSectors> share{};  // imported share of the inputs, start units (quantities)
  // Landed import price over the domestic inputs' bundle price in the first month seen (0: none yet).
  std::array<double, kSectors> start_relative_price{};

  // The 2019 table's shares, no relative price seen yet.
  static IntermediateImports from_2019();
  // Move each share toward m0 x^-sigma / (m0 x^-sigma + 1 - m0), x the landed import price over the
  // domestic bundle's relative to the start's, closing `adjustment_per_month` of the gap. The quantity
  // share with a fixed input per unit of output gives the imported value share of the CES demand,
  // m0 x^(1-sigma) / (m0 x^(1-sigma) + 1 - m0).
  void update(double sigma, double adjustment_per_month, double landed_import_price,
              const std::array<double, kSectors>& sector_price);
  // Write the shares into the firms' input coefficients (imported per output, domestic column scale).
  void apply_to(ImportShares& shares) const;
};

}  // namespace sancsim
