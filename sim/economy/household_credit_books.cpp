// The other side of household credit's flows: the bank's loans, deposits and equity, the state's
// subsidy and the sellers of existing homes (docs/ECONOMY.md, "Household credit").
#include "sancsim/economy/agent_economy.hpp"

namespace sancsim {

// After the households' pass: new loans became deposits and were spent (consumer credit inside
// consumption, mortgages on housing: new housing from construction firms in the goods market,
// existing homes from other households, credited to them next month in proportion to their
// deposits: owed_to_households_rub_); interest and
// principal left deposits; unpaid interest was added to the loans.
void AgentEconomy::book_household_credit(const AgentEconomyParams& p, double key_rate_pct,
                                         const CreditMonth& m) {
  const HouseholdCredit::Totals& t = credit_.month();
  const double lent = t.consumer_new + t.mortgage_new;
  const double capitalised = t.interest - t.interest_paid;
  bank_.loans_rub += lent - t.principal + capitalised;
  bank_.deposits_rub += lent - t.interest_paid - t.principal;
  bank_.equity_rub += t.interest;
  bank_.profit_rub += t.interest;
  ledger_.pay(Inst::Households, Inst::Bank, t.interest);
  new_housing_rub_ = HouseholdCredit::new_housing_share(p.credit, m.mortgage_subsidised) * t.mortgage_new;
  owed_to_households_rub_ += t.mortgage_new - new_housing_rub_;  // the sellers', credited next month
  mortgage_subsidy_rub_ = credit_.close_month(p.credit, key_rate_pct, m);
  from_government_to_bank(mortgage_subsidy_rub_);
}

// An emigrant repays what its deposits allow before they leave; the rest is written off against the
// bank's equity (a capital transfer from the bank to households).
void AgentEconomy::settle_emigrant_loans(std::size_t h) {
  const double owed = credit_.settle(h);
  if (owed <= 0) return;
  const double repaid = std::min(owed, hh_.deposits_rub[h]);
  hh_.deposits_rub[h] -= repaid;
  bank_.deposits_rub -= repaid;
  const double written_off = owed - repaid;
  bank_.loans_rub -= owed;
  bank_.equity_rub -= written_off;
  ledger_.pay(Inst::Bank, Inst::Households, written_off);
}

}  // namespace sancsim
