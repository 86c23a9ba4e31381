#pragma once
// FX held in two parts, USD-equivalent: the Western currencies (euros, pounds, yen; frozen abroad from
// March 2022) and the yuan and gold. The NWF's liquid part and the Treasury's FX accounts that wait for
// their credit to the fund are both such stocks, and buy and sell by the same rules here.

namespace sancsim {

// A two-part FX stock, bn USD-equivalent.
struct FxParts {
  double western_usd_bn = 0;  // euros, pounds and yen
  double eastern_usd_bn = 0;  // yuan and gold
  double total_usd_bn() const { return western_usd_bn + eastern_usd_bn; }
  // The Western part's share of the stock; `if_empty` where the stock holds nothing.
  double western_share(double if_empty) const {
    const double total = total_usd_bn();
    return total > 0 ? western_usd_bn / total : if_empty;
  }
  FxParts& operator+=(const FxParts& other) {
    western_usd_bn += other.western_usd_bn;
    eastern_usd_bn += other.eastern_usd_bn;
    return *this;
  }
};

// A flow into or out of a stock, bn RUB, by part. The total is kept as asked (a sale's amount taken):
// the parts' sum can differ from it in the last bit.
struct FxFlow {
  double total_rub_bn = 0;
  double western_rub_bn = 0;
  double eastern_rub_bn = 0;
};

// A purchase of `amount_rub_bn` split along `western_share` (the buyer's currency structure).
FxFlow fx_purchase(double amount_rub_bn, double western_share);

// A sale of up to `amount_rub_bn` from `parts` (never more than it holds, never below 0): the Western
// part first where `western_first` (after the freeze, when it could not be used abroad), else pro rata.
FxFlow fx_sale(const FxParts& parts, double amount_rub_bn, double usd_rub, bool western_first);

// Books a month's purchase and sale on `parts` at `usd_rub`. A part left below zero by rounding at
// exhaustion (within 1e-9 bn) is set to 0; anything larger is left for the stock-flow checks to catch.
void book_fx(FxParts& parts, const FxFlow& bought, const FxFlow& sold, double usd_rub);

// Sells from `parts` (fx_sale, then book_fx) and returns what it sold.
FxFlow take_fx(FxParts& parts, double amount_rub_bn, double usd_rub, bool western_first);

}  // namespace sancsim
