#pragma once
// The input-output structure the firms buy through: domestic-input coefficients A_d (a sector's
// intermediate demand for each sector's goods = A_d x its output) and imported inputs per unit of
// output, from Rosstat's 2019 supply-use table (sectors.hpp).
#include <Eigen/Dense>

#include "sancsim/economy/sectors.hpp"

namespace sancsim {

using SectorVector = Eigen::Matrix<double, kSectors, 1>;
using SectorMatrix = Eigen::Matrix<double, kSectors, kSectors>;

struct IoTable {
  SectorMatrix a_domestic;           // [from, to]
  SectorVector imported_per_output;  // by using sector

  static IoTable from_2019();
  // Intermediate demand for each sector's goods, given each sector's output (same units).
  SectorVector intermediate_demand(const SectorVector& output) const { return a_domestic * output; }
  // Output each sector needs to deliver `final_demand` (Leontief): (I - A_d)^-1 f.
  SectorVector leontief_output(const SectorVector& final_demand) const;
  SectorMatrix leontief_inverse() const;
};

}  // namespace sancsim
