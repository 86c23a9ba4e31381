// A child process for the MPI kill-and-resume tests: a synthetic sweep slow enough to kill a rank
// of. Under mpirun it runs over the ranks (and writes OUT_DIR.rank<r>.pid, so a test can kill a
// worker); otherwise on threads. Usage: sweep_mpi_test_helper OUT_DIR THREADS [--resume | --skew]
// --skew: the worker ranks prepare another sweep (a different seed) than the manager.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include <unistd.h>

#include "sancsim/sweep/mpi/mpi_runner.hpp"
#include "synthetic_model.hpp"

int main(int argc, char** argv) {
  using namespace sancsim;
  if (argc < 3) return 2;
  const bool skew = argc > 3 && std::string(argv[3]) == "--skew";
  std::optional<mpi::Environment> env;
  if (mpi::launched_by_mpi()) env.emplace();
  const bool worker = env && env->rank() > 0;
  const auto spec = test::kill_test_spec(skew && worker ? 12 : 11);
  const RunnerOptions o = test::kill_test_options(argc, argv);
  const test::SyntheticOptions so = test::kill_test_runs(5000);
  try {
    Design design(spec);
    if (env && env->size() > 1) {
      std::ofstream(std::string(argv[1]) + ".rank" + std::to_string(env->rank()) + ".pid")
          << getpid() << '\n';
      mpi::MpiOptions mo;
      mo.heartbeat_s = 0.2;
      mo.worker_timeout_s = 3;
      auto s = mpi::run_mpi_sweep(*env, design, sweep_hash(spec, ""), test::synthetic_factory(so), o, mo);
      if (s.manager) std::cerr << "helper: runs lost " << s.runs_lost << '\n';
      return env->finish(s.runs_lost ? 1 : 0);
    }
    run_threaded_sweep(design, sweep_hash(spec, ""), test::synthetic_factory(so), o);
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    if (env && env->rank() == 0) env->abort(1);
    return 1;
  }
  return 0;
}
