#include "sancsim/state/central_bank.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

double taylor_target_pct(const CentralBankParams& p, int year, double inflation_yoy_pct,
                         double output_gap_pct) {
  return p.neutral_real_rate_pct.at(year) + p.inflation_target_pct +
         p.inflation_weight * (inflation_yoy_pct - p.inflation_target_pct) +
         p.output_gap_weight * output_gap_pct;
}

double meeting_rate_pct(const CentralBankParams& p, int year, double previous_pct, double inflation_yoy_pct,
                        double output_gap_pct) {
  const double target = taylor_target_pct(p, year, inflation_yoy_pct, output_gap_pct);
  double rate = p.smoothing * previous_pct + (1.0 - p.smoothing) * target;
  if (p.step_pct > 0) rate = std::round(rate / p.step_pct) * p.step_pct;
  return std::max(p.min_rate_pct, rate);
}

bool CentralBank::meets(unsigned month) const {
  return std::find(meeting_months.begin(), meeting_months.end(), static_cast<int>(month)) !=
         meeting_months.end();
}

double CentralBank::decide(const CentralBankParams& p, int year, unsigned month, double inflation_yoy_pct,
                           double output_gap_pct, double depreciation_pct) {
  if (meets(month))
    rule_rate_pct = meeting_rate_pct(p, year, rule_rate_pct, inflation_yoy_pct, output_gap_pct);
  // An extraordinary meeting defends the ruble; later extraordinary cuts unwind the hike.
  if (depreciation_pct > p.emergency_depreciation_pct)
    emergency_floor_pct = std::max(emergency_floor_pct, p.emergency_rate_pct);
  else
    emergency_floor_pct = std::max(0.0, emergency_floor_pct - p.emergency_unwind_pp_per_month);
  key_rate_pct = std::max(rule_rate_pct, emergency_floor_pct);
  return key_rate_pct;
}

double CentralBank::hold(double pct) {
  key_rate_pct = rule_rate_pct = pct;
  emergency_floor_pct = 0;
  return key_rate_pct;
}

}  // namespace sancsim
