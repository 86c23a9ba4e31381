#include "sancsim/economy/war_demand.hpp"

#include "sancsim/economy/economy_params.hpp"

namespace sancsim {

WarDemand war_demand(const AgentEconomyParams& p, double war_shock_weight, double household_import_share) {
  WarDemand w;
  if (war_shock_weight <= 0) return w;
  w.shock_weight = war_shock_weight;
  w.import_availability = 1.0 - p.war_final_goods_cutoff_share * war_shock_weight;
  w.trade_margin_per_goods = p.trade_margin_per_goods;
  // Households aim to spend what they would have, less the imported goods no longer on sale with the
  // trade margins they carried, and less their precautionary saving.
  const double missing = (1.0 - w.import_availability) * household_import_share;
  w.consumption_factor = (1.0 - missing * (1.0 + w.trade_margin_per_goods)) *
                         (1.0 - p.war_precautionary_saving_share * war_shock_weight);
  return w;
}

void split_household_spending(double net_spending, const WarDemand& war,
                              const std::array<double, kSectors>& basket,
                              const std::array<double, kSectors>& import_share,
                              std::array<double, kSectors>& domestic, double& imported,
                              std::array<double, kSectors>* imported_by_sector) {
  // The spending aim before the missing goods: net spending over the share of the basket on sale (from
  // this basket, so that the split spends exactly the net spending).
  // The services not on sale (the COVID restrictions of the start) are bought neither at home nor abroad.
  const auto on_sale_of = [&](std::size_t s) {
    return s == index(Sector::Serv) ? war.services_on_sale : 1.0;
  };
  const double missing = 1.0 - war.import_availability;
  double on_sale = 1.0 - (1.0 - war.services_on_sale) * basket[index(Sector::Serv)];
  if (missing > 0) {
    double imported_share = 0;
    for (std::size_t s = 0; s < kSectors; ++s) imported_share += basket[s] * on_sale_of(s) * import_share[s];
    on_sale -= missing * imported_share * (1.0 + war.trade_margin_per_goods);
  }
  const double aim = net_spending / on_sale;
  imported = 0;
  double missing_goods = 0;
  for (std::size_t s = 0; s < kSectors; ++s) {
    const double spend = aim * basket[s] * on_sale_of(s);
    const double abroad = spend * import_share[s];
    imported += abroad * war.import_availability;
    if (imported_by_sector) (*imported_by_sector)[s] = abroad * war.import_availability;
    missing_goods += abroad * missing;
    domestic[s] = spend - abroad;
  }
  domestic[index(Sector::Serv)] -= missing_goods * war.trade_margin_per_goods;
}

}  // namespace sancsim
