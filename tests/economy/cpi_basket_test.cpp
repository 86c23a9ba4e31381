// The CPI's basket at purchasers' prices (economy.cpi_at_purchasers_prices).
#include "sancsim/economy/cpi_basket.hpp"

#include <numeric>
#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {
namespace {

double share(Sector s) {
  const double total = std::accumulate(kCpiBasket2019RubBn.begin(), kCpiBasket2019RubBn.end(), 0.0);
  return kCpiBasket2019RubBn[index(s)] / total;
}

// The basket is the 2019 table's at purchasers' prices less imputed rent, financial services and own-account
// output: goods about three quarters, as in Rosstat's CPI weights (food and non-food 73-75%), where the
// basic-price basket has services at 61%.
TEST(CpiBasket, WeighsGoodsAtPurchasersPricesAndLeavesOutImputedRent) {
  const double total = std::accumulate(kCpiBasket2019RubBn.begin(), kCpiBasket2019RubBn.end(), 0.0);
  EXPECT_NEAR(total, 44694.8, 0.5);
  const double goods = share(Sector::Agr) + share(Sector::OilGas) + share(Sector::Mach) + share(Sector::Oman);
  EXPECT_NEAR(goods, 0.748, 0.002);
  EXPECT_NEAR(share(Sector::Serv), 9489.7 / 44694.8, 1e-9);
  const double basic_services = kSut2019.household_consumption_rub_bn[index(Sector::Serv)] /
                                std::accumulate(kSut2019.household_consumption_rub_bn.begin(),
                                                kSut2019.household_consumption_rub_bn.end(), 0.0);
  EXPECT_GT(basic_services, 0.6);
}

// Imported goods carry their margins at purchasers' prices, so the CPI's imported content is about twice the
// basic-price basket's (0.23 against 0.11): a depreciation moves it about twice as much at once. The books
// close either way, and the first month's CPI is the start's in both (within the month's own price moves).
TEST(CpiBasket, AtPurchasersPricesTheCpiAnswersMoreToTheRuble) {
  auto cpi_path = [](bool purchasers, double usd_rub_from_month_3) {
    AgentEconomyParams p = test::small_economy_params();
    p.cpi_at_purchasers_prices = purchasers;
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    std::vector<double> cpi;
    for (int m = 0; m < 6; ++m) {
      EconomyMonthInputs in = test::month_of_2021(m);
      if (m >= 3) in.usd_rub = usd_rub_from_month_3;
      e.step(p, in);
      EXPECT_EQ(e.check_balances(), "") << in.month.str();
      cpi.push_back(e.readings().price_level);
    }
    return cpi;
  };
  const std::vector<double> basic = cpi_path(false, 74), basic_fall = cpi_path(false, 100);
  const std::vector<double> bought = cpi_path(true, 74), bought_fall = cpi_path(true, 100);
  EXPECT_NEAR(basic[0], bought[0], 1e-3 * basic[0]);
  const double jump_basic = basic_fall[3] / basic[3] - 1.0;
  const double jump_bought = bought_fall[3] / bought[3] - 1.0;
  EXPECT_GT(jump_basic, 0.02);
  EXPECT_GT(jump_bought, 1.6 * jump_basic);
  EXPECT_LT(jump_bought, 2.6 * jump_basic);
}

}  // namespace
}  // namespace sancsim
