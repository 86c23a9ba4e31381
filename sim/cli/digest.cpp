#include "digest.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace sancsim::cli {

namespace {

// Headline results first: the discount the sanctions force, the revenue they cost, then the
// state's side. Names follow the model's metric list; absent ones are skipped.
constexpr DigestItem kDigest[] = {
    {"mean_urals_discount_usd_per_bbl", "mean Urals discount to Brent (USD/bbl)", "urals_disc"},
    {"peak_urals_discount_usd_per_bbl", "peak Urals discount to Brent (USD/bbl)", "peak_disc"},
    {"cumulative_oil_export_revenue_usd_bn", "cumulative oil export revenue (USD bn)", "oil_rev_usd_bn"},
    {"cumulative_oil_export_revenue_usd_bn_vs_counterfactual", "  vs counterfactual (USD bn)", "oil_rev_vs_cf"},
    {"cumulative_oil_gas_revenue_rub_bn", "cumulative oil and gas budget revenue (RUB bn)", "og_rev_rub_bn"},
    {"cumulative_oil_gas_revenue_rub_bn_vs_counterfactual", "  vs counterfactual (RUB bn)", "og_rev_vs_cf"},
    {"nwf_liquid_end_rub_bn", "NWF liquid assets at the end (RUB bn)", "nwf_end_rub_bn"},
    {"nwf_exhausted_month", "month the liquid NWF is exhausted", "nwf_exhausted"},
};

constexpr std::size_t kFallbackCount = 6;

}  // namespace

std::string format_value(double v) {
  if (std::isnan(v)) return "n/a";
  return fmt::format("{:.2f}", v);
}

std::vector<std::pair<DigestItem, double>> select_digest(const std::vector<Metric>& metrics) {
  std::vector<std::pair<DigestItem, double>> picked;
  for (const auto& item : kDigest) {
    auto it = std::find_if(metrics.begin(), metrics.end(), [&](const Metric& m) { return m.name == item.metric; });
    if (it != metrics.end()) picked.emplace_back(item, it->value);
  }
  if (picked.empty()) {
    for (std::size_t i = 0; i < std::min(kFallbackCount, metrics.size()); ++i) {
      const std::string_view name = metrics[i].name;
      picked.emplace_back(DigestItem{name, name, name}, metrics[i].value);
    }
  }
  return picked;
}

void print_digest(std::ostream& out, const std::vector<Metric>& metrics) {
  const auto picked = select_digest(metrics);
  std::size_t width = 0;
  for (const auto& [item, value] : picked) width = std::max(width, item.label.size());
  for (const auto& [item, value] : picked) out << fmt::format("  {:<{}}  {:>12}\n", item.label, width, format_value(value));
}

void print_digest_table(std::ostream& out, const std::vector<std::pair<std::string, std::vector<Metric>>>& runs) {
  // Columns: digest entries in digest order, as soon as any run has them.
  std::vector<std::string> columns;
  std::vector<std::string> headers;
  for (const auto& [name, metrics] : runs) {
    for (const auto& [item, value] : select_digest(metrics)) {
      if (std::find(columns.begin(), columns.end(), item.metric) == columns.end()) {
        columns.emplace_back(item.metric);
        headers.emplace_back(item.column);
      }
    }
  }
  std::size_t name_width = 8;
  for (const auto& run : runs) name_width = std::max(name_width, run.first.size());
  std::vector<std::size_t> widths;
  for (const auto& h : headers) widths.push_back(std::max<std::size_t>(h.size(), 10));

  out << fmt::format("{:<{}}", "scenario", name_width);
  for (std::size_t c = 0; c < headers.size(); ++c) out << fmt::format("  {:>{}}", headers[c], widths[c]);
  out << '\n';
  for (const auto& [name, metrics] : runs) {
    out << fmt::format("{:<{}}", name, name_width);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      auto it = std::find_if(metrics.begin(), metrics.end(), [&](const Metric& m) { return m.name == columns[c]; });
      const std::string text = it == metrics.end() ? "-" : format_value(it->value);
      out << fmt::format("  {:>{}}", text, widths[c]);
    }
    out << '\n';
  }
}

}  // namespace sancsim::cli
