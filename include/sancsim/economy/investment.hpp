#pragma once
// The capital firms want answers to the user cost of capital (docs/ECONOMY.md, "Investment and the
// user cost of capital"): with a constant elasticity of substitution between capital and the other
// inputs, the desired capital per unit of output falls with the user cost's ratio to the start's,
// K*/K*_0 = (UC / UC_0)^-sigma, where UC = real cost of funds + depreciation (Jorgenson 1963; sigma as
// estimated by Chirinko, Fazzari and Meyer 2011).

namespace sancsim {

// K*/K*_0 at the real cost of funds `real_rate_pct` (% a year) against the start's, with depreciation
// `depreciation_pct_per_year` and elasticity `elasticity` (0: the user cost does not matter). The user
// cost is floored at half the depreciation rate: a negative real loan rate does not make capital free.
double user_cost_capital_factor(double elasticity, double depreciation_pct_per_year, double real_rate_pct,
                                double real_rate_start_pct);

}  // namespace sancsim
