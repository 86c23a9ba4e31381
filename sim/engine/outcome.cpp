#include "sancsim/engine/outcome.hpp"

#include <cmath>
#include <limits>
#include <utility>

namespace sancsim {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct StatName {
  OutcomeStat stat;
  const char* name;
};
constexpr StatName kStatNames[] = {
    {OutcomeStat::Sum, "sum"},
    {OutcomeStat::Mean, "mean"},
    {OutcomeStat::Last, "last"},
    {OutcomeStat::Min, "min"},
    {OutcomeStat::Max, "max"},
    {OutcomeStat::ArgmaxMonth, "argmax_month"},
    {OutcomeStat::ArgminMonth, "argmin_month"},
    {OutcomeStat::FirstBelow, "first_below"},
    {OutcomeStat::FirstAbove, "first_above"},
    {OutcomeStat::Change, "change"},
    {OutcomeStat::GrowthPct, "growth_pct"},
    {OutcomeStat::YearMeanGrowthPct, "year_mean_growth_pct"},
};

double month_code(YearMonth m) { return m.yyyymm(); }

// The mean of the values in rows [begin, end) that have one (NaN when none).
double mean_of(const std::vector<double>& values, std::size_t begin, std::size_t end) {
  double sum = 0;
  int n = 0;
  for (std::size_t i = begin; i < end; ++i)
    if (!std::isnan(values[i])) {
      sum += values[i];
      ++n;
    }
  return n ? sum / n : kNaN;
}

}  // namespace

std::vector<std::pair<YearMonth, YearMonth>> months_read(OutcomeStat s, YearMonth from, YearMonth to) {
  switch (s) {
    case OutcomeStat::Change:
    case OutcomeStat::GrowthPct:
      return {{from, from}, {to, to}};
    case OutcomeStat::YearMeanGrowthPct:
      return {{from, YearMonth{from.index + 11}}, {YearMonth{to.index - 11}, to}};
    default:
      return {{from, to}};
  }
}

std::optional<OutcomeStat> parse_outcome_stat(std::string_view name) {
  for (const auto& s : kStatNames)
    if (name == s.name) return s.stat;
  return std::nullopt;
}

const char* outcome_stat_name(OutcomeStat stat) {
  for (const auto& s : kStatNames)
    if (s.stat == stat) return s.name;
  return "?";
}

const std::vector<std::string>& outcome_stat_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& s : kStatNames) v.emplace_back(s.name);
    return v;
  }();
  return names;
}

OutcomeDef outcome_def(std::string name, std::string series, OutcomeStat stat) {
  OutcomeDef d;
  d.name = std::move(name);
  d.series = std::move(series);
  d.stat = stat;
  return d;
}

bool stat_needs_threshold(OutcomeStat s) {
  return s == OutcomeStat::FirstBelow || s == OutcomeStat::FirstAbove;
}

double evaluate_outcome(const OutcomeDef& def, const SeriesTable& table) {
  const auto& values = table.values(def.series);
  const auto& months = table.months();
  // Rows are in month order: the window is one contiguous run of rows.
  std::size_t begin = 0, end = months.size();
  if (def.from)
    while (begin < end && months[begin] < *def.from) ++begin;
  if (def.to)
    while (end > begin && months[end - 1] > *def.to) --end;

  switch (def.stat) {
    case OutcomeStat::Sum: {
      double sum = 0;
      for (std::size_t i = begin; i < end; ++i)
        if (!std::isnan(values[i])) sum += values[i];
      return sum;
    }
    case OutcomeStat::Mean:
      return mean_of(values, begin, end);
    case OutcomeStat::Last:
      return end > begin ? values[end - 1] : kNaN;
    case OutcomeStat::Change:
      return end > begin ? values[end - 1] - values[begin] : kNaN;
    case OutcomeStat::GrowthPct:
      return end > begin && values[begin] > 0 ? (values[end - 1] / values[begin] - 1.0) * 100.0 : kNaN;
    case OutcomeStat::YearMeanGrowthPct: {
      // The two years are the window's own first and last twelve months (one row a month).
      if (end - begin < 24 || (def.from && months[begin] != *def.from) ||
          (def.to && months[end - 1] != *def.to))
        return kNaN;
      const double first = mean_of(values, begin, begin + 12), last = mean_of(values, end - 12, end);
      return first > 0 && !std::isnan(last) ? (last / first - 1.0) * 100.0 : kNaN;
    }
    case OutcomeStat::Min:
    case OutcomeStat::Max:
    case OutcomeStat::ArgmaxMonth:
    case OutcomeStat::ArgminMonth: {
      const bool want_max = def.stat == OutcomeStat::Max || def.stat == OutcomeStat::ArgmaxMonth;
      std::size_t best = end;
      for (std::size_t i = begin; i < end; ++i) {
        if (std::isnan(values[i])) continue;
        if (best == end || (want_max ? values[i] > values[best] : values[i] < values[best])) best = i;
      }
      if (best == end) return kNaN;
      if (def.stat == OutcomeStat::Min || def.stat == OutcomeStat::Max) return values[best];
      return month_code(months[best]);
    }
    case OutcomeStat::FirstBelow:
    case OutcomeStat::FirstAbove:
      for (std::size_t i = begin; i < end; ++i) {
        const double x = values[i];
        if (def.stat == OutcomeStat::FirstBelow ? x < def.threshold : x > def.threshold)
          return month_code(months[i]);
      }
      return kNaN;
  }
  return kNaN;
}

void evaluate_outcomes(const std::vector<OutcomeDef>& defs, const SeriesTable& table,
                       std::vector<Metric>& out) {
  for (const auto& d : defs) out.push_back({d.name, evaluate_outcome(d, table)});
}

}  // namespace sancsim
