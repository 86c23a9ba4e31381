#pragma once
// The agent tables of the economy, one structure of arrays per agent kind: households (one row per
// `persons_per_agent` persons), firms (one row per firm, by sector), and the aggregate institutions
// that hold the rest of the balance sheets (one commercial bank, the central bank, the government's
// accounts). All money is in RUB at the simulated scale (the whole economy divided by
// persons_per_agent); aggregates in bn RUB multiply back.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "sancsim/economy/sectors.hpp"

namespace sancsim {

// Mobilised: reservists called up (paid as soldiers, outside the labour force); Emigrated: left the
// country (no income or spending here; their deposits left with them).
enum class Status : std::uint8_t {
  Civilian,
  Defence,
  Soldier,
  Public,
  Unemployed,
  Retired,
  Mobilised,
  Emigrated
};
inline constexpr std::size_t kStatuses = 8;

// Households. Hot columns (touched by every household step) first; 22 bytes a row.
struct Households {
  std::vector<double> deposits_rub;         // 8 B: bank deposits, earning the deposit rate
  std::vector<double> wage_rub;             // 8 B: monthly gross wage, military pay, pension or benefit
  std::vector<std::int32_t> employer;       // 4 B: firm row for employees; -1 otherwise
  std::vector<Status> status;               // 1 B
  std::vector<std::uint8_t> army_eligible;  // 1 B: 1 = may sign a military contract

  std::size_t size() const { return status.size(); }
  void resize(std::size_t n);
};

// Firms. Quantities in base-price RUB a month (2021 prices = 1); money in RUB.
struct Firms {
  std::vector<Sector> sector;
  std::vector<std::int32_t> employees;  // household rows employed
  std::vector<std::int32_t> vacancies;  // open this month
  std::vector<std::int32_t> hires;      // filled this month
  std::vector<double> wage_rub;         // wage offered and paid, per worker a month
  std::vector<double> price;            // relative to 2021
  std::vector<double> markup;           // over unit cost
  std::vector<double> capital;          // real
  std::vector<double> inventory;        // real
  std::vector<double> expected_demand;  // real, a month
  std::vector<double> lasting_demand;   // real, a month: the slow expectation that capital follows
  std::vector<double> output;           // real, this month
  std::vector<double> sales;            // real, this month
  std::vector<double> demand;           // real, this month (what buyers asked of this firm)
  std::vector<double> deposits_rub;
  std::vector<double> loans_rub;
  std::vector<double> profit_rub;        // after tax, this month
  std::vector<double> dividend_due_rub;  // declared this month, paid next month
  std::vector<double> dividend_rub;      // the smoothed dividend a month (Lintner), last declared
  std::vector<double> investment_rub;    // this month

  std::size_t size() const { return sector.size(); }
  void resize(std::size_t n);
};

// The commercial banking system as one bank. Its own running totals of deposits and loans are the
// liability and asset sides that check_balances compares with the agents' columns.
struct Bank {
  double deposits_rub = 0;  // owed to households and firms
  double loans_rub = 0;     // to firms
  double reserves_rub = 0;  // at the central bank (negative: refinancing from it)
  double equity_rub = 0;    // accumulated from its profit and dividends, flow by flow
  double profit_rub = 0;    // this month
  double dividend_due_rub = 0;
};

// The central bank: liabilities are reserves and the government's accounts; its asset is foreign
// exchange at cost (exporters' and importers' conversions). It earns and pays nothing.
struct CentralBankBook {
  double foreign_assets_rub = 0;
};

// The general government's accounts at the central bank: the federal budget (the Russian state's
// spending and taxes) and regional budgets with the social funds (pensions, benefits, own purchases).
struct GovernmentAccounts {
  double federal_rub = 0;  // negative: financed (OFZ, NWF, money: the state's books)
  double regional_rub = 0;
};

// Institutional sectors, for the flow ledger (who pays whom).
enum class Inst : std::uint8_t { Households, Firms, Bank, CentralBank, Government, RestOfWorld };
inline constexpr std::size_t kInsts = 6;

}  // namespace sancsim
