#include "summary_table.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "html_text.hpp"

namespace sancsim::report {
namespace {

constexpr std::string_view kVsSuffix = "_vs_counterfactual";

double find_metric(const RunInput& run, const std::string& name) {
  for (const auto& [n, v] : run.metrics)
    if (n == name) return v;
  return std::nan("");
}

bool has_metric(const RunInput& run, const std::string& name) {
  return std::any_of(run.metrics.begin(), run.metrics.end(), [&](const auto& m) { return m.first == name; });
}

}  // namespace

std::string summary_table_html(const std::vector<RunInput>& runs) {
  std::vector<std::string> names;
  for (const auto& r : runs)
    for (const auto& [name, value] : r.metrics)
      if (!name.ends_with(kVsSuffix) && std::find(names.begin(), names.end(), name) == names.end())
        names.push_back(name);
  std::string html = "<table class=\"summary\">\n<thead><tr><th>metric</th>";
  for (const auto& r : runs) {
    html += "<th>" + html_escape(r.label);
    if (!r.compare_to.empty()) html += "<br><small>vs " + html_escape(r.compare_to) + "</small>";
    html += "</th>";
  }
  html += "</tr></thead>\n<tbody>\n";
  for (const auto& name : names) {
    html += "<tr><td><code>" + html_escape(name) + "</code></td>";
    for (const auto& r : runs) {
      html += "<td>";
      if (has_metric(r, name)) html += html_escape(table_number(find_metric(r, name)));
      const std::string vs = name + std::string(kVsSuffix);
      if (has_metric(r, vs)) {
        const double d = find_metric(r, vs);
        html += fmt::format("<span class=\"delta\">{}{}</span>", std::isfinite(d) && d > 0 ? "+" : "",
                            html_escape(table_number(d)));
      }
      html += "</td>";
    }
    html += "</tr>\n";
  }
  html += "</tbody></table>\n";
  return html;
}

}  // namespace sancsim::report
