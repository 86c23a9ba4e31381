// `sancsim events SCENARIO [--set ...]`: the scenario's events after inheritance, removals and
// overrides, in date order, one a line (the ids that `--set events.<id>.<field>=...` takes).
#include <cmath>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "scenario_loading.hpp"

namespace sancsim::cli {
namespace {

struct EventsArgs {
  std::string scenario;
  std::vector<std::string> sets;
};

int list_events(const EventsArgs& a) {
  const auto overrides = parse_overrides_or_report(a.sets, std::cerr);
  if (!overrides) return kExitBadInput;
  const auto s = load_or_report(a.scenario, *overrides, std::cerr);
  if (!s) return kExitBadInput;
  std::cout << fmt::format("{} ({} events, {} to {})\n", s->name, s->events.size(), s->start.iso(),
                           s->end.iso());
  std::cout << fmt::format("{:<10}  {:<30}  {:<28}  {:<22}  {:<14}  {}\n", "date", "id", "type", "value",
                           "jurisdiction", "target / end / file");
  for (const auto& e : s->events) {
    const EventKindSpec& spec = spec_of(e.kind);
    std::string value;
    if (!std::isnan(e.value))
      value =
          spec.value_key.empty() ? fmt::format("{}", e.value) : fmt::format("{}={}", spec.value_key, e.value);
    std::string more = e.target;
    if (e.end) more += (more.empty() ? "" : ", ") + fmt::format("until {}", e.end->iso());
    if (!e.file.empty()) more += (more.empty() ? "" : ", ") + fmt::format("{}:{}", e.file, e.line);
    std::cout << fmt::format("{:<10}  {:<30}  {:<28}  {:<22}  {:<14}  {}\n", e.date.iso(),
                             e.id.empty() ? "-" : e.id, spec.name, value.empty() ? "-" : value,
                             e.jurisdiction.empty() ? "-" : e.jurisdiction, more);
  }
  return kExitOk;
}

CommandRun setup(CLI::App& sub, const Invocation&) {
  auto a = std::make_shared<EventsArgs>();
  sub.add_option("scenario", a->scenario, "Scenario file (TOML)")->required();
  sub.add_option("--set", a->sets, "Override a parameter or event field first: key.path=value, repeatable");
  add_input_limit_option(sub);
  return [a] { return list_events(*a); };
}

const CommandRegistration registration{
    "events", "List a scenario's events after inheritance (date, id, type, value, jurisdiction)", setup};

}  // namespace
}  // namespace sancsim::cli
