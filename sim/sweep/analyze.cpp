// `sancsim analyze`: sensitivity indices from the results database.
#include "sancsim/sweep/analyze.hpp"

#include <algorithm>
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

// Per metric: the mean over ok replications at each point (NaN where none) and the seed noise.
struct PointMeans {
  std::vector<double> mean;
  // Mean over points of the variance between replications (NaN with one replication): the seed
  // noise of a single run.
  double within_variance = NAN;
  double replications = 1;  // mean ok replications per point
};

std::map<std::string, PointMeans> point_means(const ResultsDb& db, std::uint64_t points,
                                              const std::string& only) {
  const auto reps = std::stoull(db.meta("replications"));
  struct Sums {
    std::vector<double> sum, sum_sq, count;
  };
  std::map<std::string, Sums> sums;
  Statement q(db.handle(), db.file(),
              only.empty()
                  ? "SELECT m.run_id, m.name, m.value FROM metrics m JOIN runs r ON r.run_id = m.run_id "
                    "WHERE r.status = 'ok' ORDER BY m.run_id, m.name"
                  : "SELECT m.run_id, m.name, m.value FROM metrics m JOIN runs r ON r.run_id = m.run_id "
                    "WHERE r.status = 'ok' AND m.name = ?1 ORDER BY m.run_id");
  if (!only.empty()) q.bind(1, only);
  while (q.step()) {
    const auto point = static_cast<std::uint64_t>(q.integer(0)) / reps;
    const double v = q.real(2);
    if (point >= points || !std::isfinite(v)) continue;
    auto& s = sums[q.text(1)];
    if (s.sum.empty()) s.sum.assign(points, 0.0), s.sum_sq.assign(points, 0.0), s.count.assign(points, 0.0);
    s.sum[point] += v;
    s.sum_sq[point] += v * v;
    s.count[point] += 1;
  }
  std::map<std::string, PointMeans> means;
  for (auto& [name, s] : sums) {
    auto& m = means[name];
    m.mean.resize(points);
    double within = 0, with_reps = 0, runs = 0, filled = 0;
    for (std::uint64_t i = 0; i < points; ++i) {
      const double n = s.count[i];
      m.mean[i] = n > 0 ? s.sum[i] / n : NAN;
      runs += n;
      filled += n > 0 ? 1 : 0;
      if (n > 1) {
        within += std::max(0.0, (s.sum_sq[i] - n * m.mean[i] * m.mean[i]) / (n - 1));
        with_reps += 1;
      }
    }
    if (with_reps > 0) m.within_variance = within / with_reps;
    if (filled > 0) m.replications = runs / filled;
  }
  return means;
}

// Variance of the finite values (n - 1); NaN for fewer than two.
double variance(const std::vector<double>& y) {
  double mean = 0, n = 0;
  for (double v : y)
    if (std::isfinite(v)) mean += v, n += 1;
  if (n < 2) return NAN;
  mean /= n;
  double ss = 0;
  for (double v : y)
    if (std::isfinite(v)) ss += (v - mean) * (v - mean);
  return ss / (n - 1);
}

std::string fixed(double x, int digits = 3) {
  return std::isfinite(x) ? fmt::format("{:.{}f}", x, digits) : "-";
}
std::string interval(double lo, double hi, int digits = 3) {
  return fmt::format("[{}, {}]", fixed(lo, digits), fixed(hi, digits));
}
// Numbers of any size in a table: 4 significant digits.
std::string sig(double x) { return std::isfinite(x) ? fmt::format("{:.4g}", x) : "-"; }

// The seed-noise row and the warning about replications, for one metric.
void report_seed_noise(std::ostream& os, const PointMeans& m, std::size_t name_width) {
  const double total = variance(m.mean);
  if (m.replications < 1.5) {
    os << fmt::format("  {:<{}}  not estimable: one replication per point\n", "(seed noise)", name_width);
    os << "  warning: with one replication each point's output carries its seed's noise, which the indices "
          "count as if a parameter had caused it; run `replications = 2` or more to measure that share "
          "(it is reported as its own row)\n";
    return;
  }
  // The point means average R runs: their seed noise is the within-point variance / R.
  const double noise = m.within_variance / m.replications;
  const double share = total > 0 ? noise / total : NAN;
  os << fmt::format(
      "  {:<{}}  {} of the variance of the point means ({:.3g} replications a point; "
      "one run's seed noise: sd {})\n",
      "(seed noise)", name_width, fixed(share), m.replications, sig(std::sqrt(m.within_variance)));
  if (share > 0.2)
    os << fmt::format(
        "  warning: seed noise is {:.0f}% of the output variance; indices of parameters below "
        "that share cannot be told from noise (more replications shrink it)\n",
        100 * share);
}

// Why an index outside [-0.1, 1.1] is not a property of the model.
void warn_out_of_range(std::ostream& os, const std::string& what, double value, double output_variance,
                       double output_mean, std::size_t samples) {
  if (!std::isfinite(value) || (value >= -0.1 && value <= 1.1)) return;
  const bool flat = !(output_variance > 1e-12 * std::max(1.0, output_mean * output_mean));
  os << fmt::format("  warning: {} = {:.3g} is outside [-0.1, 1.1]: {}\n", what, value,
                    flat ? "the output hardly varies over the design (variance near zero), so the index is a "
                           "ratio of two tiny numbers; choose an outcome that the parameters move"
                         : fmt::format("with {} base samples the estimator's sampling error is this large; "
                                       "more samples (N) narrow it, and its interval shows the spread",
                                       samples));
}

// The second-order table of one metric: pairs ranked by S2, each with its interval.
void report_second_order(std::ostream& os, const SobolResult& r, const SweepSpec& spec, double mean) {
  std::vector<std::string> names;
  std::size_t width = 12;
  for (const auto& p : r.pairs) {
    names.push_back(spec.axes[p.i].key + " x " + spec.axes[p.j].key);
    width = std::max(width, names.back().size());
  }
  std::vector<std::size_t> order(r.pairs.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  auto key = [&](std::size_t k) { return std::isfinite(r.pairs[k].s2) ? r.pairs[k].s2 : -1e300; };
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return key(a) > key(b); });
  os << "  second order (closed, Saltelli 2002: the share of the variance two parameters cause together "
        "beyond their first-order effects)\n";
  os << fmt::format("  {:<4} {:<{}}  {:>7} {:<18}\n", "rank", "pair", width, "S2", "interval");
  for (std::size_t k = 0; k < order.size(); ++k) {
    const auto& p = r.pairs[order[k]];
    os << fmt::format("  {:<4} {:<{}}  {:>7} {:<18}\n", k + 1, names[order[k]], width, fixed(p.s2),
                      interval(p.s2_lo, p.s2_hi));
  }
  for (std::size_t k = 0; k < r.pairs.size(); ++k)
    warn_out_of_range(os, "S2 of " + names[k], r.pairs[k].s2, r.variance, mean, r.samples_used);
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
  const auto means = point_means(db, design.points(), options.outcome);
  if (!options.outcome.empty() && means.empty()) {
    std::vector<std::string> names;
    Statement q(db.handle(), db.file(), "SELECT DISTINCT name FROM metrics ORDER BY name");
    while (q.step()) names.push_back(q.text(0));
    std::string close;
    for (const auto& n : names)
      if (n.find(options.outcome) != std::string::npos || options.outcome.find(n) != std::string::npos)
        close += (close.empty() ? "" : ", ") + n;
    throw SweepError(fmt::format(
        "{}: no outcome or metric named \"{}\"{}", sweep_dir.string(), options.outcome,
        close.empty() ? fmt::format(" ({} names; the sweep's summary.csv lists them)", names.size())
                      : "; close names: " + close));
  }
  std::size_t width = 12;
  for (const auto& a : spec.axes) width = std::max(width, a.key.size());
  std::ostream* os = options.report;

  if (spec.design == DesignKind::Sobol) {
    // Estimated once per metric, written to one or two files.
    std::map<std::string, SobolResult> results;
    for (const auto& [name, m] : means) {
      SobolOptions o;
      o.bootstrap = options.bootstrap;
      o.confidence = options.confidence;
      o.seed = spec.master_seed;
      o.second_order = spec.second_order;
      results.emplace(name, sobol_indices(m.mean, d, o));
    }
    auto path = out_dir / "sobol_indices.csv";
    write_file_atomically(path, [&](std::ostream& out) {
      out << "metric,param,S1,S1_lo,S1_hi,ST,ST_lo,ST_hi,samples,confidence\n";
      for (const auto& [name, m] : means) {
        const auto& r = results.at(name);
        for (std::size_t i = 0; i < d; ++i) {
          const auto& ix = r.indices[i];
          out << name << ',' << spec.axes[i].key << ',' << cell(ix.s1) << ',' << cell(ix.s1_lo) << ','
              << cell(ix.s1_hi) << ',' << cell(ix.st) << ',' << cell(ix.st_lo) << ',' << cell(ix.st_hi) << ','
              << r.samples_used << ',' << options.confidence << '\n';
        }
        if (!os) continue;
        double mean = 0, n = 0;
        for (double v : m.mean)
          if (std::isfinite(v)) mean += v, n += 1;
        mean = n > 0 ? mean / n : NAN;
        std::vector<std::size_t> order(d);
        for (std::size_t i = 0; i < d; ++i) order[i] = i;
        auto key = [&](std::size_t i) { return std::isfinite(r.indices[i].st) ? r.indices[i].st : -1e300; };
        std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return key(a) > key(b); });
        *os << fmt::format("{} (Sobol': N = {} base samples, {:g}% intervals from {} bootstrap resamples)\n",
                           name, r.samples_used, 100 * options.confidence, options.bootstrap);
        *os << fmt::format("  {:<4} {:<{}}  {:>7} {:<18} {:>7} {:<18}\n", "rank", "parameter", width, "S1",
                           "interval", "ST", "interval");
        for (std::size_t k = 0; k < d; ++k) {
          const auto& ix = r.indices[order[k]];
          *os << fmt::format("  {:<4} {:<{}}  {:>7} {:<18} {:>7} {:<18}\n", k + 1, spec.axes[order[k]].key,
                             width, fixed(ix.s1), interval(ix.s1_lo, ix.s1_hi), fixed(ix.st),
                             interval(ix.st_lo, ix.st_hi));
        }
        report_seed_noise(*os, m, width + 5);
        for (std::size_t i = 0; i < d; ++i) {
          warn_out_of_range(*os, "S1 of " + spec.axes[i].key, r.indices[i].s1, r.variance, mean,
                            r.samples_used);
          warn_out_of_range(*os, "ST of " + spec.axes[i].key, r.indices[i].st, r.variance, mean,
                            r.samples_used);
        }
        if (spec.second_order) report_second_order(*os, r, spec, mean);
        *os << '\n';
      }
    });
    if (!spec.second_order) return {path};
    auto pairs_path = out_dir / "sobol_second_order.csv";
    write_file_atomically(pairs_path, [&](std::ostream& out) {
      out << "metric,param_i,param_j,S2,S2_lo,S2_hi,samples,confidence\n";
      for (const auto& [name, r] : results)
        for (const auto& p : r.pairs)
          out << name << ',' << spec.axes[p.i].key << ',' << spec.axes[p.j].key << ',' << cell(p.s2) << ','
              << cell(p.s2_lo) << ',' << cell(p.s2_hi) << ',' << r.samples_used << ',' << options.confidence
              << '\n';
    });
    return {path, pairs_path};
  }
  if (spec.design == DesignKind::Morris) {
    std::vector<MorrisMove> moves(design.points());
    for (std::uint64_t i = 0; i < design.points(); ++i)
      if (i % (d + 1) != 0) moves[i] = design.morris_move(i);
    auto path = out_dir / "morris_indices.csv";
    write_file_atomically(path, [&](std::ostream& out) {
      out << "metric,param,mu,mu_star,sigma,effects,mu_star_lo,mu_star_hi,sigma_lo,sigma_hi,confidence\n";
      for (const auto& [name, m] : means) {
        MorrisOptions o;
        o.bootstrap = options.bootstrap;
        o.confidence = options.confidence;
        o.seed = spec.master_seed;
        auto r = morris_indices(m.mean, moves, d, o);
        for (std::size_t i = 0; i < d; ++i)
          out << name << ',' << spec.axes[i].key << ',' << cell(r[i].mu) << ',' << cell(r[i].mu_star) << ','
              << cell(r[i].sigma) << ',' << r[i].effects << ',' << cell(r[i].mu_star_lo) << ','
              << cell(r[i].mu_star_hi) << ',' << cell(r[i].sigma_lo) << ',' << cell(r[i].sigma_hi) << ','
              << options.confidence << '\n';
        if (!os) continue;
        std::vector<std::size_t> order(d);
        for (std::size_t i = 0; i < d; ++i) order[i] = i;
        auto key = [&](std::size_t i) { return std::isfinite(r[i].mu_star) ? r[i].mu_star : -1e300; };
        std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return key(a) > key(b); });
        *os << fmt::format(
            "{} (Morris: {} trajectories, effects per unit-cube step, {:g}% intervals from {} "
            "bootstrap resamples of trajectories)\n",
            name, spec.samples, 100 * options.confidence, options.bootstrap);
        *os << fmt::format("  {:<4} {:<{}}  {:>10} {:<24} {:>10} {:<24}\n", "rank", "parameter", width, "mu*",
                           "interval", "sigma", "interval");
        for (std::size_t k = 0; k < d; ++k) {
          const auto& ix = r[order[k]];
          *os << fmt::format("  {:<4} {:<{}}  {:>10} {:<24} {:>10} {:<24}\n", k + 1, spec.axes[order[k]].key,
                             width, sig(ix.mu_star),
                             fmt::format("[{}, {}]", sig(ix.mu_star_lo), sig(ix.mu_star_hi)), sig(ix.sigma),
                             fmt::format("[{}, {}]", sig(ix.sigma_lo), sig(ix.sigma_hi)));
        }
        report_seed_noise(*os, m, width + 5);
        *os << '\n';
      }
    });
    return {path};
  }
  throw SweepError(
      fmt::format("{}: a {} design has no sensitivity analysis; use design kind \"sobol\" or \"morris\"",
                  sweep_dir.string(), design_name(spec.design)));
}

}  // namespace sancsim
