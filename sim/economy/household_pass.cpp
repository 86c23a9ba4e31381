// The households' month: income by status, taxes, debt service and new loans, consumption and
// deposits; and the other side of each of these flows.
#include "agent_economy_month.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

namespace sancsim {

using namespace agent_economy_detail;

void AgentEconomy::household_pass(const AgentEconomyParams& p, const MonthRates& r) {
  double wages = 0, pit = 0, soldier_pay = 0, pensions = 0, benefits = 0, interest = 0, dividends = 0,
         consumption = 0, unemployed = 0;
  double from_deposits = 0, from_credit = 0, held_back = 0;  // the spending's sources (the rest: income)
  double earning_deposits = 0;  // deposits of the households here (emigrants' earn nothing)
  const double deposits_now = sum_of(hh_.deposits_rub);
  // The COVID slump's excess saving spent this month (covid_start), by every household in proportion to its
  // deposit (0 without it).
  const double wealth_spend =
      r.wealth_spend + (deposits_now > 0 ? covid_saving_.spent_rub / deposits_now : 0.0);
  const double firm_dividends = sum_of(firms_.dividend_due_rub);
  const double household_firm_dividends = household_dividend_share_ * firm_dividends;
  const double bank_dividends = bank_dividend_to_households(p);  // bank_pnl: its households' part
  const double dividend_per_deposit =
      deposits_now > 0 ? (household_firm_dividends + bank_dividends) / deposits_now : 0.0;
  // Consumption out of income at this month's real deposit rate (exactly c_y with the response off).
  const double keep_income = r.consumption_out_of_income;
  const double buy_share = r.other_assets_share;  // of deposits buying cash and securities (0: off)
  double bought = 0;
  const double interest_extra = p.interest_consumption_share - p.consumption_out_of_income;
  const double owed_per_deposit = deposits_now > 0 ? owed_to_households_rub_ / deposits_now : 0.0;
  double owed_paid = 0;
  const double transfer = r.transfer_per_household;
  const std::size_t n = hh_.size();
  const double* firm_wage = firms_.wage_rub.data();
  const double* firm_pay = firm_pay_factor_.data();
  HouseholdCredit::Sums credit_sums;
  double debt_service = 0;
  const CreditMonth credit = credit_.rates(p.credit, r.lending_key_rate_pct, expected_inflation_pct_);
  for (std::size_t h = 0; h < n; ++h) {
    const Status st = hh_.status[h];
    const double d = hh_.deposits_rub[h];
    double income = 0, earnings = 0;  // earnings: what lenders lend against (none to the unemployed)
    switch (st) {
      case Status::Civilian:
      case Status::Defence:
      case Status::Public: {
        // The employer's wage for the month's hours (overtime_with_demand; 1 otherwise).
        const double w = firm_wage[hh_.employer[h]] * firm_pay[hh_.employer[h]];
        hh_.wage_rub[h] = w;
        const double tax = pit_annual_rub(12.0 * w, r.progressive) / 12.0;
        wages += w;
        pit += tax;
        income = w - tax;
        earnings = w;
        break;
      }
      case Status::Emigrated:
        continue;            // abroad: no income, no spending here
      case Status::Soldier:  // military pay is exempt from income tax
      case Status::Mobilised:
        hh_.wage_rub[h] = r.military_pay;
        soldier_pay += r.military_pay;
        income = r.military_pay;
        earnings = income;
        break;
      case Status::Unemployed:
        hh_.wage_rub[h] = r.benefit;
        benefits += r.benefit;
        unemployed += 1;
        income = r.benefit;
        break;
      case Status::Retired:
        hh_.wage_rub[h] = r.pension;
        pensions += r.pension;
        income = r.pension;
        earnings = income;
        break;
    }
    const double earned = d * r.household_deposit_rate;
    earning_deposits += d;
    const double paid_out = d * dividend_per_deposit;
    interest += earned;
    dividends += paid_out;
    income += transfer + earned + paid_out;
    // Debt service first; new loans are spent at once (consumer credit here, mortgages on housing).
    const auto loan = credit_.step(h, earnings, st != Status::Retired, d + income, credit, credit_sums);
    const double disposable = income - loan.service;
    debt_service += loan.service;
    // Interest credited is spent at its own share m instead of c_y (capitalised interest stays in
    // deposits): c_y (Y - I) + m I written as c_y Y + (m - c_y) I, exactly the old sum when m = c_y.
    const double out_of_deposits = wealth_spend * d;
    const double aim = keep_income * disposable + interest_extra * earned + out_of_deposits;
    const double c = std::clamp(r.war.consumption_factor * aim, 0.0, std::max(0.0, d + disposable));
    consumption += c + loan.consumer_new;
    // The spending out of deposits is the wealth term's share of what was spent; the rest is income's.
    from_deposits += std::clamp(r.war.consumption_factor * out_of_deposits, 0.0, c);
    from_credit += loan.consumer_new;
    held_back += (1.0 - r.war.consumption_factor) * std::max(0.0, aim);
    owed_paid += d * owed_per_deposit;
    // Cash and securities bought out of what is left in deposits (never an overdraft).
    const double buy = std::clamp(buy_share * d, 0.0, std::max(0.0, d + disposable - c));
    bought += buy;
    hh_.deposits_rub[h] = d + disposable - c + d * owed_per_deposit - buy;
  }
  owed_to_households_rub_ -= owed_paid;
  other_assets_.bought_rub = bought;
  if (bought > 0) buy_other_assets(p, bought);
  credit_.finish_month(credit, credit_sums);
  book_household_credit(p, r.lending_key_rate_pct, credit);
  if (p.deposits.deposit_kinds)
    deposits_.close_month(p.deposits, r.key_rate_pct, earning_deposits, sum_of(hh_.deposits_rub));
  household_interest_rub_ = interest;
  const double transfers = transfer * static_cast<double>(static_cast<std::int64_t>(n) - emigrated_);
  household_account_ = {.wages = wages,
                        .transfers = transfers,
                        .dividends = dividends,
                        .debt_service = debt_service,
                        .from_income = consumption - from_deposits - from_credit,
                        .from_deposits = from_deposits,
                        .from_credit = from_credit,
                        .held_back = held_back};

  // The other side of each flow. Dividends kept by resident corporate owners stay in the firms' sector
  // (a holding company's receipt is another firm's deposit; here the payer's).
  const bool some_retained = p.dividends_abroad_start_rub_bn_per_year > 0;
  const double paid_out_share =
      some_retained ? household_dividend_share_ + state_dividend_share_ + abroad_dividend_share_ : 1.0;
  double wage_bill = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f) {
    const double bill = firms_.wage_rub[f] * firm_pay_factor_[f] * firms_.employees[f];
    firms_.deposits_rub[f] -=
        bill * (1.0 + r.social_contribution) + paid_out_share * firms_.dividend_due_rub[f];
    wage_bill += bill;
    firms_.dividend_due_rub[f] = 0;
  }
  if (std::abs(wage_bill - wages) > 1e-6 * (1.0 + wage_bill))
    throw std::logic_error(
        fmt::format("economy: wages received {} differ from the firms' wage bill {}", wages, wage_bill));
  ledger_.pay(Inst::Firms, Inst::Households, wage_bill);
  social_contrib_rub_ = wage_bill * r.social_contribution;
  to_government(Inst::Firms, social_contrib_rub_, gov_.regional_rub);
  const double pit_federal = pit * p.pit_federal_share;
  to_government(Inst::Households, pit_federal, gov_.federal_rub);
  to_government(Inst::Households, pit - pit_federal, gov_.regional_rub);
  from_government(Inst::Households, soldier_pay + bonuses_rub_ + transfers, gov_.federal_rub);
  from_government(Inst::Households, pensions + benefits, gov_.regional_rub);
  // Deposit interest and the bank's dividend create deposits out of the bank's equity.
  ledger_.pay(Inst::Bank, Inst::Households, interest);
  bank_.deposits_rub += interest;
  bank_.equity_rub -= interest;
  bank_.profit_rub -= interest;
  // Dividends declared last month: the bank's from its equity (new deposits), the firms' from their
  // deposits (above); households received them in proportion to their deposits.
  ledger_.pay(Inst::Bank, Inst::Households, bank_dividends);
  bank_.deposits_rub += bank_dividends;
  bank_.equity_rub -= bank_dividends;
  ledger_.pay(Inst::Firms, Inst::Households, dividends - bank_dividends);
  pay_bank_dividend(p);  // bank_pnl: the budget's and owners abroad's parts
  bank_.dividend_due_rub = 0;
  // The firms' dividends not paid to resident households: the federal budget's, the rest abroad.
  state_dividends_rub_ = state_dividend_share_ * firm_dividends;
  to_government(Inst::Firms, state_dividends_rub_, gov_.federal_rub);
  // Owners abroad: the profit tax withheld at the source (non_oil_bases) to the federal budget; from
  // Decree 95 (Mar 2022) the unfriendly owners' part to type-C accounts, blocked in the bank, the rest
  // leaves. Resident corporate owners keep theirs in the firms' sector (a payment within it).
  dividends_retained_rub_ = some_retained ? (1.0 - paid_out_share) * firm_dividends : 0.0;
  dividends_abroad_rub_ =
      firm_dividends - household_firm_dividends - state_dividends_rub_ - dividends_retained_rub_;
  ledger_.pay(Inst::Firms, Inst::Firms, dividends_retained_rub_);
  dividend_withholding_rub_ =
      p.non_oil_bases ? p.dividend_withholding_pct.at(r.year) / 100.0 * dividends_abroad_rub_ : 0.0;
  to_government(Inst::Firms, dividend_withholding_rub_, gov_.federal_rub);
  const double net_abroad = dividends_abroad_rub_ - dividend_withholding_rub_;
  dividends_type_c_rub_ =
      r.yyyymm >= p.type_c_accounts_from_yyyymm ? p.type_c_dividend_share * net_abroad : 0.0;
  ledger_.pay(Inst::Firms, Inst::RestOfWorld, dividends_type_c_rub_);  // deposits change hands in the bank
  type_c_deposits_rub_ += dividends_type_c_rub_;
  capital_outflow(Inst::Firms, net_abroad - dividends_type_c_rub_);
  state_dividends_rub_ += bank_dividends_state_rub_;  // the budget's part of the bank's (bank_pnl)
  firm_dividends_rub_ = firm_dividends;
  household_firm_dividends_rub_ = household_firm_dividends;
  consumption_rub_ = consumption;
  unemployed_now_ = unemployed;
  pit_federal_rub_ = pit_federal;
  pit_regional_rub_ = pit - pit_federal;
  pensions_rub_ = pensions + benefits;
  transfers_rub_ = soldier_pay + bonuses_rub_ + transfers;
  soldier_pay_rub_ = soldier_pay;
}

void AgentEconomy::buy_other_assets(const AgentEconomyParams& p, double bought_rub) {
  // Cash: the bank pays it out of its reserves at the central bank, whose notes it becomes.
  const double cash = p.saving.other_assets_cash_share * bought_rub;
  bank_.deposits_rub -= cash;
  bank_.reserves_rub -= cash;
  other_assets_.cash_rub += cash;
  // Securities (equity, fund units, bonds): the issuers receive the households' deposits.
  const double securities = bought_rub - cash;
  const auto issues = [&](std::size_t f) { return turnover_.active.empty() || turnover_.active[f] != 0; };
  double capital = 0;
  for (std::size_t f = 0; f < firms_.size(); ++f)
    if (issues(f)) capital += firms_.capital[f];
  if (capital > 0) {
    for (std::size_t f = 0; f < firms_.size(); ++f)
      if (issues(f)) firms_.deposits_rub[f] += securities * firms_.capital[f] / capital;
  } else {
    firms_.deposits_rub[0] += securities;
  }
  other_assets_.securities_rub += securities;
}

}  // namespace sancsim
