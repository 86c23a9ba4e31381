// Scenario discovery over a sweep's results: cases from the database, PRIM, a printed report.
#include "sancsim/sweep/discover.hpp"

#include <cmath>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sancsim/output/atomic_file.hpp"

#include "sancsim/sweep/design.hpp"
#include "sancsim/sweep/results_db.hpp"
#include "sancsim/sweep/runner.hpp"
#include "sql_statement.hpp"

namespace sancsim {

PrimResult discover_sweep(const std::filesystem::path& sweep_dir, const DiscoverOptions& options,
                          std::ostream& out) {
  ResultsDb db(sweep_dir / "results.sqlite");
  auto loaded = parse_sweep(db.meta("sweep_toml"), db.meta("sweep_file"));
  if (std::holds_alternative<Diagnostics>(loaded))
    throw SweepError(fmt::format("{}: the sweep stored in the results no longer loads", sweep_dir.string()));
  const Design design(std::get<SweepSpec>(std::move(loaded)));
  const auto& axes = design.spec().axes;
  const std::uint64_t reps = design.spec().replications;

  // Numeric parameters only: PRIM's boxes are ranges (a value list of text has no order).
  std::vector<std::size_t> inputs;
  for (std::size_t k = 0; k < axes.size(); ++k) {
    bool numeric = true;
    if (!axes[k].values.empty())
      for (std::uint64_t i = 0; i < design.points() && i < 1000 && numeric; ++i)
        numeric = design.values(i)[k].is_number;
    if (numeric) inputs.push_back(k);
  }
  if (inputs.empty())
    throw SweepError(fmt::format("{}: the sweep varies no numeric parameter; PRIM needs ranges to peel",
                                 sweep_dir.string()));
  const std::size_t d = inputs.size();

  std::vector<double> x;
  std::vector<bool> interest;
  Statement q(db.handle(), db.file(),
              "SELECT m.run_id, m.value FROM metrics m JOIN runs r ON r.run_id = m.run_id "
              "WHERE r.status = 'ok' AND m.name = ?1 ORDER BY m.run_id");
  q.bind(1, options.outcome);
  std::uint64_t point = ~std::uint64_t{0};
  std::vector<AxisValue> values;
  std::size_t missing = 0;
  while (q.step()) {
    const double v = q.real(1);
    if (!std::isfinite(v)) {
      ++missing;
      continue;
    }
    const auto p = static_cast<std::uint64_t>(q.integer(0)) / reps;
    if (p != point) values = design.values(point = p);
    for (auto k : inputs) x.push_back(values[k].number);
    interest.push_back(options.below ? v < options.threshold : v > options.threshold);
  }
  if (interest.empty())
    throw SweepError(
        fmt::format("{}: no ok run has a value of \"{}\" (summary.csv lists the outcomes and metrics)",
                    sweep_dir.string(), options.outcome));
  std::size_t hits = 0;
  for (bool b : interest) hits += b ? 1 : 0;

  const PrimResult r = prim(x, d, interest, options.prim);
  const std::string condition =
      fmt::format("{} {} {}", options.outcome, options.below ? "<" : ">", options.threshold);
  out << fmt::format(
      "PRIM (Friedman & Fisher 1999) on {}: {} runs, {} of interest ({:.1f}%){}; alpha {}, "
      "minimum mass {}\n",
      condition, interest.size(), hits,
      100.0 * static_cast<double>(hits) / static_cast<double>(interest.size()),
      missing ? fmt::format(", {} without a value left out", missing) : "", options.prim.alpha,
      options.prim.min_mass);
  out << "peeling trajectory\n";
  out << fmt::format("  {:>4}  {:>8}  {:>7}  {:>6}  {:>6}  {}\n", "step", "coverage", "density", "mass",
                     "runs", "restricted");
  for (std::size_t s = 0; s < r.trajectory.size(); ++s) {
    const auto& b = r.trajectory[s];
    out << fmt::format("  {:>4}  {:>8.3f}  {:>7.3f}  {:>6.3f}  {:>6}  {}{}\n", s, b.coverage, b.density,
                       b.mass, b.cases, b.restricted.size(), s == r.chosen ? "  <- chosen" : "");
  }
  const auto& b = r.trajectory[r.chosen];
  out << fmt::format(
      "chosen box (step {}: {}): coverage {:.3f}, density {:.3f}, mass {:.3f}, {} restricted "
      "dimension{}\n",
      r.chosen,
      b.density >= options.prim.threshold
          ? fmt::format("the largest coverage with density >= {}", options.prim.threshold)
          : fmt::format("no box reaches density {}; the densest", options.prim.threshold),
      b.coverage, b.density, b.mass, b.restricted.size(), b.restricted.size() == 1 ? "" : "s");
  std::size_t width = 9;
  for (auto k : inputs) width = std::max(width, axes[k].key.size());
  out << fmt::format("  {:<{}}  {:>12}  {:>12}   {}\n", "parameter", width, "box lo", "box hi",
                     "(design lo, hi)");
  for (auto j : b.restricted)
    out << fmt::format("  {:<{}}  {:>12.6g}  {:>12.6g}   ({:.6g}, {:.6g})\n", axes[inputs[j]].key, width,
                       b.lo[j], b.hi[j], r.trajectory.front().lo[j], r.trajectory.front().hi[j]);
  if (!options.save_json.empty()) {
    nlohmann::ordered_json limits = nlohmann::ordered_json::array();
    for (auto j : b.restricted)
      limits.push_back({{"param", axes[inputs[j]].key},
                        {"lo", b.lo[j]},
                        {"hi", b.hi[j]},
                        {"design_lo", r.trajectory.front().lo[j]},
                        {"design_hi", r.trajectory.front().hi[j]}});
    nlohmann::ordered_json j = {
        {"outcome", options.outcome},
        {"rule", fmt::format("{} {}", options.below ? "below" : "above", options.threshold)},
        {"runs", interest.size()},
        {"of_interest", hits},
        {"box",
         {{"step", r.chosen},
          {"coverage", b.coverage},
          {"density", b.density},
          {"mass", b.mass},
          {"limits", std::move(limits)}}}};
    write_file_atomically(options.save_json, [&](std::ostream& f) { f << j.dump(2) << '\n'; });
    out << "wrote " << options.save_json.string() << '\n';
  }
  return r;
}

}  // namespace sancsim
