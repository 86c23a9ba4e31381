// summary.csv and series_quantiles.csv from the results database.
#include "sancsim/sweep/aggregates.hpp"

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <cmath>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "sancsim/output/atomic_file.hpp"
#include "sancsim/sweep/sensitivity.hpp"
#include "sql_statement.hpp"

namespace sancsim {
namespace {

std::string csv_number(double x) { return std::isfinite(x) ? fmt::format("{}", x) : std::string(); }

std::string csv_text(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// The parameter columns of each point, as CSV cells, fetched one point at a time.
class PointColumns {
 public:
  explicit PointColumns(const ResultsDb& db)
      : query_(db.handle(), db.file(), "SELECT * FROM points WHERE point = ?"),
        names_(db.handle(), db.file(), "SELECT key FROM params ORDER BY param") {
    while (names_.step()) {
      header_ += ',';
      header_ += csv_text(names_.text(0));
    }
  }
  const std::string& header() const { return header_; }
  std::string cells(std::int64_t point) {
    query_.bind(1, point);
    std::string out;
    if (query_.step())
      for (int c = 3; c < query_.columns(); ++c) {
        out += ',';
        if (query_.is_text(c))
          out += csv_text(query_.text(c));
        else if (!query_.is_null(c))
          out += csv_number(query_.real(c));
      }
    query_.reset();
    return out;
  }

 private:
  Statement query_;
  Statement names_;
  std::string header_;
};

// Steps through `q` (rows ordered by run id, the run id in column 0): `add(q)` for each row, and
// `flush(point)` after the last row of each design point.
template <class Add, class Flush>
void by_point(Statement& q, std::int64_t replications, Add add, Flush flush) {
  std::int64_t point = -1;
  while (q.step()) {
    const std::int64_t p = q.integer(0) / replications;
    if (p != point) {
      if (point >= 0) flush(point);
      point = p;
    }
    add(q);
  }
  if (point >= 0) flush(point);
}

struct Sorted {
  std::vector<double> v;
  void add(double x) {
    if (std::isfinite(x)) v.push_back(x);
  }
};

void write_summary(const ResultsDb& db, std::ostream& out) {
  PointColumns points(db);
  const auto reps = static_cast<std::int64_t>(std::stoull(db.meta("replications")));
  out << "point" << points.header() << ",metric,runs,mean,sd,p5,p50,p95\n";
  Statement q(db.handle(), db.file(),
              "SELECT m.run_id, m.name, m.value FROM metrics m JOIN runs r ON r.run_id = m.run_id "
              "WHERE r.status = 'ok' ORDER BY m.run_id, m.name");
  std::map<std::string, Sorted> group;  // metric -> values of the current point
  auto flush = [&](std::int64_t point) {
    const std::string cells = points.cells(point);
    for (auto& [name, values] : group) {
      auto& v = values.v;
      std::sort(v.begin(), v.end());
      double mean = 0, ss = 0;
      for (double x : v) mean += x;
      mean /= static_cast<double>(v.size());
      for (double x : v) ss += (x - mean) * (x - mean);
      const double sd = v.size() > 1 ? std::sqrt(ss / static_cast<double>(v.size() - 1)) : NAN;
      out << point << cells << ',' << csv_text(name) << ',' << v.size() << ','
          << csv_number(v.empty() ? NAN : mean) << ',' << csv_number(sd) << ','
          << csv_number(quantile_sorted(v, 0.05)) << ',' << csv_number(quantile_sorted(v, 0.5)) << ','
          << csv_number(quantile_sorted(v, 0.95)) << '\n';
    }
    group.clear();
  };
  by_point(
      q, reps, [&](Statement& row) { group[row.text(1)].add(row.real(2)); }, flush);
}

void write_series_quantiles(const ResultsDb& db, std::ostream& out) {
  PointColumns points(db);
  const auto reps = static_cast<std::int64_t>(std::stoull(db.meta("replications")));
  out << "point" << points.header() << ",series,month,runs,p5,p25,p50,p75,p95\n";
  Statement q(db.handle(), db.file(),
              "SELECT s.run_id, s.name, s.month, s.value FROM series s JOIN runs r ON r.run_id = s.run_id "
              "WHERE r.status = 'ok' ORDER BY s.run_id, s.name, s.month");
  std::map<std::pair<std::string, std::string>, Sorted> group;  // (series, month) -> values
  auto flush = [&](std::int64_t point) {
    const std::string cells = points.cells(point);
    for (auto& [key, values] : group) {
      auto& v = values.v;
      std::sort(v.begin(), v.end());
      out << point << cells << ',' << csv_text(key.first) << ',' << key.second << ',' << v.size();
      for (double p : {0.05, 0.25, 0.5, 0.75, 0.95}) out << ',' << csv_number(quantile_sorted(v, p));
      out << '\n';
    }
    group.clear();
  };
  by_point(
      q, reps,
      [&](Statement& row) {
        group[{row.text(1), row.text(2)}].add(row.real(3));
      },
      flush);
}

void run_sql(const ResultsDb& db, const char* sql) { Statement(db.handle(), db.file(), sql).run(); }

// The sweep's [[compare]] blocks: name and compared points, from meta rows compare.<name> = "a b".
struct Comparison {
  std::string name;
  std::int64_t a = 0, b = 0;
};
std::vector<Comparison> comparisons(const ResultsDb& db) {
  std::vector<Comparison> out;
  Statement q(db.handle(), db.file(),
              "SELECT substr(key, 9), value FROM meta WHERE key LIKE 'compare.%' ORDER BY key");
  while (q.step()) {
    Comparison c{q.text(0)};
    if (std::sscanf(q.text(1).c_str(), "%lld %lld", reinterpret_cast<long long*>(&c.a),
                    reinterpret_cast<long long*>(&c.b)) == 2)
      out.push_back(std::move(c));
  }
  return out;
}

// Per replication, a's value minus b's for every metric (and series month) that both ok runs have,
// into the compare_metrics and compare_series tables (rebuilt each time).
void store_differences(const ResultsDb& db, const std::vector<Comparison>& cs, bool with_series) {
  // Run ids are point * replications + replication: the pairs are found by key, not by scanning.
  const auto reps = static_cast<std::int64_t>(std::stoull(db.meta("replications")));
  run_sql(db, "BEGIN IMMEDIATE");
  run_sql(
      db,
      "CREATE TABLE IF NOT EXISTS compare_metrics(compare TEXT, name TEXT, replication INTEGER, value REAL, "
      "PRIMARY KEY(compare, name, replication)) WITHOUT ROWID");
  run_sql(
      db,
      "CREATE TABLE IF NOT EXISTS compare_series(compare TEXT, name TEXT, month TEXT, replication INTEGER, "
      "value REAL, PRIMARY KEY(compare, name, month, replication)) WITHOUT ROWID");
  run_sql(db, "DELETE FROM compare_metrics");
  run_sql(db, "DELETE FROM compare_series");
  Statement m(db.handle(), db.file(),
              "INSERT INTO compare_metrics SELECT ?1, ma.name, ra.replication, ma.value - mb.value "
              "FROM runs ra JOIN runs rb ON rb.run_id = ra.run_id - ?2 + ?3 "
              "JOIN metrics ma ON ma.run_id = ra.run_id JOIN metrics mb ON mb.run_id = rb.run_id AND mb.name "
              "= ma.name "
              "WHERE ra.run_id >= ?2 AND ra.run_id < ?2 + ?4 AND ra.status = 'ok' AND rb.status = 'ok'");
  Statement s(db.handle(), db.file(),
              "INSERT INTO compare_series SELECT ?1, sa.name, sa.month, ra.replication, sa.value - sb.value "
              "FROM runs ra JOIN runs rb ON rb.run_id = ra.run_id - ?2 + ?3 "
              "JOIN series sa ON sa.run_id = ra.run_id "
              "JOIN series sb ON sb.run_id = rb.run_id AND sb.name = sa.name AND sb.month = sa.month "
              "WHERE ra.run_id >= ?2 AND ra.run_id < ?2 + ?4 AND ra.status = 'ok' AND rb.status = 'ok'");
  for (const auto& c : cs) {
    for (Statement* q : {&m, &s}) {
      if (q == &s && !with_series) continue;
      q->bind(1, c.name);
      q->bind(2, c.a * reps);
      q->bind(3, c.b * reps);
      q->bind(4, reps);
      q->run();
    }
  }
  run_sql(db, "COMMIT");
}

// compare_summary.csv: compare, metric, runs, mean, sd, p5, p50, p95 of the paired differences.
void write_compare_summary(const ResultsDb& db, std::ostream& out) {
  out << "compare,metric,runs,mean,sd,p5,p50,p95\n";
  Statement q(db.handle(), db.file(),
              "SELECT compare, name, value FROM compare_metrics ORDER BY compare, name");
  std::pair<std::string, std::string> key;
  Sorted values;
  auto flush = [&] {
    auto& v = values.v;
    if (key.first.empty()) return;
    std::sort(v.begin(), v.end());
    double mean = 0, ss = 0;
    for (double x : v) mean += x;
    mean /= static_cast<double>(v.size());
    for (double x : v) ss += (x - mean) * (x - mean);
    const double sd = v.size() > 1 ? std::sqrt(ss / static_cast<double>(v.size() - 1)) : NAN;
    out << csv_text(key.first) << ',' << csv_text(key.second) << ',' << v.size() << ','
        << csv_number(v.empty() ? NAN : mean) << ',' << csv_number(sd) << ','
        << csv_number(quantile_sorted(v, 0.05)) << ',' << csv_number(quantile_sorted(v, 0.5)) << ','
        << csv_number(quantile_sorted(v, 0.95)) << '\n';
    v.clear();
  };
  while (q.step()) {
    std::pair<std::string, std::string> k{q.text(0), q.text(1)};
    if (k != key) flush(), key = std::move(k);
    values.add(q.real(2));
  }
  flush();
}

// compare_series_quantiles.csv: compare, series, month, runs, p5, p25, p50, p75, p95.
void write_compare_series(const ResultsDb& db, std::ostream& out) {
  out << "compare,series,month,runs,p5,p25,p50,p75,p95\n";
  Statement q(db.handle(), db.file(),
              "SELECT compare, name, month, value FROM compare_series ORDER BY compare, name, month");
  std::tuple<std::string, std::string, std::string> key;
  Sorted values;
  auto flush = [&] {
    auto& v = values.v;
    if (std::get<0>(key).empty()) return;
    std::sort(v.begin(), v.end());
    out << csv_text(std::get<0>(key)) << ',' << csv_text(std::get<1>(key)) << ',' << std::get<2>(key) << ','
        << v.size();
    for (double p : {0.05, 0.25, 0.5, 0.75, 0.95}) out << ',' << csv_number(quantile_sorted(v, p));
    out << '\n';
    v.clear();
  };
  while (q.step()) {
    std::tuple<std::string, std::string, std::string> k{q.text(0), q.text(1), q.text(2)};
    if (k != key) flush(), key = std::move(k);
    values.add(q.real(3));
  }
  flush();
}

}  // namespace

void write_aggregates(const ResultsDb& db, const std::filesystem::path& out_dir) {
  write_file_atomically(out_dir / "summary.csv", [&](std::ostream& os) { write_summary(db, os); });
  write_file_atomically(out_dir / "series_quantiles.csv",
                        [&](std::ostream& os) { write_series_quantiles(db, os); });
  const auto cs = comparisons(db);
  if (cs.empty()) return;
  const bool with_series = db.meta("record") == "series";
  store_differences(db, cs, with_series);
  write_file_atomically(out_dir / "compare_summary.csv",
                        [&](std::ostream& os) { write_compare_summary(db, os); });
  if (with_series)
    write_file_atomically(out_dir / "compare_series_quantiles.csv",
                          [&](std::ostream& os) { write_compare_series(db, os); });
}

}  // namespace sancsim
