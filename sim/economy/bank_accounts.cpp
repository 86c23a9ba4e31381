// The bank's profit and loss (bank_pnl; docs/ECONOMY.md, "The bank's profit and loss"): its month closed
// after the firms' accounts, and the budget's and owners abroad's parts of its dividend paid.
#include "agent_economy_month.hpp"

#include <algorithm>

namespace sancsim {

using namespace agent_economy_detail;

// bank_.profit_rub holds the month's operating income less its operating costs (firm_accounts); the
// costs are paid to the services firms next month (bank_services_due_rub_). The dividend is the payout
// share of a positive net profit, never more than the equity above the capital its loans need once
// those costs are paid; the rest of the profit stays in its equity.
void AgentEconomy::close_bank_month(const AgentEconomyParams& p, double profit_tax_rub) {
  bank_net_profit_rub_ = bank_.profit_rub - profit_tax_rub;
  bank_services_due_rub_ = bank_operating_costs_rub_;
  const double room = bank_.equity_rub - bank_services_due_rub_ - p.bank_capital_ratio * bank_.loans_rub;
  bank_.dividend_due_rub = std::clamp(p.bank_payout_share * bank_net_profit_rub_, 0.0, std::max(0.0, room));
  bank_dividends_rub_ = bank_.dividend_due_rub;
}

double AgentEconomy::bank_dividend_to_households(const AgentEconomyParams& p) const {
  if (!p.bank_pnl) return bank_.dividend_due_rub;
  return std::max(0.0, 1.0 - p.bank_dividend_state_share - p.bank_dividend_abroad_share) *
         bank_.dividend_due_rub;
}

// Out of the bank's equity: the budget's part (non-tax revenue, dividends on federal property) and the
// part of owners abroad (a capital outflow through the central bank's foreign assets).
void AgentEconomy::pay_bank_dividend(const AgentEconomyParams& p) {
  bank_dividends_state_rub_ = 0;
  if (!p.bank_pnl) return;
  const double due = bank_.dividend_due_rub;
  bank_dividends_state_rub_ = std::min(1.0, p.bank_dividend_state_share) * due;
  bank_to_government(bank_dividends_state_rub_, gov_.federal_rub);
  const double abroad =
      std::min(p.bank_dividend_abroad_share, 1.0 - std::min(1.0, p.bank_dividend_state_share)) * due;
  ledger_.pay(Inst::Bank, Inst::RestOfWorld, abroad);
  bank_.reserves_rub -= abroad;
  bank_.equity_rub -= abroad;
  cb_.foreign_assets_rub -= abroad;
}

}  // namespace sancsim
