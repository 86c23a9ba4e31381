#pragma once
// The results database of a sweep (SQLite, WAL): meta, params, points, runs, metrics and
// optionally series. A run and its rows are committed in one transaction, so a sweep killed at
// any moment holds only whole runs, and --resume skips exactly those.
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "sancsim/sweep/design.hpp"
#include "sancsim/sweep/runner.hpp"

struct sqlite3;

namespace sancsim {

class Statement;

class ResultsDb {
 public:
  // Creates `file` for `design` (schema, meta and every point in one transaction), or with
  // `resume` reopens it, refusing a database of another sweep or shard ("" = whole sweep; a shard
  // is stored as meta `shard`). Throws SweepError.
  ResultsDb(const std::filesystem::path& file, const Design& design, const std::string& sweep_hash,
            bool resume, const std::string& shard = "");
  // Opens an existing database read-only (for aggregates and analysis). Throws SweepError.
  explicit ResultsDb(const std::filesystem::path& file);
  ~ResultsDb();
  ResultsDb(const ResultsDb&) = delete;
  ResultsDb& operator=(const ResultsDb&) = delete;

  // Which run ids are committed (ok or failed).
  std::vector<bool> committed(std::uint64_t runs) const;
  // Commits whole runs in one transaction.
  void commit(std::span<const RunRecord> runs, bool with_series);
  // A meta value, "" if absent.
  std::string meta(const std::string& key) const;
  sqlite3* handle() const { return db_; }
  const std::filesystem::path& file() const { return file_; }

 private:
  void exec(const char* sql) const;
  void create(const Design& design, const std::string& sweep_hash, const std::string& shard);
  sqlite3* db_ = nullptr;
  std::filesystem::path file_;
  // The inserts of commit(), prepared on first use and kept (finalised before the close).
  std::unique_ptr<Statement> insert_run_, insert_series_;
  // A run's metrics go in multi-row inserts (`INSERT ... VALUES (...), (...)`) of up to
  // kMetricRowsPerInsert rows, one statement per row count met (usually one per sweep).
  std::map<std::size_t, std::unique_ptr<Statement>> insert_metrics_;
};

// An SQLite URI that opens `file` read-only (open it with SQLITE_OPEN_URI). When the file's
// directory cannot be written and no write-ahead log is pending, also `immutable=1`: SQLite then
// needs no -shm file beside the database (which it could not create there), and no writer can be
// at work in a directory that nobody may write.
std::string read_only_uri(const std::filesystem::path& file);

// The SQLite error of a failed call, with the database file named.
[[noreturn]] void throw_sqlite(sqlite3* db, const std::filesystem::path& file, const std::string& what);

}  // namespace sancsim
