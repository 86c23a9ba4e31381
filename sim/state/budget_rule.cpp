#include "sancsim/state/budget_rule.hpp"

namespace sancsim {

RuleFlows budget_rule(const BudgetRuleParams& rule, const TaxParams& tax, const TaxInputs& in,
                      double actual_accrual_rub_bn) {
  RuleFlows f;
  const double fixed = rule.fixed_base_rub_bn_per_year.at(in.year);
  f.base_rub_bn =
      fixed > 0
          ? fixed / 12.0
          : oil_gas_revenue(tax, at_cutoff(in, rule.cutoff_usd_per_bbl.at(in.year))).accrual_total_rub_bn();
  f.extra_rub_bn = actual_accrual_rub_bn - f.base_rub_bn;
  const bool suspended = rule.fx_purchases_suspended.at(in.year) > 0.5;
  if (f.extra_rub_bn >= 0) {
    f.purchases_rub_bn = suspended ? 0.0 : f.extra_rub_bn;
  } else {
    f.sales_rub_bn = -f.extra_rub_bn;
  }
  return f;
}

}  // namespace sancsim
