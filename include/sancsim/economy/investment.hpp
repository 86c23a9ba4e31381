#pragma once
// The capital firms want answers to the user cost of capital (docs/ECONOMY.md, "Investment and the
// user cost of capital"): with a constant elasticity of substitution between capital and the other
// inputs, the desired capital per unit of output falls with the user cost's ratio to the start's,
// K*/K*_0 = (UC / UC_0)^-sigma, where UC = real cost of funds + depreciation (Jorgenson 1963; sigma as
// estimated by Chirinko, Fazzari and Meyer 2011).
//
// Time to build (docs/ECONOMY.md, "Time to build"): with economy.investment_time_to_build_months N > 0 a
// firm's investment decision of the month is an order whose spending is paid in equal parts this month
// and the next N - 1 (Kydland and Prescott 1982), the capital arriving as it is paid for.
#include <cstddef>
#include <vector>

namespace sancsim {

// K*/K*_0 at the real cost of funds `real_rate_pct` (% a year) against the start's, with depreciation
// `depreciation_pct_per_year` and elasticity `elasticity` (0: the user cost does not matter). The user
// cost is floored at half the depreciation rate: a negative real loan rate does not make capital free.
double user_cost_capital_factor(double elasticity, double depreciation_pct_per_year, double real_rate_pct,
                                double real_rate_start_pct);

// The investment orders under way, by firm row (structure of arrays; sized once, no allocation per month).
// Real units (start prices), so that an order is paid at each month's price of investment goods.
struct InvestmentOrders {
  std::size_t months = 0;  // N, the months an order's spending is spread over (0: no orders kept)
  std::size_t now = 0;     // the ring slot of this month's payments
  // Payments due by firm: row f's payment due k months ahead (k = 0..N-1) at f * N + (now + k) % N.
  std::vector<double> due_real;

  bool enabled() const { return months > 0; }
  void resize(std::size_t firms, std::size_t build_months);
  // The economy starts in a steady flow: firm f has ordered `real` a month for the last N - 1 months, so
  // that with this month's order of `real` it pays `real` this month (the start's spending).
  void start_steady(std::size_t f, double real);
  // Firm f orders `real` this month: N equal payments, this month's the first.
  void order(std::size_t f, double real);
  // What firm f still has to pay on its orders, this month's payment included (real).
  double unbuilt_real(std::size_t f) const;
  // Firm f's payment due this month (real), taken off its orders: what it does not spend is cancelled.
  double pay_now(std::size_t f);
  // Firm f's orders cancelled (it exits; an entrant starts with none).
  void cancel(std::size_t f);
  // To next month's payments, after every firm has paid this month's.
  void next_month();
};

// The capital a firm counts as in place once its orders are built: the capital `capital` plus the orders
// still unpaid `unbuilt`, less the wear those orders replace while they are built (the replacement of
// depreciation `delta_per_month` over the mean (N - 1) / 2 months an order's payments lag its decision), so
// that in a steady flow of replacement orders the firm counts its capital alone. N = `months` (0 or 1:
// the capital alone).
double capital_in_place_and_on_order(double capital, double unbuilt, double delta_per_month,
                                     std::size_t months);

}  // namespace sancsim
