// Non-energy export volumes answer to the ruble gradually, the exporters' ruble receipts at once
// (docs/ECONOMY.md, "The agents' 2022 path").
#include "sancsim/economy/export_volume.hpp"

#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

#include <gtest/gtest.h>

#include "economy_fixture.hpp"
#include "sancsim/economy/agent_economy.hpp"
#include "sancsim/economy/import_switching.hpp"

namespace sancsim {
namespace {

TEST(ExportVolumeRate, FollowsTheRubleAtOnceAtFullSpeedAndInTheFirstMonth) {
  EXPECT_DOUBLE_EQ(export_volume_rate(74.0, 111.0, 1.0), 111.0);
  EXPECT_DOUBLE_EQ(export_volume_rate(0.0, 111.0, 0.2), 111.0);  // the first month: the rate
  EXPECT_DOUBLE_EQ(export_volume_rate(74.0, 74.0, 0.2), 74.0);   // a steady ruble: no gap
}

TEST(ExportVolumeRate, ClosesTheQuartersShareOfTheLogGapWithinThreeMonths) {
  // A ruble 50% weaker held for three months at half a quarter's share: half its log reaches the rate.
  const double speed = switching_speed_per_month(0.5);
  double rate = 74.0;
  for (int m = 0; m < 3; ++m) rate = export_volume_rate(rate, 111.0, speed);
  EXPECT_NEAR(std::log(rate / 74.0), 0.5 * std::log(1.5), 1e-12);
  for (int m = 0; m < 120; ++m) rate = export_volume_rate(rate, 111.0, speed);
  EXPECT_NEAR(rate, 111.0, 1e-6);  // all of it in the long run
}

struct Path {
  std::vector<EconomyReadings> readings;
  std::uint64_t hash = 0;
};

Path run(const AgentEconomyParams& p, int months,
         const std::function<void(int, EconomyMonthInputs&)>& shock) {
  AgentEconomy e(p, test::start_2021(), test::month_of_2021(0));
  Path out;
  for (int m = 0; m < months; ++m) {
    EconomyMonthInputs in = test::month_of_2021(m);
    shock(m, in);
    e.step(p, in);
    EXPECT_EQ(e.check_balances(), "") << in.month.str();  // the windfall is paid from abroad, in full
    out.readings.push_back(e.readings());
  }
  StateHasher h;
  e.hash(h);
  out.hash = h.digest();
  return out;
}

// With a steady ruble the volume rate is the ruble: the gradual volumes change nothing.
TEST(AgentEconomy, WithASteadyRubleGradualExportVolumesChangeNothing) {
  AgentEconomyParams p = test::small_economy_params();
  p.export_volume_share_per_quarter = 1.0;
  const auto steady = [](int, EconomyMonthInputs&) {};
  const Path at_once = run(p, 8, steady);
  p.export_volume_share_per_quarter = 0.5;
  const Path gradual = run(p, 8, steady);
  EXPECT_EQ(gradual.hash, at_once.hash);
}

// A one-month collapse of the ruble (74 to 111, as in March 2022) raises the real demand for exports
// at once when volumes follow the ruble at once; with gradual volumes the exporters are paid the same
// ruble value but ship less, so the export sectors make less in the months after the spike.
TEST(AgentEconomy, AOneMonthRubleSpikeRaisesExportReceiptsMoreThanExportVolumes) {
  AgentEconomyParams p = test::small_economy_params();
  p.export_volume_share_per_quarter = 1.0;
  const auto spike = [](int m, EconomyMonthInputs& in) {
    if (m == 3) in.usd_rub = 111;
  };
  const Path at_once = run(p, 8, spike);
  p.export_volume_share_per_quarter = 0.5;
  const Path gradual = run(p, 8, spike);
  const auto exporters = [](const EconomyReadings& r) {
    return r.output_rub_bn[index(Sector::Mach)] + r.output_rub_bn[index(Sector::Oman)] +
           r.output_rub_bn[index(Sector::Agr)];
  };
  for (int m = 0; m < 3; ++m)  // before the spike the paths are the same
    EXPECT_DOUBLE_EQ(exporters(gradual.readings[m]), exporters(at_once.readings[m]));
  double at_once_after = 0, gradual_after = 0;
  for (int m = 4; m < 7; ++m) {
    at_once_after += exporters(at_once.readings[m]);
    gradual_after += exporters(gradual.readings[m]);
  }
  EXPECT_LT(gradual_after, at_once_after);
}

}  // namespace
}  // namespace sancsim
