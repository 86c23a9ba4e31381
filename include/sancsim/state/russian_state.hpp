#pragma once
// The Russian state, stepped monthly from the oil trade's prices and volumes.
#include <vector>

#include "sancsim/engine/series_table.hpp"
#include "sancsim/engine/state_hash.hpp"
#include "sancsim/model/oil_month.hpp"
#include "sancsim/model/policy_event.hpp"
#include "sancsim/model/run.hpp"
#include "sancsim/state/state_params.hpp"

namespace sancsim {

class RussianState {
 public:
  RussianState(const StateParams& params, Date start);
  // Adds this module's columns to the monthly table (called once, before the first month).
  void register_columns(SeriesTable& table);
  // A policy event on its date (tax rules, VAT changes, ...); others are ignored.
  void apply(const PolicyEvent& event);
  // One month: taxes, budget, NWF, central bank, ruble, economy; writes the current row.
  void step_month(const OilMonth& oil, SeriesTable& table);
  // Per-run metrics (cumulative revenue, NWF exhaustion month, ...), appended to `out`.
  void metrics(std::vector<Metric>& out) const;
  void hash(StateHasher& h) const;
};

}  // namespace sancsim
