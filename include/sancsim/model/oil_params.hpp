#pragma once
// Parameters of the oil trade: producers, buyers, traders, tankers, market and world price.
// Defaults are calibrated (docs/MODEL.md gives each value's source or calibration target).
#include <array>
#include <string>
#include <string_view>

#include "sancsim/engine/param_table.hpp"

namespace sancsim {

// Russian producer companies.
enum class ProducerId : unsigned { Rosneft, Lukoil, GazpromNeft, Surgutneftegas, Tatneft, Others };
inline constexpr std::size_t kProducers = 6;
inline constexpr std::array<std::string_view, kProducers> kProducerKeys = {
    "rosneft", "lukoil", "gazprom_neft", "surgutneftegas", "tatneft", "others"};

// What is sold: Urals-type crude from western ports, ESPO crude from Kozmino, refined products.
enum class Grade : unsigned { Urals, Espo, Products };
inline constexpr std::size_t kGrades = 3;
inline constexpr std::array<std::string_view, kGrades> kGradeKeys = {"urals", "espo", "products"};

// Where buyers are; exports by destination are reported by region.
enum class Region : unsigned { Eu, Us, India, China, Turkey, Other };
inline constexpr std::size_t kRegions = 6;
inline constexpr std::array<std::string_view, kRegions> kRegionKeys = {"eu",    "us",     "india",
                                                                       "china", "turkey", "other"};

// Buyer groups of seaborne cargoes (a group per refiner type and grade).
inline constexpr std::size_t kBuyers = 19;

struct ProducerParams {
  double output_kbd = 0;                // crude + condensate output at the start (2021)
  double decline_pct_per_year = 0;      // natural decline net of investment, at full activity
  double lifting_cost_usd_per_bbl = 0;  // cash cost; below this netback the producer shuts in
  double refinery_runs_kbd = 0;         // crude refined in Russia
  double direct_sales_share = 0;        // seaborne volume sold directly to buyers (no trader)
  double kozmino_share = 0;             // share of the ESPO Blend cargoes loaded at Kozmino
};

struct BuyerParams {
  std::string key;  // e.g. "india_private_urals"
  Grade grade = Grade::Urals;
  Region region = Region::Other;
  std::string jurisdictions;  // '+'-joined codes that bind it, e.g. "EU+G7"
  double capacity_kbd = 0;    // technical ceiling on Russian intake of this grade
  // Crude runs of the refineries behind the group on imported crude (its slate, which a new grade
  // enters only by a share a month); for a product group, its product imports.
  double refinery_runs_kbd = 0;
  double ramp_usd_per_bbl = 3;         // extra discount between first and full intake (refinery spread)
  double voyage_days = 10;             // round trip from the loading ports
  double alt_freight_usd_per_bbl = 1;  // freight of the buyer's alternative crude (or products)
  double quality_usd_per_bbl = 0;      // value gap of the Russian grade to the Brent-linked benchmark
  double exposure = 0;                 // exposure to US/EU finance and markets, 0..1
  double unfamiliar_usd_per_bbl = 0;   // initial premium for a grade the buyer has not bought
  double product_export_share = 0;     // share of its products sold into the EU
  // Term contracts: a group whose Russian intake is contracted keeps lifting after the invasion,
  // untouched by the shunning, while its contracts run off over this many days (until an embargo
  // stops them); 0 = a spot buyer.
  double term_run_off_days = 0;
  // Annual term contracts with its other suppliers (Gulf, Iraqi...): the share of its refinery runs
  // they fill cannot be cut before they are renewed, so after the shunning its Russian intake is at
  // most the rest of its slate until the first renewal (month of the year) after it; 0 = none known.
  double other_term_share = 0;
  int other_term_renewal_month = 1;
};

struct OilParams {
  // --- Producers (docs/MODEL.md §Producers)
  std::array<ProducerParams, kProducers> producers{};
  double storage_capacity_mbbl = 60;  // onshore crude storage available for unsold crude
  double storage_initial_mbbl = 20;   // working stocks: sellers start cutting price above this
  // Shut-ins (docs/MODEL.md §3): planned when storage would fill within the lead time, at most at
  // the speed wells can be closed; restarted, as slowly as they can be, once storage has room.
  double shut_in_lead_days = 14;         // storage cover below which producers start closing wells
  double shut_in_max_kbd_per_day = 140;  // 2020: ~2 mb/d closed in about two weeks
  double restart_max_kbd_per_day = 8;    // 2022: ~0.7 mb/d back within about three months
  double restart_below_fill = 0.5;       // share of the room above working stocks; below it wells restart
  double supply_elasticity_short_run = 0.015;  // output against the crude price over its trailing year
  double run_cut_response_per_day = 0.004;     // overflow rule: share of a product-stock overflow cut a day
  double run_restore_per_day = 0.03;           // overflow rule: share of a run cut restored a day
  // Refinery runs planned on the products that leave (docs/MODEL.md §3; refinery_run_rule "planned").
  std::string refinery_run_rule = "overflow";  // "overflow" (default) or "planned"
  double run_plan_days = 14;                   // horizon over which product stocks are brought back
  double run_cut_max_kbd_per_day = 50;         // 2022: runs ~10-14% (0.6-0.8 mb/d) lower within weeks
  double run_restore_max_kbd_per_day = 15;     // 2022: runs back in May-June
  // Refining margin (docs/MODEL.md §3): refiners cut export runs when products net less than crude.
  bool refining_margin_runs = true;               // false: runs ignore the refining margin
  double refining_cost_usd_per_bbl = 3;           // mean cash cost of refining a barrel for export
  double refining_margin_spread_usd_per_bbl = 8;  // spread of that margin across refineries
  double quota_kbd = 0;                           // OPEC+ crude quota (0 = none); events may change it
  double tax_take_share =
      0.55;  // producers' tax per bbl ~ share x (tax price - tax_free); for their decisions
  double tax_free_usd_per_bbl = 15;     // price below which no extraction tax is due
  double product_yield = 0.97;          // products out per crude in (volume)
  double domestic_products_kbd = 2450;  // Russian consumption of refined products
  double product_storage_mbbl = 15;     // overflow rule: stocks above it cut runs; planned: a hard limit
  double services_ban_extra_decline_pct_per_year = 1.0;  // upstream services ban: faster decline

  // --- Export routes
  double druzhba_north_kbd = 450;            // to Germany and Poland
  double druzhba_south_kbd = 250;            // to Hungary, Slovakia, Czechia
  double espo_pipeline_kbd = 800;            // to China
  double port_capacity_west_kbd = 3300;      // Baltic, Black Sea, Arctic crude loading
  double port_capacity_kozmino_kbd = 950;    // ESPO crude loading
  double pipeline_discount_usd_per_bbl = 2;  // pipeline contracts price off the seaborne grade

  // --- Buyers and market
  std::array<BuyerParams, kBuyers> buyers{};
  double products_crack_usd_per_bbl = 8;         // product basket over Brent at destination
  double premium_products_share = 0.55;          // diesel, gasoline, jet (cap class "premium")
  double product_class_spread_usd_per_bbl = 30;  // premium minus discount product price
  double trader_margin_usd_per_bbl = 0.4;        // mainstream trader margin
  double max_discount_usd_per_bbl = 60;          // search bound for clearing
  // Nash weight of a buyer side made only of new buyers, once the coalition's buyers shun Russian
  // crude (docs/MODEL.md §6); scaled by the share of purchases new buyers make. 0.5: symmetric.
  double new_buyers_bargaining_weight = 0.5;

  // --- Risk and learning (docs/MODEL.md §Risk)
  double self_sanction_premium_usd_per_bbl = 22;  // Western buyers' premium after the invasion
  double self_sanction_ramp_days = 30;
  double self_sanction_capacity_cut = 0.6;           // share of Western buyers' intake that stops outright
  double self_sanction_products_factor = 0.5;        // products: that cut and premium scaled by this
  double designated_seller_premium_usd_per_bbl = 6;  // per unit exposure, for fully designated supply
  double designated_vessel_premium_usd_per_bbl = 4;  // per unit exposure, on designated tankers
  double above_cap_premium_usd_per_bbl = 3;          // per unit exposure, cargo sold above the cap
  double tariff_escalation_usd_per_bbl =
      1.0;                           // learned premium of a tariffed country's buyers, per unit exposure
  double risk_jump_usd_per_bbl = 1;  // learned premium added by a new sanction action, per unit exposure
  double risk_repeat_factor = 0.5;   // each earlier action of the same kind scales a jump by this
  double absorption_share_per_month = 0.13;  // share of a group's refinery runs a new grade can gain a month
  // Product groups: share of the group's ceiling for Russian products it can gain a month.
  double product_absorption_share_per_month = 0.04;
  double risk_half_life_days = 120;          // decay of learned premia without enforcement
  double learning_volume_mbbl = 150;         // cumulative purchases that halve unfamiliarity premium
  double buyer_sanction_capacity_cut = 0.8;  // share of a sanctioned buyer group's intake lost
  double designated_buyer_exposure_max =
      0.35;  // buyers more exposed than this take no designated seller's oil
  double resorting_cost_usd_per_bbl =
      2.0;  // a designated seller's barrel sold on through an undesignated one
  double nonwestern_invasion_jump_usd_per_bbl = 6;  // non-coalition buyers' learned premium on the invasion

  // --- Traders (docs/MODEL.md §Traders)
  double mainstream_share = 0.5;      // of intermediated volume pre-war
  double mainstream_exit_days = 310;  // Western traders run off their Russian contracts after the invasion
  int shell_traders_initial = 25;
  double shell_capacity_kbd = 120;  // volume one shell trader can place
  double shell_margin_usd_per_bbl = 1.0;
  double shell_scarcity_margin_usd_per_bbl = 8;  // extra margin at full shortage of shell capacity
  double shell_hazard_per_month = 0.02;          // designation hazard at enforcement 1 and reference volume
  double shell_entry_lag_days = 45;
  double shell_entry_per_month_max = 20;

  // --- Tankers (docs/MODEL.md §Tankers)
  int g7_tankers = 420;  // coalition-serviced tankers open to Russian trade pre-war
  int shadow_tankers_initial = 60;
  int product_tankers_g7 = 380;
  int product_tankers_shadow_initial = 40;
  double cargo_crude_kbbl = 890;     // Aframax/Suezmax/VLCC mix, average cargo
  double cargo_products_kbbl = 400;  // LR/MR mix, average cargo
  double aframax_share = 0.65;       // crude tankers by class (rest after Suezmax: VLCC)
  double suezmax_share = 0.30;
  double product_lr_share = 0.4;        // product tankers: LR (rest MR)
  double base_day_rate_usd = 45000;     // all-in voyage cost per day, balanced market
  double product_day_rate_share = 0.6;  // product tanker day rate relative to crude tankers
  double shadow_day_premium = 1.2;      // shadow operators' risk premium on the day rate
  double rate_elasticity = 1.5;         // day-rate response to utilisation above 85%
  double war_risk_rate_premium = 3.0;   // extra day rate (x base) when the shunning starts
  double war_risk_half_life_days = 150;
  double g7_willing_after_invasion = 0.55;  // share of coalition tankers still willing after Feb 2022
  // Share of cargoes whose sellers have their own or an affiliated shadow fleet, a sunk asset they
  // use first, once built up after the shunning starts (docs/MODEL.md §8.2).
  double own_fleet_first_share = 0.47;
  double own_fleet_ramp_days = 240;  // days over which that share builds up linearly
  double cap_cheat_probability =
      0.77;  // above-cap cargo on a coalition tanker (false attestation), at enforcement 0
  double attestation_cost_usd_per_bbl = 0.3;  // coalition carriage under a cap: attestations, records
  double g7_exit_days = 30;     // coalition owners leave Russian trades while the market is above the cap
  double g7_return_days = 120;  // and return this slowly once it has stayed below it
  double g7_stay_above_cap_share = 0.5;  // owners who stay (at-cap cargoes) while the market is above the cap
  double designated_idle_share = 0.5;    // designated tankers laid up
  double designated_slowdown = 0.5;      // extra voyage time for designated tankers still trading
  double secondhand_price_musd = 30;     // old Aframax, balanced market
  double secondhand_purchases_per_month_max = 20;
  double product_purchases_per_month_max = 12;
  double secondhand_price_elasticity = 0.01;  // price rise per tanker bought in a month
  double secondhand_pool_tankers = 1100;      // old tankers the world fleet can sell to shadow operators
  double scrap_age_years = 27;

  // --- Coalition
  double enforcement_initial = 0.3;       // intensity 0..1; events change it
  double reactive_vessels_per_month = 0;  // rule-based designations while Urals > cap (0 = off)
  double eu_uk_designation_weight = 0.5;  // EU/UK company listing relative to a US SDN listing

  // --- World price (docs/MODEL.md §Brent)
  std::string brent_mode = "pinned";  // "pinned" to data, or "baseline" with supply feedback
  double brent_baseline_usd_per_bbl = 65;
  double brent_baseline_drift_pct_per_year = 0;
  double brent_reversion_days = 180;  // from the last data point to the baseline level
  double world_supply_kbd = 103000;
  double demand_elasticity = 0.25;  // |short-run demand elasticity|
  double supply_elasticity = 0.05;
  double opec_offset_share = 0.3;       // share of a Russian supply loss replaced by OPEC+ spare capacity
  double reference_exports_kbd = 7500;  // Russian exports the baseline path assumes
};

OilParams default_oil_params();
void describe_oil(ParamTable& table, OilParams& p);

}  // namespace sancsim
