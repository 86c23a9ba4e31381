#pragma once
// Households' purchases abroad: what residents spend on trips abroad (the balance of payments' "travel"
// debit: lodging, meals, local transport and goods bought by residents on visits abroad). The 2019
// supply-use table, whose imports the agents' import shares follow, leaves them out of imports (its
// imports, 20.70 trn RUB, fall short of the balance of payments' 22.85 trn by about the travel debit,
// 2.34 trn); the balance of payments counts them (docs/ECONOMY.md, "Households' purchases abroad").

#include <algorithm>

namespace sancsim {

// The rubles households spend abroad out of this month's spending at purchasers' prices: a share of
// it, in percent (no negative share). Spent abroad, it pays no Russian VAT or excise and buys nothing
// from the firms.
inline double purchases_abroad_rub(double spending_rub, double share_pct) {
  return std::max(0.0, share_pct) / 100.0 * std::max(0.0, spending_rub);
}

}  // namespace sancsim
