#pragma once
// Parameters that scenario events change on a date (`type = "set"`): a behaviour that changes in
// a projection (say, the coalition's rolling tanker listings from July 2026) without changing the
// simulated past. Like the measures in force, the values are derived from the active events, so
// that `end` and relief restore the value the scenario gave. A `set` on a year path (say
// economy.contract_soldiers_target_k) makes the path flat at the value while the event is in force.
#include <cstdint>
#include <variant>
#include <vector>

#include "sancsim/engine/date.hpp"
#include "sancsim/model/params.hpp"
#include "sancsim/model/policy_event.hpp"

namespace sancsim {

class DatedParameters {
 public:
  // Resolves every `set` event of `events` to its parameter in `params` (which the run owns and
  // reads from). Throws std::invalid_argument for a key that names no number or year-path parameter
  // (the loader refuses those first).
  DatedParameters(const std::vector<PolicyEvent>& events, Params& params);

  bool empty() const { return slots_.empty(); }
  // Sets each parameter named by a `set` event to the value of its latest event in force on
  // `today` (active, dated on or before today, before its end), or back to the scenario's value.
  void apply(Date today, const std::vector<std::uint8_t>& active);

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  struct Slot {
    std::variant<double*, int*, YearPath*> target;
    double scenario_value;
    std::vector<std::size_t> events;  // indices of the `set` events naming it, in date order
    YearPath scenario_path;           // a year path's own points (restored when no event is in force)
    std::size_t path_event = kNone;   // the event a year path was last made flat by (kNone: its own)
  };
  const std::vector<PolicyEvent>* events_;
  std::vector<Slot> slots_;
};

}  // namespace sancsim
