// A child process for the kill-and-resume test: runs a synthetic sweep slowly enough to be killed.
// Usage: sweep_test_helper OUT_DIR THREADS [--resume | --seed N]; exits 2 when the sweep is refused
// (e.g. another process holds OUT_DIR), 1 when it fails.
#include <cstdlib>
#include <iostream>
#include <string>

#include "synthetic_model.hpp"

int main(int argc, char** argv) {
  using namespace sancsim;
  if (argc < 3) return 2;
  const bool seeded = argc > 4 && std::string(argv[3]) == "--seed";
  const auto spec = seeded ? test::kill_test_spec(std::atoi(argv[4])) : test::kill_test_spec();
  const RunnerOptions o = test::kill_test_options(argc, argv);
  const test::SyntheticOptions so = test::kill_test_runs(2000);
  try {
    Design design(spec);
    run_threaded_sweep(design, sweep_hash(spec, ""), test::synthetic_factory(so), o);
  } catch (const SweepInputError& e) {
    std::cerr << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
  return 0;
}
