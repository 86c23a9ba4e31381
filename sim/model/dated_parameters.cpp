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
    YearPath* path =
        spec && spec->kind == ParamSpec::Kind::Path ? std::get<YearPath*>(spec->target) : nullptr;
    if (!real && !integer && !path)
      throw std::invalid_argument(
          fmt::format("set event: \"{}\" is not a number or year-path parameter", events[i].target));
    const void* address = real      ? static_cast<const void*>(real)
                          : integer ? static_cast<const void*>(integer)
                                    : static_cast<const void*>(path);
    Slot* slot = nullptr;
    for (auto& s : slots_)
      if (std::visit([&](auto* p) { return static_cast<const void*>(p) == address; }, s.target)) slot = &s;
    if (!slot) {
      if (real)
        slots_.push_back({.target = real, .scenario_value = *real, .events = {}, .scenario_path = {}});
      else if (integer)
        slots_.push_back({.target = integer,
                          .scenario_value = static_cast<double>(*integer),
                          .events = {},
                          .scenario_path = {}});
      else
        slots_.push_back({.target = path, .scenario_value = 0.0, .events = {}, .scenario_path = *path});
      slot = &slots_.back();
    }
    slot->events.push_back(i);
  }
}

void DatedParameters::apply(Date today, const std::vector<std::uint8_t>& active) {
  for (auto& slot : slots_) {
    double value = slot.scenario_value;
    std::size_t in_force = kNone;
    for (std::size_t i : slot.events) {
      const PolicyEvent& e = (*events_)[i];
      if (active[i] && e.date <= today && (!e.end || today < *e.end)) {
        value = e.value;
        in_force = i;
      }
    }
    if (auto* path = std::get_if<YearPath*>(&slot.target)) {
      if (in_force == slot.path_event) continue;  // unchanged since yesterday: no copy
      slot.path_event = in_force;
      if (in_force == kNone)
        **path = slot.scenario_path;
      else
        (*path)->points.assign(1, {(*events_)[in_force].date.year(), value});  // flat: every year
      continue;
    }
    if (auto* real = std::get_if<double*>(&slot.target))
      **real = value;
    else
      *std::get<int*>(slot.target) = static_cast<int>(std::lround(value));
  }
}

}  // namespace sancsim
