// The invasion's supply cut in the agent economy (docs/ECONOMY.md, "The invasion's supply cut"): each
// firm's stock of the imported parts that were cut off covers the shortfall for a few weeks; then the
// parts on offer limit its output to what they allow of the output it would make without the shortage.
#include "agent_economy_month.hpp"

#include <algorithm>

#include "sancsim/economy/war_supply.hpp"

namespace sancsim {

using namespace agent_economy_detail;

double AgentEconomy::labour_productivity(const AgentEconomyParams& p, std::size_t f) const {
  const std::size_t s = index(firms_.sector[f]);
  return labour_saving_ * (p.war_imports_bind_output
                               ? productivity_[s] * productivity_trend_ * parts_output_share_[f]
                               : productivity_[s] * tfp_[s]);
}

void AgentEconomy::ration_imported_parts(const AgentEconomyParams& p, std::size_t f, double& plan) {
  const std::size_t s = index(firms_.sector[f]);
  double& parts = parts_stock_[f];
  double& drained = parts_drained_[f];
  if (turnover_.age_months[f] == 0) parts = drained = 0;  // an entrant holds no cut-off parts
  // What buyers asked and the firm could not sell last month, a firm without the shortage would have
  // sold out of the stock the limit took: that much of it is no longer missing.
  drained = std::max(0.0, drained - (firms_.demand[f] - firms_.sales[f]));
  const double expected = firms_.expected_demand[f];
  const double supply = capital_productivity_[s];
  if (supply >= 1.0) {  // peace: the firm keeps its usual stock of the parts
    const double full_cut =
        war_supply_factor(p.war_import_cutoff_share, kSut2019.imported_inputs_per_output[s], 1.0);
    parts = imported_parts_target(p.war_imported_parts_stock_months, full_cut, expected);
  }
  // A firm without a stock (services_not_stored) has none for the shortage to drain: its reference is its
  // plan.
  const double reference = drained > 0 && !stockless(p, f)
                               ? plan_without_shortage(expected, firms_.inventory[f], drained,
                                                       p.inventory_target_months, capacity(p, f))
                               : plan;
  const PartsLimitedOutput made = output_on_imported_parts(plan, reference, supply, parts, drained);
  parts = made.parts;
  drained = made.drained;
  plan = made.output;
  // Without the cut-off parts a worker makes that much less of what the firm would make without the
  // shortage (at the sector's cut once the stock is gone): it keeps the staff for that output, and a
  // firm short of workers makes that much less too.
  parts_output_share_[f] = reference > 0 ? std::min(1.0, made.output / reference) : 1.0;
}

}  // namespace sancsim
