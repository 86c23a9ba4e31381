// A child process for the kill-and-resume test: runs a synthetic sweep slowly enough to be killed.
// Usage: sweep_test_helper OUT_DIR THREADS [--resume]
#include <cstdlib>
#include <iostream>
#include <string>

#include "synthetic_model.hpp"

int main(int argc, char** argv) {
  using namespace sancsim;
  if (argc < 3) return 2;
  const auto spec = test::kill_test_spec();
  RunnerOptions o;
  o.out_dir = argv[1];
  o.threads = static_cast<unsigned>(std::atoi(argv[2]));
  o.resume = argc > 3 && std::string(argv[3]) == "--resume";
  o.progress = false;
  test::SyntheticOptions so;
  so.sleep_us = 2000;
  so.fail_above = 0.95;
  try {
    Design design(spec);
    run_threaded_sweep(design, sweep_hash(spec, ""), test::synthetic_factory(so), o);
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
  return 0;
}
