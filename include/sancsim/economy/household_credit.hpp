#pragma once
// Household credit: consumer loans and mortgages from the bank. New loans create deposits (and are
// spent at once: consumer credit on the household basket, mortgages on housing), repayments destroy
// them, and interest flows from households to the bank; the state pays the bank the gap between the
// market mortgage rate and the preferential programme's rate on the subsidised stock. New lending
// answers to the cost of credit to the borrower, the loan rate less the borrowers' expected inflation
// and expected real income growth; subsidised mortgages are priced at the programme's rate. Stocks are
// per household (one column each); rates are the portfolio's (one average rate per loan type, into
// which each month's new loans blend), so that a household's step needs no power or exponential.
// Equations and sources: docs/ECONOMY.md, "Household credit".
#include <algorithm>
#include <cstddef>
#include <vector>

#include "sancsim/engine/param_table.hpp"

namespace sancsim {

struct HouseholdCreditParams {
  // Stocks at the start (Jan 2021): the end-2021 stocks less the 2021 growth (russia_economy.md 4).
  double initial_consumer_loans_rub_bn = 10700;
  double initial_mortgages_rub_bn = 9200;
  // Net flows of 2021 that the start's lending is derived from (as households' saving is).
  double consumer_credit_flow_start_rub_bn_per_year = 1750;
  double mortgage_flow_start_rub_bn_per_year = 2800;
  double consumer_loan_spread_pct = 10.0;  // consumer loan rate over the key rate
  double mortgage_spread_pct = 3.0;        // market mortgage rate over the key rate
  double consumer_loan_term_months = 48;   // annuity term
  double mortgage_term_months = 240;
  double mortgage_prepayment_pct_per_year = 13.0;  // early repayment of the mortgage stock
  // New lending lost per pp of the cost of credit (rate less expected inflation and expected real
  // income growth) above the start's.
  double credit_rate_sensitivity = 0.0559;
  // The preferential mortgage programme (a policy lever; dated by `set` events in the scenarios).
  double mortgage_programme_rate_pct = 6.5;  // the borrower's rate on subsidised mortgages
  // Share of mortgage demand the programme reaches (at the start's rates: of new mortgage lending).
  double mortgage_subsidised_share = 0.3;
  double mortgage_market_primary_share = 0.3;  // of market-rate mortgages buying new housing
};

// Registers the parameters under the current section (economy.).
void describe_household_credit(ParamTable& t, HouseholdCreditParams& p);

// This month's rates and lending propensities (monthly shares), the same for every household.
struct CreditMonth {
  double consumer_rate = 0;        // portfolio rate, monthly
  double mortgage_rate = 0;        // portfolio borrower rate, monthly
  double consumer_principal = 0;   // share of the stock repaid this month (annuity)
  double mortgage_principal = 0;   // annuity share plus prepayment
  double consumer_per_income = 0;  // new consumer credit per RUB of earnings
  double mortgage_per_income = 0;  // new mortgages per RUB of earnings (both segments)
  double mortgage_subsidised = 0;  // share of the month's new mortgages at the programme's rate
};

class HouseholdCredit {
 public:
  // One household's month: debt service out of `cash` (deposits plus the month's income), then new
  // loans in proportion to `earnings` (wage, pay or pension; 0 for those who may not borrow).
  struct Household {
    double service = 0, consumer_new = 0, mortgage_new = 0;
  };
  // What the hot loop sums (the caller's local, kept in registers): the earnings lent against and
  // the rare deviations from the scheduled annuities (a household that cannot pay in full).
  struct Sums {
    double earnings = 0, mortgage_earnings = 0;
    double unpaid_interest = 0, unpaid_principal = 0, consumer_shortfall = 0, mortgage_shortfall = 0;
  };
  Household step(std::size_t h, double earnings, bool may_take_mortgage, double cash, const CreditMonth& m,
                 Sums& acc);

  // The month's flows over all households (simulated RUB), from the stocks before the pass, the
  // portfolio rates and the loop's sums: every household pays the same shares, so no pass is needed.
  struct Totals {
    double interest = 0, interest_paid = 0, principal = 0, consumer_new = 0, mortgage_new = 0;
    double consumer_stock = 0, mortgage_stock = 0;  // after the month's flows
  };
  const Totals& month() const { return month_; }
  // After the households' pass: the month's totals; the running stock totals move to the new stocks.
  void finish_month(const CreditMonth& m, const Sums& acc);

  std::vector<double> consumer_rub;  // per household: consumer loans owed
  std::vector<double> mortgage_rub;  // per household: mortgages owed

  // The stocks' totals, kept by step() (every household passes through it each month), start() and
  // settle(), so that no pass over the columns is needed for them.
  double consumer_total_rub = 0, mortgage_total_rub = 0;
  // Portfolio state: average rates (pct a year), the subsidised stock and its programme rate.
  double consumer_rate_pct = 0, mortgage_rate_pct = 0;
  double subsidised_rub = 0, subsidised_rate_pct = 0;
  double consumer_per_income_start = 0, mortgage_per_income_start = 0;  // derived at the start
  // The borrowers' expected real income growth (pct a year): the last measured real wage growth.
  double expected_real_income_growth_pct = 0;
  // The cost of credit at the start (rate less expected inflation and real income growth), pct.
  double consumer_cost_start_pct = 0, market_mortgage_cost_start_pct = 0, subsidised_cost_start_pct = 0;

  // What the start's month looks like in aggregate (simulated RUB a month), for the calibration of
  // the start (docs/ECONOMY.md, "Initial state"): debt service, new loans and the housing they buy.
  struct StartFlows {
    double service = 0, interest = 0, consumer_new = 0, mortgage_new = 0, new_housing = 0, resales = 0,
           subsidy = 0;
  };
  static StartFlows start_flows(const HouseholdCreditParams& p, double key_rate_pct, double rub_per_bn);
  // Sets the stocks (by earnings), portfolio rates and the lending propensities at the start.
  void start(const HouseholdCreditParams& p, double key_rate_pct, double expected_inflation_pct,
             double real_income_growth_pct, double rub_per_bn, const std::vector<double>& earnings,
             const std::vector<double>& mortgage_earnings);
  // The month's rates and propensities: new lending answers to the cost of credit against the
  // start's, consumer loans and market mortgages at the key rate's, subsidised ones at the programme's.
  CreditMonth rates(const HouseholdCreditParams& p, double key_rate_pct, double expected_inflation_pct) const;
  // After the month's measurement: borrowers expect the real wage growth of the past year to go on.
  void expect_real_income_growth(double real_wage_yoy_pct) {
    expected_real_income_growth_pct = real_wage_yoy_pct;
  }
  // After the households' pass: new loans blend into the portfolio rates, the subsidised stock
  // amortises and grows. Returns the state's subsidy to the bank this month (simulated RUB).
  double close_month(const HouseholdCreditParams& p, double key_rate_pct, const CreditMonth& m);
  // The share of a month's mortgage lending that buys new housing (the rest buys existing homes), when
  // `subsidised` of it is at the programme's rate.
  static double new_housing_share(const HouseholdCreditParams& p, double subsidised);

  double total_rub() const { return consumer_total_rub + mortgage_total_rub; }
  double column_total_rub() const;  // the columns summed (for the balance checks)
  // A household's loans leave the books (repaid or written off); returns what it owed.
  double settle(std::size_t h) {
    const double owed = consumer_rub[h] + mortgage_rub[h];
    consumer_total_rub -= consumer_rub[h];
    mortgage_total_rub -= mortgage_rub[h];
    consumer_rub[h] = 0;
    mortgage_rub[h] = 0;
    return owed;
  }

 private:
  Totals month_;
};

inline HouseholdCredit::Household HouseholdCredit::step(std::size_t h, double earnings,
                                                        bool may_take_mortgage, double cash,
                                                        const CreditMonth& m, Sums& acc) {
  double& c = consumer_rub[h];
  double& mo = mortgage_rub[h];
  Household out;
  if (c <= 0 && mo <= 0 && earnings <= 0) return out;
  const double ci = c * m.consumer_rate, mi = mo * m.mortgage_rate;
  const double cp = c * m.consumer_principal, mp = mo * m.mortgage_principal;
  const double due = ci + mi + cp + mp;
  if (cash >= due) {  // the common case: the whole annuity is paid
    c -= cp;
    mo -= mp;
    out.service = due;
  } else {  // interest first; what cannot be paid of it is added to the loans (capitalised)
    const double paid = std::max(0.0, cash);
    const double interest_paid = std::min(paid, ci + mi);
    const double principal_paid = paid - interest_paid;
    const double total = c + mo;
    const double c_share = total > 0 ? c / total : 0.0;
    const double change = ci + mi - interest_paid - principal_paid;
    acc.unpaid_interest += ci + mi - interest_paid;
    acc.unpaid_principal += cp + mp - principal_paid;
    acc.consumer_shortfall += change * c_share + cp;  // against the scheduled -cp
    acc.mortgage_shortfall += change * (1.0 - c_share) + mp;
    c += change * c_share;
    mo += change * (1.0 - c_share);
    out.service = paid;
  }
  acc.earnings += earnings;
  out.consumer_new = m.consumer_per_income * earnings;
  c += out.consumer_new;
  if (may_take_mortgage) {
    acc.mortgage_earnings += earnings;
    out.mortgage_new = m.mortgage_per_income * earnings;
    mo += out.mortgage_new;
  }
  return out;
}

}  // namespace sancsim
