#pragma once
// Inputs for the report tests, made once per test program with the built `sancsim` as a user
// would: runs of the small test scenarios, a small Sobol' sweep with its indices, a calibration
// table; and a headless Chromium (Debian's `chromium`) that opens a report without network.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sancsim/report/inputs.hpp"

namespace sancsim::report_test {
namespace fs = std::filesystem;

inline const fs::path kSource = SANCSIM_SOURCE_DIR;
inline const std::string kPrimOutcome = "urals_discount_mean_usd_per_bbl";

inline std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs a shell command; its exit status (stdout and stderr go to `log`).
inline int shell(const std::string& command, const fs::path& log) {
  const int rc = std::system((command + " >'" + log.string() + "' 2>&1").c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

// The inputs, in the test's output directory. ctest makes them once (DISABLED_MakeInputs, the
// fixture report_inputs) before the tests that read them; a test run by hand makes them if absent.
class Inputs {
 public:
  static const Inputs& get() {
    static const Inputs inputs(false);
    return inputs;
  }
  static void make_afresh() { const Inputs fresh(true); }
  fs::path dir, small, cap, no_cap, sweep, calibration, calibrate;

 private:
  explicit Inputs(bool afresh) {
    dir = fs::path(SANCSIM_TEST_OUTPUT_DIR) / "inputs";
    small = dir / "small";
    cap = dir / "small_cap_effect";
    no_cap = dir / "small_no_cap";
    sweep = dir / "sobol_small";
    calibration = dir / "calibration.json";
    calibrate = dir / "calibrate_recovery";
    const fs::path complete = dir / "complete";
    if (!afresh && fs::exists(complete)) return;
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string bin = std::string("'") + SANCSIM_BIN + "' ";
    const fs::path scenarios = kSource / "scenarios" / "test";
    const auto must = [&](const std::string& command) {
      const fs::path log = dir / "command.log";
      if (shell(command, log) != 0) {
        ADD_FAILURE() << command << " failed:\n" << read_text(log);
        std::abort();
      }
    };
    must(bin + "run '" + (scenarios / "small.toml").string() + "' -q --out '" + small.string() + "'");
    must(bin + "run '" + (scenarios / "small_cap_effect.toml").string() + "' -q --out '" + cap.string() +
         "'");
    must(bin + "run '" + (scenarios / "small_no_cap.toml").string() + "' -q --out '" + no_cap.string() + "'");
    must(bin + "sweep '" + (kSource / "tests" / "report" / "data" / "sobol_small.toml").string() +
         "' -q --out '" + sweep.string() + "'");
    must(bin + "analyze '" + sweep.string() + "' --bootstrap 100");
    // A calibration run (two parameters, four moments: scenarios/test/calibration/recovery.toml).
    must(bin + "calibrate '" + (scenarios / "calibration" / "recovery.toml").string() +
         "' -q --threads 1 --out '" + calibrate.string() + "'");
    // Scenario discovery: the runs with a Urals discount above the sweep's median.
    {
      auto samples = report::read_outcome_samples(report::read_sweep_dir(sweep), kPrimOutcome, 0);
      std::sort(samples.values.begin(), samples.values.end());
      const double median = samples.values[samples.values.size() / 2];
      must(bin + "discover '" + sweep.string() + "' --outcome " + kPrimOutcome + " --above " +
           fmt::format("{}", median) + " --alpha 0.1 --save");
    }
    // A calibration table of the small scenario against the test targets (exit 1: a miss is fine).
    const fs::path log = dir / "calibration.log";
    const int rc =
        shell(bin + "calibration '" + (scenarios / "small.toml").string() + "' --seeds 2 --targets '" +
                  (scenarios / "calibration" / "small_targets.toml").string() + "' --json '" +
                  calibration.string() + "'",
              log);
    if (rc != 0 && rc != 1) {
      ADD_FAILURE() << "calibration failed:\n" << read_text(log);
      std::abort();
    }
    std::ofstream(complete) << "made\n";
  }
};

// What a report's page recorded after every chart rendered (page.js), as headless Chromium
// dumped the DOM; a screenshot of the page goes to `screenshot`.
struct Rendered {
  std::string dom;
  nlohmann::json results;  // {problems: [...], charts: [{id, ok, svg_elements, marks: {type: count}}]}
  const nlohmann::json* chart(const std::string& id) const {
    for (const auto& c : results["charts"])
      if (c["id"] == id) return &c;
    return nullptr;
  }
  int marks(const std::string& id, const std::string& type) const {
    const auto* c = chart(id);
    return c && (*c)["marks"].contains(type) ? (*c)["marks"][type].get<int>() : 0;
  }
};

inline std::string chromium_binary() {
  for (const char* name : {"chromium", "chromium-browser"}) {
    const std::string probe = std::string("command -v ") + name + " >/dev/null 2>&1";
    if (std::system(probe.c_str()) == 0) return name;
  }
  return "";
}

// Runs Chromium with `args`: stdout to `out` (appended to `log` when `out` is empty), stderr appended to
// `log`; its exit status. Headless Chromium can stall on a loaded machine (its virtual time then never runs
// out), so each try is bounded at kChromiumTrySeconds and a stalled try is made once more on a fresh
// `profile`: a test fails with Chromium's log instead of hanging until ctest's limit (300 s a test).
inline constexpr int kChromiumTrySeconds = 60;
inline int run_chromium(const std::string& chromium, const std::string& args, const fs::path& out,
                        const fs::path& log, const fs::path& profile) {
  const std::string to = out.empty() ? " >>'" + log.string() + "'" : " >'" + out.string() + "'";
  int rc = -1;
  for (int attempt = 0; attempt < 2; ++attempt) {
    const int status = std::system(fmt::format("timeout --kill-after=5 {} {}{}{} 2>>'{}'",
                                               kChromiumTrySeconds, chromium, args, to, log.string())
                                       .c_str());
    rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (rc != 124 && rc != 137) break;  // timeout's statuses for a try it stopped or killed
    std::ofstream(log, std::ios::app) << "\n[test] chromium stalled past " << kChromiumTrySeconds
                                      << " s (exit " << rc << "); trying once more\n";
    fs::remove_all(profile);  // the stopped browser's lock and state
  }
  return rc;
}

// Opens `html` in headless Chromium with every network request refused (no proxy reachable, no
// host resolvable), lets it render, and returns what the page recorded.
inline Rendered render_in_chromium(const fs::path& html, const fs::path& screenshot) {
  Rendered r;
  const std::string chromium = chromium_binary();
  if (chromium.empty()) {
    ADD_FAILURE() << "no chromium on PATH (tools/setup-debian installs Debian's chromium)";
    return r;
  }
  const fs::path profile = html.parent_path() / (html.stem().string() + "-chromium-profile");
  const std::string flags =
      " --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run "
      "--no-default-browser-check"
      " --disable-extensions --disable-background-networking --disable-component-update --disable-sync"
      " --proxy-server=127.0.0.1:9 --proxy-bypass-list='<-loopback>' --host-resolver-rules='MAP * ~NOTFOUND'"
      " --user-data-dir='" +
      profile.string() + "' --virtual-time-budget=30000 --window-size=1200,2400 ";
  const std::string url = "'file://" + fs::absolute(html).string() + "'";
  const fs::path dom_file = html.parent_path() / (html.stem().string() + ".dom.html");
  const fs::path log = html.parent_path() / (html.stem().string() + ".chromium.log");
  fs::remove(log);
  const int rc = run_chromium(chromium, flags + "--dump-dom " + url, dom_file, log, profile);
  EXPECT_EQ(rc, 0) << read_text(log);
  r.dom = read_text(dom_file);
  const std::string open = "<pre id=\"sancsim-render-results\" hidden=\"\">";
  const auto begin = r.dom.find(open);
  const auto end = begin == std::string::npos ? begin : r.dom.find("</pre>", begin);
  if (begin == std::string::npos || end == std::string::npos) {
    ADD_FAILURE() << "no render results in the DOM of " << html << "; chromium said:\n" << read_text(log);
    return r;
  }
  std::string text = r.dom.substr(begin + open.size(), end - begin - open.size());
  // The DOM dump escapes &, < and > in text.
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (auto p = text.find(from); p != std::string::npos; p = text.find(from, p + to.size()))
      text.replace(p, from.size(), to);
  }
  r.results = nlohmann::json::parse(text, nullptr, false);
  EXPECT_FALSE(r.results.is_discarded()) << text;
  if (!screenshot.empty()) {
    fs::create_directories(screenshot.parent_path());
    fs::remove(screenshot);
    EXPECT_EQ(
        run_chromium(chromium, flags + "--hide-scrollbars --screenshot='" + screenshot.string() + "' " + url,
                     fs::path(), log, profile),
        0)
        << read_text(log);
  }
  fs::remove_all(profile);
  return r;
}

}  // namespace sancsim::report_test
