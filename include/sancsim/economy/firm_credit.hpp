#pragma once
// The bank's lending standard for firms (docs/ECONOMY.md, "Credit limited by the capacity to service
// it"). A firm may owe at most the larger of what its expected operating cash flow can carry (debt of
// at most `max_debt_to_ebitda_years` of expected EBITDA, and interest covered `min_interest_cover`
// times by it) and what its plant secures (`collateral_share` of its capital at the investment
// basket's price). Beyond that limit the bank lends nothing new: the firm declares no dividend its
// deposits cannot pay, a firm whose deposits stay negative after the credit left is illiquid and exits
// (firm_turnover.hpp), its unsecured loans written off, or is restructured where its sector is at its
// floor of firms; with `funded_payroll` it also hires and keeps only the staff it can pay and invests
// only out of what that payroll leaves. Off: the bank lends whatever keeps a
// firm's deposits at its buffer, however large its losses (the rule before 2026-12-04).
#include <cstdint>
#include <vector>

#include "sancsim/engine/param_table.hpp"

namespace sancsim {

struct FirmCreditParams {
  bool enabled = true;
  double max_debt_to_ebitda_years = 4.0;        // debt over a year's expected EBITDA
  double min_interest_cover = 1.5;              // expected EBITDA over interest at the month's loan rate
  double collateral_share = 0.5;                // of the plant's value the bank lends against
  double ebitda_expectation_weight = 1.0 / 12;  // weight of the month's EBITDA in the expectation
  // Firms beyond their limit also keep only the staff they can pay (lay off the rest at once) and invest
  // only out of what that payroll leaves; off: they pay from their account and exit when it stays negative.
  bool funded_payroll = false;
};

// Registers the parameters under the current section (economy.).
void describe_firm_credit(ParamTable& t, FirmCreditParams& p);

// The most a firm may owe (RUB): expected EBITDA a month `expected_ebitda_rub`, loan rate a month
// `loan_rate_per_month`, plant at the investment price `plant_rub`. Never negative.
double firm_credit_limit_rub(const FirmCreditParams& p, double expected_ebitda_rub,
                             double loan_rate_per_month, double plant_rub);

// The credit market's state by firm row (structure of arrays) and the month's totals.
struct FirmCredit {
  // A firm's first months: its start-up capital is lent on the owners' plan, not its record.
  static constexpr std::int32_t kStartUpMonths = 12;
  std::vector<double> expected_ebitda_rub;  // a month: the bank's smoothed view of the firm's cash flow
  // A month, smoothed: sales and other income less inputs and taxes, before wages, interest and tax.
  std::vector<double> expected_cash_before_wages_rub;
  std::vector<double> limit_rub;       // this month's limit (set in the accounts, read by the plan)
  std::vector<std::uint8_t> illiquid;  // deposits negative after the credit left: exits
  double refused_rub = 0;              // borrowing asked beyond the limits this month
  double forced_rub = 0;               // overdrafts of illiquid firms carried into loans this month
  double written_down_rub = 0;         // loans of restructured firms written down this month
  std::int32_t rationed = 0;           // firms refused some credit this month
  bool tracked = false;                // the expectations are kept (firm_credit_limit on)

  void resize(std::size_t n) {
    expected_ebitda_rub.assign(n, 0.0);
    expected_cash_before_wages_rub.assign(n, 0.0);
    limit_rub.assign(n, 0.0);
    illiquid.assign(n, 0);
  }
};

}  // namespace sancsim
