#pragma once
// The budget rule: O&G revenue above its base (revenue at the cut-off price, or a fixed nominal
// base as in 2023) buys FX for the National Wealth Fund; a shortfall is covered by NWF sales.
#include "sancsim/state/taxes.hpp"

namespace sancsim {

// What the rule asks for in one month, bn RUB.
struct RuleFlows {
  double base_rub_bn = 0;       // base O&G revenue
  double extra_rub_bn = 0;      // actual (accrual basis) - base
  double purchases_rub_bn = 0;  // FX bought for the NWF (0 when suspended)
  double sales_rub_bn = 0;      // NWF sales asked for to cover a shortfall
};

RuleFlows budget_rule(const BudgetRuleParams& rule, const TaxParams& tax, const TaxInputs& in,
                      double actual_accrual_rub_bn);

}  // namespace sancsim
