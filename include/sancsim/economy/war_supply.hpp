#pragma once
// The invasion's supply shock (docs/ECONOMY.md, "The invasion's supply cut"): imported inputs that
// could not be replaced at once. They lower each sector's productivity of labour and capital, and
// (economy.war_imports_bind_output, off: measured) limit what a firm can make: its suppliers deliver
// only part of the imported inputs its lasting demand needs, so output falls at given staff (firms
// hoard labour) instead of firms hiring more workers to make the same output.

namespace sancsim {

// Share of a sector's pre-war output per unit of inputs that the imported inputs on offer still allow:
// 1 - cutoff x imported-input intensity x the state's war shock weight (1 before the invasion).
double war_supply_factor(double cutoff_share, double imported_input_intensity, double war_shock_weight);

// A firm's planned output limited by the imported inputs on offer: at most `supply_factor` of its lasting
// demand (the flow its suppliers were delivering inputs for). No limit when the factor is 1 (peace).
double output_on_imported_inputs(double plan, double lasting_demand, double supply_factor);

}  // namespace sancsim
