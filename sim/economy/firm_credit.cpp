#include "sancsim/economy/firm_credit.hpp"

#include <algorithm>

namespace sancsim {

void describe_firm_credit(ParamTable& t, FirmCreditParams& p) {
  t.flag(
      "firm_credit_limit", p.enabled,
      "the bank lends a firm only up to what its expected cash flow or its plant can carry; firms "
      "beyond it fund wages, dividends and investment from their deposits and exit when illiquid",
      "built 2026-12-04, the default since session 18 (the history run is byte-identical with it; it bounds "
      "long runs' balance sheets): docs/ECONOMY.md, \"Credit limited by the capacity to service it\"");
  t.flag("firm_credit_funded_payroll", p.funded_payroll,
         "with firm_credit_limit, a firm keeps and hires only the staff its deposits, the credit left and "
         "its expected cash before wages can pay (the rest laid off at once) and invests only out of what "
         "that leaves",
         "built 2026-12-04, off: moves the agents' 2021 (unemployment Dec 2021 6.6% against 5.4%) and loses "
         "1-2 history targets; docs/ECONOMY.md, \"Credit limited by the capacity to service it\"");
  t.real("firm_credit_max_debt_to_ebitda_years", p.max_debt_to_ebitda_years, 0, 100, "years",
         "most a firm may owe against a year's expected EBITDA",
         "judgement: cash-flow-based lending with debt/EBITDA covenants of about 3-5 (Lian and Ma 2021, "
         "QJE 136(1), Anatomy of corporate borrowing constraints); docs/ECONOMY.md");
  t.real("firm_credit_min_interest_cover", p.min_interest_cover, 0, 100, "ratio",
         "expected EBITDA over interest the bank requires of new lending",
         "judgement, below the Bank of Russia's 3.0 that marks a heavily indebted borrower for its "
         "macroprudential add-on (press release of 21 Nov 2024; Ordinance 6960-U); docs/ECONOMY.md");
  t.real("firm_credit_collateral_share", p.collateral_share, 0, 1, "share",
         "share of a firm's plant at the investment price that the bank lends against (and recovers "
         "when the firm exits)",
         "judgement: banks' collateral discounts on plant and real estate of about a half; docs/ECONOMY.md");
  t.real("firm_credit_ebitda_expectation_weight", p.ebitda_expectation_weight, 0, 1, "share_per_month",
         "weight of the month's EBITDA in the bank's expectation of a firm's cash flow",
         "judgement: about a year of accounts; docs/ECONOMY.md");
}

double firm_credit_limit_rub(const FirmCreditParams& p, double expected_ebitda_rub,
                             double loan_rate_per_month, double plant_rub) {
  double cash_flow = 0;
  if (expected_ebitda_rub > 0) {
    cash_flow = 12.0 * p.max_debt_to_ebitda_years * expected_ebitda_rub;
    if (p.min_interest_cover > 0 && loan_rate_per_month > 0)
      cash_flow = std::min(cash_flow, expected_ebitda_rub / (p.min_interest_cover * loan_rate_per_month));
  }
  return std::max({0.0, cash_flow, p.collateral_share * plant_rub});
}

}  // namespace sancsim
