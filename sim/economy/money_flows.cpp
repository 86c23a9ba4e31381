// Payments between the agent economy's institutions and the government and the rest of the world,
// each booked on the ledger with its payer and payee (stock-flow consistency, docs/ECONOMY.md).
#include "agent_economy_month.hpp"

#include <algorithm>
#include <cmath>

namespace sancsim {

using namespace agent_economy_detail;

void AgentEconomy::to_government(Inst payer, double amount, double& account) {
  ledger_.pay(payer, Inst::Government, amount);
  bank_.deposits_rub -= amount;
  bank_.reserves_rub -= amount;
  account += amount;
}

void AgentEconomy::from_government(Inst payee, double amount, double& account) {
  ledger_.pay(Inst::Government, payee, amount);
  bank_.deposits_rub += amount;
  bank_.reserves_rub += amount;
  account -= amount;
}

void AgentEconomy::to_world(Inst payer, double amount) {
  ledger_.pay(payer, Inst::RestOfWorld, amount);
  bank_.deposits_rub -= amount;
  bank_.reserves_rub -= amount;
  cb_.foreign_assets_rub -= amount;
  imports_rub_ += amount;
}

void AgentEconomy::capital_outflow(Inst payer, double amount) {
  ledger_.pay(payer, Inst::RestOfWorld, amount);
  bank_.deposits_rub -= amount;
  bank_.reserves_rub -= amount;
  cb_.foreign_assets_rub -= amount;
}

// A random household that `eligible` admits (rejection sampling on the economy's stream); the size of
// the table when none is found in 64 draws per household.

void AgentEconomy::from_world(Inst payee, double amount) {
  ledger_.pay(Inst::RestOfWorld, payee, amount);
  bank_.deposits_rub += amount;
  bank_.reserves_rub += amount;
  cb_.foreign_assets_rub += amount;
}

void AgentEconomy::government_to_world(double amount, double& account) {
  ledger_.pay(Inst::Government, Inst::RestOfWorld, amount);
  account -= amount;
  cb_.foreign_assets_rub -= amount;
  imports_rub_ += amount;
}

// Demand by sector from households, the state, investment and exports meets the firms' stocks; what
// a sector cannot supply is bought abroad (final buyers) or not bought (exports).

void AgentEconomy::bank_to_government(double amount, double& account) {
  ledger_.pay(Inst::Bank, Inst::Government, amount);
  account += amount;
  bank_.reserves_rub -= amount;
  bank_.equity_rub -= amount;
}

void AgentEconomy::from_government_to_bank(double amount) {
  ledger_.pay(Inst::Government, Inst::Bank, amount);
  gov_.federal_rub -= amount;
  bank_.reserves_rub += amount;
  bank_.equity_rub += amount;
}

}  // namespace sancsim
