#include "test_registry.hpp"

namespace sancsim::testing {

Extras& extras() {
  static Extras e;
  return e;
}

const std::vector<EventKindSpec>& test_catalogue() {
  static const std::vector<EventKindSpec> c = {
      {EventKind::Announcement, "announcement", "", false, 0, 0, false, {}, ""},
      {EventKind::EmbargoCrude, "embargo_crude", "", false, 0, 0, false, {}, ""},
      {EventKind::PriceCapCrude, "price_cap_crude", "cap_usd_per_bbl", true, 0, 500, false, {}, ""},
      {EventKind::VesselDesignations, "vessel_designations", "vessels", true, 0, 5000, false, {}, ""},
      {EventKind::ServicesBan, "services_ban", "", false, 0, 0, true, {"petroleum_services", "maritime"}, ""},
      {EventKind::RefineryOutage, "refinery_outage", "capacity_kbd", true, 0, 6000, false, {}, ""},
      {EventKind::Relief, "relief", "", false, 0, 0, false, {}, ""},
  };
  return c;
}

scenario_detail::LoadContext test_context() {
  extras() = Extras{};
  auto describe = [](Params& p) {
    ParamTable t;
    t.section("tankers");
    t.integer("g7_tankers", p.oil.g7_tankers, 0, 5000, "coalition tankers", "test");
    t.real("cargo_crude_kbbl", p.oil.cargo_crude_kbbl, 100, 2500, "kbbl", "cargo", "test");
    t.section("market");
    t.choice("brent_mode", p.oil.brent_mode, {"pinned", "baseline"}, "Brent mode", "test");
    t.real("brent_baseline_usd_per_bbl", p.oil.brent_baseline_usd_per_bbl, 10, 300, "usd_per_bbl", "Brent",
           "test");
    t.section("state");
    t.flag("enabled", p.state.enabled, "state module", "test");
    t.section("buyers.first");
    t.text("jurisdictions", p.oil.buyers[0].jurisdictions, "codes");
    t.section("spending");
    t.path("defence_rub_bn", extras().spending_defence_rub_bn, 0, 1e6, "rub_bn", "defence", "test");
    t.section("politics");
    t.day("ceasefire", extras().ceasefire, "ceasefire date", "test");
    return t;
  };
  return {describe, &test_catalogue()};
}

LoadResult load_test(const std::string& name, const std::vector<Override>& overrides) {
  return scenario_detail::load_scenario_with(fixture(name), overrides, test_context());
}

}  // namespace sancsim::testing
