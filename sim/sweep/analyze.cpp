// `sancsim analyze`: sensitivity indices from the results database.
#include "sancsim/sweep/analyze.hpp"

#include <cmath>
#include <map>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "sancsim/output/atomic_file.hpp"
#include "sancsim/sweep/design.hpp"
#include "sancsim/sweep/results_db.hpp"
#include "sancsim/sweep/runner.hpp"
#include "sancsim/sweep/sensitivity.hpp"
#include "sql_statement.hpp"

namespace sancsim {
namespace {

std::string cell(double x) { return std::isfinite(x) ? fmt::format("{}", x) : std::string(); }

// Mean over ok replications of each metric at each point (NaN where none).
std::map<std::string, std::vector<double>> point_means(const ResultsDb& db, std::uint64_t points) {
  const auto reps = std::stoull(db.meta("replications"));
  std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> sums;  // sum, count
  Statement q(db.handle(), db.file(),
              "SELECT m.run_id, m.name, m.value FROM metrics m JOIN runs r ON r.run_id = m.run_id "
              "WHERE r.status = 'ok' ORDER BY m.run_id, m.name");
  while (q.step()) {
    const auto point = static_cast<std::uint64_t>(q.integer(0)) / reps;
    const double v = q.real(2);
    if (point >= points || !std::isfinite(v)) continue;
    auto& [sum, count] = sums[q.text(1)];
    if (sum.empty()) sum.assign(points, 0.0), count.assign(points, 0.0);
    sum[point] += v;
    count[point] += 1;
  }
  std::map<std::string, std::vector<double>> means;
  for (auto& [name, sc] : sums) {
    auto& m = means[name];
    m.resize(points);
    for (std::uint64_t i = 0; i < points; ++i) m[i] = sc.second[i] > 0 ? sc.first[i] / sc.second[i] : NAN;
  }
  return means;
}

// Refuses a database that does not hold every run of its design: a shard, or a sweep that was
// killed or is still running. Sobol' and Morris estimators need whole samples and trajectories.
void require_every_run(const ResultsDb& db, const std::filesystem::path& dir) {
  if (const auto shard = db.meta("shard"); !shard.empty())
    throw SweepError(
        fmt::format("{} holds shard {} of a sweep, not all of it; merge the shards first "
                    "(sancsim merge OUT DIR...) and analyze the merged directory",
                    dir.string(), shard));
  const auto total = std::stoull(db.meta("runs"));
  Statement q(db.handle(), db.file(), "SELECT count(*), count(*) FILTER (WHERE status = 'ok') FROM runs");
  q.step();
  const auto committed = static_cast<std::uint64_t>(q.integer(0));
  const auto ok = static_cast<std::uint64_t>(q.integer(1));
  if (committed < total)
    throw SweepError(
        fmt::format("{} holds {} of the sweep's {} runs ({} missing: a sweep killed or still "
                    "running); `sancsim sweep SWEEP.toml --out {} --resume` completes them",
                    dir.string(), committed, total, total - committed, dir.string()));
  if (ok == 0 && total > 0)
    throw SweepError(
        fmt::format("{}: every one of the {} runs failed; there is nothing to analyze "
                    "(the runs table holds their errors)",
                    dir.string(), total));
}

}  // namespace

std::vector<std::filesystem::path> analyze_sweep(const std::filesystem::path& sweep_dir,
                                                 const AnalyzeOptions& options) {
  if (!(options.confidence > 0 && options.confidence < 1))
    throw SweepError(fmt::format("confidence {} is not in (0, 1)", options.confidence));
  const auto out_dir = options.write_to.empty() ? sweep_dir : options.write_to;
  ResultsDb db(sweep_dir / "results.sqlite");
  require_every_run(db, sweep_dir);
  if (!options.write_to.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec)
      throw SweepError(fmt::format("{}: cannot create the directory: {}", out_dir.string(), ec.message()));
  }
  auto loaded = parse_sweep(db.meta("sweep_toml"), db.meta("sweep_file"));
  if (auto* d = std::get_if<Diagnostics>(&loaded)) {
    std::string message = "the sweep stored in the results no longer loads:";
    for (const auto& x : d->items())
      message += fmt::format("\n{}:{}:{}: {}: {}", x.file, x.line, x.column, x.key, x.message);
    throw SweepError(message);
  }
  Design design(std::get<SweepSpec>(std::move(loaded)));
  const auto& spec = design.spec();
  const std::size_t d = design.dims();
  const auto means = point_means(db, design.points());

  if (spec.design == DesignKind::Sobol) {
    auto path = out_dir / "sobol_indices.csv";
    write_file_atomically(path, [&](std::ostream& out) {
      out << "metric,param,S1,S1_lo,S1_hi,ST,ST_lo,ST_hi,samples,confidence\n";
      for (const auto& [name, y] : means) {
        SobolOptions o;
        o.bootstrap = options.bootstrap;
        o.confidence = options.confidence;
        o.seed = spec.master_seed;
        auto r = sobol_indices(y, d, o);
        for (std::size_t i = 0; i < d; ++i) {
          const auto& ix = r.indices[i];
          out << name << ',' << spec.axes[i].key << ',' << cell(ix.s1) << ',' << cell(ix.s1_lo) << ','
              << cell(ix.s1_hi) << ',' << cell(ix.st) << ',' << cell(ix.st_lo) << ',' << cell(ix.st_hi) << ','
              << r.samples_used << ',' << options.confidence << '\n';
        }
      }
    });
    return {path};
  }
  if (spec.design == DesignKind::Morris) {
    std::vector<MorrisMove> moves(design.points());
    for (std::uint64_t i = 0; i < design.points(); ++i)
      if (i % (d + 1) != 0) moves[i] = design.morris_move(i);
    auto path = out_dir / "morris_indices.csv";
    write_file_atomically(path, [&](std::ostream& out) {
      out << "metric,param,mu,mu_star,sigma,effects\n";
      for (const auto& [name, y] : means) {
        auto r = morris_indices(y, moves, d);
        for (std::size_t i = 0; i < d; ++i)
          out << name << ',' << spec.axes[i].key << ',' << cell(r[i].mu) << ',' << cell(r[i].mu_star) << ','
              << cell(r[i].sigma) << ',' << r[i].effects << '\n';
      }
    });
    return {path};
  }
  throw SweepError(
      fmt::format("{}: a {} design has no sensitivity analysis; use design kind \"sobol\" or \"morris\"",
                  sweep_dir.string(), design_name(spec.design)));
}

}  // namespace sancsim
