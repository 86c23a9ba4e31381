#include "sancsim/model/traders.hpp"

#include <gtest/gtest.h>

#include "world_fixture.hpp"

using namespace sancsim;
using namespace sancsim::test;

TEST(Traders, DesignatedShellsVolumeMovesToOthersAfterTheEntryLag) {
  OilParams p = default_oil_params();
  p.shell_traders_initial = 4;
  p.shell_capacity_kbd = 100;
  p.shell_entry_lag_days = 60;
  p.shell_hazard_per_month = 0;  // designations only by the event below
  const Date start = day("2024-01-01");
  Traders t(p, start, 1, 0);
  const double demand = 350;
  EXPECT_DOUBLE_EQ(t.place(demand), 0.0);
  EXPECT_EQ(t.active(), 4);
  // Designate half of them: their volume cannot be placed until new shells are set up.
  EXPECT_EQ(t.designate_share(0.5), 2);
  EXPECT_NEAR(t.place(demand), 150.0, 1e-9);
  t.monthly(p, start.plus_days(30), 0, 0.0, demand);  // entry starts, with a lag
  t.activate(start.plus_days(40));
  EXPECT_NEAR(t.place(demand), 150.0, 1e-9) << "new shells are not active before the lag";
  t.activate(start.plus_days(30 + 80));  // past the longest possible lag (1.25 x 60 days)
  EXPECT_GT(t.active(), 2);
  EXPECT_NEAR(t.place(demand), 0.0, 1e-9) << "after the lag the volume is placed again";
  EXPECT_EQ(t.designated_total(), 2);
}

TEST(Traders, HazardRisesWithEnforcement) {
  OilParams p = default_oil_params();
  p.shell_traders_initial = 400;
  p.shell_entry_per_month_max = 0;
  p.shell_hazard_per_month = 0.1;
  auto designated_after_year = [&](double enforcement) {
    Traders t(p, day("2024-01-01"), 3, 0);
    for (int m = 0; m < 12; ++m) {
      t.place(t.capacity_active_kbd());  // fully used
      t.monthly(p, day("2024-01-01").plus_days(30 * m), m, enforcement, 0);
    }
    return t.designated_total();
  };
  EXPECT_EQ(designated_after_year(0.0), 0);
  EXPECT_GT(designated_after_year(1.0), designated_after_year(0.3));
}

TEST(Traders, MarginRisesWhenShellCapacityIsScarce) {
  OilParams p = default_oil_params();
  p.shell_traders_initial = 2;
  p.shell_capacity_kbd = 100;
  Traders t(p, day("2024-01-01"), 1, 0);
  t.place(100);
  const double slack = t.shell_margin_usd_per_bbl(p);
  t.place(400);
  EXPECT_GT(t.shell_margin_usd_per_bbl(p), slack + 1.0);
}
