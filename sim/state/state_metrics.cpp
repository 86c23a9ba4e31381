#include "sancsim/state/state_metrics.hpp"

#include <string>
#include <utility>

#include "sancsim/engine/date.hpp"

namespace sancsim {

namespace {
// The projection window of the 2026-30 metrics (docs/MODEL.md §14).
constexpr int kProjectionFirstYear = 2026;
constexpr int kProjectionLastYear = 2030;

OutcomeDef over_projection(std::string name, std::string series) {
  OutcomeDef d = outcome_def(std::move(name), std::move(series), OutcomeStat::Sum);
  d.from = YearMonth::from(kProjectionFirstYear, 1);
  d.to = YearMonth::from(kProjectionLastYear, 12);
  return d;
}
}  // namespace

const std::vector<OutcomeDef>& state_metric_definitions() {
  static const std::vector<OutcomeDef> defs = [] {
    using enum OutcomeStat;
    OutcomeDef exhausted = outcome_def("nwf_exhausted_month", "nwf_shortfall_rub_bn", FirstAbove);
    exhausted.threshold = 1e-9;  // rounding, not a shortfall
    return std::vector<OutcomeDef>{
        outcome_def("oil_gas_revenue_cum_rub_bn", "oil_gas_budget_revenue_rub_bn", Sum),
        exhausted,
        outcome_def("peak_deficit_rub_bn", "budget_deficit_12m_rub_bn", Max),
        over_projection("oil_gas_revenue_2026_2030_rub_bn", "oil_gas_budget_revenue_rub_bn"),
        over_projection("oil_gas_revenue_2026_2030_usd_bn", "oil_gas_budget_revenue_usd_bn"),
        over_projection("oil_gas_revenue_2026_2030_real_rub_bn", "oil_gas_budget_revenue_real_rub_bn"),
        over_projection("met_accrued_2026_2030_rub_bn", "met_crude_accrued_rub_bn"),
        over_projection("ndd_accrued_2026_2030_rub_bn", "ndd_accrued_rub_bn"),
        over_projection("damper_accrued_2026_2030_rub_bn", "damper_rub_bn"),
        over_projection("gas_2026_2030_rub_bn", "gas_taxes_accrued_rub_bn"),
    };
  }();
  return defs;
}

}  // namespace sancsim
