#pragma once
// The federal budget: spending by chapter from the budget-law paths, non-O&G revenue, and the
// financing of the gap by NWF sales, OFZ borrowing and (as a scenario option) printed money.
#include <array>
#include <string>

#include "sancsim/state/budget_rule.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

// One month's spending by chapter, bn RUB.
struct Spending {
  double defence_rub_bn = 0;
  double security_rub_bn = 0;
  double social_rub_bn = 0;
  double other_rub_bn = 0;
  double interest_rub_bn = 0;
  double cut_rub_bn = 0;  // cut when the NWF ran out under "cut_spending" (taken from other, then social)
  double total_rub_bn() const {
    return defence_rub_bn + security_rub_bn + social_rub_bn + other_rub_bn + interest_rub_bn - cut_rub_bn;
  }
};

// Spending paths with CPI indexation after each path's last year.
class SpendingPaths {
 public:
  // Called every January with last December's CPI year-on-year.
  void new_year(const SpendingParams& p, int year, double cpi_yoy_pct);
  Spending month(const SpendingParams& p, int year) const;  // interest left at 0
  const std::array<double, 4>& indexation() const { return index_; }

 private:
  std::array<double, 4> index_{1.0, 1.0, 1.0, 1.0};  // defence, security, social, other
};

// How the month's gap was closed, bn RUB. Identity:
// revenue - spending = -(borrowing + nwf_sales + printed) + nwf_purchases.
struct Financing {
  double borrowing_rub_bn = 0;  // net OFZ issuance (negative = repayment)
  double nwf_sales_rub_bn = 0;
  double printed_rub_bn = 0;
  double nwf_purchases_rub_bn = 0;
  double shortfall_rub_bn = 0;  // NWF sales asked for but not available
};

// Decides the financing; may set `spending.cut_rub_bn` under the "cut_spending" option. The NWF pays
// for the deficit only from `nwf_deficit_from_yyyymm`: a planned amount where the year has one (whatever
// the month's deficit: the order of 20 Oct 2022 let it replace borrowing and redeem debt), else a share.
Financing finance_month(const FinancingParams& p, YearMonth month, double revenue_rub_bn, Spending& spending,
                        const RuleFlows& rule, double nwf_available_rub_bn, double debt_rub_bn);

// The NWF's money for the deficit planned for `month`, bn RUB (0 where the year has no plan or the
// month is before the dated start): the year's plan spread evenly over its months from the start.
// Under financing.nwf_deficit_order_rub_bn > 0 the start year differs: the order's amount spread over
// its months, the rest of the plan in December.
double nwf_planned_deficit_rub_bn(const FinancingParams& p, YearMonth month);

// Non-O&G revenue of a month: a share of nominal GDP, scaled by the VAT rate against 20%.
double non_og_revenue_rub_bn(const FinancingParams& p, int year, double nominal_gdp_rub_bn_per_year);

}  // namespace sancsim
