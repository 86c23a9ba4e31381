#include "sancsim/state/agent_flows.hpp"

#include <algorithm>
#include <cmath>

#include "sancsim/state/budget.hpp"

namespace sancsim {

namespace {

constexpr double kMonthsPerYear = 12.0;
constexpr double kMidYear = 6.5;  // the year's centre in months counted 1..12

// Share of `month`'s days before `day` (0..1).
double share_before(YearMonth month, Date day) {
  const double first = month.first_day().days;
  const double days = month.first_day().days_in_month();
  return std::clamp((day.days - first) / days, 0.0, 1.0);
}

}  // namespace

void describe_agent_flows(ParamTable& t, AgentFlowParams& p) {
  t.flag("within_year", p.within_year,
         "agents mode: the state's spending chapters and non-energy exports grow within each year at the "
         "rates below (keeping the year's total) instead of a flat year over 12",
         "docs/ECONOMY.md, \"The agents' 2021 flows\"; on since session 33 (\"Session 33\")");
  t.path("spending_growth_pct_per_year", p.spending_growth_pct_per_year, -50, 200, "pct_per_year",
         "growth a year of the federal spending chapters within the year (0: flat)",
         "2021: federal spending 22.82 trn RUB in 2020, 24.76 trn in 2021 (MinFin, federal budget "
         "execution): +8.5%; later years flat (the war's budgets are not a steady path)");
  t.path("non_energy_exports_growth_pct_per_year", p.non_energy_exports_growth_pct_per_year, -50, 300,
         "pct_per_year", "growth a year of non-energy exports (USD) within the year (0: flat)",
         "2021: Russian Export Center, non-resource non-energy exports > $82 bn in H1 2021 (TASS via "
         "trend.az, 28 Jul 2021), $170.5 bn Jan-Nov and > $191 bn in 2021, +36% (RIA/Sputnik, 20 Jan "
         "2022): H2/H1 = 1.33 = g^(1/2)");
  t.day("non_energy_exports_hold_until", p.non_energy_exports_hold_until,
        "in the year after a growing one, non-energy exports hold last December's level until this day",
        "the invasion and the first sanctions, 24 Feb 2022 (policy_timeline.csv)");
  t.flag("non_energy_exports_growth_is_price", p.non_energy_exports_growth_is_price,
         "with within_year: the within-year part of non-energy exports reaches the agents as the exporters' "
         "price windfall, their volume staying at the state's flat path (false: all volume)",
         "judgement: REC, growth of 2021 led by metals (+52%), chemicals (+54%) and timber (+43%) in value, "
         "world prices of which rose as much (no volume index found)");
  t.flag("fx_reads_within_year", p.fx_reads_within_year,
         "with within_year: the state's FX market sells the within-year non-energy exports too (false: the "
         "flat year, as in aggregate mode)",
         "measured: on its own it moves the 2021 ruble 79 -> 67 (data 73.5 -> 73.7), its other flows being "
         "the years' levels (docs/ECONOMY.md)");
  t.flag("rule_natural_rate_at_start", p.rule_natural_rate_at_start,
         "agents mode: in the run's first year the Bank's Okun gap reads unemployment against the start's "
         "(state.initial.unemployment_pct) instead of state.economy.natural_unemployment_pct",
         "the agents' start is stationary at the start's unemployment (its firms start at their staffing "
         "need; docs/ECONOMY.md \"Initial state\", \"Session 35\"); on since 2026-12-04 (\"The off "
         "switches together\"); off, the aggregate's 5.0% of 2021: 49 of 71 (session 35)");
  t.flag(
      "rule_natural_rate_between_years", p.rule_natural_rate_between_years,
      "agents mode: the natural rate of the Bank's Okun gap moves linearly between the years' middles "
      "(a twelfth of the step a month) instead of stepping on 1 January",
      "a natural rate moves with slow causes (demography, the labour-force losses of 2022), not on a date; "
      "the yearly path read at the years' middles (docs/ECONOMY.md, \"Session 36\")");
  t.flag("purchases_hold_until_invasion", p.purchases_hold_until_invasion,
         "agents mode: the defence, security and other chapters hold last December's monthly level until "
         "purchases_hold_until and take the level that keeps the year's total after it (the year's extra "
         "spending after the invasion, not from 1 January)",
         "the 2022 budget law (signed 6 Dec 2021) planned federal spending of 23.694 trn RUB "
         "(24hoursworlds.com, 7 Dec 2021; Interfax, 30 Sep 2021), below the 2021 outturn of 24.76 trn "
         "(MinFin): the year path's step over 2021 is the war's (docs/ECONOMY.md, \"Idle time after the "
         "invasion\")");
  t.day("purchases_hold_until", p.purchases_hold_until,
        "with purchases_hold_until_invasion: the day until which the purchase chapters hold last December's "
        "level",
        "the invasion, 24 Feb 2022 (policy_timeline.csv)");
}

double within_year_factor(YearMonth month, double growth_pct_per_year) {
  if (growth_pct_per_year == 0.0) return 1.0;
  const double log_q = std::log1p(growth_pct_per_year / 100.0) / kMonthsPerYear;
  double mean = 0;
  for (int k = 1; k <= 12; ++k) mean += std::exp(log_q * (k - kMidYear)) / kMonthsPerYear;
  return std::exp(log_q * (static_cast<double>(month.month()) - kMidYear)) / mean;
}

Spending spending_within_year(const AgentFlowParams& p, const Spending& flat, YearMonth month) {
  const double f = within_year_factor(month, p.spending_growth_pct_per_year.at(month.year()));
  Spending s = flat;
  s.defence_rub_bn *= f;
  s.security_rub_bn *= f;
  s.social_rub_bn *= f;
  s.other_rub_bn *= f;
  return s;
}

Spending purchases_held_until_invasion(const AgentFlowParams& p, const Spending& paid,
                                       const Spending& december_before, YearMonth month) {
  if (!p.purchases_hold_until_invasion || month.year() != p.purchases_hold_until.year()) return paid;
  double months_held = 0;
  for (unsigned k = 1; k <= 12; ++k)
    months_held += share_before(YearMonth::from(month.year(), k), p.purchases_hold_until);
  if (!(months_held < kMonthsPerYear)) return paid;
  const double before = share_before(month, p.purchases_hold_until);
  const auto held = [&](double year_month, double december) {
    const double after = std::max(
        0.0, (kMonthsPerYear * year_month - months_held * december) / (kMonthsPerYear - months_held));
    return before * december + (1.0 - before) * after;
  };
  Spending s = paid;
  s.defence_rub_bn = held(paid.defence_rub_bn, december_before.defence_rub_bn);
  s.security_rub_bn = held(paid.security_rub_bn, december_before.security_rub_bn);
  s.other_rub_bn = held(paid.other_rub_bn, december_before.other_rub_bn);
  return s;
}

double non_energy_exports_within_year_usd_bn(const AgentFlowParams& p, double flat_usd_bn,
                                             double flat_december_before_usd_bn, YearMonth month) {
  const int year = month.year();
  const double growth_before = p.non_energy_exports_growth_pct_per_year.at(year - 1);
  const bool holds = growth_before != 0.0 && year == p.non_energy_exports_hold_until.year();
  if (!holds)
    return flat_usd_bn * within_year_factor(month, p.non_energy_exports_growth_pct_per_year.at(year));
  // Last December's level until the hold day; after it the level that keeps the year's total.
  const double held_usd_bn =
      flat_december_before_usd_bn * within_year_factor(YearMonth::from(year - 1, 12), growth_before);
  double months_held = 0;
  for (unsigned k = 1; k <= 12; ++k)
    months_held += share_before(YearMonth::from(year, k), p.non_energy_exports_hold_until);
  const double after_usd_bn = months_held < kMonthsPerYear
                                  ? std::max(0.0, (kMonthsPerYear * flat_usd_bn - months_held * held_usd_bn) /
                                                      (kMonthsPerYear - months_held))
                                  : held_usd_bn;
  const double before = share_before(month, p.non_energy_exports_hold_until);
  return before * held_usd_bn + (1.0 - before) * after_usd_bn;
}

}  // namespace sancsim
