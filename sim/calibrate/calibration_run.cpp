// The search and the inference of a calibration (calibration_run.hpp).
#include "sancsim/calibrate/calibration_run.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>

#include <Eigen/Dense>
#include <fmt/format.h>
#include <nlopt.hpp>

#include "sancsim/calibrate/executable_digest.hpp"
#include "sancsim/engine/state_hash.hpp"
#include "sancsim/output/build_info.hpp"

namespace sancsim {
namespace {

using Clock = std::chrono::steady_clock;

// Evaluations through the log, with the best point so far and progress lines.
class Objective {
 public:
  Objective(const MomentEvaluator& evaluator, EvaluationLog& log, std::ostream& progress)
      : evaluator_(evaluator), log_(log), progress_(progress), started_(Clock::now()) {}

  // Moments at each point: logged ones from the log, the others run in one parallel batch.
  std::vector<MomentVector> moments(const std::vector<ParamVector>& points) {
    std::vector<MomentVector> out(points.size());
    std::vector<ParamVector> missing;
    std::vector<std::size_t> where;
    for (std::size_t i = 0; i < points.size(); ++i) {
      if (auto m = log_.find(points[i]))
        out[i] = std::move(*m);
      else {
        missing.push_back(points[i]);
        where.push_back(i);
      }
    }
    if (!missing.empty()) {
      const auto fresh = evaluator_.evaluate(missing);
      for (std::size_t k = 0; k < fresh.size(); ++k) {
        log_.append(missing[k], fresh[k]);
        out[where[k]] = fresh[k];
      }
    }
    evaluations_ += static_cast<int>(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) note(points[i], evaluator_.loss(out[i]));
    return out;
  }

  double loss(const ParamVector& x) { return evaluator_.loss(moments({x}).front()); }

  void stage(std::string name) { stage_ = std::move(name); }
  const ParamVector& best() const { return best_; }
  double best_loss() const { return best_loss_; }
  int evaluations() const { return evaluations_; }

 private:
  void note(const ParamVector& x, double loss) {
    const bool better = loss < best_loss_;
    if (better) {
      best_loss_ = loss;
      best_ = x;
    }
    if (better || evaluations_ % 50 == 0)
      progress_ << fmt::format("calibrate: {:>5} evaluations ({}), loss {:.4g}, best {:.4g}, {:.1f} s\n",
                               evaluations_, stage_, loss, best_loss_,
                               std::chrono::duration<double>(Clock::now() - started_).count())
                << std::flush;
  }

  const MomentEvaluator& evaluator_;
  EvaluationLog& log_;
  std::ostream& progress_;
  Clock::time_point started_;
  std::string stage_ = "start";
  ParamVector best_;
  double best_loss_ = std::numeric_limits<double>::infinity();
  int evaluations_ = 0;
};

// One NLopt stage from `x`; the objective keeps the best point whatever NLopt's result.
void minimise(nlopt::algorithm algorithm, int max_evaluations, const MomentEvaluator& evaluator,
              Objective& objective, ParamVector x, const SearchSettings& settings) {
  if (max_evaluations <= 0) return;
  const auto& params = evaluator.spec().params;
  const std::size_t n = params.size();
  nlopt::srand(settings.rng_seed);  // the global methods' draws: fixed, so that a rerun replays the log
  nlopt::opt opt(algorithm, static_cast<unsigned>(n));
  std::vector<double> low(n), high(n), step(n);
  for (std::size_t i = 0; i < n; ++i) {
    low[i] = params[i].low;
    high[i] = params[i].high;
    step[i] = 0.1 * (high[i] - low[i]);
  }
  opt.set_lower_bounds(low);
  opt.set_upper_bounds(high);
  opt.set_maxeval(max_evaluations);
  if (algorithm == nlopt::GN_CRS2_LM || algorithm == nlopt::GN_ISRES) {
    // NLopt's default population (10(n+1) for CRS2, 20(n+1) for ISRES) would spend a small budget
    // on the first random draws alone.
    const int population =
        std::max(static_cast<int>(n) + 2, std::min(10 * static_cast<int>(n + 1), max_evaluations / 4));
    opt.set_population(static_cast<unsigned>(population));
  } else {
    opt.set_initial_step(step);
    opt.set_xtol_rel(settings.relative_tolerance);
  }
  std::exception_ptr failure;
  struct Data {
    Objective* objective;
    std::exception_ptr* failure;
    nlopt::opt* opt;
  } data{&objective, &failure, &opt};
  opt.set_min_objective(
      [](const std::vector<double>& v, std::vector<double>&, void* p) {
        auto* d = static_cast<Data*>(p);
        try {
          return d->objective->loss(v);
        } catch (...) {
          *d->failure = std::current_exception();
          d->opt->force_stop();
          return HUGE_VAL;
        }
      },
      &data);
  double value = 0;
  try {
    opt.optimize(x, value);
  } catch (const nlopt::roundoff_limited&) {  // the best point so far stands
  } catch (const nlopt::forced_stop&) {
  }
  if (failure) std::rethrow_exception(failure);
}

nlopt::algorithm global_algorithm(GlobalMethod m) {
  return m == GlobalMethod::Isres ? nlopt::GN_ISRES : nlopt::GN_CRS2_LM;
}

nlopt::algorithm local_algorithm(LocalMethod m) {
  return m == LocalMethod::NelderMead ? nlopt::LN_NELDERMEAD : nlopt::LN_BOBYQA;
}

// Central differences where the bounds allow, else one-sided: the points and their steps.
void jacobian(const MomentEvaluator& evaluator, Objective& objective, CalibrationResult& r) {
  const auto& params = evaluator.spec().params;
  const std::size_t n = params.size(), k = evaluator.spec().moments.size();
  std::vector<ParamVector> points;
  for (std::size_t j = 0; j < n; ++j) {
    const double h = evaluator.spec().search.jacobian_step * (params[j].high - params[j].low);
    ParamVector up = r.estimate, down = r.estimate;
    up[j] = std::min(params[j].high, r.estimate[j] + h);
    down[j] = std::max(params[j].low, r.estimate[j] - h);
    points.push_back(up);
    points.push_back(down);
    r.step.push_back(up[j] - down[j]);
  }
  const auto m = objective.moments(points);
  r.jacobian.assign(k, std::vector<double>(n, 0.0));
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t j = 0; j < n; ++j) r.jacobian[i][j] = (m[2 * j][i] - m[2 * j + 1][i]) / r.step[j];
}

// Standard errors of the method of simulated moments with W = diag(1 / scale^2), taking each
// moment's scale as the standard deviation of its data figure (so W is the efficient weighting;
// guards are no data and carry no weight here, their rows of the information table stay 0):
// V = (1 + 1/R) (G' W G)^-1. A parameter that no moment moves (a zero Jacobian column) is not
// identified: no standard error (NaN), and it is left out of the inverse; if the others are still
// collinear, the Moore-Penrose inverse stands in and the condition number says so.
void standard_errors(const MomentEvaluator& evaluator, CalibrationResult& r) {
  const auto& spec = evaluator.spec();
  const std::size_t n = spec.params.size(), k = spec.moments.size();
  r.standard_error.assign(n, NAN);
  r.information.assign(k, std::vector<double>(n, 0.0));
  std::vector<std::size_t> moved;  // parameters some moment responds to
  std::vector<double> own(n, 0.0);
  // d moment / d parameter in units of the moment's scale; 0 for a guard.
  auto weighted = [&](std::size_t i, std::size_t j) {
    return spec.moments[i].guard ? 0.0 : r.jacobian[i][j] / spec.moments[i].scale;
  };
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t i = 0; i < k; ++i) own[j] += weighted(i, j) * weighted(i, j);
    if (own[j] > 0) moved.push_back(j);
    for (std::size_t i = 0; i < k; ++i)
      r.information[i][j] = own[j] > 0 ? weighted(i, j) * weighted(i, j) / own[j] : 0.0;
  }
  if (moved.empty()) {
    r.condition_number = std::numeric_limits<double>::infinity();
    return;
  }
  const auto m = static_cast<Eigen::Index>(moved.size());
  Eigen::MatrixXd g(static_cast<Eigen::Index>(k), m);
  for (std::size_t i = 0; i < k; ++i)
    for (Eigen::Index j = 0; j < m; ++j)
      g(static_cast<Eigen::Index>(i), j) = weighted(i, moved[static_cast<std::size_t>(j)]);
  const Eigen::MatrixXd info = g.transpose() * g;  // G' W G
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(info);
  const double largest = eig.eigenvalues().maxCoeff(), smallest = eig.eigenvalues().minCoeff();
  r.condition_number = smallest > 0 ? largest / smallest : std::numeric_limits<double>::infinity();
  const Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> decomposition(info);
  const Eigen::MatrixXd v = (1.0 + 1.0 / spec.replications) * decomposition.pseudoInverse();
  for (Eigen::Index j = 0; j < m; ++j)
    r.standard_error[moved[static_cast<std::size_t>(j)]] = std::sqrt(v(j, j));
}

// The loss along each parameter, the others at the estimate.
void profiles(const MomentEvaluator& evaluator, Objective& objective, CalibrationResult& r) {
  const auto& spec = evaluator.spec();
  const int points = spec.search.profile_points;
  std::vector<ParamVector> batch;
  for (std::size_t j = 0; j < spec.params.size(); ++j) {
    const auto& p = spec.params[j];
    const double width = spec.search.profile_width * (p.high - p.low);
    for (int s = 0; s < points; ++s) {
      ParamVector x = r.estimate;
      const double offset = width * (2.0 * s / (points - 1) - 1.0);
      x[j] = std::clamp(r.estimate[j] + offset, p.low, p.high);
      batch.push_back(x);
    }
  }
  const auto m = objective.moments(batch);
  r.profile.assign(spec.params.size(), {});
  for (std::size_t j = 0; j < spec.params.size(); ++j)
    for (int s = 0; s < points; ++s) {
      const std::size_t b = j * static_cast<std::size_t>(points) + static_cast<std::size_t>(s);
      r.profile[j].push_back({batch[b][j], evaluator.loss(m[b])});
    }
}

}  // namespace

std::uint64_t calibration_identity(const MomentEvaluator& evaluator) {
  // What an evaluation's moments depend on, and nothing else: the search settings and the data
  // values may change between runs and the logged evaluations still hold.
  const auto& spec = evaluator.spec();
  StateHasher h;
  for (const auto& s : evaluator.scenario_hashes()) h.text(s);  // resolved, with the fixed `set`
  for (const auto& p : spec.params) h.text(p.label());
  for (const auto& m : spec.moments) {
    h.value(m.scenario);
    h.text(m.def.series);
    h.value(m.def.stat);
    h.value(m.def.from ? m.def.from->index : -1);
    h.value(m.def.to ? m.def.to->index : -1);
    h.value(m.def.threshold);
    if (m.guard) h.text("guard");  // the same statistic as a guard is another row of the log's moments
    if (m.compare_to) h.value(*m.compare_to);
    if (m.steady) {
      h.text("steady economy");
      h.value(m.steady->real_growth_pct);
      h.value(m.steady->inflation_pct);
    }
  }
  h.value(spec.replications);
  h.value(spec.first_seed);
  h.text(sancsim_version());
  h.text(sancsim_git_commit());
  h.value(executable_digest());  // a dirty tree's builds share the commit's name, not their code
  return h.digest();
}

CalibrationResult run_calibration(const MomentEvaluator& evaluator, EvaluationLog& log,
                                  std::ostream& progress) {
  const auto& spec = evaluator.spec();
  CalibrationResult r;
  Objective objective(evaluator, log, progress);
  r.start = evaluator.start();
  r.model_start = objective.moments({r.start}).front();
  r.loss_start = evaluator.loss(r.model_start);
  for (std::size_t i = 0; i < r.model_start.size(); ++i)
    if (std::isnan(r.model_start[i]))
      throw CalibrationError(
          fmt::format("{}:{}: moment \"{}\" ({} {}) has no value at the start point (a run failed, "
                      "or the statistic found no month)",
                      spec.moments[i].file, spec.moments[i].line, spec.moments[i].quantity,
                      spec.moments[i].def.series, spec.moments[i].window));
  if (spec.search.global != GlobalMethod::None) {
    objective.stage("global");
    minimise(global_algorithm(spec.search.global), spec.search.global_evaluations, evaluator, objective,
             r.start, spec.search);
  }
  r.loss_global = objective.best_loss();
  if (spec.search.local != LocalMethod::None) {
    for (int round = 1; round <= spec.search.local_rounds; ++round) {
      objective.stage(spec.search.local_rounds > 1 ? fmt::format("local, round {}", round) : "local");
      const double before = objective.best_loss();
      minimise(local_algorithm(spec.search.local), spec.search.local_evaluations, evaluator, objective,
               objective.best(), spec.search);
      if (!(objective.best_loss() < before) && round > 1)
        break;  // a round that found nothing better ends the search
    }
  }
  r.estimate = objective.best();
  r.model = objective.moments({r.estimate}).front();
  r.loss = evaluator.loss(r.model);
  objective.stage("Jacobian");
  jacobian(evaluator, objective, r);
  standard_errors(evaluator, r);
  if (spec.search.profile_points > 0) {
    objective.stage("profiles");
    profiles(evaluator, objective, r);
  }
  r.best_loss_seen = objective.best_loss();
  r.evaluations = objective.evaluations();
  r.replayed = log.replayed();
  return r;
}

}  // namespace sancsim
