#pragma once
// The month's labour-market flows (docs/ECONOMY.md, "Labour-market flows"): the persons the labour market,
// the army and the firms' exits moved between employment, unemployment and the army, counted in agent rows
// while the month runs. Outside the months of a dated population event (mobilisation, emigration) the
// unemployed change by unemployed_change() below.

namespace sancsim {

struct LabourFlows {
  double vacancies = 0;      // posted by the firms before the month's matching
  double hires = 0;          // into firms, from unemployment and from other firms
  double job_to_job = 0;     // of which from another firm
  double separations = 0;    // employees to unemployment: leavers, layoffs, the staff of firms that exit
  double army_recruits = 0;  // contracts signed, from employment and from unemployment
  double army_recruits_from_jobs = 0;  // of which from employment
  double army_exits = 0;               // contracts ended, back to unemployment

  void clear() { *this = LabourFlows{}; }
  // What the flows add to the unemployed: leavers and ended contracts in, hires and recruits from it out.
  double unemployed_change() const {
    return separations + army_exits - (hires - job_to_job) - (army_recruits - army_recruits_from_jobs);
  }
  // The flows in thousands of persons: each count times `persons_per_agent` / 1000.
  LabourFlows scaled(double persons_per_agent) const {
    const double k = persons_per_agent / 1000.0;
    return {vacancies * k,   hires * k,         job_to_job * k,
            separations * k, army_recruits * k, army_recruits_from_jobs * k,
            army_exits * k};
  }
};

}  // namespace sancsim
