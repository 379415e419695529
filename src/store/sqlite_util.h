// Thin RAII wrappers over the SQLite C API (internal to the store stage).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "newsgraph/status.h"

namespace newsgraph::sql {

// A prepared statement, finalised on destruction. Bind indexes are 1-based.
class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& o) noexcept : db_(o.db_), stmt_(o.stmt_), status_(std::move(o.status_)) { o.stmt_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;

  const Status& status() const { return status_; }
  Stmt& Bind(int i, std::string_view v);
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, double v);
  Stmt& BindBlob(int i, const void* data, size_t n);
  Stmt& BindNull(int i);
  // Steps once: true when a row is available, false when done; errors go to status().
  bool Step();
  // Steps to completion (for statements that return no rows).
  Status Run();
  void Reset();
  std::string Text(int col) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  std::string_view Blob(int col) const;
  bool IsNull(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

// Runs one or more statements with no results.
Status Exec(sqlite3* db, const char* sql);

// Status for the last error on `db`, prefixed with `what`.
Status Error(sqlite3* db, std::string_view what);

// Runs `body` (returning Status) in one write transaction (BEGIN IMMEDIATE): committed when it
// returns OK, rolled back otherwise.
template <typename F>
Status InTransaction(sqlite3* db, F body) {
  NEWSGRAPH_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE"));
  Status s = body();
  if (!s.ok()) {
    (void)Exec(db, "ROLLBACK");
    return s;
  }
  return Exec(db, "COMMIT");
}

}  // namespace newsgraph::sql
