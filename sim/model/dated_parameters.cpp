#include "sancsim/model/dated_parameters.hpp"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

namespace sancsim {

DatedParameters::DatedParameters(const std::vector<PolicyEvent>& events, Params& params) : events_(&events) {
  std::vector<std::size_t> sets;
  for (std::size_t i = 0; i < events.size(); ++i)
    if (events[i].kind == EventKind::SetParameter) sets.push_back(i);
  if (sets.empty()) return;  // the usual case: no table to build
  const ParamTable table = describe(params);
  for (std::size_t i : sets) {
    const ParamSpec* spec = table.find(events[i].target);
    double* real = spec && spec->kind == ParamSpec::Kind::Real ? std::get<double*>(spec->target) : nullptr;
    int* integer = spec && spec->kind == ParamSpec::Kind::Integer ? std::get<int*>(spec->target) : nullptr;
    if (!real && !integer)
      throw std::invalid_argument(
          fmt::format("set event: \"{}\" is not a number parameter", events[i].target));
    const void* address = real ? static_cast<const void*>(real) : static_cast<const void*>(integer);
    Slot* slot = nullptr;
    for (auto& s : slots_)
      if (std::visit([&](auto* p) { return static_cast<const void*>(p) == address; }, s.target)) slot = &s;
    if (!slot) {
      if (real)
        slots_.push_back({real, *real, {}});
      else
        slots_.push_back({integer, static_cast<double>(*integer), {}});
      slot = &slots_.back();
    }
    slot->events.push_back(i);
  }
}

void DatedParameters::apply(Date today, const std::vector<std::uint8_t>& active) {
  for (auto& slot : slots_) {
    double value = slot.scenario_value;
    for (std::size_t i : slot.events) {
      const PolicyEvent& e = (*events_)[i];
      if (active[i] && e.date <= today && (!e.end || today < *e.end)) value = e.value;
    }
    if (auto* real = std::get_if<double*>(&slot.target))
      **real = value;
    else
      *std::get<int*>(slot.target) = static_cast<int>(std::lround(value));
  }
}

}  // namespace sancsim
