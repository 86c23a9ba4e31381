// Merging shard databases: the schema, meta, params and points of the first shard (less its shard
// row) and the runs, metrics and series of every shard, copied by SQLite itself (ATTACH).
#include "sancsim/sweep/merge.hpp"

#include <set>
#include <string>

#include <fmt/format.h>
#include <sqlite3.h>

#include "sancsim/sweep/aggregates.hpp"
#include "sancsim/sweep/results_db.hpp"
#include "sancsim/sweep/runner.hpp"
#include "sancsim/sweep/sweep_session.hpp"
#include "sql_statement.hpp"

namespace sancsim {
namespace {

struct ShardInfo {
  std::filesystem::path file;
  std::string hash;
  Shard shard;
};

ShardInfo read_shard(const std::filesystem::path& dir) {
  ShardInfo info;
  info.file = dir / "results.sqlite";
  ResultsDb db(info.file);  // read-only; throws for a directory without results
  info.hash = db.meta("sweep_hash");
  const auto text = db.meta("shard");
  auto shard = parse_shard(text);
  if (!shard)
    throw SweepInputError(fmt::format("{}: not a shard (run with --shard i/N)", info.file.string()));
  info.shard = *shard;
  return info;
}

// Every shard of one sweep, each once.
void check_shards(const std::vector<ShardInfo>& shards) {
  const auto& first = shards.front();
  std::set<std::uint32_t> seen;
  for (const auto& s : shards) {
    if (s.hash != first.hash)
      throw SweepInputError(fmt::format("{} is of another sweep (hash {}) than {} (hash {})", s.file.string(),
                                        s.hash, first.file.string(), first.hash));
    if (s.shard.count != first.shard.count)
      throw SweepInputError(fmt::format("{} is shard {}, but {} is shard {}: shards of different splits",
                                        s.file.string(), s.shard.str(), first.file.string(),
                                        first.shard.str()));
    if (!seen.insert(s.shard.index).second)
      throw SweepInputError(fmt::format("shard {} is given twice ({})", s.shard.str(), s.file.string()));
  }
  if (seen.size() != first.shard.count) {
    std::string missing;
    for (std::uint32_t i = 0; i < first.shard.count; ++i)
      if (!seen.count(i))
        missing += fmt::format("{}{}/{}", missing.empty() ? "" : ", ", i, first.shard.count);
    throw SweepInputError(fmt::format("shards missing: {}", missing));
  }
}

class Connection {
 public:
  explicit Connection(const std::filesystem::path& file) : file_(file) {
    // SQLITE_OPEN_URI so that the shards can be attached read-only by URI.
    if (sqlite3_open_v2(file.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
      throw_sqlite(db_, file_, "cannot open");
    sqlite3_busy_timeout(db_, 5000);
  }
  ~Connection() { sqlite3_close(db_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  void exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "unknown error";
      sqlite3_free(message);
      throw SweepError(fmt::format("{}: {}: {}", file_.string(), sql, text));
    }
  }
  sqlite3* get() const { return db_; }
  const std::filesystem::path& file() const { return file_; }

 private:
  sqlite3* db_ = nullptr;
  std::filesystem::path file_;
};

// A shard's database as an SQL string literal naming it read-only, so that merging needs no
// write access to the shards (attached databases are otherwise opened read-write).
std::string attach_name(const std::filesystem::path& p) {
  std::string out = "'";
  for (char c : read_only_uri(p)) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace

MergeSummary merge_shards(const std::filesystem::path& out_dir,
                          const std::vector<std::filesystem::path>& shard_dirs) {
  if (shard_dirs.empty()) throw SweepInputError("no shard directories to merge");
  std::vector<ShardInfo> shards;
  for (const auto& d : shard_dirs) shards.push_back(read_shard(d));
  check_shards(shards);

  const DirLock lock = lock_or_throw(out_dir);  // held until the merged database is in place
  std::error_code ec;
  const auto file = out_dir / "results.sqlite";
  if (std::filesystem::exists(file))
    throw SweepInputError(fmt::format("{} already exists; merge into a new directory", file.string()));
  // Build under a temporary name, so that a killed merge leaves no database that looks whole.
  const auto partial = out_dir / "results.sqlite.merging";
  std::filesystem::remove(partial, ec);
  MergeSummary summary;
  summary.shards = static_cast<std::uint32_t>(shards.size());
  {
    Connection out(partial);
    // One transaction per attached file: SQLite detaches a database only outside a transaction.
    out.exec("ATTACH " + attach_name(shards.front().file) + " AS s");
    out.exec("BEGIN IMMEDIATE");
    {
      Statement q(out.get(), out.file(),
                  "SELECT sql FROM s.sqlite_master WHERE type = 'table' ORDER BY rowid");
      while (q.step()) out.exec(q.text(0));
    }
    out.exec("INSERT INTO meta SELECT * FROM s.meta WHERE key <> 'shard'");
    out.exec("INSERT INTO params SELECT * FROM s.params");
    out.exec("INSERT INTO points SELECT * FROM s.points");
    out.exec("COMMIT");
    out.exec("DETACH s");
    for (const auto& s : shards) {
      out.exec("ATTACH " + attach_name(s.file) + " AS s");
      out.exec("BEGIN IMMEDIATE");
      for (const char* table : {"runs", "metrics", "series"})
        out.exec(fmt::format("INSERT INTO main.{0} SELECT * FROM s.{0}", table));
      out.exec("COMMIT");
      out.exec("DETACH s");
    }
    out.exec("PRAGMA journal_mode=WAL");  // as a sweep leaves it, so that --resume finds the same file
    Statement runs(out.get(), out.file(),
                   "SELECT count(*), (SELECT value FROM meta WHERE key = 'runs') FROM runs");
    runs.step();
    summary.runs_merged = static_cast<std::uint64_t>(runs.integer(0));
    summary.runs_total = std::stoull(runs.text(1));
  }
  std::filesystem::rename(partial, file);
  write_aggregates(ResultsDb(file), out_dir);
  return summary;
}

}  // namespace sancsim
