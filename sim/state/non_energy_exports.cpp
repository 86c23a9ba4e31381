#include "sancsim/state/non_energy_exports.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

namespace {
constexpr int kReferenceMonths = 12;  // the reference is the mean of the year before the response starts
}  // namespace

double non_energy_export_monthly_speed(double share_per_quarter) {
  return 1.0 - std::pow(1.0 - std::clamp(share_per_quarter, 0.0, 1.0), 1.0 / 3.0);
}

double NonEnergyExportVolume::step(const RubleParams& p, YearMonth month, double real_rate_last_month) {
  const double speed = non_energy_export_monthly_speed(p.non_energy_export_adjustment_per_quarter);
  real_rate_seen_ *= std::pow(real_rate_last_month / real_rate_seen_, speed);
  const YearMonth from = YearMonth::of(p.non_energy_export_reference_from);
  // Months of the window before the run count at the start's real rate (ln 1 = 0), so a response from the
  // start has the start's rate as its reference.
  if (month.index >= from.index - kReferenceMonths && month.index < from.index)
    log_reference_sum_ += std::log(real_rate_seen_);
  factor_ = month.index < from.index
                ? 1.0
                : std::pow(real_rate_seen_ / std::exp(log_reference_sum_ / kReferenceMonths),
                           p.non_energy_export_real_rate_elasticity);
  return factor_;
}

}  // namespace sancsim
