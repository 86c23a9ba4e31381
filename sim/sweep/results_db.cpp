// The results database: schema, creation with every design point, resume checks, run commits.
#include "sancsim/sweep/results_db.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <system_error>

#include <fmt/format.h>
#include <sqlite3.h>

#include "sancsim/output/run_json.hpp"
#include "sql_statement.hpp"

namespace sancsim {
namespace {

constexpr const char* kFormatVersion = "1";
// Rows per multi-row metrics insert: 3 variables a row, well inside SQLite's limit of 32,766.
constexpr std::size_t kMetricRowsPerInsert = 300;

std::string quote_identifier(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// String values are stored without their TOML quotes, for people reading the table.
std::string unquoted(const std::string& toml) {
  if (toml.size() >= 2 && (toml.front() == '\'' || toml.front() == '"') && toml.back() == toml.front())
    return toml.substr(1, toml.size() - 2);
  return toml;
}

}  // namespace

namespace {
// A database that SQLite finds damaged ("database disk image is malformed", "file is not a
// database") is bad input, with what to do about it; any other SQLite error is a failure.
[[noreturn]] void throw_sqlite_message(sqlite3* db, const std::filesystem::path& file,
                                       const std::string& message) {
  const int code = db ? sqlite3_errcode(db) & 0xff : SQLITE_NOMEM;
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    throw SweepInputError(fmt::format(
        "{}; the database is damaged and cannot be resumed or read: move it aside (`mv {} {}.damaged`) "
        "and run the sweep again, or give another --out",
        message, file.string(), file.string()));
  throw SweepError(message);
}
}  // namespace

void throw_sqlite(sqlite3* db, const std::filesystem::path& file, const std::string& what) {
  throw_sqlite_message(
      db, file, fmt::format("{}: {}: {}", file.string(), what, db ? sqlite3_errmsg(db) : "out of memory"));
}

namespace {
// Closes the connection when a constructor throws (the destructor does not run then).
struct CloseOnThrow {
  sqlite3*& db;
  bool armed = true;
  ~CloseOnThrow() {
    if (armed) {
      sqlite3_close(db);
      db = nullptr;
    }
  }
};
}  // namespace

ResultsDb::ResultsDb(const std::filesystem::path& file, const Design& design, const std::string& sweep_hash,
                     bool resume, const std::string& shard)
    : file_(file) {
  const bool existed = std::filesystem::exists(file);
  CloseOnThrow guard{db_};
  if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK)
    throw_sqlite(db_, file_, "cannot open");
  sqlite3_busy_timeout(db_, 5000);
  exec("PRAGMA journal_mode=WAL");
  // In WAL mode NORMAL loses no committed transaction when the process is killed; only a power
  // failure may roll back the last commits (never corrupting the file).
  exec("PRAGMA synchronous=NORMAL");
  const std::string found = existed ? meta("sweep_hash") : "";
  if (found.empty()) {
    create(design, sweep_hash, shard);  // new, or killed before its creating transaction committed
    guard.armed = false;
    return;
  }
  if (!resume)
    throw SweepInputError(fmt::format(
        "{} already holds a sweep; pass --resume to continue it or choose another --out", file.string()));
  if (found != sweep_hash)
    throw SweepInputError(
        fmt::format("{} holds another sweep (hash {}, this sweep {}); it was changed since the sweep "
                    "started, or --out names the wrong directory",
                    file.string(), found, sweep_hash));
  const std::string found_shard = meta("shard");
  if (found_shard != shard)
    throw SweepInputError(fmt::format("{} holds {}, not {}; resume it with the same --shard", file.string(),
                                      found_shard.empty() ? "the whole sweep" : "shard " + found_shard,
                                      shard.empty() ? "the whole sweep" : "shard " + shard));
  guard.armed = false;
}

std::string read_only_uri(const std::filesystem::path& file) {
  const auto path = std::filesystem::absolute(file).lexically_normal();
  std::string uri = "file:";
  for (const unsigned char c : path.string()) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~')
      uri += static_cast<char>(c);
    else
      uri += fmt::format("%{:02X}", c);
  }
  uri += "?mode=ro";
  std::error_code ec;
  const auto wal = std::filesystem::path(path.string() + "-wal");
  const bool wal_pending = std::filesystem::exists(wal, ec) && std::filesystem::file_size(wal, ec) > 0;
  if (::access(path.parent_path().c_str(), W_OK) != 0 && !wal_pending) uri += "&immutable=1";
  return uri;
}

ResultsDb::ResultsDb(const std::filesystem::path& file) : file_(file) {
  if (!std::filesystem::exists(file)) throw SweepInputError(file.string() + ": no results database here");
  CloseOnThrow guard{db_};
  if (sqlite3_open_v2(read_only_uri(file).c_str(), &db_,
                      SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
    throw_sqlite(db_, file_, "cannot open");
  sqlite3_busy_timeout(db_, 5000);
  if (meta("sweep_hash").empty()) throw SweepInputError(file.string() + ": not a sancsim sweep database");
  guard.armed = false;
}

ResultsDb::~ResultsDb() {
  insert_run_.reset();
  insert_metrics_.clear();
  insert_series_.reset();
  sqlite3_close(db_);
}

void ResultsDb::exec(const char* sql) const {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw_sqlite_message(db_, file_, fmt::format("{}: {}: {}", file_.string(), sql, text));
  }
}

std::string ResultsDb::meta(const std::string& key) const {
  Statement has(db_, file_, "SELECT count(*) FROM sqlite_master WHERE name = 'meta'");
  if (!has.step() || has.integer(0) == 0) return "";
  Statement q(db_, file_, "SELECT value FROM meta WHERE key = ?");
  q.bind(1, key);
  return q.step() ? q.text(0) : "";
}

void ResultsDb::create(const Design& design, const std::string& sweep_hash, const std::string& shard) {
  const auto& spec = design.spec();
  exec("BEGIN IMMEDIATE");
  exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID");
  exec(
      "CREATE TABLE IF NOT EXISTS params(param INTEGER PRIMARY KEY, key TEXT, kind TEXT, lo REAL, hi REAL, "
      "log INTEGER, value_count INTEGER)");
  std::string points_sql =
      "CREATE TABLE IF NOT EXISTS points(point INTEGER PRIMARY KEY, sample INTEGER, block INTEGER";
  for (const auto& a : spec.axes) points_sql += ", " + quote_identifier(a.key);
  points_sql += ")";
  exec(points_sql.c_str());
  exec(
      "CREATE TABLE IF NOT EXISTS runs(run_id INTEGER PRIMARY KEY, point INTEGER, replication INTEGER, seed "
      "TEXT, "
      "status TEXT, error TEXT, wall_s REAL)");
  exec(
      "CREATE TABLE IF NOT EXISTS metrics(run_id INTEGER, name TEXT, value REAL, PRIMARY KEY(run_id, name)) "
      "WITHOUT ROWID");
  exec(
      "CREATE TABLE IF NOT EXISTS series(run_id INTEGER, name TEXT, month TEXT, value REAL, "
      "PRIMARY KEY(run_id, name, month)) WITHOUT ROWID");

  const std::uint64_t runs = design.points() * spec.replications;
  const std::pair<std::string, std::string> meta_rows[] = {
      {"format_version", kFormatVersion},
      {"sweep_hash", sweep_hash},
      {"sweep_name", spec.name},
      {"sweep_file", spec.file},
      {"sweep_toml", spec.text},
      {"base_scenario", spec.base_scenario},
      {"design", design_name(spec.design)},
      {"dims", std::to_string(spec.axes.size())},
      {"points", std::to_string(design.points())},
      {"replications", std::to_string(spec.replications)},
      {"runs", std::to_string(runs)},
      {"master_seed", std::to_string(spec.master_seed)},
      {"record", record_name(spec.record)},
      {"morris_delta", spec.design == DesignKind::Morris ? fmt::format("{}", design.morris_delta()) : ""},
  };
  Statement m(db_, file_, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
  for (const auto& [k, v] : meta_rows) {
    m.bind(1, k);
    m.bind(2, v);
    m.run();
  }
  Statement p(db_, file_, "INSERT OR REPLACE INTO params VALUES(?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t k = 0; k < spec.axes.size(); ++k) {
    const auto& a = spec.axes[k];
    p.bind(1, static_cast<std::int64_t>(k));
    p.bind(2, a.key);
    p.bind(3, std::string(a.values.empty() ? "range" : "values"));
    p.bind(4, a.lo);
    p.bind(5, a.hi);
    p.bind(6, static_cast<std::int64_t>(a.log));
    p.bind(7, static_cast<std::int64_t>(a.values.size()));
    p.run();
  }
  std::string insert = "INSERT OR REPLACE INTO points VALUES(?, ?, ?";
  for (std::size_t k = 0; k < spec.axes.size(); ++k) insert += ", ?";
  insert += ")";
  Statement pt(db_, file_, insert);
  for (std::uint64_t i = 0; i < design.points(); ++i) {
    auto tag = design.tag(i);
    auto values = design.values(i);
    pt.bind(1, static_cast<std::int64_t>(i));
    pt.bind(2, static_cast<std::int64_t>(tag.sample));
    pt.bind(3, static_cast<std::int64_t>(tag.block));
    for (std::size_t k = 0; k < values.size(); ++k) {
      const int col = static_cast<int>(k) + 4;
      if (values[k].is_number)
        pt.bind(col, values[k].number);
      else
        pt.bind(col, unquoted(values[k].toml));
    }
    pt.run();
  }
  // The compared points, "a b" under compare.<name> (only sweeps with [[compare]] have the rows).
  for (const auto& c : spec.compares) {
    const ComparePoints cp = compare_points(design, c);
    m.bind(1, "compare." + c.name);
    m.bind(2, fmt::format("{} {}", cp.a, cp.b));
    m.run();
  }
  if (!shard.empty()) {  // only shards have the row, so a whole sweep's meta is as before
    m.bind(1, std::string("shard"));
    m.bind(2, shard);
    m.run();
  }
  exec("COMMIT");
}

std::vector<bool> ResultsDb::committed(std::uint64_t runs) const {
  std::vector<bool> done(runs, false);
  Statement q(db_, file_, "SELECT run_id FROM runs");
  while (q.step()) {
    auto id = static_cast<std::uint64_t>(q.integer(0));
    if (id < runs) done[id] = true;
  }
  return done;
}

void ResultsDb::commit(std::span<const RunRecord> records, bool with_series) {
  if (!insert_run_) {
    insert_run_ = std::make_unique<Statement>(db_, file_, "INSERT INTO runs VALUES(?, ?, ?, ?, ?, ?, ?)");
    insert_series_ = std::make_unique<Statement>(db_, file_, "INSERT INTO series VALUES(?, ?, ?, ?)");
  }
  auto& run = *insert_run_;
  auto& series = *insert_series_;
  exec("BEGIN IMMEDIATE");
  try {
    for (const auto& r : records) {
      const auto id = static_cast<std::int64_t>(r.task.run_id);
      run.bind(1, id);
      run.bind(2, static_cast<std::int64_t>(r.task.point));
      run.bind(3, static_cast<std::int64_t>(r.task.replication));
      run.bind(4, std::to_string(r.task.seed));  // as text: SQLite integers are signed
      run.bind(5, std::string(r.ok ? kRunOk : kRunFailed));
      if (r.ok)
        run.bind_null(6);
      else
        run.bind(6, r.error);
      run.bind(7, r.wall_s);
      run.run();
      const auto& metrics = r.result.metrics;
      for (std::size_t first = 0; first < metrics.size(); first += kMetricRowsPerInsert) {
        const std::size_t rows = std::min(kMetricRowsPerInsert, metrics.size() - first);
        auto& insert = insert_metrics_[rows];
        if (!insert) {
          std::string sql = "INSERT INTO metrics VALUES(?, ?, ?)";
          for (std::size_t k = 1; k < rows; ++k) sql += ", (?, ?, ?)";
          insert = std::make_unique<Statement>(db_, file_, sql);
        }
        for (std::size_t k = 0; k < rows; ++k) {
          const int at = static_cast<int>(3 * k);
          insert->bind(at + 1, id);
          insert->bind_unowned(at + 2, metrics[first + k].name);
          insert->bind(at + 3, metrics[first + k].value);  // NaN is stored as NULL
        }
        insert->run();
      }
      if (!with_series) continue;
      const auto& t = r.result.series;
      std::vector<std::string> months;
      for (auto m : t.months()) months.push_back(m.str());
      for (std::size_t c = 0; c < t.cols(); ++c) {
        for (std::size_t row = 0; row < t.rows(); ++row) {
          series.bind(1, id);
          series.bind_unowned(2, t.names()[c]);
          series.bind_unowned(3, months[row]);
          series.bind(4, t.at(row, c));
          series.run();
        }
      }
    }
  } catch (...) {
    run.reset();
    for (auto& [rows, insert] : insert_metrics_) insert->reset();
    series.reset();
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
  exec("COMMIT");
}

}  // namespace sancsim
