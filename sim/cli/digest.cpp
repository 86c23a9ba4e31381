#include "digest.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sancsim/engine/input_file.hpp"

namespace sancsim::cli {

namespace {

enum class Shown { Number, YearMonthCode };  // YearMonthCode: YYYYMM as a number, NaN = never

struct DigestItem {
  std::string_view name;    // a metric, or `<series column>@end`
  std::string_view label;   // for the run digest
  std::string_view column;  // short header for the table
  Shown shown = Shown::Number;
};

// Headline results first: the discount the sanctions force, the revenue they cost, then the
// state's side. Names follow the model's metric and series lists.
constexpr DigestItem kDigest[] = {
    {"urals_discount_mean_usd_per_bbl", "mean Urals discount to Brent (USD/bbl)", "urals_disc"},
    {"urals_discount_peak_usd_per_bbl", "peak Urals discount to Brent (USD/bbl)", "peak_disc"},
    {"oil_export_revenue_cum_usd_bn", "oil export revenue, cumulative (USD bn)", "oil_rev_usd_bn"},
    {"oil_export_revenue_cum_usd_bn_vs_counterfactual", "  vs counterfactual (USD bn)", "oil_vs_cf_usd_bn"},
    {"oil_gas_revenue_cum_rub_bn", "oil and gas budget revenue, cumulative (RUB bn)", "og_rev_rub_bn"},
    {"oil_gas_revenue_cum_rub_bn_vs_counterfactual", "  vs counterfactual (RUB bn)", "og_vs_cf_rub_bn"},
    {"nwf_liquid_rub_bn@end", "NWF liquid assets in the last month (RUB bn)", "nwf_end_rub_bn"},
    {"nwf_exhausted_month", "liquid NWF exhausted in", "nwf_out", Shown::YearMonthCode},
    {"peak_deficit_rub_bn", "peak 12-month deficit (RUB bn)", "peak_def_rub_bn"},
};

constexpr std::size_t kFallbackCount = 6;

std::string shown_value(const DigestItem& item, double v) {
  if (item.shown == Shown::YearMonthCode) {
    if (std::isnan(v)) return "never";
    const auto code = static_cast<long>(std::lround(v));
    return fmt::format("{:04}-{:02}", code / 100, code % 100);
  }
  if (std::isnan(v)) return "n/a";
  return fmt::format("{:.2f}", v);
}

const Metric* find(const std::vector<Metric>& values, std::string_view name) {
  auto it = std::find_if(values.begin(), values.end(), [&](const Metric& m) { return m.name == name; });
  return it == values.end() ? nullptr : &*it;
}

// The digest entries present in `values`, in digest order; if none is, the first few values.
std::vector<std::pair<DigestItem, double>> select_digest(const std::vector<Metric>& values) {
  std::vector<std::pair<DigestItem, double>> picked;
  for (const auto& item : kDigest)
    if (const Metric* m = find(values, item.name)) picked.emplace_back(item, m->value);
  if (picked.empty()) {
    for (std::size_t i = 0; i < std::min(kFallbackCount, values.size()); ++i) {
      const std::string_view name = values[i].name;
      picked.emplace_back(DigestItem{name, name, name}, values[i].value);
    }
  }
  return picked;
}

std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, ',')) fields.push_back(field);
  if (!line.empty() && line.back() == ',') fields.emplace_back();
  return fields;
}

}  // namespace

std::vector<Metric> digest_values(const RunResult& result) {
  std::vector<Metric> values = result.metrics;
  const SeriesTable& s = result.series;
  for (std::size_t c = 0; c < s.cols(); ++c) {
    const double last = s.rows() ? s.at(s.rows() - 1, c) : std::numeric_limits<double>::quiet_NaN();
    values.push_back({s.names()[c] + "@end", last});
  }
  return values;
}

std::optional<std::vector<Metric>> read_digest_values(const std::filesystem::path& dir, std::ostream& err) {
  const auto summary_path = dir / "summary.json";
  auto summary = read_input_file(summary_path);
  if (auto* e = std::get_if<InputFileError>(&summary)) {
    err << summary_path.string() << ": cannot read (run `sancsim run` first): " << e->message << '\n';
    return std::nullopt;
  }
  const auto j = nlohmann::ordered_json::parse(std::get<std::string>(summary), nullptr, false);
  if (j.is_discarded() || !j.contains("metrics") || !j["metrics"].is_object()) {
    err << summary_path.string() << ": not a sancsim summary\n";
    return std::nullopt;
  }
  std::vector<Metric> values;
  for (const auto& [name, value] : j["metrics"].items())
    values.push_back(
        {name, value.is_number() ? value.get<double>() : std::numeric_limits<double>::quiet_NaN()});

  // The series' last month; a run without series.csv still has its metrics.
  InputLines series_in(dir / "series.csv");
  std::string header, line, last;
  if (series_in.next(header)) {
    while (series_in.next(line))
      if (!line.empty()) last = line;
    if (series_in.error()) {
      err << (dir / "series.csv").string() << ": " << series_in.error()->message << '\n';
      return std::nullopt;
    }
    const auto names = split_csv_line(header);
    const auto fields = split_csv_line(last);
    for (std::size_t c = 1; c < names.size() && c < fields.size(); ++c) {
      const double v = fields[c].empty() ? std::numeric_limits<double>::quiet_NaN()
                                         : std::strtod(fields[c].c_str(), nullptr);
      values.push_back({names[c] + "@end", v});
    }
  }
  return values;
}

void print_digest(std::ostream& out, const std::vector<Metric>& values) {
  const auto picked = select_digest(values);
  std::size_t width = 0;
  for (const auto& [item, value] : picked) width = std::max(width, item.label.size());
  for (const auto& [item, value] : picked)
    out << fmt::format("  {:<{}}  {:>12}\n", item.label, width, shown_value(item, value));
}

void print_digest_table(std::ostream& out,
                        const std::vector<std::pair<std::string, std::vector<Metric>>>& runs) {
  // Columns: digest entries in digest order, as soon as any run has them.
  std::vector<DigestItem> columns;
  for (const auto& item : kDigest) {
    const bool any =
        std::any_of(runs.begin(), runs.end(), [&](const auto& run) { return find(run.second, item.name); });
    if (any) columns.push_back(item);
  }
  if (columns.empty() && !runs.empty()) {
    for (const auto& [item, value] : select_digest(runs.front().second)) columns.push_back(item);
  }
  std::size_t name_width = 8;
  for (const auto& run : runs) name_width = std::max(name_width, run.first.size());

  out << fmt::format("{:<{}}", "scenario", name_width);
  for (const auto& c : columns)
    out << fmt::format("  {:>{}}", c.column, std::max<std::size_t>(c.column.size(), 10));
  out << '\n';
  for (const auto& [name, values] : runs) {
    out << fmt::format("{:<{}}", name, name_width);
    for (const auto& c : columns) {
      const Metric* m = find(values, c.name);
      out << fmt::format("  {:>{}}", m ? shown_value(c, m->value) : "-",
                         std::max<std::size_t>(c.column.size(), 10));
    }
    out << '\n';
  }
}

}  // namespace sancsim::cli
