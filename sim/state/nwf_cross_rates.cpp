#include "sancsim/state/nwf_cross_rates.hpp"

#include <algorithm>
#include <array>

namespace sancsim {

namespace {

// Monthly averages. Currencies per US dollar: the Federal Reserve's G.5 release (FRED, as in the
// datasets/exchange-rates repository, data/monthly.csv); gold, USD per troy ounce: the World Bank's
// Commodity Markets "Pink Sheet" (datasets/gold-prices, data/monthly.csv). Window 2020-12..2022-11.
struct CrossRates {
  double eur_per_usd;
  double gbp_per_usd;
  double jpy_per_usd;
  double cny_per_usd;
  double gold_usd_per_oz;
};

constexpr int kFirstYear = 2020;
constexpr unsigned kFirstMonth = 12;
constexpr std::array<CrossRates, 24> kRates{{
    {0.8218, 0.7444, 103.7952, 6.5393, 1858.00},  // 2020-12
    {0.8212, 0.7331, 103.7883, 6.4672, 1867.00},  // 2021-01
    {0.8269, 0.7211, 105.3774, 6.4601, 1808.00}, {0.8402, 0.7213, 108.6991, 6.5109, 1718.00},
    {0.8358, 0.7223, 109.0445, 6.5186, 1760.00}, {0.8233, 0.7100, 109.1120, 6.4321, 1850.00},
    {0.8300, 0.7130, 110.1073, 6.4250, 1835.00}, {0.8460, 0.7242, 110.2143, 6.4763, 1808.00},
    {0.8498, 0.7248, 109.8527, 6.4768, 1785.00}, {0.8500, 0.7282, 110.1610, 6.4563, 1775.14},
    {0.8621, 0.7299, 113.1215, 6.4172, 1777.00}, {0.8760, 0.7428, 113.9650, 6.3889, 1822.00},
    {0.8849, 0.7517, 113.8329, 6.3693, 1790.00},  // 2021-12
    {0.8836, 0.7377, 114.8255, 6.3556, 1816.02},  // 2022-01
    {0.8811, 0.7386, 115.2763, 6.3436, 1856.00}, {0.9075, 0.7594, 118.5774, 6.3446, 1947.83},
    {0.9257, 0.7732, 126.3743, 6.4310, 1937.00}, {0.9463, 0.8040, 128.8486, 6.6990, 1849.00},
    {0.9463, 0.8117, 133.9619, 6.6952, 1837.00}, {0.9835, 0.8342, 136.7090, 6.7352, 1733.00},
    {0.9873, 0.8345, 135.2835, 6.8007, 1765.00}, {1.0102, 0.8834, 143.2843, 7.0195, 1680.78},
    {1.0149, 0.8825, 147.0515, 7.1902, 1664.00}, {0.9812, 0.8527, 142.4450, 7.1812, 1725.00},  // 2022-11
}};

// MinFin's holdings of 1 Nov 2022 (Interfax, 8 Nov 2022, https://interfax.com/newsroom/top-stories/84719/ ):
// fixed quantities, so a basket's value moves with the cross rates only. Their shares within each basket
// (euros 81%, pounds 10%, yen 8%; yuan 59%, gold 41% at October 2022's rates) match the structure the
// fund kept from July 2021 (euros 39.7, pounds 5, yen 4.8, yuan 30.4, gold 20.1 per cent).
constexpr double kEurBn = 45.7;
constexpr double kGbpBn = 4.9;
constexpr double kJpyBn = 692.7;
constexpr double kCnyBn = 309.7;
constexpr double kGoldBnOz = 554.9 * 32150.7466 / 1e9;  // tonnes to troy ounces, bn

const CrossRates& rates_of(YearMonth month) {
  const int first = YearMonth::from(kFirstYear, kFirstMonth).index;
  const int i = std::clamp(month.index - first, 0, static_cast<int>(kRates.size()) - 1);
  return kRates[static_cast<std::size_t>(i)];
}

YearMonth before(YearMonth month) { return YearMonth{month.index - 1}; }

}  // namespace

double nwf_western_basket_usd_bn(YearMonth month) {
  const CrossRates& r = rates_of(month);
  return kEurBn / r.eur_per_usd + kGbpBn / r.gbp_per_usd + kJpyBn / r.jpy_per_usd;
}

double nwf_eastern_basket_usd_bn(YearMonth month) {
  const CrossRates& r = rates_of(month);
  return kCnyBn / r.cny_per_usd + kGoldBnOz * r.gold_usd_per_oz;
}

double nwf_western_cross_factor(YearMonth month) {
  return nwf_western_basket_usd_bn(month) / nwf_western_basket_usd_bn(before(month));
}

double nwf_eastern_cross_factor(YearMonth month) {
  return nwf_eastern_basket_usd_bn(month) / nwf_eastern_basket_usd_bn(before(month));
}

}  // namespace sancsim
