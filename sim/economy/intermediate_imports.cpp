#include "sancsim/economy/intermediate_imports.hpp"

#include <algorithm>

namespace sancsim {

IntermediateImports IntermediateImports::from_2019() {
  IntermediateImports m;
  for (std::size_t s = 0; s < kSectors; ++s) m.share[s] = start_imported_input_share(s);
  return m;
}

void IntermediateImports::update(double sigma, double adjustment_per_month, double landed_import_price,
                                 const std::array<double, kSectors>& sector_price) {
  const double speed = std::clamp(adjustment_per_month, 0.0, 1.0);
  for (std::size_t s = 0; s < kSectors; ++s) {
    const double relative = landed_import_price / domestic_input_bundle_price(s, sector_price);
    if (start_relative_price[s] <= 0) start_relative_price[s] = relative;
    const double target =
        armington_quantity_share(start_imported_input_share(s), relative / start_relative_price[s], sigma);
    share[s] += speed * (target - share[s]);
  }
}

void IntermediateImports::apply_to(ImportShares& shares) const {
  for (std::size_t s = 0; s < kSectors; ++s) shares.set_imported_input_share(s, share[s]);
}

}  // namespace sancsim
