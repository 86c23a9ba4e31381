// The charts of a sweep: fans of the headline series, outcomes against each swept parameter,
// sensitivity indices (Sobol', Morris) and the boxes of scenario discovery (PRIM).
#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "chart_spec.hpp"
#include "sancsim/report/charts.hpp"

namespace sancsim::report {
namespace {
using nlohmann::json;

struct Headline {
  const char* name;
  const char* label;  // axis title with unit
};

// The series a fan chart is drawn for, in this order, when the sweep has them.
const std::vector<Headline>& fan_series() {
  static const std::vector<Headline> series = {
      {"urals_fob_usd_per_bbl", "Urals FOB, USD per barrel"},
      {"urals_discount_usd_per_bbl", "Urals discount to Brent, USD per barrel"},
      {"crude_exports_kbd", "crude exports, thousand barrels a day"},
      {"oil_export_revenue_usd_bn", "oil export revenue, USD bn per month"},
      {"shadow_tankers_active", "shadow tankers active"},
      {"oil_gas_budget_revenue_rub_bn", "oil-and-gas budget revenue, RUB bn per month"},
      {"nwf_liquid_rub_bn", "NWF liquid assets, RUB bn"},
  };
  return series;
}

// Metrics a sweep report shows by default when none were analysed.
const std::vector<std::string>& headline_metrics() {
  static const std::vector<std::string> metrics = {"oil_export_revenue_cum_usd_bn",
                                                   "urals_discount_mean_usd_per_bbl",
                                                   "oil_gas_revenue_cum_rub_bn", "shadow_tankers_active_end"};
  return metrics;
}

std::string sweep_source(const SweepInput& s) {
  return fmt::format("Source: sweep {} (base scenario {}; {} design, {} of {} runs ok, master seed {})",
                     s.name, std::filesystem::path(s.base_scenario).filename().string(), s.design, s.runs_ok,
                     s.runs, s.master_seed);
}

std::string safe_id(const std::string& text) {
  std::string id;
  for (char c : text) id.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '-');
  return id;
}

Chart fan_chart(const std::vector<QuantileRow>& rows, const Headline& h, const std::string& id,
                const std::string& title, const std::string& caption, const std::string& source) {
  json values = json::array();
  std::vector<std::string> groups;
  for (const auto& r : rows) {
    if (r.series != h.name) continue;
    if (std::find(groups.begin(), groups.end(), r.group) == groups.end()) groups.push_back(r.group);
    values.push_back({{"group", r.group},
                      {"date", month_date(r.month)},
                      {"p5", number_or_null(r.p5)},
                      {"p25", number_or_null(r.p25)},
                      {"p50", number_or_null(r.p50)},
                      {"p75", number_or_null(r.p75)},
                      {"p95", number_or_null(r.p95)}});
  }
  const json color = {{"field", "group"}, {"type", "nominal"}, {"title", nullptr}, {"sort", groups}};
  const json tooltip = json::array(
      {{{"field", "group"}, {"type", "nominal"}},
       {{"field", "date"}, {"type", "temporal"}, {"timeUnit", "utcyearmonth"}, {"title", "month"}},
       {{"field", "p5"}, {"type", "quantitative"}, {"format", ",.2f"}},
       {{"field", "p25"}, {"type", "quantitative"}, {"format", ",.2f"}},
       {{"field", "p50"}, {"type", "quantitative"}, {"format", ",.2f"}, {"title", "median"}},
       {{"field", "p75"}, {"type", "quantitative"}, {"format", ",.2f"}},
       {{"field", "p95"}, {"type", "quantitative"}, {"format", ",.2f"}}});
  json spec = base_spec(title, source);
  spec["data"] = {{"values", std::move(values)}};
  spec["layer"] = json::array({{{"mark", {{"type", "area"}, {"opacity", 0.15}}},
                                {"encoding",
                                 {{"x", month_x()},
                                  {"y", {{"field", "p5"}, {"type", "quantitative"}, {"title", h.label}}},
                                  {"y2", {{"field", "p95"}}},
                                  {"color", color}}}},
                               {{"mark", {{"type", "area"}, {"opacity", 0.3}}},
                                {"encoding",
                                 {{"x", month_x()},
                                  {"y", {{"field", "p25"}, {"type", "quantitative"}}},
                                  {"y2", {{"field", "p75"}}},
                                  {"color", color}}}},
                               {{"mark", {{"type", "line"}, {"strokeWidth", 1.8}}},
                                {"encoding",
                                 {{"x", month_x()},
                                  {"y", {{"field", "p50"}, {"type", "quantitative"}}},
                                  {"color", color},
                                  {"tooltip", tooltip}}}}});
  return {.id = id, .title = title, .caption = caption, .source = source, .spec = std::move(spec)};
}

std::vector<Chart> fan_charts(const SweepInput& s, const std::string& prefix, const std::string& source) {
  std::vector<Chart> charts;
  const bool per_point = s.points <= kMaxFanPoints;
  for (const auto& h : fan_series()) {
    std::vector<QuantileRow> rows;
    if (per_point) {
      for (const auto& r : s.series_quantiles)
        if (r.series == h.name) rows.push_back(r);
    } else if (s.record == "series") {
      rows = read_all_runs_quantiles(s, h.name);
    }
    if (rows.empty()) continue;
    const std::string caption =
        per_point
            ? fmt::format(
                  "Monthly {} at each design point over its replications: the median (line), the "
                  "middle half (p25-p75, dark band) and 90% of runs (p5-p95, light band), from "
                  "series_quantiles.csv. Wide bands are seed noise; bands apart are the parameters' effect.",
                  h.label)
            : fmt::format(
                  "Monthly {} over all {} ok runs of the sweep ({} design points): the median (line), the "
                  "middle half (p25-p75) and 90% of runs (p5-p95). The spread mixes the swept parameters "
                  "and the seeds; the scatter plots below separate the parameters.",
                  h.label, s.runs_ok, s.points);
    charts.push_back(fan_chart(rows, h, prefix + "fan-" + safe_id(h.name),
                               fmt::format("Fan chart: {}", h.label), caption, source));
  }
  for (const auto& h : fan_series()) {
    std::vector<QuantileRow> rows;
    for (const auto& r : s.compare_quantiles)
      if (r.series == h.name) rows.push_back(r);
    if (rows.empty()) continue;
    charts.push_back(fan_chart(
        rows, h, prefix + "compare-fan-" + safe_id(h.name), fmt::format("Paired difference: {}", h.label),
        fmt::format(
            "Month by month, run a minus run b of each [[compare]] with the same seed (common random "
            "numbers): median, p25-p75 and p5-p95 over the replications, from "
            "compare_series_quantiles.csv. A band that excludes zero is an effect larger than seed noise.",
            h.label),
        source));
  }
  return charts;
}

Chart scatter_chart(const SweepInput& s, const OutcomeSamples& samples, const std::string& prefix,
                    const std::string& source) {
  json values = json::array();
  for (std::size_t i = 0; i < samples.values.size(); ++i) {
    json row = {{"y", samples.values[i]}};
    for (std::size_t p = 0; p < s.params.size(); ++p) row["p" + std::to_string(p)] = samples.params[i][p];
    values.push_back(std::move(row));
  }
  json panels = json::array();
  for (std::size_t p = 0; p < s.params.size(); ++p) {
    const std::string field = "p" + std::to_string(p);
    panels.push_back({{"width", 250},
                      {"height", 200},
                      {"mark", {{"type", "point"}, {"filled", true}, {"size", 14}, {"opacity", 0.45}}},
                      {"encoding",
                       {{"x",
                         {{"field", field},
                          {"type", s.params[p].numeric ? "quantitative" : "nominal"},
                          {"title", s.params[p].key},
                          {"scale", {{"zero", false}}}}},
                        {"y",
                         {{"field", "y"},
                          {"type", "quantitative"},
                          {"title", samples.outcome},
                          {"scale", {{"zero", false}}}}},
                        {"tooltip", json::array({{{"field", field},
                                                  {"type", s.params[p].numeric ? "quantitative" : "nominal"},
                                                  {"title", s.params[p].key}},
                                                 {{"field", "y"},
                                                  {"type", "quantitative"},
                                                  {"title", samples.outcome},
                                                  {"format", ",.3f"}}})}}}});
  }
  const std::string title = fmt::format("{} against each swept parameter", samples.outcome);
  json spec = {{"title", chart_title(title, source)},
               {"data", {{"values", std::move(values)}}},
               {"concat", std::move(panels)},
               {"columns", 3},
               {"config", {{"axis", {{"labelFontSize", 10}, {"titleFontSize", 10}}}}}};
  std::string caption = fmt::format(
      "Each dot is one run: its value of {} (y, in the metric's unit, named in it) against the parameter's "
      "value "
      "in that run (x). A trend is the parameter's effect; a shapeless cloud means the other parameters or "
      "the "
      "seed matter more.",
      samples.outcome);
  caption += samples.stride > 1
                 ? fmt::format(
                       " Downsampled: {} of {} runs shown (every {}th run by run id), to keep the report "
                       "small.",
                       samples.values.size(), samples.runs, samples.stride)
                 : fmt::format(" All {} runs shown.", samples.runs);
  return {.id = prefix + "scatter-" + safe_id(samples.outcome),
          .title = title,
          .caption = std::move(caption),
          .source = source,
          .spec = std::move(spec)};
}

// A bar chart of two indices per parameter with their intervals.
Chart index_chart(const std::vector<IndexRow>& rows, const std::string& metric, const char* a_name,
                  const char* b_name, const char* x_title, const std::string& id, const std::string& title,
                  const std::string& caption, const std::string& source) {
  std::vector<const IndexRow*> mine;
  for (const auto& r : rows)
    if (r.metric == metric) mine.push_back(&r);
  const auto key = [](double v) { return std::isnan(v) ? -HUGE_VAL : v; };  // NaN last
  std::stable_sort(mine.begin(), mine.end(), [&](const IndexRow* x, const IndexRow* y) {
    return key(x->b) != key(y->b) ? key(x->b) > key(y->b) : x->param < y->param;  // second index, then name
  });
  json values = json::array();
  json order = json::array();
  for (const auto* r : mine) {
    order.push_back(r->param);
    values.push_back({{"param", r->param},
                      {"index", a_name},
                      {"value", number_or_null(r->a)},
                      {"lo", number_or_null(r->a_lo)},
                      {"hi", number_or_null(r->a_hi)}});
    values.push_back({{"param", r->param},
                      {"index", b_name},
                      {"value", number_or_null(r->b)},
                      {"lo", number_or_null(r->b_lo)},
                      {"hi", number_or_null(r->b_hi)}});
  }
  const json y = {{"field", "param"}, {"type", "nominal"}, {"title", "parameter"}, {"sort", order}};
  const json y_offset = {{"field", "index"}, {"type", "nominal"}, {"sort", json::array({a_name, b_name})}};
  const json tooltip =
      json::array({{{"field", "param"}, {"type", "nominal"}},
                   {{"field", "index"}, {"type", "nominal"}},
                   {{"field", "value"}, {"type", "quantitative"}, {"format", ".3f"}},
                   {{"field", "lo"}, {"type", "quantitative"}, {"format", ".3f"}, {"title", "interval from"}},
                   {{"field", "hi"}, {"type", "quantitative"}, {"format", ".3f"}, {"title", "interval to"}}});
  json spec = base_spec(title, source, std::max(120, 46 * static_cast<int>(mine.size())));
  spec["width"] = 600;
  spec["data"] = {{"values", std::move(values)}};
  spec["layer"] = json::array({{{"mark", {{"type", "bar"}}},
                                {"encoding",
                                 {{"y", y},
                                  {"yOffset", y_offset},
                                  {"x", {{"field", "value"}, {"type", "quantitative"}, {"title", x_title}}},
                                  {"color",
                                   {{"field", "index"},
                                    {"type", "nominal"},
                                    {"title", nullptr},
                                    {"sort", json::array({a_name, b_name})}}},
                                  {"tooltip", tooltip}}}},
                               {{"mark", {{"type", "rule"}, {"color", "#24292f"}}},
                                {"encoding",
                                 {{"y", y},
                                  {"yOffset", y_offset},
                                  {"x", {{"field", "lo"}, {"type", "quantitative"}}},
                                  {"x2", {{"field", "hi"}}},
                                  {"tooltip", tooltip}}}}});
  return {.id = id, .title = title, .caption = caption, .source = source, .spec = std::move(spec)};
}

Chart prim_chart(const PrimBox& box, std::size_t index, const std::string& prefix,
                 const std::string& source) {
  json values = json::array();
  for (const auto& l : box.limits) {
    const double span = l.design_hi - l.design_lo;
    const auto scaled = [&](double x) { return span > 0 ? (x - l.design_lo) / span : 0.0; };
    values.push_back({{"param", l.param},
                      {"from", scaled(l.lo)},
                      {"to", scaled(l.hi)},
                      {"lo", l.lo},
                      {"hi", l.hi},
                      {"design_lo", l.design_lo},
                      {"design_hi", l.design_hi}});
  }
  const std::string title = fmt::format("Scenario discovery: where {} is {}", box.outcome, box.rule);
  const json y = {{"field", "param"}, {"type", "nominal"}, {"title", "parameter"}};
  json spec = base_spec(title, source, std::max(80, 40 * static_cast<int>(box.limits.size())));
  spec["width"] = 600;
  spec["data"] = {{"values", std::move(values)}};
  spec["layer"] = json::array(
      {{{"mark", {{"type", "bar"}, {"color", "#eaeef2"}}},
        {"encoding",
         {{"y", y},
          {"x",
           {{"datum", 0},
            {"type", "quantitative"},
            {"title", "position in the design's range (0 = its low end, 1 = its high end)"},
            {"scale", {{"domain", json::array({0, 1})}}}}},
          {"x2", {{"datum", 1}}}}}},
       {{"mark", {{"type", "bar"}, {"color", "#0969da"}}},
        {"encoding",
         {{"y", y},
          {"x", {{"field", "from"}, {"type", "quantitative"}}},
          {"x2", {{"field", "to"}}},
          {"tooltip",
           json::array({{{"field", "param"}, {"type", "nominal"}},
                        {{"field", "lo"}, {"type", "quantitative"}, {"title", "box from"}},
                        {{"field", "hi"}, {"type", "quantitative"}, {"title", "box to"}},
                        {{"field", "design_lo"}, {"type", "quantitative"}, {"title", "design from"}},
                        {{"field", "design_hi"}, {"type", "quantitative"}, {"title", "design to"}}})}}}}});
  return {.id = prefix + "prim-" + std::to_string(index),
          .title = title,
          .caption = fmt::format(
              "The box PRIM chose (sancsim discover): the blue bars are the parameter ranges, "
              "within the design's (grey), under which runs tend to have {} {}. Coverage {:.2f} "
              "(share of those runs inside the box), density {:.2f} (share of the box's runs that "
              "are such runs), mass {:.2f} (share of all runs inside). Parameters not shown are "
              "unrestricted.",
              box.outcome, box.rule, box.coverage, box.density, box.mass),
          .source = source,
          .spec = std::move(spec)};
}

std::vector<std::string> analysed_metrics(const std::vector<IndexRow>& rows) {
  std::vector<std::string> metrics;
  for (const auto& r : rows)
    if (std::find(metrics.begin(), metrics.end(), r.metric) == metrics.end()) metrics.push_back(r.metric);
  return metrics;
}

}  // namespace

std::vector<std::string> default_sweep_outcomes(const SweepInput& s) {
  std::vector<std::string> outcomes;
  const auto add = [&](const std::string& m) {
    if (outcomes.size() < 4 && std::find(outcomes.begin(), outcomes.end(), m) == outcomes.end() &&
        std::find(s.metrics.begin(), s.metrics.end(), m) != s.metrics.end())
      outcomes.push_back(m);
  };
  for (const auto& m : headline_metrics()) add(m);
  return outcomes;
}

std::vector<Chart> sweep_charts(const SweepInput& s, const std::vector<std::string>& outcomes,
                                const std::string& prefix) {
  const std::string source = sweep_source(s);
  std::vector<Chart> charts = fan_charts(s, prefix, source);
  if (!s.params.empty())
    for (const auto& outcome : outcomes)
      if (std::find(s.metrics.begin(), s.metrics.end(), outcome) != s.metrics.end())
        charts.push_back(scatter_chart(s, read_outcome_samples(s, outcome, kMaxScatterRuns), prefix, source));
  // Indices for the chosen outcomes that were analysed, else for the first four analysed metrics.
  const auto indices_for = [&](const std::vector<IndexRow>& rows) {
    std::vector<std::string> chosen;
    for (const auto& m : analysed_metrics(rows))
      if (std::find(outcomes.begin(), outcomes.end(), m) != outcomes.end()) chosen.push_back(m);
    if (chosen.empty()) {
      chosen = analysed_metrics(rows);
      if (chosen.size() > 4) chosen.resize(4);
    }
    return chosen;
  };
  for (const auto& m : indices_for(s.sobol))
    charts.push_back(index_chart(
        s.sobol, m, "S1 (first order)", "ST (total order)", "share of the output's variance",
        prefix + "sobol-" + safe_id(m), fmt::format("Sobol' indices of {}", m),
        fmt::format(
            "How much of the variance of {} each parameter explains (sobol_indices.csv, sancsim analyze): "
            "S1 alone, ST with its interactions; bars with their bootstrap intervals, parameters by ST. "
            "ST near 0: the parameter can be fixed; ST well above S1: it acts through interactions.",
            m),
        source));
  for (const auto& m : indices_for(s.morris))
    charts.push_back(index_chart(
        s.morris, m, "mu* (mean |effect|)", "sigma (spread of effects)",
        "elementary effect, metric's unit per unit-cube step", prefix + "morris-" + safe_id(m),
        fmt::format("Morris screening of {}", m),
        fmt::format(
            "Morris elementary effects of {} (morris_indices.csv, sancsim analyze): mu* is the mean "
            "absolute effect of a parameter's step (its importance), sigma their spread (non-linearity "
            "or interactions); intervals by bootstrap over trajectories.",
            m),
        source));
  for (std::size_t i = 0; i < s.prim_boxes.size(); ++i)
    charts.push_back(prim_chart(s.prim_boxes[i], i, prefix, source));
  return charts;
}

}  // namespace sancsim::report
