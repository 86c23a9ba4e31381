#pragma once
// A calibration file written beside the scenario fixtures (so that its relative scenario paths resolve),
// read, and removed: its name carries the process and the running test, so that parallel tests never share
// one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <variant>

#include "sancsim/scenario/calibration_file.hpp"

namespace sancsim::test {

inline std::variant<CalibrationSpec, Diagnostics> load_calibration_text(const std::string& prefix,
                                                                        const std::string& text) {
  namespace fs = std::filesystem;
  const fs::path file = fs::path(SANCSIM_SCENARIO_FIXTURES) /
                        (prefix + "_" + std::to_string(::getpid()) + "_" +
                         ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".toml");
  std::ofstream(file) << text;
  auto r = load_calibration_spec(file.string());
  fs::remove(file);
  return r;
}

}  // namespace sancsim::test
