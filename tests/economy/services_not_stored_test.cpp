// Services that are not stored (economy.services_not_stored; docs/ECONOMY.md, "Services that are not
// stored"): utilities, market services and public services hold no inventory, plan output at expected
// demand, lose what they do not sell, and their unmet demand is not bought abroad.
#include <algorithm>
#include <array>
#include <functional>
#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {
namespace {

constexpr std::array<Sector, 3> kUnstored = {Sector::Util, Sector::Serv, Sector::Pub};

AgentEconomyParams stockless_params(bool on) {
  AgentEconomyParams p = test::small_economy_params();
  p.services_not_stored = on;
  return p;
}

// Sum of a firm column over the firms of the sectors that cannot be stocked.
template <class T>
double unstored_sum(const AgentEconomy& e, const std::vector<T>& column) {
  double sum = 0;
  for (std::size_t f = 0; f < e.firms().size(); ++f)
    if (cannot_be_stocked(e.firms().sector[f])) sum += static_cast<double>(column[f]);
  return sum;
}

TEST(ServicesNotStored, NamesUtilitiesServicesAndPublicServicesOnly) {
  for (std::size_t s = 0; s < kSectors; ++s) {
    const auto sector = static_cast<Sector>(s);
    const bool unstored = std::find(kUnstored.begin(), kUnstored.end(), sector) != kUnstored.end();
    EXPECT_EQ(cannot_be_stocked(sector), unstored) << kSectorCodes[s];
  }
}

// On, the firms of utilities, services and public services start and end every month without a stock, the
// month's real output (GDP) of those sectors is their sales, and every ruble paid is received; the other
// sectors keep stocks. Off, the same firms hold stocks.
TEST(ServicesNotStored, UnstoredFirmsHoldNoStockAndTheirOutputIsTheirSales) {
  AgentEconomyParams p = stockless_params(true);
  // The services' output as they sold it: not with the trade margins counted at the goods' volume.
  p.trade_at_goods_volume = false;
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  EXPECT_EQ(unstored_sum(e, e.firms().inventory), 0.0);
  for (int m = 0; m < 12; ++m) {
    const double exits_before = e.readings().firm_exits;
    e.step(p, test::month_of_2021(m));
    ASSERT_EQ(e.check_balances(), "") << m;
    EXPECT_LT(std::abs(test::net_worth_imbalance(e)), 1e-9) << m;
    double stored = 0;
    for (std::size_t f = 0; f < e.firms().size(); ++f) {
      if (cannot_be_stocked(e.firms().sector[f]))
        EXPECT_EQ(e.firms().inventory[f], 0.0) << m << " firm " << f;
      else
        stored += e.firms().inventory[f];
    }
    EXPECT_GT(stored, 0.0) << m;
    // They stood ready for what they expected to sell, not for a stock on top (the fixture's demand is
    // about steady: made output within 3% of demand; measured 2026-12-05 within 1%).
    const double made = unstored_sum(e, e.firms().output), asked = unstored_sum(e, e.firms().demand);
    EXPECT_LT(std::abs(made / asked - 1.0), 0.03) << m;
    // An exiting firm's row is cleared after the market: compare only months without exits.
    if (e.readings().firm_exits != exits_before) continue;
    for (Sector s : kUnstored) {
      double sales = 0;
      for (std::size_t f = 0; f < e.firms().size(); ++f)
        if (e.firms().sector[f] == s) sales += e.firms().sales[f];
      EXPECT_NEAR(e.readings().output_rub_bn[index(s)], sales * e.scale_bn(),
                  1e-9 * e.readings().output_rub_bn[index(s)])
          << m << " " << kSectorCodes[index(s)];
    }
  }
  const AgentEconomyParams off = stockless_params(false);
  AgentEconomy stocked(off, test::start_2021(), test::month_of_2021(0));
  for (int m = 0; m < 3; ++m) stocked.step(off, test::month_of_2021(m));
  EXPECT_GT(unstored_sum(stocked, stocked.firms().inventory), 0.0);
}

// The services sectors' employment and demand (real, all buyers) month by month.
struct ServicesPath {
  std::vector<double> employment, demand;
};

ServicesPath run_services(const AgentEconomyParams& p, double purchases_factor, int months) {
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  ServicesPath out;
  for (int m = 0; m < months; ++m) {
    EconomyMonthInputs in = test::month_of_2021(m);
    in.security_rub_bn *= purchases_factor;
    in.other_rub_bn *= purchases_factor;
    e.step(p, in);
    EXPECT_EQ(e.check_balances(), "") << m;
    out.employment.push_back(unstored_sum(e, e.firms().employees));
    out.demand.push_back(unstored_sum(e, e.firms().demand));
  }
  return out;
}

// The state's purchases (almost all services and public services) 30% larger for a year. Without a stock
// to rebuild, the services firms hire for what they sell: at most in proportion to the rise of their
// demand; with stocks they hire beyond it to refill the stock the surge drained, so their employment peaks
// higher.
TEST(ServicesNotStored, ADemandSurgeRaisesServicesEmploymentNoMoreThanDemand) {
  constexpr int kMonths = 12;
  const auto peak_ratio = [](const std::vector<double>& surge, const std::vector<double>& base) {
    double peak = 0;
    for (std::size_t m = 0; m < surge.size(); ++m) peak = std::max(peak, surge[m] / base[m]);
    return peak;
  };
  const AgentEconomyParams on = stockless_params(true), off = stockless_params(false);
  const ServicesPath on_base = run_services(on, 1.0, kMonths), on_surge = run_services(on, 1.3, kMonths);
  const ServicesPath off_base = run_services(off, 1.0, kMonths), off_surge = run_services(off, 1.3, kMonths);
  const double on_jobs = peak_ratio(on_surge.employment, on_base.employment);
  const double on_demand = peak_ratio(on_surge.demand, on_base.demand);
  const double off_jobs = peak_ratio(off_surge.employment, off_base.employment);
  EXPECT_GT(on_demand, 1.02);  // the surge reaches the services firms
  EXPECT_GT(on_jobs, 1.0);     // and they hire for it
  // At most in proportion to the surge, month by month and at the peak (measured 2026-12-05: employment
  // +4.1% at the peak against demand +6.2%; with stocks +8.5% against +9.4%).
  for (std::size_t m = 0; m < on_surge.employment.size(); ++m)
    EXPECT_LE(on_surge.employment[m] / on_base.employment[m], on_surge.demand[m] / on_base.demand[m] + 0.002)
        << m;
  EXPECT_LE(on_jobs, on_demand + 0.002);
  // Less at the peak than firms that rebuild a stock.
  EXPECT_LT(on_jobs - 1.0, 0.9 * (off_jobs - 1.0));
}

// A first month whose household transfers are twice the start's: the services firms, which stood ready
// for the start's demand and hold no stock, cannot serve all of it. The households keep what they could
// not buy (their net lending rises by it), nothing of it is bought abroad (the rest of the world's net
// lending and the imports are those of the economy with stocks, which served all of it), and the books
// close. Both economies are the same up to the services' stocks in the first month.
TEST(ServicesNotStored, UnmetServicesDemandStaysWithHouseholdsNotImports) {
  const auto first_month = [](const AgentEconomyParams& p) {
    AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
    EconomyMonthInputs in = test::month_of_2021(0);
    in.social_rub_bn *= 3.0;
    in.non_energy_exports_usd_bn = 0;  // no foreign buyers: the rest of the world's side is imports alone
    e.step(p, in);
    EXPECT_EQ(e.check_balances(), "");
    return e;
  };
  const AgentEconomy on = first_month(stockless_params(true)), off = first_month(stockless_params(false));
  const double unserved_on = unstored_sum(on, on.firms().demand) - unstored_sum(on, on.firms().sales);
  const double unserved_off = unstored_sum(off, off.firms().demand) - unstored_sum(off, off.firms().sales);
  ASSERT_GT(unserved_on, 0.005 * unstored_sum(on, on.firms().demand));    // a real shortage
  EXPECT_LT(unserved_off, 1e-9 * unstored_sum(off, off.firms().demand));  // the stocks served it
  const auto lending = [](const AgentEconomy& e, Inst i) {
    return e.ledger().net_lending_rub[static_cast<std::size_t>(i)];
  };
  const double world_on = lending(on, Inst::RestOfWorld), world_off = lending(off, Inst::RestOfWorld);
  EXPECT_NEAR(world_on, world_off, 1e-9 * std::abs(world_off));
  EXPECT_NEAR(on.readings().imports_usd_bn, off.readings().imports_usd_bn,
              1e-9 * off.readings().imports_usd_bn);
  // Households kept at least their part of the unserved services (at the start's prices, about 1): their
  // surplus exceeds that of the households whose demand was served.
  EXPECT_GT(lending(on, Inst::Households) - lending(off, Inst::Households), 0.2 * unserved_on);
  EXPECT_GT(on.readings().household_deposits_rub_bn, off.readings().household_deposits_rub_bn);
}

}  // namespace
}  // namespace sancsim
