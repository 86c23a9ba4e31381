#include "sancsim/economy/household_deposits.hpp"

#include <algorithm>

namespace sancsim {

namespace {

// The term share stays inside these bounds whatever the spread (households keep some money to pay
// with and some term deposits whatever the rates).
constexpr double kTermShareMin = 0.2;
constexpr double kTermShareMax = 0.9;

double new_term_rate_pct(const HouseholdDepositParams& p, double key_rate_pct) {
  return std::max(0.0, key_rate_pct + p.term_deposit_spread_pct);
}

double demand_rate_pct(const HouseholdDepositParams& p, double key_rate_pct) {
  return std::max(0.0, p.demand_deposit_rate_share * key_rate_pct);
}

double spread_pp(const HouseholdDepositParams& p, double key_rate_pct) {
  return new_term_rate_pct(p, key_rate_pct) - demand_rate_pct(p, key_rate_pct);
}

}  // namespace

void describe_household_deposits(ParamTable& t, HouseholdDepositParams& p) {
  t.flag("deposit_kinds", p.deposit_kinds,
         "households' deposits by kind: term deposits at a rate that follows the key rate as they mature, "
         "demand accounts at a share of it, and a term share that answers to the spread (off: every deposit "
         "earns key + deposit_spread_pct)",
         "docs/ECONOMY.md, Deposits by kind and the bank's cost of funds; on since session 22");
  t.real("term_deposit_share_start", p.term_deposit_share_start, 0, 1, "share",
         "term deposits' share of households' funds in banks at the start (Jan 2021)",
         "64.6% at 1 Jan 2021, 61.7% at 1 Jul 2021 (Bank of Russia, banking sector review, via bne "
         "IntelliNews Russia report Aug 2021); the half-year's mean, rounded");
  t.real("term_deposit_spread_pct", p.term_deposit_spread_pct, -20, 20, "pp",
         "new term deposits' rate over the key rate",
         "top-10 banks' average maximum deposit rate (CBR monitor): 5.55% in Jul 2021 (key 5.5-6.5), 14.8% "
         "Mar 2024 (key 16), 20.91% early Nov 2024 (key 21) (russia_economy.md 4; IntelliNews Sep 2021)");
  t.real("term_deposit_maturity_months", p.term_deposit_maturity_months, 1, 120, "months",
         "term deposits' mean maturity: a share 1/m of the term stock is placed again each month at the new "
         "rate (and the term share moves at that speed)",
         "judgement: most new deposits run 1-6 months, 11% a year (bank survey via Socialbites, 2024); CBR "
         "monitor by maturity: rates to 1 year above those over 1 year");
  t.real(
      "demand_deposit_rate_share", p.demand_deposit_rate_share, 0, 1.5, "share",
      "demand accounts' (current, card and savings accounts) rate as a share of the key rate",
      "derived: interest on household funds in 2024 about 6 trn RUB with savings accounts (3.8-4 trn on "
      "deposits; Izvestia survey of Alfa-Bank, NRA, Expert RA) on about 51 trn of funds (45.6 -> 57.5 "
      "trn, CBR) at a mean key rate of 17.6%: 0.67 of the key rate on all funds; with 63% term at ~0.88 "
      "of the key rate (rates lag the 2024 hikes) the demand accounts earn ~0.3 of it; card balances none");
  t.real("term_share_per_pp", p.term_share_per_pp, 0, 0.2, "share_per_pp",
         "term deposits' target share of household funds per pp of the spread (new term rate less the "
         "demand accounts' rate) above the start's",
         "judgement: in H1 2021 at a 1-2 pp spread the term share fell 2.9 pp while current accounts began "
         "to pay interest (Bank of Russia via IntelliNews, Aug 2021); not estimated (docs/ECONOMY.md)");
  t.flag("loans_priced_on_funding", p.loans_priced_on_funding,
         "household loans priced on the bank's cost of funds (the term deposits' portfolio rate less their "
         "spread) instead of the month's key rate; needs deposit_kinds",
         "docs/ECONOMY.md, Deposits by kind and the bank's cost of funds; built, off, measured");
  t.flag("firm_deposits_by_kind", p.firm_deposits_by_kind,
         "firms' deposits earn the new term deposits' rate on firm_term_deposit_share of them and nothing "
         "on current accounts (off: key + deposit_spread_pct on all of them)",
         "docs/ECONOMY.md, Saving, other financial assets and the real deposit rate; built, off, measured");
  t.real("firm_term_deposit_share", p.firm_term_deposit_share, 0, 1, "share",
         "term deposits' share of firms' funds in banks (the rest current accounts paying nothing)",
         "judgement: firms keep settlement balances on current accounts that Russian banks pay little "
         "or nothing on, and place the surplus in short deposits near the key rate; not estimated");
}

double HouseholdDeposits::start_rate_pct(const HouseholdDepositParams& p, double key_rate_pct) {
  const double s = p.term_deposit_share_start;
  return s * new_term_rate_pct(p, key_rate_pct) + (1.0 - s) * demand_rate_pct(p, key_rate_pct);
}

void HouseholdDeposits::start(const HouseholdDepositParams& p, double key_rate_pct) {
  kinds = p.deposit_kinds;
  term_share = p.term_deposit_share_start;
  term_rate_pct = new_term_rate_pct(p, key_rate_pct);
  spread_start_pp = spread_pp(p, key_rate_pct);
  term_interest_rub = demand_interest_rub = 0;
}

HouseholdDeposits::Month HouseholdDeposits::month(const HouseholdDepositParams& p,
                                                  double key_rate_pct) const {
  return Month{.term_rate_pct = term_rate_pct,
               .demand_rate_pct = demand_rate_pct(p, key_rate_pct),
               .term_share = term_share};
}

void HouseholdDeposits::close_month(const HouseholdDepositParams& p, double key_rate_pct,
                                    double deposits_before_rub, double deposits_rub) {
  const Month m = month(p, key_rate_pct);
  term_interest_rub = deposits_before_rub * term_share * m.term_rate_pct / 1200.0;
  demand_interest_rub = deposits_before_rub * (1.0 - term_share) * m.demand_rate_pct / 1200.0;
  // Households move funds toward the share the spread asks for as their term deposits mature.
  const double speed = 1.0 / std::max(1.0, p.term_deposit_maturity_months);
  const double target = std::clamp(
      p.term_deposit_share_start + p.term_share_per_pp * (spread_pp(p, key_rate_pct) - spread_start_pp),
      kTermShareMin, kTermShareMax);
  const double term_before = term_share * std::max(0.0, deposits_before_rub);
  const double share = term_share + speed * (target - term_share);
  const double term_now = share * std::max(0.0, deposits_rub);
  // What matured and was placed again, and what was newly placed, takes the new term rate.
  const double kept = std::min(term_now, (1.0 - speed) * term_before);
  if (term_now > 0)
    term_rate_pct =
        (kept * term_rate_pct + (term_now - kept) * new_term_rate_pct(p, key_rate_pct)) / term_now;
  term_share = share;
}

void HouseholdDeposits::hash(StateHasher& h) const {
  h.value(term_share);
  h.value(term_rate_pct);
}

double firm_deposit_rate_pct(const HouseholdDepositParams& p, double key_rate_pct) {
  return p.firm_term_deposit_share * new_term_rate_pct(p, key_rate_pct);
}

double HouseholdDeposits::lending_key_rate_pct(const HouseholdDepositParams& p, double key_rate_pct) const {
  if (!p.deposit_kinds || !p.loans_priced_on_funding) return key_rate_pct;
  return term_rate_pct - p.term_deposit_spread_pct;
}

}  // namespace sancsim
