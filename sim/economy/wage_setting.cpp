#include "sancsim/economy/wage_setting.hpp"

#include "sancsim/economy/price_setting.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

double expectations_anchor_on_cpi_scale_pct(double survey_pct, double survey_bias_pp, double target_pct,
                                            double target_weight) {
  const double weight = std::clamp(target_weight, 0.0, 1.0);
  return weight * target_pct + (1.0 - weight) * (survey_pct - survey_bias_pp);
}

double wage_indexation_inflation_pct(double expected_pct, double past_yoy_pct, double past_share) {
  const double s = std::clamp(past_share, 0.0, 1.0);
  return (1.0 - s) * expected_pct + s * past_yoy_pct;
}

double wage_curve_real_wage(const WageEquation& w, double productivity_relative, double unemployment_pct,
                            double reference_unemployment_pct) {
  const double lowest = std::max(w.lowest_unemployment_pct, 1e-3);
  const double u = std::clamp(unemployment_pct, lowest, std::max(lowest, w.highest_unemployment_pct));
  const double u0 = std::max(reference_unemployment_pct, 1e-3);
  return productivity_relative * std::pow(u / u0, -w.wage_curve_elasticity);
}

double shedding_wage_change(bool sheds, double normal_share, double cut_per_month) {
  return cut_per_month * (std::clamp(normal_share, 0.0, 1.0) - (sheds ? 1.0 : 0.0));
}

CommonWageGrowth common_wage_growth_parts(const WageEquation& w, double expected_inflation_pct,
                                          double productivity_growth_per_month, double real_wage_relative,
                                          double target_real_wage_relative) {
  const double gap = real_wage_relative > 0 && target_real_wage_relative > 0
                         ? std::log(target_real_wage_relative / real_wage_relative)
                         : 0.0;
  return {.expected_inflation = w.indexation * expected_inflation_pct / 1200.0,
          .productivity = w.productivity_passthrough * productivity_growth_per_month,
          .error_correction = w.error_correction_per_year / 12.0 * gap};
}

double common_wage_growth_per_month(const WageEquation& w, double expected_inflation_pct,
                                    double productivity_growth_per_month, double real_wage_relative,
                                    double target_real_wage_relative) {
  return common_wage_growth_parts(w, expected_inflation_pct, productivity_growth_per_month,
                                  real_wage_relative, target_real_wage_relative)
      .total();
}

double expected_unit_cost_factor(double expected_growth_per_month, double price_adjustment) {
  // p = (1 - l) p_-1 / (1 + g) + l F (relative to this month's cost) settles at p = 1 when F is the steady
  // target over the price of an unindexed price: (1 + g / l) / (1 + g).
  return steady_target_over_price(expected_growth_per_month, price_adjustment, 0.0);
}

double labour_saving_factor(double product_wage_relative, double elasticity) {
  if (!(elasticity > 0) || !(product_wage_relative > 0)) return 1.0;
  return std::pow(std::clamp(product_wage_relative, 0.5, 2.0), elasticity);
}

double scarcity_wage_bid(double unfilled_share_of_posts, double normal_share, double labour_supply_elasticity,
                         double wage_rub, double ceiling_rub) {
  const double shortage = unfilled_share_of_posts - normal_share;
  if (!(shortage > 0) || !(labour_supply_elasticity > 0) || !(wage_rub > 0) || !(ceiling_rub > wage_rub))
    return 0.0;
  return std::min(shortage / labour_supply_elasticity, std::log(ceiling_rub / wage_rub));
}

double wage_ceiling_rub(double price, double non_labour_unit_cost, double output_per_worker,
                        double labour_cost_per_wage) {
  if (!(labour_cost_per_wage > 0) || !(output_per_worker > 0)) return 0.0;
  return std::max(0.0, (price - non_labour_unit_cost) * output_per_worker / labour_cost_per_wage);
}

double overtime_hours_factor(double wanted_output, double output_at_normal_hours, double max_extra_share) {
  if (!(output_at_normal_hours > 0) || !(max_extra_share > 0)) return 1.0;
  return std::clamp(wanted_output / output_at_normal_hours, 1.0, 1.0 + max_extra_share);
}

double overtime_pay_factor(double hours_factor, double overtime_premium) {
  return 1.0 + (hours_factor - 1.0) * (1.0 + overtime_premium);
}

double public_pay_growth_per_month(const YearPath& yearly_index, int year, unsigned month, double otherwise) {
  if (yearly_index.points.empty()) return otherwise;
  const int from = month >= 7 ? year : year - 1;
  if (from < yearly_index.points.front().first || from + 1 > yearly_index.points.back().first)
    return otherwise;
  const double a = yearly_index.at(from), b = yearly_index.at(from + 1);
  return a > 0 && b > 0 ? std::log(b / a) / 12.0 : otherwise;
}

double public_pay_index_by_ratio(double average_wage_rub, double average_wage_start_rub) {
  return average_wage_start_rub > 0 && average_wage_rub > 0 ? average_wage_rub / average_wage_start_rub : 1.0;
}

}  // namespace sancsim
