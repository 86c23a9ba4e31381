#pragma once
// Households' saving beyond deposits: their purchases of other financial assets (cash from the bank,
// securities from the firms), a share of their deposits a month that falls as the real deposit rate
// rises, and consumption out of income that answers to the real deposit rate. Equations, values and
// sources: docs/ECONOMY.md, "Saving, other financial assets and the real deposit rate".
#include "sancsim/engine/param_table.hpp"

namespace sancsim {

struct HouseholdSavingParams {
  // Off: households' purchases of cash and securities are spent as goods (the start's spending out
  // of deposits is derived from the deposit flow alone, as before).
  bool other_financial_assets = false;
  double other_assets_start_rub_bn_per_year = 3605;  // cash 867 + equity and funds 1,832 + bonds 906 (2021)
  double other_assets_cash_share = 0.24;             // of the purchases: cash (2021: 867 of 3,605)
  double other_assets_rate_sensitivity = 0.055;      // share less bought per pp of real deposit rate
  // pp of disposable income saved more per pp of real deposit rate above the start's (0: off).
  double income_saving_per_real_rate_pp = 0;
};

// Registers the parameters under the current section (economy.).
void describe_household_saving(ParamTable& t, HouseholdSavingParams& p);

// Consumption per RUB of disposable income at this real deposit rate: c_y less the extra saving rate,
// clamped to [0, 1.5] as the parameter's range; exactly c_y when the response is off.
double consumption_share_of_income(const HouseholdSavingParams& p, double consumption_out_of_income,
                                   double real_deposit_rate_change_pp);

// Households' holdings of other financial assets (simulated RUB, aggregate: every household buys the
// same share of its deposits, and the holdings are not sold back). The cash is the central bank's
// liability (the bank pays it out of its reserves), the securities the firms' (their deposits rise).
struct HouseholdOtherAssets {
  double cash_rub = 0;
  double securities_rub = 0;
  double bought_rub = 0;       // this month's purchases
  double share_per_month = 0;  // of deposits bought at the start's real rate (derived at the start)
  // The share of its deposits a household buys this month at the real deposit rate's change from
  // the start's (pp); 0 when off.
  double share_this_month(const HouseholdSavingParams& p, double real_deposit_rate_change_pp) const;
  double total_rub() const { return cash_rub + securities_rub; }
};

}  // namespace sancsim
