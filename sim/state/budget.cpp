#include "sancsim/state/budget.hpp"

#include <algorithm>

namespace sancsim {

namespace {
int last_year(const YearPath& path) { return path.points.empty() ? 0 : path.points.back().first; }
}  // namespace

void SpendingPaths::new_year(const SpendingParams& p, int year, double cpi_yoy_pct) {
  if (!p.index_after_last_year) return;
  const std::array<const YearPath*, 4> paths{&p.defence_rub_bn_per_year, &p.security_rub_bn_per_year,
                                             &p.social_rub_bn_per_year, &p.other_rub_bn_per_year};
  for (std::size_t i = 0; i < paths.size(); ++i)
    if (year > last_year(*paths[i])) index_[i] *= 1.0 + cpi_yoy_pct / 100.0;
}

Spending SpendingPaths::month(const SpendingParams& p, int year) const {
  Spending s;
  s.defence_rub_bn = p.defence_rub_bn_per_year.at(year) * index_[0] * p.defence_share_of_path / 12.0;
  s.security_rub_bn = p.security_rub_bn_per_year.at(year) * index_[1] / 12.0;
  s.social_rub_bn = p.social_rub_bn_per_year.at(year) * index_[2] / 12.0;
  s.other_rub_bn = p.other_rub_bn_per_year.at(year) * index_[3] / 12.0;
  return s;
}

namespace {
bool fund_pays_deficit(const FinancingParams& p, YearMonth m) {
  return p.nwf_deficit_from_yyyymm == 0 || m.yyyymm() >= p.nwf_deficit_from_yyyymm;
}
}  // namespace

double nwf_planned_deficit_rub_bn(const FinancingParams& p, YearMonth month) {
  const double plan = p.nwf_deficit_plan_rub_bn_per_year.at(month.year());
  if (plan <= 0 || !fund_pays_deficit(p, month)) return 0.0;
  // The plan's months: all twelve, or those from the dated start when it falls in this year.
  const int from = p.nwf_deficit_from_yyyymm;
  const bool start_year = from / 100 == month.year();
  const int months = start_year ? 13 - from % 100 : 12;
  if (!start_year || p.nwf_deficit_order_rub_bn <= 0) return plan / months;
  // The start year under a dated order: the order's amount over its months, the rest with December's
  // closing of the year's accounts.
  const double order = std::min(p.nwf_deficit_order_rub_bn, plan);
  return order / months + (month.month() == 12 ? plan - order : 0.0);
}

Financing finance_month(const FinancingParams& p, YearMonth month, double revenue_rub_bn, Spending& spending,
                        const RuleFlows& rule, double nwf_available_rub_bn, double debt_rub_bn) {
  const int year = month.year();
  Financing f;
  f.nwf_purchases_rub_bn = rule.purchases_rub_bn;
  const double available = std::max(0.0, nwf_available_rub_bn);
  // Money the Treasury must raise beyond revenue: the deficit plus the FX it buys for the NWF.
  const double need = spending.total_rub_bn() - revenue_rub_bn + f.nwf_purchases_rub_bn;
  double nwf_wanted = rule.sales_rub_bn;
  const double rest = need - rule.sales_rub_bn;
  const double planned = nwf_planned_deficit_rub_bn(p, month);
  if (planned > 0) {
    nwf_wanted += planned;  // what it does not need for the deficit replaces borrowing or repays debt
  } else if (rest > 0 && fund_pays_deficit(p, month)) {
    nwf_wanted += p.nwf_deficit_share.at(year) * rest;
  }
  if (rest > 0) f.printed_rub_bn = p.monetary_financing_share.at(year) * rest;
  f.nwf_sales_rub_bn = std::min(nwf_wanted, available);
  f.shortfall_rub_bn = nwf_wanted - f.nwf_sales_rub_bn;
  double still_needed =
      need - f.nwf_sales_rub_bn - f.printed_rub_bn;  // to borrow, unless an option says otherwise
  if (f.shortfall_rub_bn > 0) {
    if (p.on_nwf_exhausted == "print") {
      f.printed_rub_bn += f.shortfall_rub_bn;
      still_needed -= f.shortfall_rub_bn;
    } else if (p.on_nwf_exhausted == "cut_spending") {
      // Defence is protected; other spending goes first, then social.
      const double cut = std::min(f.shortfall_rub_bn, spending.other_rub_bn + spending.social_rub_bn);
      spending.cut_rub_bn = cut;
      still_needed -= cut;
    }
  }
  f.borrowing_rub_bn = still_needed;
  // A surplus repays debt; what is left once the debt is gone goes to the NWF.
  if (debt_rub_bn + f.borrowing_rub_bn < 0) {
    f.nwf_purchases_rub_bn += -(debt_rub_bn + f.borrowing_rub_bn);
    f.borrowing_rub_bn = -debt_rub_bn;
  }
  return f;
}

double non_og_revenue_rub_bn(const FinancingParams& p, int year, double nominal_gdp_rub_bn_per_year) {
  const double vat_factor = 1.0 + p.non_og_revenue_vat_share * (p.vat_rate_pct.at(year) / 20.0 - 1.0);
  return p.non_og_revenue_pct_gdp.at(year) / 100.0 * nominal_gdp_rub_bn_per_year / 12.0 * vat_factor;
}

}  // namespace sancsim
