#pragma once
// The National Wealth Fund's currencies against the dollar: the USD value of the fund's two currency
// baskets (euros, pounds and yen; yuan and gold) in a month, from monthly averages of 2020-12..2022-11.
#include "sancsim/engine/date.hpp"

namespace sancsim {

// USD value, bn, of the Western basket MinFin reported on 1 Nov 2022 (45.7 bn euros, 4.9 bn pounds,
// 692.7 bn yen) at `month`'s average cross rates. Held at the window's last month (2022-11) after it
// and at its first (2020-12) before it: later rates are outcomes the model may not read.
double nwf_western_basket_usd_bn(YearMonth month);

// The same for the yuan-and-gold basket (309.7 bn yuan, 554.9 t of gold).
double nwf_eastern_basket_usd_bn(YearMonth month);

// The factor by which a basket's USD value moves from the month before `month` to `month`.
double nwf_western_cross_factor(YearMonth month);
double nwf_eastern_cross_factor(YearMonth month);

}  // namespace sancsim
