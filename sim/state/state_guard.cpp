#include "sancsim/state/state_guard.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "sancsim/engine/series_table.hpp"

namespace sancsim {

namespace {

// A scalar parameter of the state, read from the parameters in force.
struct ParamRef {
  const char* key;
  double (*get)(const StateParams&);
};

#define SANCSIM_STATE_PARAM(path)                                                    \
  ParamRef {                                                                         \
    "state." #path, [](const StateParams& p) { return static_cast<double>(p.path); } \
  }

// A block of the state: the series it writes, what it is, and the parameters that shape it (the
// ones a runaway there most often comes from first; docs/MODEL_STATE.md has the equations).
struct Block {
  std::vector<std::string_view> series;
  const char* what;
  std::vector<ParamRef> params;
};

const std::vector<Block>& blocks() {
  static const std::vector<Block> kBlocks = {
      {{"oil.brent_usd_per_bbl", "oil.urals_fob_usd_per_bbl", "oil.espo_fob_usd_per_bbl",
        "oil.export_crude_price_usd_per_bbl", "oil.product_fob_usd_per_bbl", "oil.crude_output_kbd",
        "oil.refinery_runs_kbd", "oil.crude_exports_kbd", "oil.product_exports_kbd",
        "oil.oil_export_revenue_usd_bn"},
       "the oil trade (sim/model) handed the state a value that is not a number; the oil-trade model "
       "diverged, not the state",
       {}},
      {{"usd_rub"},
       "the ruble's FX market (imports cleared against export earnings and capital flows)",
       {SANCSIM_STATE_PARAM(ruble.import_price_elasticity), SANCSIM_STATE_PARAM(ruble.adjustment),
        SANCSIM_STATE_PARAM(ruble.capital_rate_semi_elasticity),
        SANCSIM_STATE_PARAM(ruble.import_income_elasticity)}},
      {{"oil_gas_budget_revenue_rub_bn", "damper_rub_bn", "budget_revenue_rub_bn"},
       "the oil and gas taxes and non-oil revenue (taxes at the month's prices and ruble rate)",
       {SANCSIM_STATE_PARAM(tax.met_effective_share), SANCSIM_STATE_PARAM(financing.non_og_revenue_vat_share),
        SANCSIM_STATE_PARAM(ruble.import_price_elasticity)}},
      {{"budget_spending_rub_bn", "defence_spending_rub_bn", "budget_balance_rub_bn", "ofz_debt_rub_bn",
        "nwf_liquid_rub_bn"},
       "the budget and its financing (OFZ interest on the debt at the key rate, borrowed again: the "
       "debt compounds with no fiscal response to it)",
       {SANCSIM_STATE_PARAM(financing.ofz_floating_share), SANCSIM_STATE_PARAM(financing.ofz_spread_pct),
        SANCSIM_STATE_PARAM(financing.ofz_avg_maturity_years), SANCSIM_STATE_PARAM(economy.fiscal_multiplier),
        SANCSIM_STATE_PARAM(cbr.inflation_weight)}},
      {{"cpi_yoy_pct"},
       "prices (the Phillips curve with FX pass-through and money financing)",
       {SANCSIM_STATE_PARAM(economy.phillips_slope), SANCSIM_STATE_PARAM(economy.inflation_persistence),
        SANCSIM_STATE_PARAM(economy.expectations_weight), SANCSIM_STATE_PARAM(economy.fx_passthrough),
        SANCSIM_STATE_PARAM(economy.large_fx_passthrough),
        SANCSIM_STATE_PARAM(economy.money_financing_passthrough), SANCSIM_STATE_PARAM(cbr.inflation_weight)}},
      {{"gdp_yoy_pct", "unemployment_pct", "real_wage_yoy_pct"},
       "output, jobs and wages (the IS curve, Okun's law and the wage curve)",
       {SANCSIM_STATE_PARAM(economy.fiscal_multiplier), SANCSIM_STATE_PARAM(economy.rate_sensitivity),
        SANCSIM_STATE_PARAM(economy.gap_persistence), SANCSIM_STATE_PARAM(economy.export_sensitivity),
        SANCSIM_STATE_PARAM(economy.okun), SANCSIM_STATE_PARAM(economy.wage_gap_coefficient),
        SANCSIM_STATE_PARAM(economy.wage_tightness_coefficient)}},
      {{"key_rate_pct"},
       "the central bank's rule (an inertial Taylor rule on underlying inflation and the gap)",
       {SANCSIM_STATE_PARAM(cbr.inflation_weight), SANCSIM_STATE_PARAM(cbr.output_gap_weight),
        SANCSIM_STATE_PARAM(cbr.smoothing), SANCSIM_STATE_PARAM(cbr.momentum_weight),
        SANCSIM_STATE_PARAM(economy.phillips_slope)}},
  };
  return kBlocks;
}

#undef SANCSIM_STATE_PARAM

}  // namespace

std::string non_finite_state_message(YearMonth month, std::string_view series, double value,
                                     const StateParams& p) {
  static const StateParams kDefaults{};
  std::string text = fmt::format("{}: {} would be {}", month.str(), series, value);
  const Block* block = nullptr;
  for (const Block& b : blocks())
    for (std::string_view s : b.series)
      if (s == series) block = &b;
  if (block != nullptr) text += fmt::format("; it comes from {}", block->what);
  // The state's blocks feed each other (prices, the key rate, interest, demand), so a runaway often
  // shows first in another block than the one whose parameter was changed: every parameter of the
  // state set away from its default is named, those of the series' own block first.
  std::vector<std::string> changed, unchanged, seen;
  auto consider = [&](const ParamRef& r, bool own) {
    if (std::find(seen.begin(), seen.end(), r.key) != seen.end()) return;
    seen.emplace_back(r.key);
    const double now = r.get(p), dflt = r.get(kDefaults);
    if (now != dflt)
      changed.push_back(fmt::format("{} = {} (model default {})", r.key, now, dflt));
    else if (own)
      unchanged.push_back(fmt::format("{} = {}", r.key, now));
  };
  if (block != nullptr)
    for (const ParamRef& r : block->params) consider(r, true);
  for (const Block& b : blocks())
    for (const ParamRef& r : b.params) consider(r, false);
  if (!changed.empty())
    text += fmt::format("; most likely responsible, set away from the model defaults: {}",
                        fmt::join(changed, ", "));
  else if (block != nullptr && !block->params.empty())
    text +=
        "; no parameter of the state's blocks differs from the model's defaults (the state runs away on "
        "its own on long horizons: docs/RELIABILITY.md, \"Numerical guards\")";
  if (!unchanged.empty()) text += fmt::format("; also driving it: {}", fmt::join(unchanged, ", "));
  text += fmt::format(
      ". The run stops here rather than write it (the months before are finite: --set end={} "
      "writes them)",
      month.first_day().plus_days(-1).iso());
  return text;
}

void throw_non_finite_state(YearMonth month, std::string_view series, double value, const StateParams& p) {
  throw NonFiniteSeries(month, std::string(series), value, non_finite_state_message(month, series, value, p));
}

}  // namespace sancsim
