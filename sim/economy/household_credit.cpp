#include "sancsim/economy/household_credit.hpp"

#include <cmath>
#include <numeric>

namespace sancsim {

namespace {

// Share of an annuity loan's balance repaid in a month at a monthly rate over a term of n months:
// r / ((1 + r)^n - 1) (the first month's principal of a level payment).
double annuity_principal_share(double monthly_rate, double months) {
  if (months <= 0) return 1.0;
  if (monthly_rate <= 1e-12) return 1.0 / months;
  return monthly_rate / std::expm1(months * std::log1p(monthly_rate));
}

double market_mortgage_rate_pct(const HouseholdCreditParams& p, double key_rate_pct) {
  return std::max(0.0, key_rate_pct + p.mortgage_spread_pct);
}

// The rate of a month's new mortgages when `subsidised` of them are at the programme's rate.
double new_mortgage_rate_pct(const HouseholdCreditParams& p, double key_rate_pct, double subsidised) {
  return subsidised * p.mortgage_programme_rate_pct +
         (1.0 - subsidised) * market_mortgage_rate_pct(p, key_rate_pct);
}

double consumer_loan_rate_pct(const HouseholdCreditParams& p, double key_rate_pct) {
  return std::max(0.0, key_rate_pct + p.consumer_loan_spread_pct);
}

// What the state pays the bank in a month to make a subsidised stock at `rate_pct` whole to the market
// mortgage rate.
double subsidy_rub(const HouseholdCreditParams& p, double stock_rub, double key_rate_pct, double rate_pct) {
  return stock_rub * std::max(0.0, key_rate_pct + p.mortgage_spread_pct - rate_pct) / 1200.0;
}

double mortgage_principal_share(const HouseholdCreditParams& p, double rate_pct) {
  return annuity_principal_share(rate_pct / 1200.0, p.mortgage_term_months) +
         p.mortgage_prepayment_pct_per_year / 1200.0;
}

}  // namespace

void describe_household_credit(ParamTable& t, HouseholdCreditParams& p) {
  const char* const judgement = "judgement, not calibrated (docs/ECONOMY.md)";
  t.real(
      "initial_consumer_loans_rub_bn", p.initial_consumer_loans_rub_bn, 0, 1e6, "rub_bn",
      "households' non-mortgage bank loans at the start (Jan 2021)",
      "retail debt 24.48 trn end-2021 after +22.8% in 2021, less mortgages (russia_economy.md 4); derived");
  t.real("initial_mortgages_rub_bn", p.initial_mortgages_rub_bn, 0, 1e6, "rub_bn",
         "households' mortgage debt at the start (Jan 2021)",
         "over 9 trn end-2020; about 12 trn end-2021 after +30.1% y/y (CBR via TASS, russia_economy.md 4)");
  t.real("consumer_credit_flow_start_rub_bn_per_year", p.consumer_credit_flow_start_rub_bn_per_year, -1e5,
         1e5, "rub_bn_per_year",
         "net consumer lending at the start (new lending follows from it and repayments)",
         "non-mortgage retail debt about 12.5 trn end-2021 less 10.7 trn at the start (russia_economy.md 4); "
         "derived");
  t.real("mortgage_flow_start_rub_bn_per_year", p.mortgage_flow_start_rub_bn_per_year, -1e5, 1e5,
         "rub_bn_per_year", "net mortgage lending at the start (new lending follows from it and repayments)",
         "mortgage debt about 12 trn end-2021 less 9.2 trn at the start (russia_economy.md 4); derived");
  t.real("consumer_loan_spread_pct", p.consumer_loan_spread_pct, -20, 60, "pp",
         "consumer loan rate over the key rate",
         "unsecured consumer-loan rates 25-38% at a 21% key rate, Nov 2024 (MT/RBC, russia_economy.md 4): "
         "the range's mid-point less the key rate, rounded");
  t.real("mortgage_spread_pct", p.mortgage_spread_pct, -20, 30, "pp",
         "market mortgage rate over the key rate (also the rate the state makes the bank whole to)",
         judgement);
  t.real("consumer_loan_term_months", p.consumer_loan_term_months, 1, 600, "months",
         "term of consumer loans (annuity)", judgement);
  t.real("mortgage_term_months", p.mortgage_term_months, 1, 600, "months", "term of mortgages (annuity)",
         judgement);
  t.real(
      "mortgage_prepayment_pct_per_year", p.mortgage_prepayment_pct_per_year, 0, 100, "pct_per_year",
      "mortgage stock repaid early each year, on top of the annuity",
      "2024: issuance 4.9 trn (weak) and portfolio growth +12.4% (Reuters on CBR) imply repayments of "
      "about 15% of the stock a year, less the 20-year annuity's 2% (russia_economy.md 4); derived, rounded");
  t.real("credit_rate_sensitivity", p.credit_rate_sensitivity, 0, 1, "share_per_pp",
         "new household lending lost per pp of the cost of credit (loan rate less expected inflation and "
         "expected real income growth) above the start's",
         "estimated on the calibration windows (search S39A, docs/CALIBRATION.md, \"Session 39\"); 0.04 "
         "before, judgement: the firms' investment_rate_sensitivity (docs/ECONOMY.md)");
  t.real("mortgage_programme_rate_pct", p.mortgage_programme_rate_pct, 0, 50, "pct",
         "borrower's rate of the preferential mortgage programme (date changes with `set` events)",
         "6.5% from Apr 2020 (government decree of 23 Apr 2020; TASS 16 Apr 2020); 7% from Jul 2021, 12% Apr "
         "2022, 9% from 1 May 2022, 7% from Jun 2022 (Minfin; Lenta; SPIEF), 8% in 2024 to 1 Jul 2024");
  t.real("mortgage_subsidised_share", p.mortgage_subsidised_share, 0, 1, "share",
         "share of mortgage demand the preferential programme reaches (of new mortgage lending at the "
         "start's rates; date changes with `set` events)",
         "77.5% of issuance in May 2024 (weak source, russia_economy.md 4); 2021 judgement: the general "
         "programme lent 2.26 trn RUB Apr 2020 to Apr 2022 (Minfin, Apr 2022) besides family mortgages");
  t.real("mortgage_market_primary_share", p.mortgage_market_primary_share, 0, 1, "share",
         "share of market-rate mortgages that buy new housing (subsidised ones all do)", judgement);
}

double HouseholdCredit::new_housing_share(const HouseholdCreditParams& p, double subsidised) {
  return subsidised + (1.0 - subsidised) * p.mortgage_market_primary_share;
}

HouseholdCredit::StartFlows HouseholdCredit::start_flows(const HouseholdCreditParams& p, double key_rate_pct,
                                                         double rub_per_bn) {
  const double lc = p.initial_consumer_loans_rub_bn * rub_per_bn;
  const double lm = p.initial_mortgages_rub_bn * rub_per_bn;
  const double rc = consumer_loan_rate_pct(p, key_rate_pct);
  const double rm = new_mortgage_rate_pct(p, key_rate_pct, p.mortgage_subsidised_share);
  const double ac = annuity_principal_share(rc / 1200.0, p.consumer_loan_term_months);
  const double am = mortgage_principal_share(p, rm);
  StartFlows f;
  f.interest = lc * rc / 1200.0 + lm * rm / 1200.0;
  f.service = f.interest + lc * ac + lm * am;
  f.consumer_new = lc * ac + p.consumer_credit_flow_start_rub_bn_per_year * rub_per_bn / 12.0;
  f.mortgage_new = lm * am + p.mortgage_flow_start_rub_bn_per_year * rub_per_bn / 12.0;
  f.new_housing = new_housing_share(p, p.mortgage_subsidised_share) * f.mortgage_new;
  f.resales = f.mortgage_new - f.new_housing;
  f.subsidy = subsidy_rub(p, p.mortgage_subsidised_share * lm, key_rate_pct, p.mortgage_programme_rate_pct);
  return f;
}

void HouseholdCredit::start(const HouseholdCreditParams& p, double key_rate_pct,
                            double expected_inflation_pct, double real_income_growth_pct, double rub_per_bn,
                            const std::vector<double>& earnings,
                            const std::vector<double>& mortgage_earnings) {
  const std::size_t n = earnings.size();
  consumer_rub.assign(n, 0.0);
  mortgage_rub.assign(n, 0.0);
  const double all = std::accumulate(earnings.begin(), earnings.end(), 0.0);
  const double working = std::accumulate(mortgage_earnings.begin(), mortgage_earnings.end(), 0.0);
  const double lc = p.initial_consumer_loans_rub_bn * rub_per_bn;
  const double lm = p.initial_mortgages_rub_bn * rub_per_bn;
  for (std::size_t h = 0; h < n; ++h) {
    consumer_rub[h] = all > 0 ? lc * earnings[h] / all : 0.0;
    mortgage_rub[h] = working > 0 ? lm * mortgage_earnings[h] / working : 0.0;
    consumer_total_rub += consumer_rub[h];
    mortgage_total_rub += mortgage_rub[h];
  }
  consumer_rate_pct = consumer_loan_rate_pct(p, key_rate_pct);
  mortgage_rate_pct = new_mortgage_rate_pct(p, key_rate_pct, p.mortgage_subsidised_share);
  subsidised_rub = p.mortgage_subsidised_share * lm;
  subsidised_rate_pct = p.mortgage_programme_rate_pct;
  const StartFlows f = start_flows(p, key_rate_pct, rub_per_bn);
  consumer_per_income_start = all > 0 ? f.consumer_new / all : 0.0;
  mortgage_per_income_start = working > 0 ? f.mortgage_new / working : 0.0;
  expected_real_income_growth_pct = real_income_growth_pct;
  const double expected_growth = expected_inflation_pct + real_income_growth_pct;
  consumer_cost_start_pct = consumer_rate_pct - expected_growth;
  market_mortgage_cost_start_pct = market_mortgage_rate_pct(p, key_rate_pct) - expected_growth;
  subsidised_cost_start_pct = p.mortgage_programme_rate_pct - expected_growth;
}

CreditMonth HouseholdCredit::rates(const HouseholdCreditParams& p, double key_rate_pct,
                                   double expected_inflation_pct) const {
  CreditMonth m;
  m.consumer_rate = consumer_rate_pct / 1200.0;
  m.mortgage_rate = mortgage_rate_pct / 1200.0;
  m.consumer_principal = annuity_principal_share(m.consumer_rate, p.consumer_loan_term_months);
  m.mortgage_principal = mortgage_principal_share(p, mortgage_rate_pct);
  // The cost of credit: the rate less the borrowers' expected growth of their nominal income (expected
  // inflation plus expected real income growth; the present value of payments that keep a share of
  // an income growing at g, discounted at r, depends on r - g only). Lending answers to it linearly
  // against the start's.
  const double beta = p.credit_rate_sensitivity;
  const double growth = expected_inflation_pct + expected_real_income_growth_pct;
  auto factor = [&](double rate_pct, double start_cost_pct) {
    return std::max(0.0, 1.0 - beta * (rate_pct - growth - start_cost_pct));
  };
  m.consumer_per_income =
      consumer_per_income_start * factor(consumer_loan_rate_pct(p, key_rate_pct), consumer_cost_start_pct);
  // Mortgages in two segments: demand the programme reaches borrows at its rate, the rest at the
  // market's.
  const double s = p.mortgage_subsidised_share;
  const double subsidised = s * factor(p.mortgage_programme_rate_pct, subsidised_cost_start_pct);
  const double market =
      (1.0 - s) * factor(market_mortgage_rate_pct(p, key_rate_pct), market_mortgage_cost_start_pct);
  m.mortgage_per_income = mortgage_per_income_start * (subsidised + market);
  m.mortgage_subsidised = subsidised + market > 0 ? subsidised / (subsidised + market) : s;
  return m;
}

void HouseholdCredit::finish_month(const CreditMonth& m, const Sums& acc) {
  Totals& t = month_;
  t.interest = consumer_total_rub * m.consumer_rate + mortgage_total_rub * m.mortgage_rate;
  t.interest_paid = t.interest - acc.unpaid_interest;
  t.principal = consumer_total_rub * m.consumer_principal + mortgage_total_rub * m.mortgage_principal -
                acc.unpaid_principal;
  t.consumer_new = m.consumer_per_income * acc.earnings;
  t.mortgage_new = m.mortgage_per_income * acc.mortgage_earnings;
  t.consumer_stock =
      consumer_total_rub * (1.0 - m.consumer_principal) + acc.consumer_shortfall + t.consumer_new;
  t.mortgage_stock =
      mortgage_total_rub * (1.0 - m.mortgage_principal) + acc.mortgage_shortfall + t.mortgage_new;
  consumer_total_rub = t.consumer_stock;
  mortgage_total_rub = t.mortgage_stock;
}

double HouseholdCredit::close_month(const HouseholdCreditParams& p, double key_rate_pct,
                                    const CreditMonth& m) {
  // The state makes the bank whole to the market rate on the subsidised stock held this month.
  const double subsidy = subsidy_rub(p, subsidised_rub, key_rate_pct, subsidised_rate_pct);
  // New loans blend into the portfolios' rates (in proportion to what remains of the old stock).
  const double consumer = month_.consumer_stock, mortgages = month_.mortgage_stock;
  const double nc = month_.consumer_new, nm = month_.mortgage_new;
  if (consumer > 0)
    consumer_rate_pct =
        ((consumer - nc) * consumer_rate_pct + nc * consumer_loan_rate_pct(p, key_rate_pct)) / consumer;
  if (mortgages > 0)
    mortgage_rate_pct = ((mortgages - nm) * mortgage_rate_pct +
                         nm * new_mortgage_rate_pct(p, key_rate_pct, m.mortgage_subsidised)) /
                        mortgages;
  const double subsidised_new = m.mortgage_subsidised * nm;
  const double kept = subsidised_rub * (1.0 - m.mortgage_principal);
  if (kept + subsidised_new > 0)
    subsidised_rate_pct = (kept * subsidised_rate_pct + subsidised_new * p.mortgage_programme_rate_pct) /
                          (kept + subsidised_new);
  subsidised_rub = kept + subsidised_new;
  return subsidy;
}

double HouseholdCredit::column_total_rub() const {
  double total = 0;
  for (double v : consumer_rub) total += v;
  for (double v : mortgage_rub) total += v;
  return total;
}

}  // namespace sancsim
