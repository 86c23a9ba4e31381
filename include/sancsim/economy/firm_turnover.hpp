#pragma once
// Firm exit and entry. A firm exits when it has made after-tax losses for a run of months in which its
// sector as a whole made a profit (it fails where its rivals earn; a slump of the whole sector is ridden
// out by shedding staff), or sooner when its equity (deposits less loans plus capital and inventories at
// current prices) is negative: its workers become job seekers, its plant passes to its sector's active
// firms with the loans it secures, its deposits repay the rest of its loans, what they cannot repay is
// written off against the bank's equity and what deposits remain is paid to its owners (households). Entrants
// take the free rows of exited firms (the number of firms per sector is bounded by the rows of the start) in
// sectors whose return on capital is above its normal, and finance their start-up capital with a bank loan.
// Public administration neither exits nor enters. Equations: docs/ECONOMY.md.
#include <array>
#include <cstdint>
#include <vector>

#include "sancsim/economy/sectors.hpp"
#include "sancsim/engine/param_table.hpp"

namespace sancsim {

struct FirmTurnoverParams {
  bool enabled = true;
  int exit_loss_months = 12;  // months of losses behind a profitable sector after which a firm exits
  int negative_equity_exit_months = 3;  // the same, for a firm whose equity is negative
  double entry_share_per_month = 0.05;  // chance that a free row fills in a month at the full signal
  double entrant_size_share = 0.5;      // an entrant's expected demand against the sector's mean firm
  double min_active_share = 0.5;        // of a sector's rows that stay active (no exit below it)
};

// Registers the parameters under the current section (economy.).
void describe_firm_turnover(ParamTable& t, FirmTurnoverParams& p);

// Turnover state by firm row (structure of arrays; rows are reused, never added).
struct FirmTurnover {
  static constexpr std::int32_t kStartAgeMonths = 120;  // firms of the start count as established
  std::vector<std::uint8_t> active;                     // 0: an exited firm's free row
  std::vector<std::int32_t> age_months;          // since entry (0 in its first month: it buys its capital)
  std::vector<std::uint8_t> exiting;             // scratch: exits this month
  std::vector<std::int32_t> loss_months;         // after-tax losses in a row
  std::vector<std::int32_t> behind_months;       // the same, in months when its sector made a profit
  std::array<double, kSectors> normal_return{};  // sector's return on capital in the first month
  std::int64_t exits = 0, entries = 0;           // since the start
  double written_off_rub = 0;                    // firm loans written off this month

  void resize(std::size_t n) {
    active.assign(n, 1);
    age_months.assign(n, kStartAgeMonths);
    exiting.assign(n, 0);
    loss_months.assign(n, 0);
    behind_months.assign(n, 0);
  }
  // The entry signal of a sector: its return on capital above the normal, relative to the normal,
  // between 0 and 1.
  double entry_signal(std::size_t sector, double return_on_capital) const;
};

}  // namespace sancsim
