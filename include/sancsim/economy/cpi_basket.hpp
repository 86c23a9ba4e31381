// The basket the CPI prices (economy.cpi_at_purchasers_prices; docs/ECONOMY.md, "The CPI's basket at
// purchasers' prices"). Rosstat's CPI weights households' purchases of goods and paid services at the
// prices they pay and leaves out imputed rent and financial intermediation; the supply-use table's household
// consumption at basic prices books the trade margins on goods as trade services and holds both.
#pragma once

#include <array>

#include "sancsim/economy/sectors.hpp"

namespace sancsim {

// Households' final consumption in 2019 at purchasers' prices by product group, bn RUB (Rosstat supply-use
// table 2019, tri-2019.xlsx, sheet ТИцп, column P3_S14, the model's 8 groups), without real-estate services
// (L68: imputed rent with actual rent and housing management, 6,975.0), financial services (K64-66: FISIM
// and insurance charges, 2,288.1) and households' own-account output (T, 523.0), which the CPI does not
// price: 44,694.8 bn in all, food 39.6% / non-food goods 35.2% / services 25.2% (Rosstat's own CPI weights
// of 2020: 38 / 35 / 27). The goods' trade margins (10,697.3) sit with the goods they are charged on.
inline constexpr std::array<double, kSectors> kCpiBasket2019RubBn = {
    2750.5,   // AGR
    2185.5,   // OILGAS: motor fuel
    4617.9,   // MACH: cars, electronics, appliances
    23841.0,  // OMAN: food products, clothing, medicines, household goods
    1752.2,   // UTIL: electricity, heat, water, waste
    15.0,     // CONS
    9489.7,   // SERV: 19,275.8 less L68, K64-66 and T
    43.0,     // PUB
    0.0,      // DEF: households buy no weapons
};

}  // namespace sancsim
