#include "sancsim/economy/import_switching.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

namespace {

double ces_share(double start_share, double relative_price, double exponent) {
  if (start_share <= 0) return 0.0;
  if (start_share >= 1) return 1.0;
  const double weighted = start_share * std::pow(std::max(relative_price, 1e-12), exponent);
  return weighted / (weighted + 1.0 - start_share);
}

double domestic_inputs_per_output(std::size_t user) {
  double d = 0;
  for (std::size_t q = 0; q < kSectors; ++q) d += kSut2019.a_domestic[q][user];
  return d;
}

}  // namespace

double armington_value_share(double start_share, double relative_price, double sigma) {
  return ces_share(start_share, relative_price, 1.0 - sigma);
}

double armington_quantity_share(double start_share, double relative_price, double sigma) {
  return ces_share(start_share, relative_price, -sigma);
}

double switching_speed_per_month(double share_per_quarter) {
  return 1.0 - std::pow(1.0 - std::clamp(share_per_quarter, 0.0, 1.0), 1.0 / 3.0);
}

double domestic_input_bundle_price(std::size_t user, const std::array<double, kSectors>& sector_price) {
  const double domestic = domestic_inputs_per_output(user);
  double bundle = 0;
  for (std::size_t q = 0; q < kSectors; ++q) bundle += kSut2019.a_domestic[q][user] * sector_price[q];
  return domestic > 0 ? std::max(bundle / domestic, 1e-12) : 1.0;
}

double start_imported_input_share(std::size_t user) {
  const double total = kSut2019.imported_inputs_per_output[user] + domestic_inputs_per_output(user);
  return total > 0 ? kSut2019.imported_inputs_per_output[user] / total : 0.0;
}

void ImportShares::set_imported_input_share(std::size_t user, double share) {
  const double domestic = domestic_inputs_per_output(user);
  const double total = kSut2019.imported_inputs_per_output[user] + domestic;
  inputs_per_output[user] = share * total;
  domestic_input_scale[user] = domestic > 0 ? (1.0 - share) * total / domestic : 1.0;
}

ImportShares ImportShares::from_2019() {
  ImportShares m;
  m.household = kSut2019.household_import_share;
  m.investment = kSut2019.gfcf_import_share;
  m.inputs_per_output = kSut2019.imported_inputs_per_output;
  m.domestic_input_scale.fill(1.0);
  return m;
}

void ImportShares::update(double sigma, double inputs_sigma, double speed, double import_price,
                          double food_import_price, const std::array<double, kSectors>& sector_price) {
  const auto seen = [speed](double& log_seen, double relative) {
    log_seen += speed * (std::log(std::max(relative, 1e-12)) - log_seen);
    return std::exp(log_seen);
  };
  for (std::size_t s = 0; s < kSectors; ++s) {
    const double p_home = std::max(sector_price[s], 1e-12);
    const double p_hh = s == index(Sector::Agr) ? food_import_price : import_price;
    household[s] = armington_value_share(kSut2019.household_import_share[s],
                                         seen(seen_household[s], p_hh / p_home), sigma);
    investment[s] = armington_value_share(kSut2019.gfcf_import_share[s],
                                          seen(seen_investment[s], import_price / p_home), sigma);
    // Firms' inputs: the imports against the bundle of domestic inputs the 2019 column buys, in
    // quantities at start prices; the total input per unit of output stays.
    const double p_bundle = domestic_input_bundle_price(s, sector_price);
    set_imported_input_share(
        s, armington_quantity_share(start_imported_input_share(s),
                                    seen(seen_inputs[s], import_price / p_bundle), inputs_sigma));
  }
}

}  // namespace sancsim
