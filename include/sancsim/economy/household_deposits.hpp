#pragma once
// Households' deposits by kind: term deposits, whose rate follows the key rate as they mature and are
// placed again, and demand accounts (current, card and savings accounts), which pay a small share of
// the key rate; households move funds from demand accounts to term deposits as the spread between
// the two widens. Every household holds the same mix (one aggregate share, no column): the mix is a
// property of the deposit market, not of a household. The bank lends at its cost of funds: the key
// rate as the term deposits' rate passes it on (loans_priced_on_funding). Equations and sources:
// docs/ECONOMY.md, "Deposits by kind and the bank's cost of funds".
#include "sancsim/engine/param_table.hpp"
#include "sancsim/engine/state_hash.hpp"

namespace sancsim {

struct HouseholdDepositParams {
  bool deposit_kinds = true;  // on since session 22; off: every deposit earns key + deposit_spread_pct
  double term_deposit_share_start = 0.63;     // of household funds in banks, Jan 2021
  double term_deposit_spread_pct = -1.0;      // new term deposits' rate over the key rate
  double term_deposit_maturity_months = 6.0;  // share 1/m of the term stock is placed again a month
  double demand_deposit_rate_share = 0.3;     // demand accounts' rate as a share of the key rate
  double term_share_per_pp = 0.01;            // target term share per pp of spread above the start's
  // The bank prices household loans on its cost of funds (the term deposits' portfolio rate less
  // their spread) instead of the month's key rate.
  bool loans_priced_on_funding = false;
  // Firms' deposits earn the new term deposits' rate on a share of them and nothing on current
  // accounts (off: key + deposit_spread_pct on all of them, as households' did before deposit_kinds).
  bool firm_deposits_by_kind = false;
  double firm_term_deposit_share = 0.5;  // of firms' deposits in term deposits
};

// Firms' deposits' rate (pct a year) with firm_deposits_by_kind: the term share at the new term rate.
double firm_deposit_rate_pct(const HouseholdDepositParams& p, double key_rate_pct);

// Registers the parameters under the current section (economy.).
void describe_household_deposits(ParamTable& t, HouseholdDepositParams& p);

class HouseholdDeposits {
 public:
  // This month's rates on the households' deposits (pct a year) and the term share they are paid on.
  struct Month {
    double term_rate_pct = 0;    // the term stock's portfolio rate
    double demand_rate_pct = 0;  // demand accounts
    double term_share = 0;       // of every household's deposits
    // Monthly rate on a household's deposits (both kinds at their shares).
    double rate() const {
      return (term_share * term_rate_pct + (1.0 - term_share) * demand_rate_pct) / 1200.0;
    }
  };
  // The rate on all household deposits at the start (pct a year): the start's mix at the start's rates.
  static double start_rate_pct(const HouseholdDepositParams& p, double key_rate_pct);
  void start(const HouseholdDepositParams& p, double key_rate_pct);
  Month month(const HouseholdDepositParams& p, double key_rate_pct) const;
  // After the month's flows (`deposits_rub` the households' deposits now): the term stock moves toward
  // the share the spread asks for as deposits mature, and what is placed again or newly placed takes the
  // new term rate. Books the month's interest by kind paid on `deposits_before_rub`.
  void close_month(const HouseholdDepositParams& p, double key_rate_pct, double deposits_before_rub,
                   double deposits_rub);
  // The key rate as the bank's cost of funds passes it on to its loans: the term deposits' portfolio
  // rate less their spread (the key rate itself in a steady state).
  double lending_key_rate_pct(const HouseholdDepositParams& p, double key_rate_pct) const;
  // The state a run carries from month to month (term share and rate), for the world's state hash.
  void hash(StateHasher& h) const;

  bool kinds = false;  // deposit_kinds on (set at the start)

  double term_share = 0;       // of household deposits
  double term_rate_pct = 0;    // the term stock's portfolio rate
  double spread_start_pp = 0;  // new term rate less the demand rate at the start
  // The month's interest by kind (simulated RUB), from close_month.
  double term_interest_rub = 0, demand_interest_rub = 0;
};

}  // namespace sancsim
