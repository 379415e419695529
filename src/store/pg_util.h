// Thin wrappers over libpq (internal to the store stage): query parameters, result rows,
// multi-row inserts and transactions. Every value travels as text (bytea in binary), so what a
// query returns is exactly what SQLite would return for the same row.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.h"

namespace newsgraph::pg {

// Text PostgreSQL accepts: valid UTF-8 without NUL bytes. Invalid bytes become U+FFFD and NUL
// bytes U+FFFD (SQLite stores them as they are; ingested text is valid UTF-8 already).
std::string CleanText(std::string_view s);

// The parameters of one query ($1, $2, ...).
class Params {
 public:
  Params& Add(std::string_view v);
  Params& Add(const char* v) { return Add(std::string_view(v)); }
  Params& Add(const std::string& v) { return Add(std::string_view(v)); }
  Params& Add(int64_t v);
  Params& Add(double v);
  Params& AddBinary(const void* data, size_t n);
  size_t size() const { return values_.size(); }
  void Clear();

  const std::vector<std::string>& values() const { return values_; }
  const std::vector<int>& formats() const { return formats_; }

 private:
  std::vector<std::string> values_;
  std::vector<int> formats_;  // 0 text, 1 binary
};

// A query's result, cleared on destruction.
class Rows {
 public:
  Rows() = default;
  explicit Rows(PGresult* r) : r_(r) {}
  ~Rows();
  Rows(const Rows&) = delete;
  Rows& operator=(const Rows&) = delete;
  Rows(Rows&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
  Rows& operator=(Rows&& o) noexcept;

  int size() const { return r_ ? PQntuples(r_) : 0; }
  std::string Text(int row, int col) const;
  int64_t Int(int row, int col) const;
  double Double(int row, int col) const;
  bool IsNull(int row, int col) const { return PQgetisnull(r_, row, col) != 0; }

 private:
  PGresult* r_ = nullptr;
};

// The SQLSTATE of a failed statement travels in the Status message as "[SQLSTATE xxxxx]".
// Deadlocks (40P01) and serialization failures (40001) are worth retrying.
bool IsRetryable(const Status& s);

// Runs one statement with parameters.
Result<Rows> Query(PGconn* conn, std::string_view sql, const Params& params = {});
// Runs one or more statements without parameters or results.
Status Exec(PGconn* conn, std::string_view sql);

// Runs `body` (returning Status) in one transaction: committed when it returns OK, rolled back
// otherwise. `begin` is the statement that opens it.
template <typename F>
Status InTransaction(PGconn* conn, F body, const char* begin = "BEGIN") {
  NEWSGRAPH_RETURN_IF_ERROR(Exec(conn, begin));
  Status s = body();
  if (!s.ok()) {
    (void)Exec(conn, "ROLLBACK");
    return s;
  }
  return Exec(conn, "COMMIT");
}

// Collects rows for `INSERT INTO table(columns) VALUES (...), (...) <tail>` and sends them in
// statements of at most ~30000 parameters. `types` gives each column's SQL type for the casts.
class BulkInsert {
 public:
  BulkInsert(std::string table_and_columns, std::vector<std::string> types, std::string tail);
  // Starts a row; then Add() exactly one value per column.
  Params& Row();
  // Sends every pending row; with `returned`, appends column 0 of each row the tail's RETURNING
  // clause gives back.
  Status Flush(PGconn* conn, std::vector<std::string>* returned = nullptr);
  size_t pending_rows() const { return params_.size() / types_.size(); }

 private:
  std::string head_, tail_;
  std::vector<std::string> types_;
  Params params_;
};

// `url` with any password replaced by "***", for messages.
std::string RedactUrl(std::string_view url);

}  // namespace newsgraph::pg
