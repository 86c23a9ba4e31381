#include "sancsim/economy/household_saving.hpp"

#include <algorithm>

namespace sancsim {

void describe_household_saving(ParamTable& t, HouseholdSavingParams& p) {
  t.flag("other_financial_assets", p.other_financial_assets,
         "households buy cash (from the bank) and securities (from the firms) out of their deposits, a "
         "share of deposits that falls with the real deposit rate; the start's spending out of deposits is "
         "re-derived from the deposit flow plus these purchases (off: the purchases are spent as goods)",
         "docs/ECONOMY.md, Saving, other financial assets and the real deposit rate; built, off, measured");
  t.real("other_assets_start_rub_bn_per_year", p.other_assets_start_rub_bn_per_year, 0, 1e5,
         "rub_bn_per_year",
         "households' purchases of cash, equity and fund units and debt securities at the start",
         "CBR financial accounts of households, 2021: cash +867, equity and fund units +1,832, debt "
         "securities +906 bn RUB (russia_economy.md 4)");
  t.real("other_assets_cash_share", p.other_assets_cash_share, 0, 1, "share",
         "cash's share of the households' purchases of other financial assets",
         "2021: 867 of 3,605 bn RUB (CBR financial accounts, russia_economy.md 4)");
  t.real("other_assets_rate_sensitivity", p.other_assets_rate_sensitivity, 0, 1, "share_per_pp",
         "households' purchases of other financial assets: share less bought per pp of real deposit rate "
         "above the start's (linear, floored at none)",
         "derived from the CBR financial accounts (russia_economy.md 4): purchases 3,605 bn RUB in 2021 on "
         "~36.6 trn of deposits (9.8%/yr) at a real deposit rate of -8.2% (key 5.7 less 1, inFOM "
         "expectations 12.9) and 1,518 bn in 2024 on ~51 trn (3.0%/yr) at +4.5% (16.6 less 12.1): "
         "(1 - 0.30) / 12.7 pp = 0.055");
  t.real("income_saving_per_real_rate_pp", p.income_saving_per_real_rate_pp, 0, 5, "pp_per_pp",
         "pp of disposable income saved more (consumption_out_of_income lower) per pp of real deposit rate "
         "above the start's (0: off)",
         "derived upper bound: households' financial-asset purchases less escrow and insurance rose from "
         "5.1% of GDP (2021: 6,929 bn) to 7.9% (2024: 15,831 bn) (CBR financial accounts, russia_economy.md "
         "4), ~+5.5 pp of money income (68.7 trn in 2021, 51% of GDP), with the real deposit rate up "
         "10-12.7 pp (CPI or inFOM expectations): 0.43-0.54 if the rate did it all; docs/ECONOMY.md");
}

double consumption_share_of_income(const HouseholdSavingParams& p, double consumption_out_of_income,
                                   double real_deposit_rate_change_pp) {
  if (p.income_saving_per_real_rate_pp == 0) return consumption_out_of_income;
  return std::clamp(
      consumption_out_of_income - p.income_saving_per_real_rate_pp * real_deposit_rate_change_pp / 100.0, 0.0,
      1.5);
}

double HouseholdOtherAssets::share_this_month(const HouseholdSavingParams& p,
                                              double real_deposit_rate_change_pp) const {
  if (!p.other_financial_assets) return 0.0;
  return share_per_month * std::max(0.0, 1.0 - p.other_assets_rate_sensitivity * real_deposit_rate_change_pp);
}

}  // namespace sancsim
