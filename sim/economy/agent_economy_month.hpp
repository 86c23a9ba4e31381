#pragma once
// What the agent economy's files share inside sim/economy/ (not a public header): the month's rates that
// one step computes once and every market reads, and small helpers on the 13-month histories.
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <vector>

#include "sancsim/economy/agent_economy.hpp"
#include "sancsim/economy/war_demand.hpp"

namespace sancsim {

namespace agent_economy_detail {
inline constexpr double kVatAtStartPct = 20;
inline constexpr double kDepositSpreadLognormal = 1.0;  // sigma of log deposits across households

// The customs payments on firms' imported inputs over their customs value (non_oil_bases; 0 without).
inline double input_customs_rate(const AgentEconomyParams& p) {
  return p.non_oil_bases ? p.import_customs_pct / 100.0 : 0.0;
}

// Personal income tax on an annual income (Tax Code art. 224): 13% and 15% above 5 M RUB to 2024; the
// five-bracket scale of Law 176-FZ from 2025 (russia_economy.md 6.1).
inline double pit_annual_rub(double income, bool progressive) {
  if (!progressive) return 0.13 * std::min(income, 5e6) + 0.15 * std::max(0.0, income - 5e6);
  struct Bracket {
    double up_to, rate;
  };
  static constexpr Bracket kScale[] = {{2.4e6, 0.13}, {5e6, 0.15}, {20e6, 0.18}, {50e6, 0.20}, {1e300, 0.22}};
  double tax = 0, lower = 0;
  for (const Bracket& b : kScale) {
    if (income <= lower) break;
    tax += b.rate * (std::min(income, b.up_to) - lower);
    lower = b.up_to;
  }
  return tax;
}

inline void push(std::array<double, 13>& h, double v) {
  std::copy(h.begin() + 1, h.end(), h.begin());
  h[12] = v;
}

inline std::array<double, 13> backfill(double now, double yoy_pct) {
  std::array<double, 13> h{};
  const double monthly = std::log1p(yoy_pct / 100.0) / 12.0;
  for (int k = 0; k <= 12; ++k) h[static_cast<std::size_t>(k)] = now * std::exp(-monthly * (12 - k));
  return h;
}

inline double yoy(const std::array<double, 13>& h) { return (h[12] / h[0] - 1.0) * 100.0; }

template <class T>
inline double sum_of(const std::vector<T>& v) {
  return std::accumulate(v.begin(), v.end(), 0.0);
}

inline std::array<double, kSectors> shares(const std::array<double, kSectors>& v) {
  double total = 0;
  for (double x : v) total += x;
  std::array<double, kSectors> out{};
  for (std::size_t s = 0; s < kSectors; ++s) out[s] = total > 0 ? v[s] / total : 0.0;
  return out;
}

inline bool is_employee(Status s) {
  return s == Status::Civilian || s == Status::Defence || s == Status::Public;
}

inline Status employee_status(Sector s) {
  if (s == Sector::Def) return Status::Defence;
  if (s == Sector::Pub) return Status::Public;
  return Status::Civilian;
}

}  // namespace agent_economy_detail

struct AgentEconomy::MonthRates {
  int year = 0;
  int yyyymm = 0;  // this month, year * 100 + month
  double key_rate_pct = 0;
  double deposit_rate = 0;            // monthly
  double household_deposit_rate = 0;  // monthly, on households' deposits (both kinds, deposit_kinds)
  double firm_deposit_rate = 0;       // monthly, on firms' deposits
  double lending_key_rate_pct = 0;    // the key rate the bank prices household loans on
  double loan_rate = 0;
  double defence_loan_rate = 0;
  double real_loan_rate_pct = 0;
  double real_defence_loan_rate_pct = 0;  // what the defence industry's capital answers to
  double import_price = 1;
  // Its parity: the ruble relative to the first month times the dollar import price (world price level,
  // world goods prices, the sanctions wedge); the import price stands above it while importers cut prices.
  double import_parity = 1;
  // The ruble rate that sets non-energy export volumes (export_volume.hpp).
  double export_volume_usd_rub = 0;
  double vat = 0.2;                        // standard rate: the state's purchases of goods
  double household_vat = 0.2;              // the households' effective rate on their spending net of VAT
  double wealth_spend = 0;                 // share of deposits spent this month
  double consumption_out_of_income = 0.9;  // at this month's real deposit rate (household_saving.hpp)
  double other_assets_share = 0;           // of deposits that buys cash and securities this month
  WarDemand war;                           // the invasion's demand shock on households (war_demand.hpp)
  double profit_tax = 0.2, profit_federal_share = 0.15;
  bool progressive = false;
  double social_contribution = 0.238;
  double pension = 0, benefit = 0, military_pay = 0, bonus = 0;
  double transfer_per_household = 0;
  // Share of the federal purchases' budget that buys goods at current prices; the rest is the public
  // pay above the agents' (state_purchases_at_public_pay), paid out with the transfers.
  double purchases_share = 1;
  double scale = 1;  // simulated RUB per bn RUB
};

}  // namespace sancsim
