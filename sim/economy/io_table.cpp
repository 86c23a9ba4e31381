#include "sancsim/economy/io_table.hpp"

namespace sancsim {

IoTable IoTable::from_2019() {
  IoTable t;
  for (std::size_t r = 0; r < kSectors; ++r) {
    t.imported_per_output(static_cast<Eigen::Index>(r)) = kSut2019.imported_inputs_per_output[r];
    for (std::size_t c = 0; c < kSectors; ++c)
      t.a_domestic(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = kSut2019.a_domestic[r][c];
  }
  return t;
}

SectorMatrix IoTable::leontief_inverse() const { return (SectorMatrix::Identity() - a_domestic).inverse(); }

SectorVector IoTable::leontief_output(const SectorVector& final_demand) const {
  return (SectorMatrix::Identity() - a_domestic).partialPivLu().solve(final_demand);
}

}  // namespace sancsim
