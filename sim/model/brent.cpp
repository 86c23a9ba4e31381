#include "sancsim/model/brent.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

BrentPath::BrentPath(const BrentData* data, const OilParams& p, Date start)
    : data_(data), p_(&p), start_(start), use_data_(data != nullptr && p.brent_mode == "pinned") {
  if (!use_data_) return;
  if (!data_->months.empty()) {
    data_end_ = data_->months.back().first_day().last_of_month();
    last_data_usd_ = data_->monthly_usd_per_bbl.back();
  }
  if (!data_->days.empty() && data_->days.back() >= data_end_) {
    data_end_ = data_->days.back();
    last_data_usd_ = data_->daily_usd_per_bbl.back();
  }
  if (data_->months.empty() && data_->days.empty()) use_data_ = false;
}

bool BrentPath::pinned(Date today) const {
  if (!use_data_) return false;
  if (!data_->days.empty() && today >= data_->days.front() && today <= data_->days.back().plus_days(3))
    return true;
  const auto m = YearMonth::of(today);
  return !data_->months.empty() && m >= data_->months.front() && m <= data_->months.back();
}

double BrentPath::baseline(Date today) const {
  const double years = days_between(start_, today) / 365.25;
  const double level =
      p_->brent_baseline_usd_per_bbl * std::pow(1.0 + p_->brent_baseline_drift_pct_per_year / 100.0, years);
  if (!use_data_ || today <= data_end_) return level;
  const double w = std::exp(-days_between(data_end_, today) / p_->brent_reversion_days);
  return level + (last_data_usd_ - level) * w;
}

double BrentPath::price(Date today, double exports_kbd) const {
  if (use_data_) {
    const auto& days = data_->days;
    if (!days.empty() && today >= days.front() && today <= days.back().plus_days(3)) {
      // The last quote on or before today (weekends and holidays carry the previous close).
      const auto it = std::upper_bound(days.begin(), days.end(), today);
      return data_->daily_usd_per_bbl[static_cast<std::size_t>(it - days.begin()) - 1];
    }
    const auto m = YearMonth::of(today);
    const auto& months = data_->months;
    const auto it = std::lower_bound(months.begin(), months.end(), m);
    if (it != months.end() && *it == m)
      return data_->monthly_usd_per_bbl[static_cast<std::size_t>(it - months.begin())];
  }
  const double shortfall = (1.0 - p_->opec_offset_share) * (exports_kbd - p_->reference_exports_kbd);
  const double elasticity = p_->demand_elasticity + p_->supply_elasticity;
  return baseline(today) * std::exp(-shortfall / (p_->world_supply_kbd * elasticity));
}

}  // namespace sancsim
