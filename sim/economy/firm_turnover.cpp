// Firm exit and entry (docs/ECONOMY.md, "Firm exit and entry"): the month's exits with their books,
// then entrants in the free rows.
#include "sancsim/economy/firm_turnover.hpp"

#include <algorithm>
#include <cmath>

#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {

void describe_firm_turnover(ParamTable& t, FirmTurnoverParams& p) {
  const char* const judgement = "judgement, not calibrated (docs/ECONOMY.md)";
  t.flag("firm_turnover", p.enabled,
         "firms exit after a run of losses while their sector earns (sooner with negative equity) and "
         "entrants fill their rows",
         "on since 2026-12-03: docs/ECONOMY.md, \"Firm exit and entry\"");
  t.integer("exit_loss_months", p.exit_loss_months, 1, 1200,
            "months of after-tax losses in a row, in months when its sector made a profit, after which a "
            "firm exits",
            judgement);
  t.integer("negative_equity_exit_months", p.negative_equity_exit_months, 1, 1200,
            "months of losses in a row (its sector's or not) after which a firm with negative equity exits",
            judgement);
  t.real("entry_share_per_month", p.entry_share_per_month, 0, 1, "share_per_month",
         "chance that an exited firm's free row fills in a month when the sector's return on capital is "
         "twice its normal (in proportion below)",
         judgement);
  t.real("entrant_size_share", p.entrant_size_share, 0, 10, "share",
         "an entrant's expected demand against the mean of its sector's firms", judgement);
  t.real("min_active_share", p.min_active_share, 0, 1, "share",
         "share of a sector's firm rows that stay active (no exits below it)", judgement);
}

double FirmTurnover::entry_signal(std::size_t sector, double return_on_capital) const {
  const double normal = normal_return[sector];
  if (!(std::abs(normal) > 1e-12)) return 0.0;
  return std::clamp((return_on_capital - normal) / std::abs(normal), 0.0, 1.0);
}

// After the month's accounts: losses are counted, firms that fail the exit rule leave (their staff
// to the job search, their loans repaid from deposits or written off, the rest of their deposits to
// their owners), and free rows fill with entrants where profits are high.
void AgentEconomy::turn_over_firms(const AgentEconomyParams& p, double import_price) {
  const FirmTurnoverParams& q = p.turnover;
  FirmTurnover& t = turnover_;
  t.written_off_rub = 0;
  const double p_inv = investment_goods_price(import_price);
  std::array<double, kSectors> profit{}, capital{}, demand{};
  std::array<std::int32_t, kSectors> active{};
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    if (!t.active[f]) continue;
    ++t.age_months[f];
    const std::size_t s = index(firms_.sector[f]);
    profit[s] += firms_.profit_rub[f];
    capital[s] += firms_.capital[f] * p_inv;
    demand[s] += firms_.expected_demand[f];
    ++active[s];
  }
  // Runs of losses: all of them (for insolvency), and those in months when the firm's sector as a whole
  // made a profit (for failure: a slump of the whole sector is ridden out by shedding staff, a firm that
  // loses where its rivals earn fails).
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    if (!t.active[f]) continue;
    const bool loss = firms_.profit_rub[f] < 0;
    t.loss_months[f] = loss ? t.loss_months[f] + 1 : 0;
    t.behind_months[f] = loss && profit[index(firms_.sector[f])] > 0 ? t.behind_months[f] + 1 : 0;
  }
  if (month_index_ == 0) {
    for (std::size_t s = 0; s < kSectors; ++s)
      t.normal_return[s] = capital[s] > 0 ? profit[s] / capital[s] : 0.0;
    return;
  }
  if (!q.enabled) return;
  // Exits, in row order, while the sector keeps its minimum of active firms.
  bool any_exit = false;
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    t.exiting[f] = 0;
    const std::size_t s = index(firms_.sector[f]);
    if (!t.active[f] || firms_.sector[f] == Sector::Pub) continue;
    const double floor = q.min_active_share * static_cast<double>(firm_count_[s]);
    if (static_cast<double>(active[s]) - 1.0 < floor) continue;
    const double equity = firms_.deposits_rub[f] - firms_.loans_rub[f] + firms_.capital[f] * p_inv +
                          firms_.inventory[f] * firms_.price[f];
    const std::int32_t run = t.loss_months[f];
    // A firm with negative equity fails after a shorter run of any losses, once past its start-up.
    const bool insolvent =
        equity < 0 && run >= q.negative_equity_exit_months && t.age_months[f] >= q.exit_loss_months;
    // With the bank's lending standard (firm_credit_limit) a firm that cannot pay its bills within its
    // credit exits at once.
    const bool illiquid = p.firm_credit.enabled && firm_credit_.illiquid[f];
    if (t.behind_months[f] >= q.exit_loss_months || insolvent || illiquid) {
      t.exiting[f] = 1;
      t.active[f] = 0;
      --active[s];
      any_exit = true;
    }
  }
  if (any_exit) {
    // The exiting firms' plant passes to their sector's active firms in proportion to their capital,
    // with the loans it secures: what the exiting firm's deposits do not repay, up to the plant's value at
    // the investment basket's price (the bank keeps its claim on the plant; no money moves). The rest of
    // its loans is written off below.
    // The plant secures its value at the investment price, or with the bank's lending standard
    // (firm_credit_limit) the share of it the bank lends against: the rest is written off.
    const double plant_secures = p.firm_credit.enabled ? p.firm_credit.collateral_share : 1.0;
    std::array<double, kSectors> sold{}, kept{}, assumed{};
    for (std::size_t f = 0; f < firms_.size(); ++f) {
      const std::size_t s = index(firms_.sector[f]);
      if (t.active[f]) kept[s] += firms_.capital[f];
    }
    for (std::size_t f = 0; f < firms_.size(); ++f) {
      const std::size_t s = index(firms_.sector[f]);
      if (!t.exiting[f] || !(kept[s] > 0)) continue;
      const double secured = std::clamp(firms_.loans_rub[f] - std::max(0.0, firms_.deposits_rub[f]), 0.0,
                                        plant_secures * firms_.capital[f] * p_inv);
      firms_.loans_rub[f] -= secured;
      assumed[s] += secured;
      sold[s] += firms_.capital[f];
      firms_.capital[f] = 0;
    }
    for (std::size_t f = 0; f < firms_.size(); ++f) {
      const std::size_t s = index(firms_.sector[f]);
      if (!t.active[f] || !(sold[s] > 0)) continue;
      const double share = firms_.capital[f] / kept[s];
      firms_.capital[f] += sold[s] * share;
      firms_.loans_rub[f] += assumed[s] * share;
    }
    const double benefit = p.unemployment_benefit_rub_per_month;
    for (std::size_t h = 0; h < hh_.size(); ++h) {
      const std::int32_t f = hh_.employer[h];
      if (f < 0 || !t.exiting[static_cast<std::size_t>(f)]) continue;
      flows_.separations += 1;
      hh_.status[h] = Status::Unemployed;
      hh_.employer[h] = -1;
      hh_.wage_rub[h] = benefit;
    }
    double paid_out = 0;
    for (std::size_t f = 0; f < firms_.size(); ++f) {
      if (!t.exiting[f]) continue;
      double& dep = firms_.deposits_rub[f];
      double& loan = firms_.loans_rub[f];
      const double repaid = std::clamp(std::min(dep, loan), 0.0, loan);
      dep -= repaid;
      bank_.deposits_rub -= repaid;
      bank_.loans_rub -= loan;
      const double written_off = loan - repaid;
      bank_.equity_rub -= written_off;
      ledger_.pay(Inst::Bank, Inst::Firms, written_off);
      t.written_off_rub += written_off;
      paid_out += dep;
      loan = 0;
      dep = 0;
      for (auto* v : {&firms_.capital, &firms_.inventory, &firms_.expected_demand, &firms_.lasting_demand,
                      &firms_.output, &firms_.sales, &firms_.demand, &firms_.profit_rub,
                      &firms_.dividend_due_rub, &firms_.dividend_rub, &firms_.investment_rub})
        (*v)[f] = 0.0;
      if (investment_orders_.enabled()) investment_orders_.cancel(f);  // its unbuilt orders lapse
      firms_.employees[f] = 0;
      firms_.vacancies[f] = 0;
      t.loss_months[f] = 0;
      t.behind_months[f] = 0;
      ++t.exits;
    }
    // What deposits remain after the loans are the owners' (households, by their deposits next month).
    ledger_.pay(Inst::Firms, Inst::Households, paid_out);
    owed_to_households_rub_ += paid_out;
  }
  // Entry: a free row fills with the chance entry_share x the sector's signal; the entrant starts at
  // the sector's prices, wages and mark-ups with a share of its mean firm's expected demand, and no
  // capital: it buys it next month with a bank loan (plan_firms invests its whole gap).
  for (std::size_t s = 0; s < kSectors; ++s) {
    if (static_cast<Sector>(s) == Sector::Pub || active[s] == 0) continue;
    const double signal = t.entry_signal(s, capital[s] > 0 ? profit[s] / capital[s] : 0.0);
    const auto first = static_cast<std::size_t>(first_firm_[s]);
    const auto last = first + static_cast<std::size_t>(firm_count_[s]);
    double wage = 0, markup = 0;
    for (std::size_t f = first; f < last; ++f)
      if (t.active[f]) {
        wage += firms_.wage_rub[f];
        markup += firms_.markup[f];
      }
    const double n = static_cast<double>(active[s]);
    for (std::size_t f = first; f < last; ++f) {
      if (t.active[f] || t.exiting[f]) continue;
      if (turnover_rng_.uniform() >= q.entry_share_per_month * signal) continue;
      t.active[f] = 1;
      t.age_months[f] = 0;
      t.loss_months[f] = 0;
      t.behind_months[f] = 0;
      firms_.wage_rub[f] = wage / n;
      firms_.markup[f] = markup / n;
      firms_.price[f] = sector_price_[s];
      firms_.expected_demand[f] = q.entrant_size_share * demand[s] / n;
      firms_.lasting_demand[f] = firms_.expected_demand[f];
      if (investment_orders_.enabled()) investment_orders_.cancel(f);  // an entrant has no orders
      ++t.entries;
    }
  }
}

// An illiquid firm that stays (its sector at its floor of active firms, or turnover off) is restructured:
// the bank writes its loans down to its credit limit against its equity (bank -> firms in the ledger), so
// that no firm carries an overdraft the bank would not lend.
void AgentEconomy::restructure_illiquid_firms() {
  FirmCredit& c = firm_credit_;
  c.written_down_rub = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    if (!c.illiquid[f] || (!turnover_.active.empty() && !turnover_.active[f])) continue;
    c.illiquid[f] = 0;
    const double excess = firms_.loans_rub[f] - c.limit_rub[f];
    if (!(excess > 0)) continue;
    firms_.loans_rub[f] -= excess;
    bank_.loans_rub -= excess;
    bank_.equity_rub -= excess;
    ledger_.pay(Inst::Bank, Inst::Firms, excess);
    c.written_down_rub += excess;
    turnover_.written_off_rub += excess;
  }
}

}  // namespace sancsim
