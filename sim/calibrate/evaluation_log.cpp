// The calibration's evaluation log (evaluation_log.hpp).
#include "sancsim/calibrate/evaluation_log.hpp"

#include <cstdlib>
#include <sstream>

#include <fmt/format.h>

#include "sancsim/calibrate/moment_evaluator.hpp"

namespace sancsim {
namespace {

namespace fs = std::filesystem;

std::string identity_line(std::uint64_t identity) {
  return fmt::format("# sancsim calibrate evaluation log, identity {:016x}", identity);
}

// The numbers of one line; nullopt if any field is not a number or the count is wrong.
std::optional<std::vector<double>> numbers(const std::string& line, std::size_t count) {
  std::vector<double> out;
  std::stringstream fields(line);
  std::string field;
  while (std::getline(fields, field, ',')) {
    char* end = nullptr;
    const double v = std::strtod(field.c_str(), &end);
    if (field.empty() || end != field.c_str() + field.size()) return std::nullopt;
    out.push_back(v);
  }
  if (out.size() != count) return std::nullopt;
  return out;
}

}  // namespace

EvaluationLog::EvaluationLog(const fs::path& path, std::uint64_t identity, std::size_t params,
                             std::size_t moments, const std::string& header)
    : params_(params), moments_(moments) {
  std::uintmax_t keep = 0;  // bytes of whole lines
  if (fs::exists(path)) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    if (!std::getline(in, line) || line != identity_line(identity))
      throw CalibrationError(
          fmt::format("{} is the log of another calibration (other scenarios, parameters, moments, seeds or "
                      "build); remove it "
                      "or choose another "
                      "--out to start afresh",
                      path.string()));
    keep = line.size() + 1;
    std::getline(in, line);  // the column names
    keep += line.size() + 1;
    while (std::getline(in, line)) {
      if (in.eof()) break;  // no newline after it: torn by a kill
      keep += line.size() + 1;
      if (auto v = numbers(line, params + moments)) {
        std::vector<double> x(v->begin(), v->begin() + static_cast<std::ptrdiff_t>(params));
        entries_[x] = std::vector<double>(v->begin() + static_cast<std::ptrdiff_t>(params), v->end());
      }
    }
    in.close();
    fs::resize_file(path, keep);
    replayed_ = entries_.size();
    out_.open(path, std::ios::app | std::ios::binary);
  } else {
    out_.open(path, std::ios::binary);
    out_ << identity_line(identity) << '\n' << header << '\n';
    out_.flush();
  }
  if (!out_) throw CalibrationError(fmt::format("cannot write the evaluation log {}", path.string()));
}

std::optional<std::vector<double>> EvaluationLog::find(const std::vector<double>& x) const {
  const auto it = entries_.find(x);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

void EvaluationLog::append(const std::vector<double>& x, const std::vector<double>& moments) {
  if (!entries_.emplace(x, moments).second) return;
  std::string line;
  for (const double v : x) line += fmt::format("{},", v);
  for (const double v : moments) line += fmt::format("{},", v);
  line.back() = '\n';
  out_ << line;
  out_.flush();
  if (!out_) throw CalibrationError("cannot append to the evaluation log (disk full?)");
}

}  // namespace sancsim
