#include "sancsim/economy/covid_start.hpp"

#include <algorithm>

namespace sancsim {

void describe_covid_start(ParamTable& t, CovidStartParams& p) {
  t.flag("covid_start", p.enabled,
         "a run that starts in January 2021 starts in the COVID slump: part of the households' services not "
         "on sale (firms keep their staff on idle time meanwhile) and the forced saving of 2020 held and "
         "spent over 2021; the start's saving is the one that leaves the data's 2021 saving over the year",
         "docs/ECONOMY.md, 'The start in the COVID slump'; figures in docs/DATA_2021.md");
  t.real("covid_services_shortfall_share", p.services_shortfall_share, 0, 0.5, "share",
         "share of the households' purchases of services (SERV: paid services and trade margins) not on sale "
         "in the first month (covid_start)",
         "Rosstat paid services to households -11.1% y/y in Dec 2020 and -8.7% in Jan 2021 while retail "
         "volumes were back at 2019's (-0.1% y/y in Jan 2021) (docs/DATA_2021.md 2): about 10% of paid "
         "services, which are about 0.6 of the SERV row's household purchases besides the trade margins "
         "(judgement): 0.06");
  t.real("covid_restriction_months", p.restriction_months, 1, 24, "months",
         "months over which the services' shortfall falls linearly to none (covid_start)",
         "paid services above their 2020 level from Mar 2021, retail above 2019's in every month of 2021, "
         "the Bank of Russia's 'recovery phase is over' in Q3 2021 (docs/DATA_2021.md 2, 3.3): gone by June");
  t.real("covid_excess_saving_rub_bn", p.excess_saving_rub_bn, 0, 20000, "rub_bn",
         "households' saving of 2020 above 2019's, held at the start (covid_start)",
         "Rosstat's increase of savings 5.2 trn RUB in 2020, 'more than 2.2 times' 2019's (about 2.4): 2.8 "
         "trn; FinExpertiza's 2.77 trn spending shortfall and cash +2.3 trn in Jan-Nov 2020 of the same size "
         "(docs/DATA_2021.md 1)");
  t.real("covid_excess_saving_months", p.excess_saving_months, 1, 60, "months",
         "the excess saving is spent at one over this of what is left a month (covid_start)",
         "households already spent 0.6 trn RUB more than their income in Q1 2021 (Rosstat); analysts: "
         "spending 'driven by excess savings' through 2021, stabilising in H2 (docs/DATA_2021.md 1): "
         "6-12 months, 9");
}

double covid_services_on_sale(const CovidStartParams& p, int month_index) {
  if (!p.enabled || !(p.restriction_months > 0)) return 1.0;
  const double left = std::max(0.0, 1.0 - static_cast<double>(month_index) / p.restriction_months);
  return 1.0 - std::clamp(p.services_shortfall_share, 0.0, 1.0) * left;
}

double CovidSaving::month(const CovidStartParams& p, double unspent_last_month_rub) {
  excess_rub += std::max(0.0, unspent_last_month_rub);
  spent_rub = p.excess_saving_months > 0 ? excess_rub / p.excess_saving_months : 0.0;
  excess_rub -= spent_rub;
  return spent_rub;
}

double covid_normal_saving_rub(const CovidStartParams& p, double data_saving_rub, double spending_rub,
                               double services_share, double excess_rub) {
  if (!p.enabled) return data_saving_rub;
  CovidSaving stock{.excess_rub = excess_rub};
  double spent = 0, unspent = 0, unspent_last = 0;
  for (int m = 0; m < 12; ++m) {
    spent += stock.month(p, unspent_last);
    unspent_last = spending_rub * services_share * (1.0 - covid_services_on_sale(p, m));
    unspent += unspent_last;
  }
  return data_saving_rub + (spent - unspent) / 12.0;
}

}  // namespace sancsim
