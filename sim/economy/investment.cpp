#include "sancsim/economy/investment.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

double user_cost_capital_factor(double elasticity, double depreciation_pct_per_year, double real_rate_pct,
                                double real_rate_start_pct) {
  if (elasticity <= 0) return 1.0;
  const double floor = 0.5 * depreciation_pct_per_year;
  const double cost = std::max(floor, real_rate_pct + depreciation_pct_per_year);
  const double cost_start = std::max(floor, real_rate_start_pct + depreciation_pct_per_year);
  return std::pow(cost / cost_start, -elasticity);
}

void InvestmentOrders::resize(std::size_t firms, std::size_t build_months) {
  months = build_months;
  now = 0;
  due_real.assign(firms * build_months, 0.0);
}

void InvestmentOrders::start_steady(std::size_t f, double real) {
  const double part = real / static_cast<double>(months);
  for (std::size_t k = 0; k + 1 < months; ++k)
    due_real[f * months + (now + k) % months] = part * static_cast<double>(months - 1 - k);
}

void InvestmentOrders::order(std::size_t f, double real) {
  const double part = real / static_cast<double>(months);
  for (std::size_t k = 0; k < months; ++k) due_real[f * months + k] += part;
}

double InvestmentOrders::unbuilt_real(std::size_t f) const {
  double sum = 0;
  for (std::size_t k = 0; k < months; ++k) sum += due_real[f * months + k];
  return sum;
}

double InvestmentOrders::pay_now(std::size_t f) {
  double& due = due_real[f * months + now];
  const double paid = due;
  due = 0;
  return paid;
}

void InvestmentOrders::cancel(std::size_t f) {
  std::fill_n(due_real.begin() + static_cast<std::ptrdiff_t>(f * months), months, 0.0);
}

void InvestmentOrders::next_month() {
  if (months > 0) now = (now + 1) % months;
}

double capital_in_place_and_on_order(double capital, double unbuilt, double delta_per_month,
                                     std::size_t months) {
  if (months <= 1) return capital;
  return capital + unbuilt - delta_per_month * capital * 0.5 * static_cast<double>(months - 1);
}

}  // namespace sancsim
