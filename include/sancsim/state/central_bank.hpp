#pragma once
// The Bank of Russia's key rate: an inertial Taylor rule applied at meeting months, and an
// emergency hike when the ruble falls sharply (as on 28 Feb 2022).
#include <vector>

#include "sancsim/state/state_params.hpp"

namespace sancsim {

// Rate the rule aims at: r* + pi_target + w_pi (pi - pi_target) + w_y gap, in percent. The state passes
// underlying inflation as pi (CPI without the supply shocks the Bank looks through, economy.hpp).
double taylor_target_pct(const CentralBankParams& p, int year, double inflation_yoy_pct,
                         double output_gap_pct);

// The rate after a meeting: smoothing * previous + (1 - smoothing) * target, rounded to the step.
double meeting_rate_pct(const CentralBankParams& p, int year, double previous_pct, double inflation_yoy_pct,
                        double output_gap_pct);

// The Bank of Russia's decision for one month (the rate in force next month).
struct CentralBank {
  std::vector<int> meeting_months;  // 1..12
  double key_rate_pct = 0;

  bool meets(unsigned month) const;
  // Applies a meeting (if `month` has one) and the emergency rule; returns the new rate.
  double decide(const CentralBankParams& p, int year, unsigned month, double inflation_yoy_pct,
                double output_gap_pct, double depreciation_pct);
};

}  // namespace sancsim
