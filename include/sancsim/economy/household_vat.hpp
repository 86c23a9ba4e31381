#pragma once
// The households' effective VAT rate: the standard rate on the part of their spending taxed at it, the
// reduced rate on the part taxed at it (Tax Code art. 164 p.2: food staples, medicines, children's
// goods), nothing on the exempt part (art. 149: medical, education, financial services, urban passenger
// transport, residential rent). Shares of household consumption at purchasers' prices.

namespace sancsim {

struct HouseholdVatShares {
  double standard = 1.0;  // share of household spending at the standard rate
  double reduced = 0.0;   // share at the reduced rate
  double reduced_rate_pct = 10.0;
};

// The VAT in a rouble paid at purchasers' prices for a good taxed at `rate` (a fraction).
inline double vat_in_price(double rate) { return rate / (1.0 + rate); }

// The VAT in a rouble of household spending at purchasers' prices.
inline double household_vat_in_spending(double standard_rate_pct, const HouseholdVatShares& s) {
  return s.standard * vat_in_price(standard_rate_pct / 100.0) +
         s.reduced * vat_in_price(s.reduced_rate_pct / 100.0);
}

// The same as a rate on spending net of VAT: spending C pays C * rate / (1 + rate). With the whole
// spending at the standard rate it is the standard rate.
inline double household_vat_rate(double standard_rate_pct, const HouseholdVatShares& s) {
  if (s.standard == 1.0 && s.reduced == 0.0) return standard_rate_pct / 100.0;  // exact, not to one ulp
  const double v = household_vat_in_spending(standard_rate_pct, s);
  return v / (1.0 - v);
}

}  // namespace sancsim
