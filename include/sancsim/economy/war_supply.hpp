#pragma once
// The invasion's supply shock (docs/ECONOMY.md, "The invasion's supply cut"): imported inputs that
// could not be replaced at once. They lower each sector's productivity of labour and capital, and
// (economy.war_imports_bind_output) limit what a firm can make once its stock of the parts that were cut
// off runs out: its suppliers deliver only part of the imported inputs that the output it would have
// made without the shortage needs, so output falls at given staff (firms hoard labour) instead of firms
// hiring more workers to make the same output.

namespace sancsim {

// Share of a sector's pre-war output per unit of inputs that the imported inputs on offer still allow:
// 1 - cutoff x imported-input intensity x the state's war shock weight (1 before the invasion).
double war_supply_factor(double cutoff_share, double imported_input_intensity, double war_shock_weight);

// One firm's month under the cut. `reference` is the output it would plan without the shortage (its plan
// with the stock the limit drained put back), `plan` its plan (which tries to refill that stock).
// Imported parts on offer allow `supply_factor` x reference (no limit at 1); the firm's stock of the cut-off
// parts
// (`parts`, in units of the output they let it make beyond that) covers the rest until it runs out.
// `drained` is the stock of goods the limit took from the firm (what it would hold more without the
// shortage): it grows by reference - output and shrinks when the firm makes more than the reference.
struct PartsLimitedOutput {
  double output = 0;
  double parts = 0;
  double drained = 0;
};
PartsLimitedOutput output_on_imported_parts(double plan, double reference, double supply_factor, double parts,
                                            double drained);

// The stock of cut-off parts a firm holds in peace: `stock_months` of the output they let it make at a
// full cut (1 - factor at weight 1) of its expected demand.
double imported_parts_target(double stock_months, double full_cut_supply_factor, double expected_demand);

// The inventory rule, E + (h E - stock) / 2 within [0, capacity], applied to the stock the firm would hold
// without the shortage (inventory + drained); with nothing drained it is the goods market's own plan.
double plan_without_shortage(double expected_demand, double inventory, double drained, double target_months,
                             double capacity);

// Idle time instead of layoffs (economy.war_idle_time). The staff a firm keeps: what its output plan
// needs (`need`) or, when more, what its lasting demand (the slow expectation its investment follows)
// needs at the trend's output per worker without the war's cut: a fall it expects to pass is met with
// idle hours, not layoffs (labour as a quasi-fixed factor, Oi 1962).
double staff_kept(double need, double lasting_demand, double output_per_worker);

// The pay per worker, as a share of the wage, of a staff that could make `output_at_full_hours` and makes
// `output`: the hours worked in full, the idle rest at `idle_pay_share`; 1 when no hours are idle.
double idle_pay_factor(double output, double output_at_full_hours, double idle_pay_share);

}  // namespace sancsim
