// The NWF's 2022-23 accounting as sourced (the default of scenarios/history.toml; docs/MODEL_STATE.md
// sections 2, 3 and 5): the Western currencies kept in the fund after the March 2022 freeze and sold
// first, no fund money for the deficit before the Prime Minister's order of 20 Oct 2022, the fund's
// currencies at their cross rates, and 2021's purchases credited in May 2022.
#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "sancsim/model/run.hpp"
#include "sancsim/scenario/scenario.hpp"
#include "sancsim/state/nwf_cross_rates.hpp"

namespace {
using namespace sancsim;
namespace fs = std::filesystem;

const fs::path kScenarios = fs::path(SANCSIM_SCENARIO_FIXTURES).parent_path();

struct NwfRun {
  std::vector<std::string> months;
  std::vector<double> liquid_rub_bn, western_rub_bn, usd_rub;
};

NwfRun run_to_2023(const char* file) {
  auto r = load_scenario((kScenarios / file).string(), {Override{"end", "2023-12-31"}});
  if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(d->str());
  const Scenario& s = std::get<Scenario>(r);
  RunInput in = run_input(s, 1);
  in.report_from = YearMonth::of(s.start);
  const RunResult out = simulate(in);
  NwfRun n;
  n.liquid_rub_bn = out.series.values("nwf_liquid_rub_bn");
  n.western_rub_bn = out.series.values("nwf_western_rub_bn");
  n.usd_rub = out.series.values("usd_rub");
  return n;
}

// Index of a month in a run from January 2021.
std::size_t at(int year, int month) { return static_cast<std::size_t>((year - 2021) * 12 + month - 1); }

TEST(NwfSourced, NoFundMoneyBeforeOctober2022AndTheWesternPartKeptUntilSold) {
  const NwfRun n = run_to_2023("history.toml");
  ASSERT_EQ(n.liquid_rub_bn.size(), 36u);
  // FX purchases were suspended in 2022 and nothing was sold before October: each part's dollar stock
  // moves only with its basket's cross rates (nwf_cross_rates.hpp), through the freeze, except in May,
  // when 2021's purchases are credited from the Treasury's account.
  auto usd = [&](int year, int mo) { return n.liquid_rub_bn[at(year, mo)] / n.usd_rub[at(year, mo)]; };
  auto western_usd = [&](int year, int mo) {
    return n.western_rub_bn[at(year, mo)] / n.usd_rub[at(year, mo)];
  };
  for (int mo = 1; mo <= 9; ++mo) {
    if (mo == 5) continue;
    const int y0 = mo == 1 ? 2021 : 2022;
    const int m0 = mo == 1 ? 12 : mo - 1;
    const YearMonth month = YearMonth::from(2022, static_cast<unsigned>(mo));
    const double expected_usd_bn = western_usd(y0, m0) * nwf_western_cross_factor(month) +
                                   (usd(y0, m0) - western_usd(y0, m0)) * nwf_eastern_cross_factor(month);
    EXPECT_NEAR(usd(2022, mo), expected_usd_bn, 1e-9 * expected_usd_bn) << "2022-" << mo;
  }
  EXPECT_GT(usd(2022, 5), usd(2022, 4) + 30.0);  // 2021's revenue: ~$41 bn in MinFin's report
  // The Western part is still counted after March, and sold first from October.
  EXPECT_GT(n.western_rub_bn[at(2022, 9)], 0.4 * n.liquid_rub_bn[at(2022, 9)]);
  EXPECT_LT(n.western_rub_bn[at(2022, 10)] / n.usd_rub[at(2022, 10)],
            n.western_rub_bn[at(2022, 9)] / n.usd_rub[at(2022, 9)] - 1.0);
  const double eastern_sep =
      (n.liquid_rub_bn[at(2022, 9)] - n.western_rub_bn[at(2022, 9)]) / n.usd_rub[at(2022, 9)];
  const double eastern_dec =
      (n.liquid_rub_bn[at(2022, 12)] - n.western_rub_bn[at(2022, 12)]) / n.usd_rub[at(2022, 12)];
  // The yuan and gold untouched in 2022: only their cross rates move them (held after November).
  const double eastern_factor = nwf_eastern_basket_usd_bn(YearMonth::from(2022, 12)) /
                                nwf_eastern_basket_usd_bn(YearMonth::from(2022, 9));
  EXPECT_NEAR(eastern_dec, eastern_sep * eastern_factor, 1e-9 * eastern_sep);

  // The earlier accounting, kept for comparison, writes the Western part off in March 2022.
  const NwfRun d = run_to_2023("history_nwf_writeoff.toml");
  EXPECT_EQ(d.western_rub_bn[at(2022, 3)], 0);
  EXPECT_LT(d.liquid_rub_bn[at(2022, 3)] / d.usd_rub[at(2022, 3)],
            0.6 * d.liquid_rub_bn[at(2022, 2)] / d.usd_rub[at(2022, 2)]);
}

}  // namespace
