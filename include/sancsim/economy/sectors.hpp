#pragma once
// The eight sectors of the agent economy and the public data that shape them: Rosstat's 2019
// supply-use table aggregated to eight sectors (russia_economy.md 1.4), employment and wages by
// sector in 2021 (2.2, 2.3). Values are kept here once, with their source, and read through
// IoTable (io_table.hpp) and the economy's calibration (agent_economy.cpp, start-up).
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sancsim {

// Sector codes of russia_economy.md 1.1. MACH (machinery, metal products, transport equipment) is the
// proxy for the defence industry, which is not a statistical sector; PUB is public administration and
// military security.
enum class Sector : std::uint8_t { Agr, OilGas, Mach, Oman, Util, Cons, Serv, Pub };
inline constexpr std::size_t kSectors = 8;

// Whether the state's purchases from a sector carry VAT: goods, power and works do; the services of the
// government basket (public administration, health, education, social) do not (Tax Code art. 146, 149).
inline constexpr bool taxed_when_the_state_buys(Sector s) { return s != Sector::Serv && s != Sector::Pub; }

// Whether a sector's product is goods (what crosses a customs border): farm, fuel, machinery, other
// manufacturing; power, construction and services are not.
inline constexpr bool is_goods_sector(Sector s) {
  return s == Sector::Agr || s == Sector::OilGas || s == Sector::Mach || s == Sector::Oman;
}

// Whether a sector's product cannot be stocked (economy.services_not_stored): electricity, heat and water
// reach buyers through a network as they are made; market and public services are produced and consumed
// at once (SNA 2008 6.13 ff.). Goods and construction works can be held.
inline constexpr bool cannot_be_stocked(Sector s) {
  return s == Sector::Util || s == Sector::Serv || s == Sector::Pub;
}

// Whether a sector's product is a good that can be shipped abroad and sold back, so that its home price can
// follow the world price (economy.export_parity_goods_only): farm products, machinery and other manufactures.
inline constexpr bool can_be_shipped(Sector s) {
  return s == Sector::Agr || s == Sector::Mach || s == Sector::Oman;
}

inline constexpr std::array<std::string_view, kSectors> kSectorCodes = {"agr",  "oilgas", "mach", "oman",
                                                                        "util", "cons",   "serv", "pub"};

constexpr std::size_t index(Sector s) { return static_cast<std::size_t>(s); }

// 2019 use table (product x industry), basic prices, russia_economy.md 1.4.
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

// Rosstat 2019 supply-use table aggregated to 8 sectors (russia_economy.md 1.4).
inline constexpr SectorData2019 kSut2019 = {
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
};

// Employment (thousand, average annual, national-accounts concept) and average monthly accrued wage
// (RUB) by sector in 2021, russia_economy.md 2.2 and 2.3. C (10,066 k) is split between MACH and
// OMAN by MACH's 2019 compensation at its wage (derived, about 3.3 M; the narrow defence industry is
// 2.0-2.2 M, 2.4); SERV's wage is the employment-weighted mean of G..S (S taken at 35 k, not found).
inline constexpr std::array<double, kSectors> kEmployment2021K = {4514.8, 1162.6, 3300.0,  6766.3,
                                                                  2309.3, 6529.7, 43132.8, 3667.0};
inline constexpr std::array<double, kSectors> kWage2021Rub = {39437, 103474, 55000, 50500,
                                                              52300, 51944,  55000, 58620};

}  // namespace sancsim
