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

// small.toml's MET share estimated, and its liquid NWF at the end of 2022 as a moment (the fixtures'
// calibration files share them).
inline const std::string kMetShareParameter = R"toml([[parameter]]
key = "state.tax.met_effective_share"
low = 0.4
high = 0.9
)toml";
inline const std::string kNwfMoment = R"toml([[moment]]
quantity = "NWF"
series = "nwf_liquid_rub_bn"
window = "2022-12"
value = 1360
sd = 60
source = "test"
)toml";

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
