// Trade at the volume of goods sold (economy.trade_at_goods_volume): real GDP counts the households' trade
// margins at the first month's margin per unit of goods, as national accounts measure trade in volume.
#include <gtest/gtest.h>

#include "economy_fixture.hpp"

namespace sancsim {
namespace {

// The small economy's readings after `months` months, the ruble `weaker` times its path's value from the
// third month on (1: no shock).
EconomyReadings after_months(const AgentEconomyParams& p, int months, double weaker) {
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  for (int m = 0; m < months; ++m) {
    EconomyMonthInputs in = test::month_of_2021(m);
    if (m >= 2) in.usd_rub *= weaker;
    e.step(p, in);
    EXPECT_EQ(e.check_balances(), "") << in.month.str();
  }
  return e.readings();
}

AgentEconomyParams with_trade_at_goods_volume(bool on) {
  AgentEconomyParams p = test::small_economy_params();
  p.trade_at_goods_volume = on;
  return p;
}

// A weaker ruble makes imported goods dearer: households buy fewer of them for what they spend, so fewer
// goods pass through the shops. Deflated by the services' price the margins they pay hardly change; in volume
// they fall with the goods, and so do the services' output and real GDP. Nothing else moves: it is a
// measurement.
TEST(TradeAtGoodsVolume, DearerImportsCarryFewerMarginsInVolume) {
  const EconomyReadings by_price = after_months(with_trade_at_goods_volume(false), 12, 1.5),
                        by_volume = after_months(with_trade_at_goods_volume(true), 12, 1.5);
  const std::size_t serv = index(Sector::Serv);
  EXPECT_LT(by_volume.output_rub_bn[serv], by_price.output_rub_bn[serv] * 0.995);
  EXPECT_LT(by_volume.real_gdp_index, by_price.real_gdp_index * 0.998);
  for (std::size_t s = 0; s < kSectors; ++s) {
    if (s != serv) {
      EXPECT_DOUBLE_EQ(by_volume.output_rub_bn[s], by_price.output_rub_bn[s]) << s;
    }
  }
  EXPECT_DOUBLE_EQ(by_volume.price_level, by_price.price_level);
  EXPECT_DOUBLE_EQ(by_volume.unemployment_pct, by_price.unemployment_pct);
  EXPECT_DOUBLE_EQ(by_volume.average_wage_rub, by_price.average_wage_rub);
}

// Where goods and services prices move together the two measures agree: in the first month exactly, and
// after a year without a shock within 0.02% of GDP (measured: 0.005%).
TEST(TradeAtGoodsVolume, CountsAsTheServicesPriceWhileRelativePricesHold) {
  const AgentEconomyParams off = with_trade_at_goods_volume(false), on = with_trade_at_goods_volume(true);
  EXPECT_DOUBLE_EQ(after_months(on, 1, 1.0).real_gdp_index, after_months(off, 1, 1.0).real_gdp_index);
  const EconomyReadings a = after_months(off, 12, 1.0), b = after_months(on, 12, 1.0);
  EXPECT_NEAR(b.real_gdp_index / a.real_gdp_index, 1.0, 2e-4);
}

}  // namespace
}  // namespace sancsim
