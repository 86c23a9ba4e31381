// Renders every chart of a sancsim report with vega-embed and records what rendered, so that a
// person sees the charts and a test (headless Chromium, tests/report) can check them from the DOM.
// The specs are in <script type="application/json" id="sancsim-charts">: [{id, spec}, ...].
(function () {
  "use strict";
  var problems = [];
  var note = function (kind, text) { problems.push(kind + ": " + String(text)); };
  var originalError = console.error;
  console.error = function () {
    note("console.error", Array.prototype.join.call(arguments, " "));
    return originalError.apply(console, arguments);
  };
  window.addEventListener("error", function (e) { note("error", e.message); });
  window.addEventListener("unhandledrejection", function (e) { note("unhandled rejection", e.reason); });
  document.addEventListener("securitypolicyviolation", function (e) {
    note("blocked by the page's content security policy", e.blockedURI + " (" + e.violatedDirective + ")");
  });

  // The data marks of a rendered view by type: a line or an area counts once (one path through
  // its points), a bar, rule, point or label once each. Axes, legends and titles are left out.
  var PATH_MARKS = { line: true, area: true, trail: true };
  function countMarks(node, counts) {
    if (!node) return counts;
    if (node.marktype && node.marktype !== "group" && node.role === "mark" && node.items) {
      var n = PATH_MARKS[node.marktype] ? (node.items.length > 0 ? 1 : 0) : node.items.length;
      counts[node.marktype] = (counts[node.marktype] || 0) + n;
      return counts;
    }
    (node.items || []).forEach(function (item) { countMarks(item, counts); });
    return counts;
  }

  function record(results) {
    var out = document.getElementById("sancsim-render-results");
    out.textContent = JSON.stringify({ problems: problems, charts: results });
    document.body.setAttribute("data-render-done", "1");
  }

  var charts = JSON.parse(document.getElementById("sancsim-charts").textContent);
  var options = {
    mode: "vega-lite",  // vega-embed guesses the mode from top-level keys and misses `concat`
    renderer: "svg",
    actions: { export: true, source: false, compiled: false, editor: false },
    downloadFileName: "sancsim-chart",
  };
  Promise.all(charts.map(function (chart) {
    var element = document.getElementById(chart.id);
    return vegaEmbed(element, chart.spec, Object.assign({}, options, { downloadFileName: chart.id }))
      .then(function (result) {
        var svg = element.querySelector("svg.marks");
        return {
          id: chart.id,
          ok: true,
          svg_elements: svg ? svg.querySelectorAll("path, rect, line, text, circle").length : 0,
          marks: countMarks(result.view.scenegraph().root, {}),
        };
      })
      .catch(function (err) {
        note("chart " + chart.id, err && err.message ? err.message : err);
        return { id: chart.id, ok: false, svg_elements: 0, marks: {} };
      });
  })).then(record);
})();
