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

// The Bank of Russia's decision for one month (the rate in force next month). The key rate is the
// higher of the rule's rate (smoothed from meeting to meeting) and an emergency floor: a ruble crash
// puts the floor at the emergency rate, and extraordinary cuts then lower it each month, as in
// April-July 2022, while the rule's own smoothing starts from where the rule stood.
struct CentralBank {
  std::vector<int> meeting_months;  // 1..12
  double key_rate_pct = 0;
  double rule_rate_pct = 0;
  double emergency_floor_pct = 0;

  void start(double rate_pct) { key_rate_pct = rule_rate_pct = rate_pct; }
  bool meets(unsigned month) const;
  // Applies a meeting (if `month` has one) and the emergency rule; returns the new rate.
  double decide(const CentralBankParams& p, int year, unsigned month, double inflation_yoy_pct,
                double output_gap_pct, double depreciation_pct);
  // A pinned month (a scenario's key-rate path): the rate is `pct`, whatever the rule and the ruble say;
  // the rule resumes from it after the path ends, without an emergency floor. Returns `pct`.
  double hold(double pct);
};

}  // namespace sancsim
