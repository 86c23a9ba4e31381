#pragma once
// The aggregate economy (until the agent economy replaces it): an IS curve for the output gap, a
// Phillips curve with FX pass-through and money financing for prices, Okun's law for
// unemployment and a wage curve. Levels are kept with 12 months of history for year-on-year rates.
#include <array>

#include "sancsim/engine/state_hash.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

// What moves the economy in one month.
struct EconomyInputs {
  int year = 2021;
  double spending_pct_gdp = 0;       // federal spending, annualised, % of nominal GDP
  double real_rate_gap_pct = 0;      // key rate - inflation - neutral real rate
  double energy_exports_usd_bn = 0;  // oil and gas export revenue this month
  double depreciation_log = 0;       // ln(usd_rub / previous usd_rub)
  double printed_rub_bn = 0;         // monetary financing this month
  double war_shock_weight = 0;       // share of the invasion shock in force (russian_state.cpp)
  double invasion_share = 0;         // share of the month's days after the invasion (0 before it)
};

// The month's change of the ruble as the ordinary pass-through sees it: a depreciation in full, an
// appreciation scaled by `fx_appreciation_passthrough_share` (downward price rigidity).
double fx_passthrough_weighted_change(const EconomyParams& p, double depreciation_log);

// The output gap that Okun's law gives for an unemployment rate against a natural rate (its inverse:
// u = u* - okun x gap). The Bank's rule was fitted with the aggregate economy's gap; in agents mode it reads
// this one.
double okun_output_gap_pct(double natural_unemployment_pct, double okun, double unemployment_pct);

// A yearly value read as the year's middle and moving linearly to the next year's middle: in `month`
// (1..12) of a year whose value is `this_year`, `neighbour` being the next year's value for July to December
// and the previous year's for January to June. A twelfth of the step a month, none on 1 January.
double between_year_middles(double this_year, double neighbour, unsigned month);

class Economy {
 public:
  Economy() = default;
  explicit Economy(const InitialState& s);
  void step(const EconomyParams& p, const CentralBankParams& cb, const EconomyInputs& in);

  double output_gap_pct() const { return gap_pct_; }
  double cpi_yoy_pct() const { return yoy(price_); }
  // CPI inflation without the first-round effects of supply shocks the central bank looks through.
  double underlying_inflation_pct() const { return yoy(underlying_price_); }
  // The same over the last three months, annualised (the Bank's "current price growth").
  double underlying_momentum_pct() const;
  // The Phillips curve's expected inflation (annual, pct): partly anchored on the target, slow to move.
  double expected_inflation_pct() const { return expected_inflation_pct_; }
  double gdp_yoy_pct() const { return yoy(real_gdp_); }
  double unemployment_pct() const { return unemployment_pct_; }
  double real_wage_yoy_pct() const;
  double price_level() const { return price_.back(); }
  double real_gdp_index() const { return real_gdp_.back(); }
  // Nominal GDP at an annual rate, bn RUB.
  double nominal_gdp_rub_bn_per_year(const EconomyParams& p) const {
    return p.gdp_rub_bn_per_year_2020 * real_gdp_.back() * price_.back();
  }
  void hash(StateHasher& h) const;

 private:
  using History = std::array<double, 13>;  // [0] = 12 months ago, [12] = now
  static void push(History& h, double v);
  static double yoy(const History& h) { return (h[12] / h[0] - 1.0) * 100.0; }
  static History backfill(double now, double yoy_pct);

  double gap_pct_ = 0;         // output gap: the demand gap plus the invasion shock
  double demand_gap_pct_ = 0;  // the IS curve's gap
  double potential_ = 1;
  double core_inflation_pct_ = 0;             // annualised
  double underlying_core_inflation_pct_ = 0;  // the same without the looked-through cost push
  double expected_inflation_pct_ = 0;
  double unemployment_pct_ = 0;
  std::array<double, 3> recent_depreciation_{};  // last three months, log, appreciations scaled
  std::array<double, 3> recent_wedge_change_{};  // the same for the sanctions' import cost wedge
  double import_wedge_log_ = 0;                  // ln(1 + wedge in force last month)
  History price_{}, underlying_price_{}, real_gdp_{}, wage_{};
};

}  // namespace sancsim
