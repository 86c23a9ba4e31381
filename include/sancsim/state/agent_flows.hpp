#pragma once
// The state's year paths as the agents' monthly nominal flows (agents mode only). The budget laws and
// the balance of payments give years; read flat (the year's total over 12) they hand the agents the
// same nominal spending and the same dollar exports in January and December, so an economy that
// starts at 5% inflation sees its nominal demand shrink in real terms all year and steps up on each
// 1 January (docs/ECONOMY.md, "The agents' 2021 flows"). Here a year's months grow geometrically at a
// sourced within-year rate and keep the year's total.
#include "sancsim/engine/date.hpp"
#include "sancsim/engine/param_table.hpp"

namespace sancsim {

struct Spending;  // budget.hpp (which includes the state's parameters, and so this header)

struct AgentFlowParams {
  // The federal spending chapters and non-energy exports grow within the year (on since session 33,
  // agents mode only); off: the flat year paths.
  bool within_year = true;
  // Growth a year of the federal spending chapters within a year (0: flat). 2021: federal spending
  // 22.82 trn RUB in 2020, 24.76 trn in 2021 (MinFin, budget execution): +8.5%.
  YearPath spending_growth_pct_per_year{{{2021, 8.5}, {2022, 0}}};
  // Growth a year of non-energy exports in dollars within a year (0: flat). 2021: the Russian Export
  // Center's non-resource, non-energy exports, above $82 bn in H1 and $191 bn for the year ($109 bn in
  // H2): H2 over H1 1.33 = g^(1/2), g = 1.766 (Jan-Nov $170.5 bn: December $20.5 bn over a Jul-Nov
  // mean of $17.7 bn, 1.16, where g^(1/4) = 1.15).
  YearPath non_energy_exports_growth_pct_per_year{{{2021, 76.6}, {2022, 0}}};
  // In the year after a growing one, non-energy exports hold the last December's level until this day
  // (the invasion's sanctions); the rest of that year takes the level that keeps the year's total.
  Date non_energy_exports_hold_until = Date::from_ymd(2022, 2, 24);
  // The within-year part of non-energy exports is price (the agents receive it as the exporters'
  // windfall; their volume is the state's flat path): the 2021 rise was mostly metals, fertiliser and
  // timber prices. Off: all of it is volume.
  bool non_energy_exports_growth_is_price = true;
  // Whether the state's FX market sells the within-year exports too (its imports, capital flows and the
  // NWF's purchases stay the years' levels, so on its own this moves the ruble within 2021 where the
  // data's was flat: 79 in January to 67 in December, measured). Off: the market reads the flat year.
  bool fx_reads_within_year = false;
  // In the run's first year the Bank's Okun gap reads the agents' unemployment against the start's
  // (state.initial.unemployment_pct), the rate at which the agents' start is stationary (their firms start
  // at their staffing need), instead of the aggregate's natural rate.
  bool rule_natural_rate_at_start = true;
  // The natural rate the Bank's Okun gap reads moves between the years' middles (between_year_middles)
  // instead of stepping on 1 January: a natural rate follows slow causes (demography, the labour-force
  // losses of 2022), and the step of January 2022 (the start's 5.83% to the aggregate's 3.26%) read the
  // agents' unemployment as a gap 7 points lower overnight (docs/ECONOMY.md, "Session 36").
  bool rule_natural_rate_between_years = false;
  // The purchase chapters (defence, security, other) hold last December's monthly level until the
  // invasion and take the level that keeps the year's total after it, so that the war's extra spending
  // of 2022 comes after 24 Feb 2022 and not on 1 January (the 2022 budget law of Dec 2021 planned less
  // than the 2021 outturn). Social spending keeps its January step (pensions indexed from 1 January).
  bool purchases_hold_until_invasion = true;
  Date purchases_hold_until = Date::from_ymd(2022, 2, 24);
};

// Registers the parameters under the table's current section.
void describe_agent_flows(ParamTable& t, AgentFlowParams& p);

// The month's share of its year's flat monthly value on a path that grows by `growth_pct_per_year`
// within the year: geometric, with a mean of 1 over the year's twelve months.
double within_year_factor(YearMonth month, double growth_pct_per_year);

// The budget chapters of `flat` (a year's path over 12) on the within-year path; interest and cuts are
// left as they are.
Spending spending_within_year(const AgentFlowParams& p, const Spending& flat, YearMonth month);

// purchases_hold_until_invasion: in the hold day's year, the purchase chapters of `paid` (the month's
// path) at last December's level `december_before` until that day and, after it, at the level that keeps
// the year's total (`paid` being that year's flat month); other years and chapters as they are.
Spending purchases_held_until_invasion(const AgentFlowParams& p, const Spending& paid,
                                       const Spending& december_before, YearMonth month);

// Non-energy exports of `month`, USD bn: `flat_usd_bn` (the state's path for the month, constant within
// the year) on the within-year path; in the year after a growing year, the last December's level until
// the hold day and, after it, the level that keeps the year's total. `flat_december_before_usd_bn` is
// the state's path value for the December before.
double non_energy_exports_within_year_usd_bn(const AgentFlowParams& p, double flat_usd_bn,
                                             double flat_december_before_usd_bn, YearMonth month);

}  // namespace sancsim
