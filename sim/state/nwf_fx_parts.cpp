#include "sancsim/state/nwf_fx_parts.hpp"

#include <algorithm>

namespace sancsim {

FxFlow fx_purchase(double amount_rub_bn, double western_share) {
  return FxFlow{.total_rub_bn = amount_rub_bn,
                .western_rub_bn = western_share * amount_rub_bn,
                .eastern_rub_bn = (1.0 - western_share) * amount_rub_bn};
}

FxFlow fx_sale(const FxParts& parts, double amount_rub_bn, double usd_rub, bool western_first) {
  const double taken_rub_bn = std::clamp(amount_rub_bn, 0.0, parts.total_usd_bn() * usd_rub);
  const double western_rub_bn = western_first ? std::min(taken_rub_bn, parts.western_usd_bn * usd_rub)
                                              : parts.western_share(0.0) * taken_rub_bn;
  return FxFlow{.total_rub_bn = taken_rub_bn,
                .western_rub_bn = western_rub_bn,
                .eastern_rub_bn = taken_rub_bn - western_rub_bn};
}

namespace {
// Rounding at exhaustion.
void zero_if_rounding(double& usd_bn) {
  if (usd_bn < 0 && usd_bn > -1e-9) usd_bn = 0;
}
}  // namespace

void book_fx(FxParts& parts, const FxFlow& bought, const FxFlow& sold, double usd_rub) {
  parts.western_usd_bn += (bought.western_rub_bn - sold.western_rub_bn) / usd_rub;
  parts.eastern_usd_bn += (bought.eastern_rub_bn - sold.eastern_rub_bn) / usd_rub;
  zero_if_rounding(parts.western_usd_bn);
  zero_if_rounding(parts.eastern_usd_bn);
}

FxFlow take_fx(FxParts& parts, double amount_rub_bn, double usd_rub, bool western_first) {
  const FxFlow sold = fx_sale(parts, amount_rub_bn, usd_rub, western_first);
  book_fx(parts, FxFlow{}, sold, usd_rub);
  return sold;
}

}  // namespace sancsim
