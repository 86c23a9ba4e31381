#include <algorithm>

#include <fmt/format.h>

#include "loader.hpp"
#include "sancsim/engine/state_hash.hpp"

namespace sancsim::scenario_detail {

std::string scenario_hash(const Scenario& s, const ParamTable& table,
                          const std::vector<EventKindSpec>& catalogue) {
  StateHasher h;
  // Text, not bytes, for numbers: fmt's shortest round-trip form is exact and layout-free.
  // (Formatted on the stack: the daily Brent series alone is over a thousand numbers.)
  auto number = [&](double v) {
    char buffer[32];  // the shortest form of a double has at most 24 characters
    const auto written = fmt::format_to_n(buffer, sizeof buffer, "{}", v);
    h.text(std::string_view(buffer, written.out));
  };
  h.text("period");
  h.text(s.start.iso());
  h.text(s.end.iso());
  h.text(s.report_from.str());
  h.text("params");
  for (const auto& spec : table.all()) {
    h.text(spec.key);
    h.text(spec.value_text());
  }
  h.text("events");
  h.value(s.events.size());
  for (const auto& e : s.events) {
    auto it = std::find_if(catalogue.begin(), catalogue.end(),
                           [&](const EventKindSpec& k) { return k.kind == e.kind; });
    h.text(it == catalogue.end() ? std::string_view("?") : it->name);
    h.text(e.date.iso());
    h.text(e.id);
    h.text(e.jurisdiction);
    h.text(e.target);
    number(e.value);
    h.value(e.wind_down_days);
    h.text(e.end ? e.end->iso() : "");
    h.value(e.undoes.size());
    for (const auto& id : e.undoes) h.text(id);
    h.text(e.undoes_kind);
  }
  h.text("brent");
  h.value(s.brent.days.size());
  for (std::size_t i = 0; i < s.brent.days.size(); ++i) {
    h.value(s.brent.days[i].days);
    number(s.brent.daily_usd_per_bbl[i]);
  }
  h.value(s.brent.months.size());
  for (std::size_t i = 0; i < s.brent.months.size(); ++i) {
    h.value(s.brent.months[i].index);
    number(s.brent.monthly_usd_per_bbl[i]);
  }
  // A pinned path (Urals FOB, the key rate) is hashed only when a scenario names one, so that the hash
  // of every other scenario is what it was before the path existed.
  const auto path = [&](const char* name, const MonthlyPath& p) {
    if (p.months.empty()) return;
    h.text(name);
    h.value(p.months.size());
    for (std::size_t i = 0; i < p.months.size(); ++i) {
      h.value(p.months[i].index);
      number(p.values[i]);
    }
  };
  path("urals_fob", s.urals_fob);
  path("key_rate", s.key_rate);
  h.text("counterfactual");
  h.text(s.counterfactual ? s.counterfactual->hash : "");
  // Outcomes decide what a run reports, not how it runs; hashed only when declared, so the hash of
  // a scenario without any is what it was before outcomes existed.
  if (!s.outcomes.empty()) {
    h.text("outcomes");
    for (const auto& o : s.outcomes) {
      h.text(o.name);
      h.text(o.series);
      h.text(outcome_stat_name(o.stat));
      h.value(o.from ? o.from->index : -1);
      h.value(o.to ? o.to->index : -1);
      number(o.threshold);
      h.value(o.vs_compare_to ? 1 : 0);
    }
  }
  return fmt::format("{:016x}", h.digest());
}

}  // namespace sancsim::scenario_detail
