#pragma once
// The invasion's demand shock on households (docs/ECONOMY.md, "The invasion's demand shock"): Western
// brands left and imports of final goods were cut off, so part of the households' imported basket could
// not be bought and the money stayed in deposits (forced saving); and households saved more out of
// precaution. Both start with the invasion and fade with the state's war shock weight (parallel imports
// and new suppliers refill the shelves; confidence returns).
#include <array>

#include "sancsim/economy/sectors.hpp"

namespace sancsim {

struct AgentEconomyParams;

// What the invasion leaves of households' spending this month (1 and 1 before the invasion).
struct WarDemand {
  double import_availability = 1.0;   // share of the households' imported final goods still on sale
  double trade_margin_per_goods = 0;  // trade margins (SERV) a ruble of goods carries to the household
  double consumption_factor = 1.0;    // households' spending aim over the peace-time aim
  double shock_weight = 0;            // the state's war shock weight this month (0 before the invasion)
  // Share of the households' services on sale under the COVID restrictions of the start (covid_start.hpp);
  // the rest is not bought and stays in deposits like the missing imports.
  double services_on_sale = 1.0;
};

// The month's shock from the state's war shock weight (0 before the invasion, 1 at it, fading after)
// and the imported share of the household basket (2019 table).
WarDemand war_demand(const AgentEconomyParams& p, double war_shock_weight, double household_import_share);

// Households' spending on each sector's domestic goods and on imports when only `import_availability`
// of the imported part of the basket is on sale: the domestic part is what the peace-time basket would
// buy at the same aim, less the trade margins (SERV) the missing imports would have carried; the
// missing imports are not bought elsewhere (the consumption factor already left them in deposits).
// `net_spending` is this month's consumption net of VAT. `imported_by_sector`, where given, receives the
// imports by the sector whose goods they replace (they sum to `imported`).
void split_household_spending(double net_spending, const WarDemand& war,
                              const std::array<double, kSectors>& basket,
                              const std::array<double, kSectors>& import_share,
                              std::array<double, kSectors>& domestic, double& imported,
                              std::array<double, kSectors>* imported_by_sector = nullptr);

}  // namespace sancsim
