#pragma once
// The nine sectors of the agent economy and the public data that shape them: Rosstat's 2019
// supply-use table aggregated to eight sectors (russia_economy.md 1.4), employment and wages by
// sector in 2021 (2.2, 2.3). Values are kept here once, with their source, and read through
// IoTable (io_table.hpp) and the economy's calibration (agent_economy.cpp, start-up).
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sancsim {

// Sector codes of russia_economy.md 1.1 and the defence industry. MACH is civilian machinery (metal products,
// machinery, vehicles, transport equipment); PUB is public administration and military security. DEF, the
// defence industry, is not a statistical sector: weapons systems are fixed capital in the SNA 2008 and sit
// inside MACH's row of the 2019 table. Its firms work with machinery's technology (the table's MACH column)
// and sell the state's defence orders alone; their staff at the start are machinery's 3.3 M workers' share
// that the orders employ (agent_economy.cpp, start-up).
enum class Sector : std::uint8_t { Agr, OilGas, Mach, Oman, Util, Cons, Serv, Pub, Def };
inline constexpr std::size_t kSectors = 9;

// Whether the state's purchases from a sector carry VAT: goods, power and works do; the services of the
// government basket (public administration, health, education, social) do not (Tax Code art. 146, 149).
inline constexpr bool taxed_when_the_state_buys(Sector s) { return s != Sector::Serv && s != Sector::Pub; }

// Whether a sector's product is goods (what crosses a customs border): farm, fuel, machinery, other
// manufacturing; power, construction and services are not.
inline constexpr bool is_goods_sector(Sector s) {
  return s == Sector::Agr || s == Sector::OilGas || s == Sector::Mach || s == Sector::Oman ||
         s == Sector::Def;
}

// Whether a sector's product cannot be stocked (economy.services_not_stored): electricity, heat and water
// reach buyers through a network as they are made; market and public services are produced and consumed
// at once (SNA 2008 6.13 ff.). Goods and construction works can be held.
inline constexpr bool cannot_be_stocked(Sector s) {
  return s == Sector::Util || s == Sector::Serv || s == Sector::Pub;
}

// Whether a sector's prices are regulated (tariffs): oil and gas (domestic gas and fuel prices) and utilities
// keep their normal mark-up on cost; the demand and indexation rules of pricing pass them by.
inline constexpr bool has_regulated_price(Sector s) { return s == Sector::OilGas || s == Sector::Util; }

// Whether a sector's product is a good that can be shipped abroad and sold back, so that its home price can
// follow the world price (economy.export_parity_goods_only): farm products, machinery and other manufactures
// (not weapons: the state alone buys them at home and exports them through its agency).
inline constexpr bool can_be_shipped(Sector s) {
  return s == Sector::Agr || s == Sector::Mach || s == Sector::Oman;
}

inline constexpr std::array<std::string_view, kSectors> kSectorCodes = {
    "agr", "oilgas", "mach", "oman", "util", "cons", "serv", "pub", "def"};

constexpr std::size_t index(Sector s) { return static_cast<std::size_t>(s); }

// The 2019 table's sector whose column (technology, value added per output) a sector uses: the defence
// industry's is machinery's; every other sector has its own.
constexpr std::size_t table_column(Sector s) { return s == Sector::Def ? index(Sector::Mach) : index(s); }

// 2019 use table (product x industry), basic prices, russia_economy.md 1.4. The defence industry's entries
// are the table's own: none of its levels or final demand (its orders come from the state's budget path), a
// row of zeros (no firm buys weapons as inputs) and machinery's input column (with_defence_industry below).
struct SectorData2019 {
  // Domestic-input coefficients A_d[from][to] (imports removed).
  std::array<std::array<double, kSectors>, kSectors> a_domestic;
  std::array<double, kSectors> imported_inputs_per_output;  // sum of A_m by using sector
  std::array<double, kSectors> output_rub_bn;               // P1 by industry
  std::array<double, kSectors> compensation_rub_bn;         // D1 by industry
  std::array<double, kSectors> gva_rub_bn;                  // B1g by industry
  // Final demand by supplying product group, bn RUB (total = domestic + imported).
  std::array<double, kSectors> household_consumption_rub_bn;
  std::array<double, kSectors> government_consumption_rub_bn;
  std::array<double, kSectors> gfcf_rub_bn;
  std::array<double, kSectors> exports_rub_bn;
  // Imported shares of household consumption and of investment deliveries by product group (derived
  // in russia_economy.md 1.2/1.4 reading notes; unlisted groups at the all-consumption average).
  std::array<double, kSectors> household_import_share;
  std::array<double, kSectors> gfcf_import_share;
  std::array<double, kSectors> domestic_multiplier;  // column sums of (I - A_d)^-1, for checks
};

namespace detail {
// The defence industry buys machinery's inputs per unit of output, domestic and imported; its output
// multiplier is therefore machinery's (nothing buys its output as an input).
constexpr SectorData2019 with_defence_industry(SectorData2019 t) {
  const std::size_t mach = index(Sector::Mach), def = index(Sector::Def);
  for (std::size_t q = 0; q < kSectors; ++q) t.a_domestic[q][def] = t.a_domestic[q][mach];
  t.imported_inputs_per_output[def] = t.imported_inputs_per_output[mach];
  t.domestic_multiplier[def] = t.domestic_multiplier[mach];
  return t;
}
}  // namespace detail

// Rosstat 2019 supply-use table aggregated to 8 sectors (russia_economy.md 1.4), with the defence industry.
inline constexpr SectorData2019 kSut2019 = detail::with_defence_industry({
    .a_domestic = {{
        {0.1705, 0.0000, 0.0000, 0.1057, 0.0004, 0.0012, 0.0012, 0.0024},  // AGR
        {0.0337, 0.2698, 0.0085, 0.0625, 0.1035, 0.0358, 0.0220, 0.0060},  // OILGAS
        {0.0240, 0.0120, 0.1901, 0.0182, 0.0167, 0.0778, 0.0176, 0.0065},  // MACH
        {0.0939, 0.0106, 0.1274, 0.1939, 0.0386, 0.1646, 0.0194, 0.0149},  // OMAN
        {0.0192, 0.0202, 0.0218, 0.0557, 0.3490, 0.0075, 0.0199, 0.0205},  // UTIL
        {0.0030, 0.0117, 0.0040, 0.0045, 0.0143, 0.0293, 0.0127, 0.0452},  // CONS
        {0.0906, 0.1338, 0.1605, 0.1587, 0.1471, 0.1717, 0.2532, 0.1494},  // SERV
        {0.0009, 0.0010, 0.0019, 0.0009, 0.0006, 0.0011, 0.0016, 0.0023},  // PUB
    }},
    .imported_inputs_per_output = {0.0427, 0.0189, 0.1823, 0.1054, 0.0225, 0.0727, 0.0396, 0.0265},
    .output_rub_bn = {7550.0, 29120.7, 13516.6, 26622.9, 10071.0, 12553.7, 86933.8, 10364.5},
    .compensation_rub_bn = {920.3, 1768.5, 2353.6, 2541.1, 1554.3, 2290.6, 22191.6, 4493.1},
    .gva_rub_bn = {3869.5, 15167.5, 3973.6, 7696.7, 3061.1, 5340.6, 52212.6, 7165.4},
    .household_consumption_rub_bn = {1862.8, 1392.3, 2595.2, 11106.4, 1673.2, 13.3, 29274.3, 43.0},
    .government_consumption_rub_bn = {29.6, 0.0, 0.9, 113.0, 198.6, 0.0, 9443.2, 10036.7},
    .gfcf_rub_bn = {16.6, 715.7, 6471.3, 634.1, 0.0, 9976.8, 4899.9, 0.0},
    .exports_rub_bn = {759.1, 12863.5, 2360.5, 6364.2, 156.2, 340.4, 5468.7, 0.0},
    .household_import_share = {0.20, 0.01, 0.53, 0.30, 0.01, 0.01, 0.01, 0.01},
    .gfcf_import_share = {0.0, 0.0, 0.53, 0.30, 0.0, 0.0, 0.05, 0.0},
    .domestic_multiplier = {1.821, 1.826, 1.989, 2.160, 2.412, 1.929, 1.599, 1.439},
});

// Employment (thousand, average annual, national-accounts concept) and average monthly accrued wage
// (RUB) by sector in 2021, russia_economy.md 2.2 and 2.3. C (10,066 k) is split between MACH and
// OMAN by MACH's 2019 compensation at its wage (derived, about 3.3 M; the narrow defence industry is
// 2.0-2.2 M, 2.4); SERV's wage is the employment-weighted mean of G..S (S taken at 35 k, not found). The
// defence industry's staff are inside MACH's 3.3 M (split at the start), at machinery's wage.
inline constexpr std::array<double, kSectors> kEmployment2021K = {4514.8, 1162.6,  3300.0, 6766.3, 2309.3,
                                                                  6529.7, 43132.8, 3667.0, 0.0};
inline constexpr std::array<double, kSectors> kWage2021Rub = {39437, 103474, 55000, 50500, 52300,
                                                              51944, 55000,  58620, 55000};

}  // namespace sancsim
