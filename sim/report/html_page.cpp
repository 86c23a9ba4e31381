// Assembling the report's page: sections of figures with captions, the summary table, the
// manifests, then the chart specs as JSON and the inlined libraries that draw them.
#include <fmt/format.h>

#include "html_text.hpp"
#include "sancsim/output/build_info.hpp"
#include "sancsim/report/charts.hpp"
#include "sancsim/report/report.hpp"
#include "summary_table.hpp"
#include "web_assets.hpp"

namespace sancsim::report {
namespace {
using nlohmann::json;

// What the page may do: run its own inline scripts (vega compiles expressions with `Function`,
// hence 'unsafe-eval') and styles, and show images made in the page. Nothing is fetched.
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:";

void append_asset(std::string& html, WebAsset asset) {
  for (const auto part : web_asset(asset).parts) html.append(part);
}

void append_figures(std::string& html, const std::vector<Chart>& charts, json& specs) {
  for (const auto& c : charts) {
    html += fmt::format(
        "<figure>\n<div id=\"{}\" class=\"chart\"></div>\n<figcaption>{}<span class=\"source\">{}</span>"
        "</figcaption>\n</figure>\n",
        html_escape(c.id), html_escape(c.caption), html_escape(c.source));
    specs.push_back({{"id", c.id}, {"spec", c.spec}});
  }
}

std::string sweep_heading(const SweepInput& s) {
  return fmt::format("Sweep {}: {} design, {} points, {} replication{}, {} of {} runs ok", s.name, s.design,
                     s.points, s.replications, s.replications == 1 ? "" : "s", s.runs_ok, s.runs);
}

}  // namespace

std::string report_html(const ReportInputs& in, const ReportOptions& options) {
  json specs = json::array();
  std::string body;
  std::string contents;

  if (!in.runs.empty()) {
    contents += "<li><a href=\"#runs\">Runs</a></li>";
    body += fmt::format("<h2 id=\"runs\">Runs</h2>\n<p>{} run{}: ", in.runs.size(),
                        in.runs.size() == 1 ? "" : "s");
    for (std::size_t i = 0; i < in.runs.size(); ++i) {
      const auto& r = in.runs[i];
      body += (i ? ", " : "") + fmt::format("<b>{}</b> (scenario <code>{}</code>, seed {})",
                                            html_escape(r.label), html_escape(r.scenario), r.seed);
    }
    body += in.runs.size() > 1 ? ". Every chart overlays the runs.</p>\n" : ".</p>\n";
    // A run that stopped part-way says so before its charts (its manifest has the whole record).
    for (const auto& r : in.runs)
      if (!r.stopped.empty())
        body += fmt::format("<p class=\"stopped\"><b>{} stopped part-way</b>: {}.</p>\n",
                            html_escape(r.label), html_escape(r.stopped));
    append_figures(body, run_charts(in.runs, "run-"), specs);
    body +=
        "<h3 id=\"summary\">Summary metrics</h3>\n<p>Each run's summary.json; under a value, its difference "
        "from the run's <code>compare_to</code> scenario (the same seed), where it names one.</p>\n";
    body += summary_table_html(in.runs);
  }
  for (std::size_t i = 0; i < in.sweeps.size(); ++i) {
    const auto& s = in.sweeps[i];
    const std::string anchor = fmt::format("sweep-{}", i + 1);
    contents += fmt::format("<li><a href=\"#{}\">Sweep {}</a></li>", anchor, html_escape(s.name));
    body += fmt::format("<h2 id=\"{}\">{}</h2>\n", anchor, html_escape(sweep_heading(s)));
    body += "<p>Swept parameters: ";
    for (std::size_t p = 0; p < s.params.size(); ++p)
      body += (p ? ", " : "") + ("<code>" + html_escape(s.params[p].key) + "</code>");
    if (s.params.empty()) body += "none (replications of the base scenario)";
    body += ".</p>\n";
    const auto outcomes = options.outcomes.empty() ? default_sweep_outcomes(s) : options.outcomes;
    append_figures(body, sweep_charts(s, outcomes, anchor + "-"), specs);
  }
  for (std::size_t i = 0; i < in.calibrations.size(); ++i) {
    const std::string anchor = fmt::format("calibration-{}", i + 1);
    contents += fmt::format("<li><a href=\"#{}\">Calibration</a></li>", anchor);
    body += fmt::format("<h2 id=\"{}\">Calibration</h2>\n", anchor);
    append_figures(body, calibration_charts(in.calibrations[i], anchor + "-"), specs);
  }
  for (std::size_t i = 0; i < in.calibrates.size(); ++i) {
    const auto& c = in.calibrates[i];
    const std::string anchor = fmt::format("calibrate-{}", i + 1);
    contents += fmt::format("<li><a href=\"#{}\">Calibration run {}</a></li>", anchor, html_escape(c.label));
    body += fmt::format("<h2 id=\"{}\">Calibration run {}</h2>\n", anchor, html_escape(c.label));
    const auto loss = [&](const char* key) {
      return c.result.contains(key) && c.result[key].is_number()
                 ? fmt::format("{:.4g}", c.result[key].get<double>())
                 : std::string("?");
    };
    body += fmt::format(
        "<p>The method of simulated moments (<code>sancsim calibrate</code>): loss {} at the start, "
        "{} at the estimate, {} evaluations. The estimate's <code>--set</code> lines are in the "
        "manifest below.</p>\n",
        loss("loss_start"), loss("loss"),
        c.result.contains("evaluations") ? c.result["evaluations"].dump() : std::string("?"));
    append_figures(body, calibrate_charts(c, anchor + "-"), specs);
  }
  contents += "<li><a href=\"#manifests\">Manifests</a></li>";
  body +=
      "<h2 id=\"manifests\">Manifests</h2>\n<p>What was run, with which build, where and when: every input's "
      "manifest, as written.</p>\n";
  for (const auto& r : in.runs)
    body += fmt::format("<details><summary>{} (manifest.json)</summary>\n<pre>{}</pre>\n</details>\n",
                        html_escape(r.label), html_escape(r.manifest.dump(2)));
  for (const auto& s : in.sweeps)
    body += fmt::format(
        "<details><summary>sweep {} (the sweep file as run, from results.sqlite)</summary>\n"
        "<p>Base scenario <code>{}</code>, {} points, master seed {}.</p>\n<pre>{}</pre>\n</details>\n",
        html_escape(s.name), html_escape(s.base_scenario), s.points, s.master_seed,
        html_escape(s.sweep_toml));
  for (const auto& c : in.calibrates)
    body += fmt::format(
        "<details><summary>calibration run {} (calibration.json: manifest, estimates, moments, "
        "--set lines)</summary>\n<pre>{}</pre>\n</details>\n",
        html_escape(c.label), html_escape(c.result.dump(2)));
  for (const auto& c : in.calibrations)
    body += fmt::format("<details><summary>calibration table ({})</summary>\n<pre>{}</pre>\n</details>\n",
                        html_escape(c.file.filename().string()), html_escape(c.table.dump(2)));

  const std::string libraries =
      fmt::format("Vega {}, Vega-Lite {}, vega-embed {}", web_asset(WebAsset::Vega).version,
                  web_asset(WebAsset::VegaLite).version, web_asset(WebAsset::VegaEmbed).version);
  std::string html;
  html.reserve(body.size() + (2u << 20));
  html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html +=
      fmt::format("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n", kContentSecurityPolicy);
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += fmt::format("<meta name=\"generator\" content=\"sancsim {} ({}); {}\">\n", sancsim_version(),
                      html_escape(sancsim_git_commit()), libraries);
  html += fmt::format("<title>{}</title>\n<style>\n", html_escape(options.title));
  append_asset(html, WebAsset::PageStyle);
  html += "</style>\n</head>\n<body>\n";
  html += fmt::format("<h1>{}</h1>\n", html_escape(options.title));
  html += fmt::format(
      "<p class=\"lede\">Made by sancsim {} (commit {}) from {} run{}, {} sweep{}, {} calibration table{} "
      "and {} "
      "calibration run{}. One "
      "file that works offline: the charts are drawn in the browser by {}, inlined here. Each chart's "
      "<b>&hellip;</b> menu saves it as SVG or PNG; hover a line or a dot for its values.</p>\n",
      sancsim_version(), html_escape(std::string(sancsim_git_commit()).substr(0, 7)), in.runs.size(),
      in.runs.size() == 1 ? "" : "s", in.sweeps.size(), in.sweeps.size() == 1 ? "" : "s",
      in.calibrations.size(), in.calibrations.size() == 1 ? "" : "s", in.calibrates.size(),
      in.calibrates.size() == 1 ? "" : "s", libraries);
  html += "<nav><ul>" + contents + "</ul></nav>\n";
  html += body;
  html += "<pre id=\"sancsim-render-results\" hidden></pre>\n";
  html += "<script type=\"application/json\" id=\"sancsim-charts\">" + script_json(specs) + "</script>\n";
  for (const auto asset : {WebAsset::Vega, WebAsset::VegaLite, WebAsset::VegaEmbed, WebAsset::PageScript}) {
    html += "<script>\n";
    append_asset(html, asset);
    html += "\n</script>\n";
  }
  html += "</body>\n</html>\n";
  return html;
}

}  // namespace sancsim::report
