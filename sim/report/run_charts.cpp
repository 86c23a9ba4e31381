// The charts of run directories: one chart per topic, every run overlaid (scenario comparison).
#include <algorithm>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "chart_spec.hpp"
#include "sancsim/report/charts.hpp"

namespace sancsim::report {
namespace {
using nlohmann::json;

// A series drawn from a column: value = offset + scale * column.
struct Pick {
  const char* column;
  const char* label;
  double scale = 1;
  double offset = 0;
};

struct LineChartDef {
  const char* id;
  const char* title;
  const char* y_title;
  std::vector<Pick> picks;
  const char* caption;
};

// "history.toml, status_quo.toml (commit 1a2b3c4, seed 1)"
std::string runs_source(const std::vector<RunInput>& runs) {
  std::vector<std::string> files, commits;
  std::set<std::uint64_t> seeds;
  for (const auto& r : runs) {
    std::string file = r.scenario;
    if (r.manifest.contains("scenario_files") && r.manifest["scenario_files"].is_array() &&
        !r.manifest["scenario_files"].empty() && r.manifest["scenario_files"][0].is_string())
      file = std::filesystem::path(r.manifest["scenario_files"][0].get<std::string>()).filename().string();
    if (std::find(files.begin(), files.end(), file) == files.end()) files.push_back(file);
    const std::string c = short_commit(r.commit);
    if (std::find(commits.begin(), commits.end(), c) == commits.end()) commits.push_back(c);
    seeds.insert(r.seed);
  }
  std::vector<std::string> seed_texts;
  for (auto s : seeds) seed_texts.push_back(std::to_string(s));
  return fmt::format("Source: {} (sancsim commit {}, seed{} {})", fmt::join(files, ", "),
                     fmt::join(commits, ", "), seeds.size() > 1 ? "s" : "", fmt::join(seed_texts, ", "));
}

bool has_any(const std::vector<RunInput>& runs, const std::vector<Pick>& picks) {
  for (const auto& r : runs)
    for (const auto& p : picks)
      if (r.series.column(p.column)) return true;
  return false;
}

// Long rows {run, series, date, value} of the picked columns; undefined months are left out.
json long_rows(const std::vector<RunInput>& runs, const std::vector<Pick>& picks) {
  json rows = json::array();
  for (const auto& r : runs)
    for (const auto& p : picks) {
      const auto* col = r.series.column(p.column);
      if (!col) continue;
      for (std::size_t i = 0; i < col->size(); ++i) {
        const double v = (*col)[i];
        if (!std::isfinite(v)) continue;
        rows.push_back({{"run", r.label},
                        {"series", p.label},
                        {"date", month_date(r.series.months[i])},
                        {"value", p.offset + p.scale * v}});
      }
    }
  return rows;
}

json run_labels(const std::vector<RunInput>& runs) {
  json labels = json::array();
  for (const auto& r : runs) labels.push_back(r.label);
  return labels;
}

json series_labels(const std::vector<Pick>& picks) {
  json labels = json::array();
  for (const auto& p : picks) labels.push_back(p.label);
  return labels;
}

// Lines of the picked series: coloured by series for one run; by run, dashed by series, for several.
json line_layer(const std::vector<RunInput>& runs, const std::vector<Pick>& picks, const char* y_title) {
  const bool several = runs.size() > 1;
  json encoding = {
      {"x", month_x()},
      {"y", {{"field", "value"}, {"type", "quantitative"}, {"title", y_title}}},
      {"tooltip",
       json::array(
           {{{"field", "run"}, {"type", "nominal"}},
            {{"field", "series"}, {"type", "nominal"}},
            {{"field", "date"}, {"type", "temporal"}, {"timeUnit", "utcyearmonth"}, {"title", "month"}},
            {{"field", "value"}, {"type", "quantitative"}, {"format", ",.2f"}}})}};
  if (several) {
    encoding["color"] = {{"field", "run"}, {"type", "nominal"}, {"title", "run"}, {"sort", run_labels(runs)}};
    if (picks.size() > 1)
      encoding["strokeDash"] = {
          {"field", "series"}, {"type", "nominal"}, {"title", "series"}, {"sort", series_labels(picks)}};
  } else {
    encoding["color"] = {
        {"field", "series"}, {"type", "nominal"}, {"title", "series"}, {"sort", series_labels(picks)}};
  }
  return {{"data", {{"values", long_rows(runs, picks)}}},
          {"mark", {{"type", "line"}, {"strokeWidth", 1.6}}},
          {"encoding", std::move(encoding)}};
}

// Events closer than this to the last labelled one get no label when there are many (their rules
// and tooltips stay), so that the labels stay readable.
constexpr int kManyEvents = 24;
constexpr int kLabelGapMonths = 2;

// The policy events of every run (each date and id once), as rules with a label and a tooltip.
json event_layers(const std::vector<RunInput>& runs) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> events;
  for (const auto& r : runs)
    for (const auto& e : r.events)
      events.emplace(e.date, e.id.empty() ? e.type : e.id, e.type, e.description);
  json rows = json::array(), labels = json::array();
  int last_labelled = -1000;
  for (const auto& [date, id, type, description] : events) {
    json row = {{"date", date}, {"id", id}, {"type", type}, {"description", description}};
    const int month = std::stoi(date.substr(0, 4)) * 12 + std::stoi(date.substr(5, 2));
    if (events.size() <= kManyEvents || month - last_labelled >= kLabelGapMonths) {
      labels.push_back(row);
      last_labelled = month;
    }
    rows.push_back(std::move(row));
  }
  const json x = {{"field", "date"}, {"type", "temporal"}, {"timeUnit", "utcyearmonthdate"}};
  const json tooltip =
      json::array({{{"field", "id"}, {"type", "nominal"}, {"title", "event"}},
                   {{"field", "date"}, {"type", "temporal"}, {"timeUnit", "utcyearmonthdate"}},
                   {{"field", "type"}, {"type", "nominal"}},
                   {{"field", "description"}, {"type", "nominal"}}});
  return json::array(
      {{{"data", {{"values", rows}}},
        {"mark", {{"type", "rule"}, {"color", "#8c959f"}, {"strokeWidth", 1}, {"opacity", 0.6}}},
        {"encoding", {{"x", x}, {"tooltip", tooltip}}}},
       {{"data", {{"values", labels}}},
        {"mark",
         {{"type", "text"},
          {"angle", 270},
          {"align", "right"},
          {"baseline", "bottom"},
          {"dx", -3},
          {"y", 2},
          {"fontSize", 7},
          {"color", "#57606a"}}},
        {"encoding", {{"x", x}, {"text", {{"field", "id"}}}, {"tooltip", tooltip}}}}});
}

Chart prices_chart(const std::vector<RunInput>& runs, const std::string& prefix, const std::string& source) {
  const std::vector<Pick> picks = {{"brent_usd_per_bbl", "Brent"},
                                   {"urals_fob_usd_per_bbl", "Urals FOB"},
                                   {"espo_fob_usd_per_bbl", "ESPO FOB"}};
  json band = json::array();
  for (const auto& r : runs) {
    const auto* urals = r.series.column("urals_fob_usd_per_bbl");
    const auto* brent = r.series.column("brent_usd_per_bbl");
    if (!urals || !brent) continue;
    for (std::size_t i = 0; i < urals->size(); ++i)
      if (std::isfinite((*urals)[i]) && std::isfinite((*brent)[i]))
        band.push_back({{"run", r.label},
                        {"date", month_date(r.series.months[i])},
                        {"urals", (*urals)[i]},
                        {"brent", (*brent)[i]}});
  }
  const std::string title = "Crude prices and the Urals discount";
  json spec = base_spec(title, source, 320);
  json band_layer = {{"data", {{"values", band}}},
                     {"mark",
                      {{"type", "area"},
                       {"opacity", std::max(0.04, 0.18 / static_cast<double>(runs.size()))},
                       {"color", "#d1242f"}}},
                     {"encoding",
                      {{"x", month_x()},
                       {"y", {{"field", "urals"}, {"type", "quantitative"}}},
                       {"y2", {{"field", "brent"}}},
                       {"detail", {{"field", "run"}, {"type", "nominal"}}}}}};
  json layers = json::array({band_layer, line_layer(runs, picks, "price, USD per barrel")});
  for (auto& l : event_layers(runs)) layers.push_back(l);
  spec["layer"] = std::move(layers);
  return {.id = prefix + "prices",
          .title = title,
          .caption =
              "Brent, Urals and ESPO FOB prices by month; the shaded band is the Urals discount to Brent "
              "(Brent minus Urals FOB), which the model does not take as an input but gets from freight, "
              "risk and which buyers are left. Grey rules are the scenario's policy events; hover one for "
              "its id and description (with many events, labels of events close to a labelled one are left "
              "out). A widening band after an event is that event's bite.",
          .source = source,
          .spec = std::move(spec)};
}

Chart volumes_chart(const std::vector<RunInput>& runs, const std::string& prefix, const std::string& source) {
  const std::vector<Pick> picks = {{"exports_to_china_kbd", "China"},
                                   {"exports_to_india_kbd", "India"},
                                   {"exports_to_turkey_kbd", "Turkey"},
                                   {"exports_to_eu_kbd", "EU"},
                                   {"exports_to_other_kbd", "other"}};
  const std::string title = "Crude exports by destination";
  json layer = {
      {"mark", {{"type", "area"}}},
      {"encoding",
       {{"x", month_x()},
        {"y",
         {{"field", "value"},
          {"type", "quantitative"},
          {"stack", "zero"},
          {"title", "exports, thousand barrels a day"}}},
        {"color",
         {{"field", "series"},
          {"type", "nominal"},
          {"title", "destination"},
          {"sort", series_labels(picks)}}},
        {"order", {{"field", "series"}, {"type", "nominal"}}},
        {"tooltip",
         json::array(
             {{{"field", "run"}, {"type", "nominal"}},
              {{"field", "series"}, {"type", "nominal"}, {"title", "destination"}},
              {{"field", "date"}, {"type", "temporal"}, {"timeUnit", "utcyearmonth"}, {"title", "month"}},
              {{"field", "value"}, {"type", "quantitative"}, {"format", ",.0f"}, {"title", "kb/d"}}})}}}};
  json spec;
  if (runs.size() > 1) {
    // Short panels: the long axis title would run into the next panel's.
    layer["encoding"]["y"]["title"] = "kb/d";
    // Stacks cannot be overlaid: one panel per run, on one scale.
    spec = {
        {"title", chart_title(title, source)},
        {"data", {{"values", long_rows(runs, picks)}}},
        {"facet",
         {{"row",
           {{"field", "run"},
            {"type", "nominal"},
            {"title", nullptr},
            {"sort", run_labels(runs)},
            {"header", {{"labelOrient", "top"}, {"labelAnchor", "start"}, {"labelFontWeight", "bold"}}}}}}},
        {"spec", {{"width", kChartWidth}, {"height", 130}, {"layer", json::array({layer})}}},
        {"config", {{"view", {{"stroke", nullptr}}}}}};
  } else {
    spec = base_spec(title, source);
    layer["data"] = {{"values", long_rows(runs, picks)}};
    spec["layer"] = json::array({layer});
  }
  return {.id = prefix + "volumes",
          .title = title,
          .caption = "Seaborne and pipeline crude exports stacked by destination, thousand barrels a day" +
                     std::string(runs.size() > 1 ? ", one panel per run" : "") +
                     ". The height is total crude exports; the layers show where the barrels went as buyers "
                     "left or joined.",
          .source = source,
          .spec = std::move(spec)};
}

Chart line_chart(const std::vector<RunInput>& runs, const LineChartDef& def, const std::string& prefix,
                 const std::string& source) {
  json spec = base_spec(def.title, source);
  spec["layer"] = json::array({line_layer(runs, def.picks, def.y_title)});
  return {.id = prefix + def.id,
          .title = def.title,
          .caption = def.caption,
          .source = source,
          .spec = std::move(spec)};
}

const std::vector<LineChartDef>& line_chart_defs() {
  static const std::vector<LineChartDef> defs = {
      {"carriage",
       "Seaborne crude on G7 and shadow tankers",
       "share of seaborne crude exports, %",
       {{"seaborne_on_g7_tankers_share", "on G7/EU tankers", 100.0, 0.0},
        {"seaborne_on_g7_tankers_share", "on shadow tankers", -100.0, 100.0}},
       "Share of seaborne crude exports carried by tankers with G7/EU services (insurance, flag, ownership) "
       "and by the shadow fleet, which carries the rest. A price cap binds only on the G7 share."},
      {"fleet",
       "Active shadow fleet and designated tankers",
       "tankers",
       {{"shadow_tankers_active", "shadow tankers active"}, {"tankers_designated", "tankers designated"}},
       "Tankers active in the shadow fleet at the month's end and tankers designated (listed) so far. "
       "Designations idle vessels; purchases of second-hand tankers replace them."},
      {"revenue",
       "Oil export revenue",
       "revenue, USD bn per month",
       {{"oil_export_revenue_usd_bn", "oil (crude and products)"},
        {"crude_export_revenue_usd_bn", "crude"},
        {"product_export_revenue_usd_bn", "products"}},
       "Russia's oil export revenue per month at FOB prices, crude and products. The gap to a run "
       "without sanctions is the revenue the measures take away."},
      {"budget",
       "Oil-and-gas budget revenue and budget balance",
       "RUB bn per month",
       {{"oil_gas_budget_revenue_rub_bn", "oil-and-gas budget revenue"},
        {"budget_balance_rub_bn", "budget balance"}},
       "Federal budget revenue from oil and gas (mineral extraction tax, export duty, NDD, minus the damper) "
       "and the budget's monthly balance (negative: a deficit)."},
      {"nwf",
       "National Wealth Fund, liquid assets",
       "RUB bn",
       {{"nwf_liquid_rub_bn", "NWF liquid assets"}},
       "Liquid assets of the National Wealth Fund at the month's end. The budget rule draws on them when "
       "oil-and-gas revenue falls short of its base; a fall to zero is the fund running out."},
      {"rates",
       "Key rate and inflation",
       "percent",
       {{"key_rate_pct", "key rate, %"}, {"cpi_yoy_pct", "CPI, % year on year"}},
       "The central bank's key rate and consumer-price inflation year on year. The bank raises the rate "
       "when inflation runs above its target."},
      {"activity",
       "GDP growth and unemployment",
       "percent",
       {{"gdp_yoy_pct", "GDP, % year on year"}, {"unemployment_pct", "unemployment, %"}},
       "Real GDP growth year on year and the unemployment rate."},
      {"labour",
       "Labour market flows",
       "thousand persons per month",
       {{"vacancies_k", "vacancies posted"},
        {"hires_k", "hires"},
        {"separations_k", "separations to unemployment"},
        {"army_recruits_k", "army recruits"},
        {"army_recruits_from_jobs_k", "army recruits from civilian jobs"}},
       "The agent economy's labour market each month (agents mode only): vacancies the firms posted, hires "
       "into firms (from unemployment and from other firms), employees who left to unemployment, and "
       "contract soldiers recruited, those who left a civilian job among them. Vacancies above hires mean a "
       "shortage of workers; recruits from jobs are the army outbidding civilian employers."},
      {"spending",
       "Households' spending by source",
       "RUB bn per month",
       {{"household_spending_from_income_rub_bn", "out of income"},
        {"household_spending_from_deposits_rub_bn", "out of deposits"},
        {"household_spending_from_credit_rub_bn", "on new consumer loans"},
        {"household_spending_held_back_rub_bn", "held back (not on sale, precaution)"}},
       "Where the households' consumption came from each month (agents mode only): out of the month's "
       "disposable income, out of deposits (spending out of wealth, which a high real deposit rate cuts) and "
       "on new consumer loans (which the cost of credit cuts); the first three add up to consumption. Held "
       "back is what households meant to spend and kept in deposits: goods and services not on sale (the "
       "invasion's cut-off imports, the COVID restrictions) and precautionary saving."},
      {"ruble",
       "Ruble exchange rate",
       "RUB per USD",
       {{"usd_rub", "RUB per USD"}},
       "Rubles per US dollar, monthly average. Up is a weaker ruble, which cushions the budget's ruble "
       "revenue from oil sold in dollars."},
  };
  return defs;
}

}  // namespace

std::vector<Chart> run_charts(const std::vector<RunInput>& runs, const std::string& prefix) {
  std::vector<Chart> charts;
  if (runs.empty()) return charts;
  const std::string source = runs_source(runs);
  if (has_any(runs, {{"brent_usd_per_bbl", ""}, {"urals_fob_usd_per_bbl", ""}}))
    charts.push_back(prices_chart(runs, prefix, source));
  if (has_any(runs, {{"exports_to_china_kbd", ""}, {"exports_to_india_kbd", ""}}))
    charts.push_back(volumes_chart(runs, prefix, source));
  for (const auto& def : line_chart_defs())
    if (has_any(runs, def.picks)) charts.push_back(line_chart(runs, def, prefix, source));
  return charts;
}

}  // namespace sancsim::report
