#pragma once
// The start in the COVID slump (economy.covid_start; docs/ECONOMY.md, "The start in the COVID slump"):
// in January 2021 part of the households' services could still not be bought (restrictions, closed
// venues), firms kept the staff they had on idle time, and households held the forced saving of 2020,
// which they spent over 2021. Sources: docs/DATA_2021.md.
#include "sancsim/engine/param_table.hpp"

namespace sancsim {

struct CovidStartParams {
  bool enabled = true;
  // Share of the households' purchases of services (the SERV row: paid services and trade margins) not
  // on sale in the first month; it falls linearly to none after `restriction_months`.
  double services_shortfall_share = 0.06;
  double restriction_months = 5;
  // Households' saving of 2020 above 2019's, held at the start and spent at 1/`excess_saving_months` of
  // what is left each month (with what the restrictions leave unspent in 2021).
  double excess_saving_rub_bn = 2800;
  double excess_saving_months = 9;
};

// Registers the parameters under the current section (economy.).
void describe_covid_start(ParamTable& t, CovidStartParams& p);

// Share of the households' services on sale in month `month_index` (0: the start): 1 - s (1 - t / n),
// 1 once the restrictions end or with the switch off.
double covid_services_on_sale(const CovidStartParams& p, int month_index);

// Share of the households' basket not bought this month: the services' share of it times the share of
// services not on sale.
inline double covid_missing_share(double services_on_sale, double services_share) {
  return (1.0 - services_on_sale) * services_share;
}

// The households' excess saving (simulated RUB): what is left of 2020's and of the months' unspent
// services, spent at 1 / excess_saving_months a month.
struct CovidSaving {
  double excess_rub = 0;
  double spent_rub = 0;  // this month's spending out of it

  // This month's spending after last month's unspent services joined the stock.
  double month(const CovidStartParams& p, double unspent_last_month_rub);
};

// The saving a month that the households' other flows must leave at the start so that the twelve months
// of 2021 save `data_saving_rub` a month on average: the data's saving plus the mean of the year's
// spending out of the excess less the services left unspent (all at the start's monthly spending
// `spending_rub`, services' share of it `services_share`, the excess `excess_rub` in simulated RUB).
double covid_normal_saving_rub(const CovidStartParams& p, double data_saving_rub, double spending_rub,
                               double services_share, double excess_rub);

}  // namespace sancsim
