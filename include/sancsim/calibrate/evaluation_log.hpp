#pragma once
// The log of a calibration's evaluations (`DIR/evaluations.csv`): one line per parameter vector
// run, with its model moments, appended and flushed as each evaluation ends. A restarted
// calibration reads it back and answers every vector it has already run from it; since the
// search is deterministic (fixed NLopt seed, common random numbers), a rerun after a kill replays
// the log and goes on where it stopped. Vectors are keyed exactly (shortest round-trip decimal).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sancsim {

class EvaluationLog {
 public:
  // Opens `path`, reading what an earlier run of the same calibration (same `identity`) logged; a
  // log of another calibration is a CalibrationError. A torn last line (a kill mid-write) is dropped.
  EvaluationLog(const std::filesystem::path& path, std::uint64_t identity, std::size_t params,
                std::size_t moments, const std::string& header);
  std::optional<std::vector<double>> find(const std::vector<double>& x) const;
  void append(const std::vector<double>& x, const std::vector<double>& moments);
  std::size_t size() const { return entries_.size(); }
  std::size_t replayed() const { return replayed_; }  // entries read from an earlier run

 private:
  std::size_t params_, moments_;
  std::map<std::vector<double>, std::vector<double>> entries_;
  std::size_t replayed_ = 0;
  std::ofstream out_;
};

}  // namespace sancsim
