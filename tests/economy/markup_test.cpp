// Mark-ups on demand against capacity (docs/ECONOMY.md, "Mark-ups on demand against capacity").
#include "sancsim/economy/markup.hpp"

#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {
namespace {

constexpr MarkupRule kRule{.response_per_month = 0.02,
                           .reversion_per_month = 0.04,
                           .stock_weight = 1.0,
                           .utilisation_weight = 1.0,
                           .max_gap_log = 0.1};

TEST(DemandPressure, IsZeroAtTheSteadyStateAndAddsTheStockAndPlantGaps) {
  EXPECT_DOUBLE_EQ(demand_pressure(0.5, 0.5, 0.8, 0.8, 1.0, 1.0), 0.0);
  EXPECT_DOUBLE_EQ(demand_pressure(0.25, 0.5, 0.8, 0.8, 1.0, 1.0), 0.5);   // stocks at half the target
  EXPECT_DOUBLE_EQ(demand_pressure(0.25, 0.5, 0.8, 0.8, 0.0, 1.0), 0.0);   // ... not read
  EXPECT_DOUBLE_EQ(demand_pressure(0.5, 0.5, 1.0, 0.8, 1.0, 1.0), 0.25);   // demand 25% above the plant's use
  EXPECT_DOUBLE_EQ(demand_pressure(0.5, 0.5, 0.4, 0.8, 1.0, 0.5), -0.25);  // half of it, weight 1/2
  EXPECT_DOUBLE_EQ(demand_pressure(1.5, 0.5, 0.8, 0.8, 1.0, 1.0), -1.0);   // stocks piling up: held at -1
  EXPECT_DOUBLE_EQ(demand_pressure(0.0, 0.5, 1.0, 0.8, 1.0, 1.0), 1.0);    // sold out, demand at the plant's
}

// A persistent pressure p holds ln((1 + mu) / (1 + normal)) at response x p / reversion; without reversion
// the mark-up climbs to its bound; it never falls below 0.
TEST(NextMarkup, SettlesWhereResponseAndReversionBalanceWithinItsBounds) {
  double mu = 0.25;
  for (int m = 0; m < 1000; ++m) mu = next_markup(kRule, mu, 0.25, 0.1);
  EXPECT_NEAR(std::log((1.0 + mu) / 1.25), 0.02 * 0.1 / 0.04, 1e-9);
  MarkupRule no_reversion = kRule;
  no_reversion.reversion_per_month = 0.0;
  mu = 0.25;
  for (int m = 0; m < 400; ++m) mu = next_markup(no_reversion, mu, 0.25, 0.3);
  EXPECT_NEAR(mu, 1.25 * std::exp(0.1) - 1.0, 1e-12);
  mu = 0.02;
  for (int m = 0; m < 400; ++m) mu = next_markup(no_reversion, mu, 0.02, -1.0);
  EXPECT_DOUBLE_EQ(mu, 0.0);
}

// One firm, its buyers spending a given sum of rubles a month: the inventory rule, partial price adjustment
// and the mark-up rule as in goods_market.cpp and firm_accounts.cpp. Its plant makes at most 1 a month and
// it aims to use 0.8 of it; at the normal mark-up its price is 1.
struct OneFirm {
  double capacity = 1.0, target_use = 0.8, stock_months = 0.5;
  double normal_markup = 0.25, markup = 0.25;
  double labour_cost = 0.4, input_cost = 0.4;  // per unit of output
  double price = 1.0, expected = 0.8, stock = 0.4, output = 0.8;
  // Labour's share of the value added at the month's price.
  double labour_share() const { return labour_cost / (price - input_cost); }
  void month(double spending_rub, bool rule_on) {
    const double demand = spending_rub / price;
    output = std::clamp(expected + 0.5 * (stock_months * expected - stock), 0.0, capacity);
    stock += output;
    stock -= std::min(demand, stock);
    expected = 0.7 * expected + 0.3 * demand;
    if (rule_on)
      markup = next_markup(
          kRule, markup, normal_markup,
          demand_pressure(stock, stock_months * expected, demand / capacity, target_use, 1.0, 1.0));
    price += 0.2 * ((1.0 + markup) * (labour_cost + input_cost) - price);
  }
};

// Buyers' spending rises 1% a month from what the firm makes at its target use: it runs its plant to the
// full and raises its mark-up to the bound; with the fixed mark-up its price stays at cost plus.
TEST(MarkupRule, AFirmAtFullCapacityWithRisingDemandRaisesItsMarkup) {
  OneFirm on, off;
  double spending = 0.8;
  for (int m = 0; m < 36; ++m) {
    spending *= 1.01;
    on.month(spending, true);
    off.month(spending, false);
  }
  EXPECT_NEAR(on.output, on.capacity, 1e-12);
  EXPECT_NEAR(on.markup, 1.25 * std::exp(0.1) - 1.0, 1e-9);
  EXPECT_NEAR(on.price, 1.0 * std::exp(0.1), 0.01);
  EXPECT_DOUBLE_EQ(off.markup, 0.25);
  EXPECT_NEAR(off.price, 1.0, 1e-9);
}

// A firm running above its target use (buyers spend 0.95 a month, 0.8 is its normal output) when the wage
// rises 20% (unit labour cost 0.4 -> 0.48, unit cost 0.8 -> 0.88). With the fixed mark-up the price rises
// by the unit cost, 10%. With the mark-up on demand against capacity the price settles where the mark-up's
// pressure balances its reversion, ln(P / 1.25 c) = 0.5 (1.25 x 0.95 / P - 1): P = 1.061 before and 1.129
// after, +6.4%: the margin takes part of the rise and labour's share of value added rises by more.
TEST(MarkupRule, TheLabourShareRisesWhenWagesRiseAtFullCapacity) {
  OneFirm on, off;
  const double spending = 0.95;
  for (int m = 0; m < 240; ++m) {
    on.month(spending, true);
    off.month(spending, false);
  }
  EXPECT_NEAR(on.price, 1.061, 0.002);
  const double price_before = on.price, share_on = on.labour_share(), share_off = off.labour_share();
  const double markup_before = on.markup;
  on.labour_cost = off.labour_cost = 0.48;
  for (int m = 0; m < 240; ++m) {
    on.month(spending, true);
    off.month(spending, false);
  }
  EXPECT_NEAR(off.price, 1.1, 1e-6);
  EXPECT_NEAR(on.price, 1.129, 0.002);
  EXPECT_LT(on.price / price_before, 1.08);
  EXPECT_LT(on.markup, markup_before - 0.02);
  EXPECT_GT(on.labour_share() - share_on, off.labour_share() - share_off + 0.02);
}

// Prices against competitors' prices (docs/ECONOMY.md, "Prices against competitors' prices").
TEST(CompetitorWeightedPrice, WeighsOwnCostPlusAgainstCompetitorsInLogsNeverBelowUnitCost) {
  EXPECT_DOUBLE_EQ(competitor_weighted_price(1.1, 1.0, 0.0, 0.8), 1.1);  // pure cost-plus
  EXPECT_NEAR(competitor_weighted_price(1.1, 1.0, 0.4, 0.8), std::pow(1.1, 0.6), 1e-12);
  EXPECT_NEAR(competitor_weighted_price(1.0, 1.1, 0.4, 0.8), std::pow(1.1, 0.4), 1e-12);
  EXPECT_DOUBLE_EQ(competitor_weighted_price(1.2, 1.2, 0.4, 0.8), 1.2);  // no gap, no change
  // Unit labour cost doubled against competitors that did not follow: held at the unit cost.
  EXPECT_DOUBLE_EQ(competitor_weighted_price(1.5, 1.0, 0.9, 1.2), 1.2);
}

// A sector of identical firms (their competitors' price is their own last price) or one firm among many
// whose competitors' price stays at 1, each closing 0.2 of the gap to its target a month; unit cost 0.8,
// mark-up 0.25, so the price starts at 1.
struct PricedFirm {
  double unit_cost = 0.8, markup = 0.25, price = 1.0;
  double margin() const { return price / unit_cost - 1.0; }
  void month(double weight, double competitors_price) {
    const double target =
        competitor_weighted_price((1.0 + markup) * unit_cost, competitors_price, weight, unit_cost);
    price += 0.2 * (target - price);
  }
};

// Unit cost up 10% without excess demand (wages up, productivity and demand unchanged). Pure cost-plus
// passes 10% into the price within a year; with the competitors' weight 0.4 the price rises less at first,
// so the margin falls, and then catches up: the margin recovers to its normal in the sector (all firms'
// costs rose). A firm alone with the rise keeps only 0.6 of it in its price (1.1^0.6), the margin absorbing
// the rest for good.
TEST(CompetitorWeightedPrice, ACostRiseWithoutExcessDemandPassesLessAtFirstAndMarginsRecover) {
  PricedFirm cost_plus, sector, alone;
  cost_plus.unit_cost = sector.unit_cost = alone.unit_cost = 0.88;
  double lowest_margin = sector.margin();
  for (int m = 0; m < 6; ++m) {
    cost_plus.month(0.0, cost_plus.price);
    sector.month(0.4, sector.price);
    alone.month(0.4, 1.0);
    lowest_margin = std::min(lowest_margin, sector.margin());
  }
  EXPECT_LT(sector.price - 1.0, 0.75 * (cost_plus.price - 1.0));  // 0.12 against 0.2 of the gap a month
  EXPECT_LT(sector.margin(), cost_plus.margin() - 0.02);          // 0.196 against 0.220
  for (int m = 0; m < 120; ++m) {
    cost_plus.month(0.0, cost_plus.price);
    sector.month(0.4, sector.price);
    alone.month(0.4, 1.0);
  }
  EXPECT_NEAR(cost_plus.price, 1.1, 1e-6);
  EXPECT_NEAR(sector.price, 1.1, 1e-4);  // the margin back at its normal
  EXPECT_NEAR(sector.margin(), 0.25, 1e-3);
  EXPECT_LT(lowest_margin, 0.16);  // the first month's, 0.149
  EXPECT_NEAR(alone.price, std::pow(1.1, 0.6), 1e-6);
  EXPECT_LT(alone.margin(), 0.21);  // 0.203 against the normal 0.25
}

// The labour cost a firm prices on: 1 - w of its unit labour cost's excess growth over the sector's price
// passes at once, the rest closes at the reversion's rate; never below 0 or above the bound.
TEST(LabourCostGap, TakesWOfTheExcessGrowthAndClosesAtTheReversionsRate) {
  EXPECT_DOUBLE_EQ(labour_cost_gap_log(0.0, std::log(1.1), 0.0, 0.0, 0.04, 0.2), 0.0);  // off
  const double first = labour_cost_gap_log(0.0, std::log(1.1), 0.0, 0.4, 0.04, 0.2);
  EXPECT_NEAR(first, 0.4 * std::log(1.1), 1e-12);
  double gap = first;
  for (int m = 0; m < 17; ++m) gap = labour_cost_gap_log(gap, 0.0, 0.0, 0.4, 0.04, 0.2);
  EXPECT_NEAR(gap, first * std::pow(0.96, 17), 1e-12);  // about half after 17 months
  // The sector's price rising as fast closes no gap and opens none; rising faster closes it, not below 0.
  EXPECT_NEAR(labour_cost_gap_log(0.02, 0.01, 0.01, 0.4, 0.0, 0.2), 0.02, 1e-12);
  EXPECT_DOUBLE_EQ(labour_cost_gap_log(0.0, 0.0, 0.05, 0.4, 0.04, 0.2), 0.0);
  EXPECT_DOUBLE_EQ(labour_cost_gap_log(0.0, std::log(3.0), 0.0, 0.9, 0.04, 0.2), 0.2);  // at the bound
}

// A sector of identical firms pricing their labour against the sector's price (the firm's own last price):
// unit labour cost 0.4, inputs 0.4, mark-up 0.25. A wage rise of 20% (unit labour cost 0.48) passes into
// the price by less than cost-plus at first and the margin falls; the margin recovers over the following
// years. An input-cost rise of the same size passes as with cost-plus.
struct LabourPricedFirm {
  double labour_cost = 0.4, input_cost = 0.4, markup = 0.25, price = 1.0, gap = 0.0;
  double last_labour_cost = 0.4, last_price = 1.0;
  double margin() const { return price / (labour_cost + input_cost) - 1.0; }
  void month(double weight) {
    gap = labour_cost_gap_log(gap, std::log(labour_cost / last_labour_cost), std::log(price / last_price),
                              weight, 0.04, std::log1p(markup));
    last_labour_cost = labour_cost;
    last_price = price;
    const double target =
        std::max(labour_cost + input_cost, (1.0 + markup) * (labour_cost * std::exp(-gap) + input_cost));
    price += 0.2 * (target - price);
  }
};

TEST(LabourCostGap, AWageRiseWithoutExcessDemandPassesLessAtFirstAndMarginsRecover) {
  LabourPricedFirm cost_plus, squeezed;
  cost_plus.labour_cost = squeezed.labour_cost = 0.48;
  double lowest_margin = squeezed.margin();
  for (int m = 0; m < 6; ++m) {
    cost_plus.month(0.0);
    squeezed.month(0.4);
    lowest_margin = std::min(lowest_margin, squeezed.margin());
  }
  EXPECT_LT(squeezed.price - 1.0, 0.8 * (cost_plus.price - 1.0));
  EXPECT_LT(lowest_margin, cost_plus.margin() - 0.03);
  for (int m = 0; m < 240; ++m) {
    cost_plus.month(0.0);
    squeezed.month(0.4);
  }
  EXPECT_NEAR(cost_plus.price, 1.1, 1e-6);
  EXPECT_NEAR(squeezed.margin(), 0.25, 1e-3);  // recovered
  LabourPricedFirm inputs;
  inputs.input_cost = 0.48;
  for (int m = 0; m < 240; ++m) inputs.month(0.4);
  EXPECT_DOUBLE_EQ(inputs.gap, 0.0);
  EXPECT_NEAR(inputs.price, 1.1, 1e-6);
}

double mean_markup_of_priced_firms(const Firms& firms) {
  double sum = 0;
  int n = 0;
  for (std::size_t f = 0; f < firms.size(); ++f) {
    if (firms.sector[f] == Sector::OilGas || firms.sector[f] == Sector::Util) continue;
    sum += firms.markup[f];
    ++n;
  }
  return sum / n;
}

// In the agent economy: the state's purchases half as large again (a boom) raise the mark-ups, a third
// lower (a slump) lowers them; every ruble paid is received and the regulated prices keep their mark-up.
TEST(AgentEconomy, MarkupsOnDemandRiseInABoomAndFallInASlump) {
  AgentEconomyParams p = test::small_economy_params();
  p.markup_on_demand = true;
  const auto run = [&p](double purchases_factor) {
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    const Firms start = e.firms();
    for (int m = 0; m < 18; ++m) {
      EconomyMonthInputs in = test::month_of_2021(m);
      in.other_rub_bn *= purchases_factor;
      in.security_rub_bn *= purchases_factor;
      e.step(p, in);
      EXPECT_EQ(e.check_balances(), "");
    }
    for (std::size_t f = 0; f < e.firms().size(); ++f) {
      if (e.firms().sector[f] == Sector::Util) {
        EXPECT_DOUBLE_EQ(e.firms().markup[f], start.markup[f]);
      }
    }
    return mean_markup_of_priced_firms(e.firms()) / mean_markup_of_priced_firms(start);
  };
  EXPECT_GT(run(1.5), 1.01);
  EXPECT_LT(run(0.67), 0.99);
}

// In the agent economy: a wage race (the state's purchases half as large again, firms short of workers
// bidding for them) raises the price of domestic output less with the competitors' weight (on the whole
// price or on the labour cost alone) than with pure cost-plus, so the product wage (the average wage over
// that price) ends higher; every ruble paid is still received.
TEST(AgentEconomy, CompetitorsPricesLetMarginsTakePartOfAWageRace) {
  AgentEconomyParams off = test::small_economy_params();
  off.state_purchases_pay_vat = false;
  off.wage_scarcity_bid = true;
  AgentEconomyParams on = off;
  on.price_competitor_weight = 0.4;
  const auto run = [](const AgentEconomyParams& p) {
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    for (int m = 0; m < 12; ++m) {
      EconomyMonthInputs in = test::month_of_2021(m);
      in.other_rub_bn *= 1.5;
      e.step(p, in);
      EXPECT_EQ(e.check_balances(), "");
    }
    return e.readings();
  };
  AgentEconomyParams labour = off;
  labour.labour_cost_competitor_weight = 0.4;
  const EconomyReadings a = run(off), b = run(on), c = run(labour);
  EXPECT_LT(b.output_price_index, a.output_price_index);
  EXPECT_GT(b.average_wage_rub / b.output_price_index, a.average_wage_rub / a.output_price_index);
  EXPECT_LT(c.output_price_index, a.output_price_index);
  EXPECT_GT(c.average_wage_rub / c.output_price_index, a.average_wage_rub / a.output_price_index);
}

// The price-setting real wage under labour scarcity: (u_ref / u)^e below the reference, held at the wage
// curve's lowest unemployment, 1 at or above the reference (slack leaves the mark-up).
TEST(LabourScarcityMarkup, AllowsTheProductWageToRiseWithTightnessToTheElasticity) {
  EXPECT_NEAR(labour_scarcity_real_wage_factor(2.9, 5.8, 2.3, 0.27), std::pow(2.0, 0.27), 1e-12);
  EXPECT_DOUBLE_EQ(labour_scarcity_real_wage_factor(1.0, 5.8, 2.3, 0.27),
                   labour_scarcity_real_wage_factor(2.3, 5.8, 2.3, 0.27));
  EXPECT_DOUBLE_EQ(labour_scarcity_real_wage_factor(5.8, 5.8, 2.3, 0.27), 1.0);
  EXPECT_DOUBLE_EQ(labour_scarcity_real_wage_factor(9.0, 5.8, 2.3, 0.27), 1.0);
  EXPECT_DOUBLE_EQ(labour_scarcity_real_wage_factor(2.9, 5.8, 2.3, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(labour_scarcity_markup_factor(0.4, 1.0), 1.0);
  EXPECT_DOUBLE_EQ(labour_scarcity_markup_factor(0.4, 0.9), 1.0);
}

// The mark-up factor carries the allowed product wage exactly where the other costs move with the price:
// one sector buying a of its own output per unit, labour cost L per unit, P = (1 + mu) m (L + a P).
TEST(LabourScarcityMarkup, RaisesLabourShareOfThePriceByTheFactorWhereInputsMoveWithThePrice) {
  const double mu = 0.25, a = 0.5, labour = 0.3, factor = 1.08;
  const double normal_price = (1.0 + mu) * labour / (1.0 - (1.0 + mu) * a);
  const double share = labour / (labour + a * normal_price);  // labour's share of unit cost
  const double m = labour_scarcity_markup_factor(share, factor);
  EXPECT_LT(m, 1.0);
  // With labour's share of unit cost read at the normal price, the scarce price solves P = (1 + mu) m (L + a
  // P).
  const double price = (1.0 + mu) * m * labour / (1.0 - (1.0 + mu) * m * a);
  EXPECT_NEAR((labour / price) / (labour / normal_price), factor, 1e-12);
}

// In the agent economy: a labour-demand boom (the state's purchases half as large again) lowers
// unemployment below the wage curve's reference; with mark-ups that give way under labour scarcity the
// price of domestic output rises less and the product wage (the average wage over that price) ends higher;
// every ruble paid is still received.
TEST(AgentEconomy, MarkupsThatFallUnderLabourScarcityRaiseTheProductWageInABoom) {
  AgentEconomyParams off = test::small_economy_params();
  off.state_purchases_pay_vat = false;
  off.markup_labour_scarcity = false;
  off.markup_labour_scarcity_follows_wages = false;  // the level rule: the allowance at once
  AgentEconomyParams on = off;
  on.markup_labour_scarcity = true;
  const auto run = [](const AgentEconomyParams& p) {
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    for (int m = 0; m < 18; ++m) {
      EconomyMonthInputs in = test::month_of_2021(m);
      in.other_rub_bn *= 1.5;
      e.step(p, in);
      EXPECT_EQ(e.check_balances(), "") << in.month.str();
    }
    return e.readings();
  };
  const EconomyReadings a = run(off), b = run(on);
  ASSERT_LT(a.unemployment_pct, test::start_2021().unemployment_pct - 1.0);
  EXPECT_LT(b.output_price_index, a.output_price_index);
  EXPECT_GT(b.average_wage_rub / b.output_price_index, 1.01 * a.average_wage_rub / a.output_price_index);
}

// Where labour is not scarce (unemployment at or above the reference, here a reference below any rate the
// economy reaches) the switch moves nothing: the same prices and wages to the last bit.
TEST(AgentEconomy, MarkupsUnderLabourScarcityMoveNothingWithoutScarcity) {
  AgentEconomyParams off = test::small_economy_params();
  off.wage_curve_reference_unemployment_pct = YearPath{{{2021, 0.5}}};
  AgentEconomyParams on = off;
  on.markup_labour_scarcity = true;
  const auto run = test::readings_after_2021;
  const EconomyReadings a = run(off), b = run(on);
  EXPECT_EQ(b.output_price_index, a.output_price_index);
  EXPECT_EQ(b.price_level, a.price_level);
  EXPECT_EQ(b.average_wage_rub, a.average_wage_rub);
  EXPECT_EQ(b.unemployment_pct, a.unemployment_pct);
}

// Mark-ups that give way to wage claims: the cut absorbs its share of each claim, within [0, allowance];
// falling claims rebuild the margin; above a lower allowance (a loosening market) it falls back gradually.
TEST(LabourScarcityCut, AbsorbsItsShareOfTheClaimsWithinTheAllowance) {
  const double allowance = std::log(1.05);
  EXPECT_DOUBLE_EQ(labour_scarcity_cut_log(0.0, 0.01, 0.4, allowance, 0.04), 0.004);
  EXPECT_DOUBLE_EQ(labour_scarcity_cut_log(0.02, -0.01, 0.4, allowance, 0.04), 0.016);  // claims fall
  EXPECT_DOUBLE_EQ(labour_scarcity_cut_log(0.001, -0.01, 0.4, allowance, 0.04), 0.0);   // never above normal
  EXPECT_DOUBLE_EQ(labour_scarcity_cut_log(0.048, 0.01, 0.4, allowance, 0.04), allowance);  // held at F
  EXPECT_DOUBLE_EQ(labour_scarcity_cut_log(0.0, 0.01, 0.4, 0.0, 0.04), 0.0);        // no scarcity: no cut
  EXPECT_DOUBLE_EQ(labour_scarcity_cut_log(0.0, 0.01, 0.0, allowance, 0.04), 0.0);  // share 0: off
  // The market loosens (allowance 0.01 under a cut of 0.03): 4% of the gap a month, claims add nothing.
  EXPECT_NEAR(labour_scarcity_cut_log(0.03, 0.01, 0.4, 0.01, 0.04), 0.01 + 0.96 * 0.02, 1e-15);
  EXPECT_NEAR(labour_scarcity_cut_log(0.03, -0.01, 0.4, 0.01, 0.04), 0.01 + 0.96 * 0.02 - 0.004, 1e-15);
  // Repeated claims reach the allowance and stay there; the price-setting real wage never leads them.
  double cut = 0, claimed = 0;
  for (int m = 0; m < 100; ++m) {
    cut = labour_scarcity_cut_log(cut, 0.002, 0.4, allowance, 0.04);
    claimed += 0.002;
    EXPECT_LE(cut, 0.4 * claimed + 1e-15) << m;
    EXPECT_LE(cut, allowance) << m;
  }
  EXPECT_DOUBLE_EQ(cut, allowance);
}

// In the agent economy: a labour-demand boom (the state's purchases half as large again) with mark-ups that
// give way to wage claims raises the price level and the product wage (the average wage over the price
// of domestic output) above the run without the boom, and the product wage above the boom's without the
// switch; the level rule (the allowance at once) lowered the price level in such a boom
// (MarkupsThatFallUnderLabourScarcityRaiseTheProductWageInABoom). Every ruble paid is still received.
TEST(AgentEconomy, MarkupsThatGiveWayToWageClaimsRaiseThePriceLevelAndTheProductWageInABoom) {
  AgentEconomyParams off = test::small_economy_params();
  off.state_purchases_pay_vat = false;
  off.markup_labour_scarcity = false;
  AgentEconomyParams on = off;
  on.markup_labour_scarcity = on.markup_labour_scarcity_follows_wages = true;
  const auto run = [](const AgentEconomyParams& p, double boom) {
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    for (int m = 0; m < 24; ++m) {
      EconomyMonthInputs in = test::month_of_2021(m);
      if (m >= 3) in.other_rub_bn *= boom;
      e.step(p, in);
      EXPECT_EQ(e.check_balances(), "") << in.month.str();
    }
    return e.readings();
  };
  const auto product_wage = [](const EconomyReadings& r) {
    return r.average_wage_rub / r.output_price_index;
  };
  const EconomyReadings base = run(on, 1.0), boom = run(on, 1.5), boom_off = run(off, 1.5);
  ASSERT_LT(boom.unemployment_pct, base.unemployment_pct - 1.0);
  EXPECT_GT(boom.price_level, base.price_level * 1.005);
  EXPECT_GT(product_wage(boom), product_wage(base) * 1.005);
  EXPECT_GT(product_wage(boom), product_wage(boom_off));
}

}  // namespace
}  // namespace sancsim
