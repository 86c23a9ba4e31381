#include "sancsim/engine/run_result.hpp"

#include <limits>

namespace sancsim {

double metric(const RunResult& r, std::string_view name) {
  for (const auto& m : r.metrics)
    if (m.name == name) return m.value;
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace sancsim
