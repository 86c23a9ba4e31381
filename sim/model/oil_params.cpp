#include "sancsim/model/oil_params.hpp"

#include <fmt/format.h>

namespace sancsim {
namespace {

// Output, refining and export split of 2021 (russia_calibration.md §1.1, §2): 10.5 mb/d of crude and
// condensate, ~5.7 mb/d refined, the rest exported. Company shares of output from §2. Kozmino shares:
// the October 2019 ESPO Blend loading programme (oil_mechanisms.md §1.4: Rosneft 10, Surgutneftegas 8,
// the trader Tenergy 8 (here "others"), Lukoil 2 x 140 kt, Gazprom Neft 100 + 140 kt of 30 cargoes).
constexpr std::array<ProducerParams, kProducers> kProducerDefaults = {{
    // output, decline %/yr, lifting cost, refinery runs, direct sales share, Kozmino share
    {3700, 0.8, 13, 1900, 0.3, 0.32},  // Rosneft: ~35% of output; refining ~1.9 mb/d in 2021 (1.65 in 2024)
    {1650, 0.8, 15, 900, 0.3, 0.09},   // Lukoil: ~16%; ~0.73 mb/d crude exports in 2024
    {1000, 0.8, 14, 820, 0.3, 0.08},   // Gazprom Neft
    {1200, 1.2, 16, 400, 0.3, 0.26},   // Surgutneftegas: Kirishi refinery; main ESPO tender seller
    {580, 0.5, 15, 360, 0.3, 0.0},     // Tatneft: Taneco refinery; Volga-Urals crude, western ports
    {2370, 0.8, 17, 1320, 0.2, 0.26},  // others: independents, PSAs, condensate, traders
}};

BuyerParams buyer(const char* key, Grade g, Region r, const char* juris, double cap, double runs, double ramp,
                  double voyage, double alt, double quality, double exposure, double unfamiliar,
                  double export_share = 0) {
  BuyerParams b;
  b.key = key;
  b.grade = g;
  b.region = r;
  b.jurisdictions = juris;
  b.capacity_kbd = cap;
  b.refinery_runs_kbd = runs;
  b.ramp_usd_per_bbl = ramp;
  b.voyage_days = voyage;
  b.alt_freight_usd_per_bbl = alt;
  b.quality_usd_per_bbl = quality;
  b.exposure = exposure;
  b.unfamiliar_usd_per_bbl = unfamiliar;
  b.product_export_share = export_share;
  return b;
}

}  // namespace

OilParams default_oil_params() {
  OilParams p;
  p.producers = kProducerDefaults;
  using G = Grade;
  using R = Region;
  // key, grade, region, jurisdictions, capacity kbd, refinery runs kbd (docs/MODEL.md §6), ramp $, voyage
  // days (round trip), alternative freight $, quality gap $, exposure, unfamiliarity $, share of products
  // exported to the EU
  p.buyers = {{
      buyer("eu_seaborne_urals", G::Urals, R::Eu, "EU+G7", 700, 2890, 3, 10, 1.0, 1.0, 1.0, 0),
      buyer("us_urals", G::Urals, R::Us, "US+G7", 150, 6100, 3, 35, 1.5, 1.0, 1.0, 0),
      buyer("india_private_urals", G::Urals, R::India, "", 600, 1370, 4, 60, 1.2, 0.5, 0.6, 8, 0.3),
      buyer("nayara_urals", G::Urals, R::India, "", 330, 405, 3, 60, 1.2, 0.5, 0.2, 6),
      buyer("india_state_urals", G::Urals, R::India, "", 1100, 2660, 5, 60, 1.2, 0.5, 0.5, 10),
      buyer("china_state_urals", G::Urals, R::China, "", 500, 4030, 5, 90, 2.0, 0.5, 0.4, 6),
      buyer("china_teapots_urals", G::Urals, R::China, "", 300, 1090, 4, 90, 2.0, 0.5, 0.1, 4),
      buyer("turkey_urals", G::Urals, R::Turkey, "", 450, 700, 4, 12, 1.0, 1.0, 0.4, 1, 0.2),
      buyer("other_urals", G::Urals, R::Other, "", 350, 1500, 5, 40, 1.5, 1.0, 0.3, 1),
      buyer("china_teapots_espo", G::Espo, R::China, "", 650, 2360, 3, 8, 2.0, -1.0, 0.1, 0),
      buyer("china_state_espo", G::Espo, R::China, "", 350, 2820, 3, 8, 2.0, -1.0, 0.4, 0),
      buyer("india_espo", G::Espo, R::India, "", 150, 365, 4, 40, 1.2, -0.5, 0.5, 6),
      buyer("other_espo", G::Espo, R::Other, "G7", 350, 5000, 3, 10, 2.0, -1.0, 0.9, 0),
      buyer("eu_products", G::Products, R::Eu, "EU+G7", 1300, 3000, 3, 10, 1.0, 0, 1.0, 0),
      buyer("us_products", G::Products, R::Us, "US+G7", 500, 2000, 3, 35, 1.5, 0, 1.0, 0),
      buyer("turkey_products", G::Products, R::Turkey, "", 700, 240, 4, 12, 1.0, 0, 0.4, 2),
      buyer("africa_latam_products", G::Products, R::Other, "", 1300, 4500, 6, 50, 2.5, 0, 0.3, 3),
      buyer("asia_mideast_products", G::Products, R::Other, "", 1500, 5000, 6, 40, 2.0, 0, 0.3, 3),
      buyer("eu_term_urals", G::Urals, R::Eu, "EU+G7", 1600, 6610, 3, 10, 1.0, 1.0, 1.0, 0),
  }};
  // EU refiners' annual term contracts expire evenly over a year after the invasion; the rest of
  // EU seaborne buying is spot (oil_mechanisms.md §2.5, §2.6).
  p.buyers[kBuyers - 1].term_run_off_days = 365;
  // Other suppliers' term contracts (docs/MODEL.md §6). India's state refiners source ~60% of their
  // crude on annual term deals with West Asian producers, the rest spot (Economic Times, Aug 2022;
  // "term contract provisions prevent you from reducing Saudi supplies", oil_mechanisms.md §2.1);
  // the Saudi deals run on India's fiscal year (April). Turkey: assumption, the same share, renewed
  // with the calendar year (no Turkish figure found).
  for (auto& b : p.buyers) {
    if (b.key == "india_state_urals" || b.key == "india_espo") {
      b.other_term_share = 0.6;
      b.other_term_renewal_month = 4;
    } else if (b.key == "turkey_urals") {
      b.other_term_share = 0.6;
      b.other_term_renewal_month = 1;
    }
  }
  return p;
}

void describe_oil(ParamTable& t, OilParams& p) {
  const std::string calib = "calibrated to the history run (docs/MODEL.md)";
  const std::string rc = "russia_calibration.md";
  for (std::size_t i = 0; i < kProducers; ++i) {
    auto& q = p.producers[i];
    t.section(fmt::format("producers.{}", kProducerKeys[i]));
    t.real("output_kbd", q.output_kbd, 0, 15000, "kbd", "crude and condensate output at the start",
           rc + " §1.1, §2");
    t.real("decline_pct_per_year", q.decline_pct_per_year, -20, 50, "pct_per_year",
           "natural decline of capacity net of investment",
           "IEA sustainable capacity 9.8 mb/d (" + rc + " §1.1)");
    t.real("lifting_cost_usd_per_bbl", q.lifting_cost_usd_per_bbl, 0, 100, "usd_per_bbl",
           "cash cost incl. transport to port; below this netback the producer stores, then shuts in",
           "CREA average production cost ~$15 (" + rc + " §3.5)");
    t.real("refinery_runs_kbd", q.refinery_runs_kbd, 0, 10000, "kbd", "crude refined in Russia", rc + " §2");
    t.real("kozmino_share", q.kozmino_share, 0, 1, "share",
           "share of the ESPO Blend cargoes loaded at Kozmino (its designation reaches ESPO buyers by this "
           "share)",
           "Oct 2019 loading programme (oil_mechanisms.md §1.4)");
    t.real("direct_sales_share", q.direct_sales_share, 0, 1, "share",
           "seaborne volume sold directly to buyers' procurement, without an intermediary", calib);
  }
  t.section("producers");
  t.real("storage_capacity_mbbl", p.storage_capacity_mbbl, 1, 1000, "mbbl",
         "onshore crude storage for unsold crude", "Transneft system storage, order of magnitude");
  t.real("storage_initial_mbbl", p.storage_initial_mbbl, 0, 1000, "mbbl", "crude in storage at the start",
         calib);
  const std::string om = "oil_mechanisms.md";
  t.real("shut_in_lead_days", p.shut_in_lead_days, 1, 365, "days",
         "storage cover (room / net inflow) below which producers start closing wells",
         "Transneft storage ~14 days of output (" + om + " §3.3); assumption");
  t.real("shut_in_max_kbd_per_day", p.shut_in_max_kbd_per_day, 1, 5000, "kbd_per_day",
         "fastest rate at which wells are closed",
         "2020 OPEC+ cut: ~2 mb/d in about two weeks (" + om + " §3.2)");
  t.real("restart_max_kbd_per_day", p.restart_max_kbd_per_day, 0.1, 5000, "kbd_per_day",
         "fastest rate at which shut-in wells restart",
         "2022: ~0.7 mb/d back within about three months (" + om + " §3.1)");
  t.real("restart_below_fill", p.restart_below_fill, 0, 1, "share",
         "wells restart once storage is below working stocks plus this share of the room above them",
         "assumption (restart costs: wells are not reopened while storage is nearly full)");
  t.real("supply_elasticity_short_run", p.supply_elasticity_short_run, 0, 1, "elasticity",
         "output against the realised crude price relative to its trailing-year mean (cuts only)",
         "global short-run supply elasticities 0.015-0.15 (" + rc +
             " §7); the low end, as Russian output "
             "barely answered the discount while netbacks covered cash costs (" +
             om + " §3.5)");
  t.choice("refinery_run_rule", p.refinery_run_rule, {"overflow", "planned"},
           "how refiners set runs: \"overflow\" cuts runs in proportion to product stocks above "
           "product_storage_mbbl; \"planned\" offers the products of available runs and runs what "
           "leaves, with product stocks a hard limit (docs/MODEL.md §3, §15)",
           "docs/MODEL.md §15: \"planned\" is the candidate default, pending a joint refit");
  t.real("run_cut_response_per_day", p.run_cut_response_per_day, 0, 1, "share_per_day",
         "overflow rule: share of a product-stock overflow removed by cutting refinery runs each day", calib);
  t.real("run_restore_per_day", p.run_restore_per_day, 0, 1, "share_per_day",
         "overflow rule: share of a refinery run cut restored each day once product stocks have room", calib);
  t.real("run_plan_days", p.run_plan_days, 1, 365, "days",
         "horizon over which refiners bring product stocks back to working stocks by their runs",
         "assumption: the same two weeks as the wells' lead time (shut_in_lead_days)");
  t.real("run_cut_max_kbd_per_day", p.run_cut_max_kbd_per_day, 1, 5000, "kbd_per_day",
         "fastest rate at which refinery runs are cut",
         "Mar-Apr 2022: refining ~10-14% lower within weeks (" + om + " §3.1)");
  t.real("run_restore_max_kbd_per_day", p.run_restore_max_kbd_per_day, 0.1, 5000, "kbd_per_day",
         "fastest rate at which cut refinery runs are restored",
         "2022: runs recovered through May-June (" + om + " §3.1)");
  t.flag("refining_margin_runs", p.refining_margin_runs,
         "refiners cut export runs when the product netback (less the product export duty and the "
         "refining cost) falls below the crude-export netback, and send that crude to export "
         "(docs/MODEL.md §3)",
         "Mar-Apr 2022: refining ~10-14% lower while crude exports held (" + om + " §3.1)");
  t.real("refining_cost_usd_per_bbl", p.refining_cost_usd_per_bbl, 0, 50, "usd_per_bbl",
         "mean cash cost of refining a barrel of crude for export (energy, catalysts, rail to port "
         "beyond the crude's pipeline tariff)",
         "assumption: order of magnitude; a typical Russian refinery's export slate loses on fuel oil "
         "and lives on light products (Energy Intelligence, Oct 2022)");
  t.real("refining_margin_spread_usd_per_bbl", p.refining_margin_spread_usd_per_bbl, 0.1, 100, "usd_per_bbl",
         "spread of the export refining margin across refineries (uniform): the first runs are cut "
         "when the mean margin is half of it above the crude netback, the last when half below",
         "assumption: a fuel-oil yield from ~10% (upgraded) to ~40% (simple plants) of a barrel at a "
         "light-heavy price gap of ~25-35 $/bbl (one in three barrels is heavy fuel at a typical "
         "plant, Energy Intelligence, Oct 2022)");
  t.real("quota_kbd", p.quota_kbd, 0, 20000, "kbd", "OPEC+ production ceiling on total output (0 = none)",
         "OPEC+ decisions (" + rc + " §7)");
  t.real("tax_take_share", p.tax_take_share, 0, 1, "share",
         "producers' extraction tax per barrel as a share of (tax price - tax-free level), for their "
         "sell-or-store "
         "decision (the budget uses the full tax formulas)",
         "Tax Code art. 342 with the 2024 tax manoeuvre, approximated (docs/MODEL.md)");
  t.real("tax_free_usd_per_bbl", p.tax_free_usd_per_bbl, 0, 100, "usd_per_bbl",
         "price below which no MET is due", "Tax Code art. 342: Kc = (Urals - 15) x RUB/USD / 261");
  t.real("product_yield", p.product_yield, 0.5, 1.1, "bbl_per_bbl",
         "products out per barrel of crude refined", "refinery volume gain, typical");
  t.real("domestic_products_kbd", p.domestic_products_kbd, 0, 10000, "kbd",
         "Russian consumption of refined products",
         "runs minus product exports in Dec 2021 (" + rc + " §1.2)");

  t.real("product_storage_mbbl", p.product_storage_mbbl, 0.1, 1000, "mbbl",
         "product stocks: above it the overflow rule cuts runs; the planned rule's hard limit",
         "order of magnitude");
  t.real("services_ban_extra_decline_pct_per_year", p.services_ban_extra_decline_pct_per_year, 0, 20,
         "pct_per_year", "extra capacity decline under an upstream petroleum-services ban", "assumption");

  t.section("routes");
  t.real("druzhba_north_kbd", p.druzhba_north_kbd, 0, 2000, "kbd", "Druzhba pipeline to Germany and Poland",
         "EU pipeline crude 0.7 mb/d in 2021 (" + rc + " §1.3)");
  t.real("druzhba_south_kbd", p.druzhba_south_kbd, 0, 2000, "kbd", "Druzhba to Hungary, Slovakia and Czechia",
         "2024 flows 11.5 Mt = 230 kbd (" + rc + " §1.3)");
  t.real("espo_pipeline_kbd", p.espo_pipeline_kbd, 0, 2000, "kbd", "ESPO pipeline spur to China",
         "~800 kbd in 2021 (" + rc + " §1.3)");
  t.real("port_capacity_west_kbd", p.port_capacity_west_kbd, 0, 10000, "kbd",
         "crude loading capacity of Baltic, Black Sea and Arctic ports",
         "Transneft port throughput, order of magnitude");
  t.real("port_capacity_kozmino_kbd", p.port_capacity_kozmino_kbd, 0, 5000, "kbd",
         "Pacific seaborne crude loading (the ESPO grade): Kozmino, which ESPO-2 feeds, and De-Kastri "
         "(Sakhalin-1's Sokol, sold to the same Asian buyers)",
         "Kozmino: ESPO-2's 50 Mt/yr (Transneft, Interfax 27 Nov 2019) less the Khabarovsk (5 Mt/yr) and "
         "Komsomolsk (8 Mt/yr) refinery branches at 7.3 bbl/t = 740 kbd (35.1 Mt = ~720 kbd loaded in 2021); "
         "De-Kastri ~220 kbd (Sakhalin-1 output early 2022; ~273 kbd exports pre-war): 960-1,010 in all (" +
             om +
             " §1.1-1.2, §1.4, §3.1); 950 kept: 960 takes NWF Dec 2024 out of its band (docs/MODEL.md §3)");
  t.real("pipeline_discount_usd_per_bbl", p.pipeline_discount_usd_per_bbl, -20, 40, "usd_per_bbl",
         "pipeline contract price below the seaborne FOB price of the same grade", calib);

  for (std::size_t i = 0; i < kBuyers; ++i) {
    auto& b = p.buyers[i];
    t.section("buyers." + b.key);
    t.real("capacity_kbd", b.capacity_kbd, 0, 10000, "kbd",
           "technical ceiling on Russian intake of this grade", rc + " §8");
    t.real("refinery_runs_kbd", b.refinery_runs_kbd, 0, 50000, "kbd",
           "imported-crude runs of the refineries behind the group, its slate a new grade enters by "
           "absorption_share_per_month a month (not used by product groups, which take up a new supplier "
           "by product_absorption_share_per_month of their ceiling)",
           "refinery capacities and crude imports per group (docs/MODEL.md §6)");
    t.real("ramp_usd_per_bbl", b.ramp_usd_per_bbl, 0.1, 50, "usd_per_bbl",
           "extra discount between the group's first and its full intake (spread of refineries)", calib);
    t.real("voyage_days", b.voyage_days, 1, 200, "days", "round-trip voyage from the Russian loading ports",
           "sea distances at 12-13 knots");
    t.real("alt_freight_usd_per_bbl", b.alt_freight_usd_per_bbl, 0, 30, "usd_per_bbl",
           "freight of the buyer's alternative supply", "typical VLCC/Aframax freight, 2021");
    t.real("quality_usd_per_bbl", b.quality_usd_per_bbl, -20, 20, "usd_per_bbl",
           "value gap of the Russian grade to the Brent-linked alternative (sour Urals > 0, ESPO < 0)",
           "Urals/ESPO pre-war differentials (" + rc + " §3.3, §3.4)");
    t.real("exposure", b.exposure, 0, 1, "share", "exposure to US/EU finance and markets", calib);
    t.real("unfamiliar_usd_per_bbl", b.unfamiliar_usd_per_bbl, 0, 50, "usd_per_bbl",
           "premium for a grade the buyer has not bought before; halves with each learning volume", calib);
    t.real("term_run_off_days", b.term_run_off_days, 0, 3650, "days",
           "its term contracts run off over this many days after the invasion, untouched by the shunning "
           "(0 = spot buyer)",
           "annual term contracts (oil_mechanisms.md §2.5)");
    t.real("other_term_share", b.other_term_share, 0, 1, "share",
           "share of its refinery runs under annual term contracts with other suppliers: after the "
           "shunning its Russian intake is at most the rest of its slate until they are renewed",
           "India's state refiners ~60% (Economic Times, Aug 2022); Turkey: assumption (docs/MODEL.md §6)");
    t.integer("other_term_renewal_month", b.other_term_renewal_month, 1, 12,
              "month of the year in which those term contracts are renewed",
              "India: fiscal year from April; Turkey: assumption, calendar year");
    t.real("product_export_share", b.product_export_share, 0, 1, "share",
           "share of the buyer's products sold into the EU (lost intake under a third-country product ban)",
           calib);
  }

  t.section("market");
  t.real("products_crack_usd_per_bbl", p.products_crack_usd_per_bbl, -50, 100, "usd_per_bbl",
         "Russian export product basket over Brent at destination", calib);
  t.real("premium_products_share", p.premium_products_share, 0, 1, "share",
         "diesel, gasoline and jet in product exports (cap class \"premium\")",
         "Dec 2021 product mix (" + rc + " §1.2)");
  t.real("product_class_spread_usd_per_bbl", p.product_class_spread_usd_per_bbl, 0, 200, "usd_per_bbl",
         "price of premium products (diesel) minus discount products (fuel oil, naphtha)",
         "typical 2022-24 cracks");
  t.real("trader_margin_usd_per_bbl", p.trader_margin_usd_per_bbl, 0, 20, "usd_per_bbl",
         "margin of mainstream traders", calib);
  t.real("max_discount_usd_per_bbl", p.max_discount_usd_per_bbl, 1, 200, "usd_per_bbl",
         "upper bound of the clearing search", "numerical");
  t.real("new_buyers_bargaining_weight", p.new_buyers_bargaining_weight, 0, 1, "share",
         "buyers' Nash weight in the split of the surplus between the competitive discount and the sellers' "
         "reservation (Brent less their reservation price), for crude bought only by buyers new to it after "
         "the shunning (scaled by the share new "
         "buyers buy and by 2^(-what they have bought together / learning_volume_mbbl))",
         "assumption: symmetric Nash bargaining (0.5); a thin, concentrated buyer side with huge "
         "negotiating power (Bloomberg, Nov 2022; docs/MODEL.md §6)");

  t.section("risk");
  t.real("self_sanction_premium_usd_per_bbl", p.self_sanction_premium_usd_per_bbl, 0, 100, "usd_per_bbl",
         "premium Western buyers demand after the invasion, before any legal obligation",
         "2022 discount jump, calibration window 2022-03..2022-11");
  t.real("self_sanction_ramp_days", p.self_sanction_ramp_days, 0, 365, "days", "days over which it builds up",
         calib);
  t.real("self_sanction_capacity_cut", p.self_sanction_capacity_cut, 0, 1, "share",
         "share of Western buyers' Russian intake that stops outright after the invasion",
         "EU seaborne imports 500 kbd in Nov 2022 vs ~1.5 mb/d pre-war (russia_calibration.md §1.2)");
  t.real("self_sanction_products_factor", p.self_sanction_products_factor, 0, 1, "share",
         "products: the shunning cut and premium scaled by this (Europe kept buying diesel longer)",
         "EU product imports 1.2 mb/d in 2022 (russia_calibration.md §1.4)");
  t.real("designated_seller_premium_usd_per_bbl", p.designated_seller_premium_usd_per_bbl, 0, 100,
         "usd_per_bbl", "premium per unit exposure for oil of fully designated sellers", calib);
  t.real("designated_vessel_premium_usd_per_bbl", p.designated_vessel_premium_usd_per_bbl, 0, 100,
         "usd_per_bbl", "premium per unit exposure for a cargo on a designated tanker", calib);
  t.real("above_cap_premium_usd_per_bbl", p.above_cap_premium_usd_per_bbl, 0, 100, "usd_per_bbl",
         "premium per unit exposure and enforcement for a cargo bought above the cap", calib);
  t.real("tariff_escalation_usd_per_bbl", p.tariff_escalation_usd_per_bbl, 0, 50, "usd_per_bbl",
         "learned premium of a tariffed country's buyers (the risk that the tariff escalates to sanctions), "
         "per unit exposure; a tariff is on the country's exports, not on its oil",
         "EO 14329 (oil_mechanisms.md §6); size an assumption");
  t.real("risk_jump_usd_per_bbl", p.risk_jump_usd_per_bbl, 0, 50, "usd_per_bbl",
         "learned premium added by a new sanction action (once per action), per unit exposure", calib);
  t.real("risk_repeat_factor", p.risk_repeat_factor, 0, 1, "share",
         "a sanction action's premium jump is scaled by this for each earlier action of the same kind",
         "assumption");
  t.real(
      "absorption_share_per_month", p.absorption_share_per_month, 0.001, 1, "share_per_month",
      "share of a buyer group's refinery runs (its crude slate) that a new grade can gain in a month "
      "(assays, blending, term contracts with other suppliers, tonnage, insurance and payments)",
      "India's 2022 ramp: its fastest month on arrivals, +0.55 mb/d from April to May on 4.8 mb/d of crude "
      "imports (0.115, a lower bound for loadings), and its Nov 2022 intake (oil_mechanisms.md §2.1)");
  t.real("product_absorption_share_per_month", p.product_absorption_share_per_month, 0.001, 1,
         "share_per_month",
         "product buyer groups: share of the group's ceiling for Russian products (capacity_kbd) a new "
         "supplier can gain in a month (replaces absorption_share_per_month of the slate for them)",
         "Feb-Jun 2022: product exports 2.85 -> 2.4 mb/d (IEA) while the EU took >0.5 mb/d less "
         "(Vortexa via Bloomberg, 13 Jul 2022) and the US 0.47 mb/d less (2021 imports, AFPM/EIA): "
         "the other buyers ~+0.52 mb/d in 4 months on 3.5 mb/d of ceilings (docs/MODEL.md §6)");
  t.real("risk_half_life_days", p.risk_half_life_days, 1, 3650, "days",
         "half-life of learned premia without enforcement", calib);
  t.real("learning_volume_mbbl", p.learning_volume_mbbl, 1, 10000, "mbbl",
         "cumulative purchases that halve a buyer's unfamiliarity premium", calib);
  t.real("buyer_sanction_capacity_cut", p.buyer_sanction_capacity_cut, 0, 1, "share",
         "share of a sanctioned buyer's Russian intake lost", "assumption (escalation scenarios)");
  t.real("designated_buyer_exposure_max", p.designated_buyer_exposure_max, 0, 1, "share",
         "buyers whose exposure to US finance exceeds this take no oil of a designated seller (compliance, a "
         "hard "
         "constraint)",
         "assumption: state refiners of India and China and Western-financed private refiners are above it");
  t.real(
      "resorting_cost_usd_per_bbl", p.resorting_cost_usd_per_bbl, 0, 50, "usd_per_bbl",
      "cost of passing a designated producer's barrel to an undesignated seller when no eligible buyer takes "
      "it (swaps, blending, intermediary fees); the designated producer bears it",
      "assumption");
  t.real("nonwestern_invasion_jump_usd_per_bbl", p.nonwestern_invasion_jump_usd_per_bbl, 0, 50, "usd_per_bbl",
         "learned premium of non-coalition buyers on the invasion (payments, insurance), per unit exposure",
         calib);

  t.section("traders");
  t.real("mainstream_share", p.mainstream_share, 0, 1, "share",
         "of intermediated volume handled by Western traders pre-war", calib);
  t.real("mainstream_exit_days", p.mainstream_exit_days, 1, 730, "days",
         "Western traders' contracts with Russian sellers run off evenly over this many days after the "
         "invasion (a transaction_ban event ends them sooner for the producer it names)",
         "Vitol, 13 Apr 2022: volumes decline as current-term obligations run off, no Russian oil after "
         "the end of 2022 (24 Feb to 31 Dec 2022: 310 days; docs/MODEL.md §5)");
  t.integer("shell_traders_initial", p.shell_traders_initial, 0, 1000, "shell traders active at the start",
            calib);
  t.real("shell_capacity_kbd", p.shell_capacity_kbd, 1, 2000, "kbd", "volume one shell trader can place",
         "FT: 48 firms handled most of Rosneft's seaborne exports (" + rc + " §2)");
  t.real("shell_margin_usd_per_bbl", p.shell_margin_usd_per_bbl, 0, 30, "usd_per_bbl", "shell trader margin",
         calib);
  t.real("shell_scarcity_margin_usd_per_bbl", p.shell_scarcity_margin_usd_per_bbl, 0, 50, "usd_per_bbl",
         "extra margin when shell capacity is fully used", calib);
  t.real("shell_hazard_per_month", p.shell_hazard_per_month, 0, 1, "per_month",
         "designation hazard of a shell at enforcement 1 and full use", calib);
  t.real("shell_entry_lag_days", p.shell_entry_lag_days, 0, 730, "days", "time to set up a new shell trader",
         calib);
  t.real("shell_entry_per_month_max", p.shell_entry_per_month_max, 0, 100, "per_month",
         "most new shell traders that can be set up in a month", calib);

  t.section("tankers");
  t.integer("g7_tankers", p.g7_tankers, 0, 5000, "coalition-serviced crude tankers open to Russian trade",
            calib);
  t.integer("shadow_tankers_initial", p.shadow_tankers_initial, 0, 5000, "shadow crude tankers at the start",
            calib);
  t.integer("product_tankers_g7", p.product_tankers_g7, 0, 5000,
            "coalition-serviced product tankers open to Russian trade", calib);
  t.integer("product_tankers_shadow_initial", p.product_tankers_shadow_initial, 0, 5000,
            "shadow product tankers at the start", calib);
  t.real("cargo_crude_kbbl", p.cargo_crude_kbbl, 50, 2500, "kbbl",
         "average crude cargo of the class mix (for freight per barrel)",
         "Aframax ~720 kbbl (" + rc + " §4.3)");
  t.real("cargo_products_kbbl", p.cargo_products_kbbl, 20, 1000, "kbbl",
         "average product cargo of the LR/MR mix (for freight per barrel)", "typical");
  t.real("aframax_share", p.aframax_share, 0, 1, "share", "crude tankers that are Aframaxes (730 kbbl cargo)",
         "Aframax ~720 kbbl Baltic-India cargoes (" + rc + " §4.3)");
  t.real("suezmax_share", p.suezmax_share, 0, 1, "share",
         "crude tankers that are Suezmaxes (1,000 kbbl); the rest are VLCCs (2,000 kbbl)",
         "Novorossiysk Suezmax trade (" + rc + " §4.3)");
  t.real("product_lr_share", p.product_lr_share, 0, 1, "share",
         "product tankers that are LRs (550 kbbl); the rest MRs (300 kbbl)", "typical product fleet mix");
  t.real("base_day_rate_usd", p.base_day_rate_usd, 1000, 500000, "usd_per_day",
         "all-in voyage cost per day (hire + bunkers + port) in a balanced market",
         "Baltic-India lump sums (" + rc + " §4.3), 2021 levels");
  t.real("product_day_rate_share", p.product_day_rate_share, 0.1, 2, "share",
         "product tanker day rate relative to crude", "MR/LR vs Aframax, typical");
  t.real("shadow_day_premium", p.shadow_day_premium, 0, 5, "share",
         "shadow operators' premium on the day rate", calib);
  t.real("rate_elasticity", p.rate_elasticity, 0, 20, "ratio", "day-rate response to utilisation above 85%",
         calib);
  t.real("war_risk_rate_premium", p.war_risk_rate_premium, 0, 20, "share",
         "extra day rate (as a multiple of the base) when the shunning starts, decaying",
         "Aframax Black Sea $158k/day in Mar 2022 (russia_calibration.md §4.3)");
  t.real("war_risk_half_life_days", p.war_risk_half_life_days, 1, 3650, "days", "half-life of that premium",
         calib);
  t.real("g7_willing_after_invasion", p.g7_willing_after_invasion, 0, 1, "share",
         "share of coalition tankers still open to Russian cargoes after Feb 2022", calib);
  t.real("own_fleet_first_share", p.own_fleet_first_share, 0, 1, "share",
         "cargoes whose sellers have their own or an affiliated shadow fleet (a sunk asset used first), once "
         "built up after the shunning starts",
         "S&P: 47-48% of seaborne crude on non-G7 tankers in Nov 2022, before the cap (" + rc + " §4.2)");
  t.real("own_fleet_ramp_days", p.own_fleet_ramp_days, 0, 3650, "days",
         "days after the shunning starts over which the own-fleet-first share builds up", calib);
  t.real(
      "cap_cheat_probability", p.cap_cheat_probability, 0, 1, "probability",
      "chance an above-cap cargo loads on a coalition tanker (false attestation) at enforcement 0",
      "estimated by simulated moments on the G7 tanker shares of Nov 2022 and Apr-Jun 2024 (0.77, se 0.09; "
      "docs/MODEL.md §8.2)");
  t.real("attestation_cost_usd_per_bbl", p.attestation_cost_usd_per_bbl, 0, 20, "usd_per_bbl",
         "cost of coalition carriage under a cap besides freight: attestations per lifting, itemised costs",
         "OFAC guidance of Feb and Dec 2023 (oil_mechanisms.md §4); size an assumption");
  t.real("g7_exit_days", p.g7_exit_days, 1, 3650, "days",
         "time constant with which coalition owners leave Russian trades while the market is above the cap",
         "assumption");
  t.real("g7_return_days", p.g7_return_days, 1, 3650, "days",
         "time constant with which they return once the market has stayed below the cap", "assumption");
  t.real(
      "g7_stay_above_cap_share", p.g7_stay_above_cap_share, 0, 1, "share",
      "coalition owners who stay in Russian trades (compliant at-cap cargoes) while the market is above the "
      "cap",
      calib);
  t.real("designated_idle_share", p.designated_idle_share, 0, 1, "share", "designated tankers laid up",
         calib);
  t.real("designated_slowdown", p.designated_slowdown, 0, 5, "share",
         "extra voyage time of designated tankers still trading (ship-to-ship transfers, refusals)", calib);
  t.real("secondhand_price_musd", p.secondhand_price_musd, 1, 500, "usd_mn",
         "old tanker price in a balanced market",
         "VesselsValue: $2.2bn on second-hand tankers in 2022 (" + rc + " §4.1)");
  t.real("secondhand_purchases_per_month_max", p.secondhand_purchases_per_month_max, 0, 200, "per_month",
         "most crude tankers the shadow fleet can buy in a month",
         "BRS: grey fleet growing ~10 a month (" + rc + " §4.1)");
  t.real("product_purchases_per_month_max", p.product_purchases_per_month_max, 0, 200, "per_month",
         "most product tankers the shadow fleet can buy in a month", calib);
  t.real("secondhand_price_elasticity", p.secondhand_price_elasticity, 0, 1, "share_per_tanker",
         "second-hand price rise per tanker bought in the last quarter", calib);
  t.real(
      "secondhand_pool_tankers", p.secondhand_pool_tankers, 0, 10000, "count",
      "old tankers the world fleet can sell to shadow operators over the run; prices rise as it is used up",
      "S&P: 889 tankers carried sanctioned oil (Russia, Iran, Venezuela) in Nov 2024 (russia_calibration.md "
      "§4.1)");
  t.real("scrap_age_years", p.scrap_age_years, 10, 60, "years", "age at which shadow tankers are scrapped",
         "KSE: 30% of the shadow fleet 20 years or older (" + rc + " §4.1)");

  t.section("coalition");
  t.real("enforcement_initial", p.enforcement_initial, 0, 1, "intensity",
         "enforcement intensity at the start", calib);
  t.real("reactive_vessels_per_month", p.reactive_vessels_per_month, 0, 1000, "per_month",
         "rule-based coalition: tankers designated each month while Urals trades above the cap (0 = off)",
         "EU monthly rolling listings announced Dec 2025 (" + rc + " §0)");
  t.real("eu_uk_designation_weight", p.eu_uk_designation_weight, 0, 1, "share",
         "weight of an EU/UK company designation relative to a US SDN listing", calib);

  t.section("brent");
  t.choice(
      "mode", p.brent_mode, {"pinned", "baseline"},
      "pinned: data where the scenario gives it, then the baseline with feedback; baseline: baseline with "
      "feedback throughout",
      "EIA RBRTE (scenarios/data/README.md)");
  t.real("baseline_usd_per_bbl", p.brent_baseline_usd_per_bbl, 1, 500, "usd_per_bbl",
         "baseline Brent where no data applies", "futures curve level, scenario assumption");
  t.real("baseline_drift_pct_per_year", p.brent_baseline_drift_pct_per_year, -50, 50, "pct_per_year",
         "baseline growth per year", "scenario assumption");
  t.real("reversion_days", p.brent_reversion_days, 1, 3650, "days",
         "time constant from the last Brent observation to the baseline level", "assumption");
  t.real("world_supply_kbd", p.world_supply_kbd, 1000, 200000, "kbd", "world oil supply",
         "IEA 2024: 103.0 mb/d (" + rc + " §7)");
  t.real("demand_elasticity", p.demand_elasticity, 0.01, 5, "abs_elasticity",
         "short-run price elasticity of demand (absolute)",
         "Baumeister & Hamilton 0.35, Caldara et al. 0.13 (" + rc + " §7)");
  t.real("supply_elasticity", p.supply_elasticity, 0, 5, "elasticity",
         "short-run non-Russian supply elasticity",
         "Kilian & Murphy 0.015 .. Baumeister & Hamilton 0.15 (" + rc + " §7)");
  t.real("opec_offset_share", p.opec_offset_share, 0, 1, "share",
         "share of a Russian export loss replaced from OPEC+ spare capacity",
         "OPEC+ cuts of 5.86 mb/d in 2024 (" + rc + " §7)");
  t.real("reference_exports_kbd", p.reference_exports_kbd, 0, 20000, "kbd",
         "Russian crude + product exports that the baseline path assumes", rc + " §1.2");
  t.section("");
}

}  // namespace sancsim
