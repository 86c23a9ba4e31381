#pragma once
// A prepared SQLite statement that finalises itself and turns errors into SweepError.
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>

#include <sqlite3.h>

#include "sancsim/sweep/results_db.hpp"

namespace sancsim {

class Statement {
 public:
  Statement(sqlite3* db, const std::filesystem::path& file, const std::string& sql) : db_(db), file_(file) {
    if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
      throw_sqlite(db_, file_, "cannot prepare `" + sql + "`");
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void bind(int i, std::int64_t v) { check(sqlite3_bind_int64(stmt_, i, v)); }
  void bind(int i, double v) { check(sqlite3_bind_double(stmt_, i, v)); }
  void bind(int i, const std::string& v) {
    check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  }
  // Binds text without copying it: `v` must stay unchanged until the next step.
  void bind_unowned(int i, const std::string& v) {
    check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC));
  }
  void bind_null(int i) { check(sqlite3_bind_null(stmt_, i)); }

  // Steps once; true while a row is available.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) throw_sqlite(db_, file_, "step failed");
    return false;
  }
  // Executes a statement that returns no rows, then resets it for the next bindings.
  void run() {
    step();
    reset();
  }
  void reset() { sqlite3_reset(stmt_); }
  std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  // NULL reads as NaN (SQLite stores NaN as NULL).
  double real(int col) const {
    return sqlite3_column_type(stmt_, col) == SQLITE_NULL ? std::numeric_limits<double>::quiet_NaN()
                                                          : sqlite3_column_double(stmt_, col);
  }
  std::string text(int col) const {
    auto p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  bool is_text(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_TEXT; }
  int columns() const { return sqlite3_column_count(stmt_); }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) throw_sqlite(db_, file_, "bind failed");
  }
  sqlite3* db_;
  std::filesystem::path file_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace sancsim
