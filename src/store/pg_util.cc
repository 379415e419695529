#include "store/pg_util.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "core/utf8.h"

namespace newsgraph::pg {

std::string CleanText(std::string_view s) {
  bool clean = s.find('\0') == std::string_view::npos && utf8::IsValid(s);
  if (clean) return std::string(s);
  std::string out = utf8::Sanitize(s);
  std::string fixed;
  fixed.reserve(out.size());
  for (char c : out) {
    if (c == '\0') {
      fixed += "\xEF\xBF\xBD";
    } else {
      fixed += c;
    }
  }
  return fixed;
}

Params& Params::Add(std::string_view v) {
  values_.push_back(CleanText(v));
  formats_.push_back(0);
  return *this;
}

Params& Params::Add(int64_t v) {
  values_.push_back(std::to_string(v));
  formats_.push_back(0);
  return *this;
}

Params& Params::Add(double v) {
  std::string s;
  if (std::isnan(v)) {
    s = "NaN";
  } else if (std::isinf(v)) {
    s = v > 0 ? "Infinity" : "-Infinity";
  } else {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);  // shortest exact
    s.assign(buf, ec == std::errc() ? end : buf);
  }
  values_.push_back(std::move(s));
  formats_.push_back(0);
  return *this;
}

Params& Params::AddBinary(const void* data, size_t n) {
  values_.emplace_back(static_cast<const char*>(data), n);
  formats_.push_back(1);
  return *this;
}

void Params::Clear() {
  values_.clear();
  formats_.clear();
}

Rows::~Rows() {
  if (r_) PQclear(r_);
}

Rows& Rows::operator=(Rows&& o) noexcept {
  if (this != &o) {
    if (r_) PQclear(r_);
    r_ = o.r_;
    o.r_ = nullptr;
  }
  return *this;
}

std::string Rows::Text(int row, int col) const {
  const char* v = PQgetvalue(r_, row, col);
  return std::string(v, static_cast<size_t>(PQgetlength(r_, row, col)));
}

int64_t Rows::Int(int row, int col) const { return std::strtoll(PQgetvalue(r_, row, col), nullptr, 10); }

double Rows::Double(int row, int col) const { return std::strtod(PQgetvalue(r_, row, col), nullptr); }

bool IsRetryable(const Status& s) {
  return s.message().find("[SQLSTATE 40P01]") != std::string::npos ||
         s.message().find("[SQLSTATE 40001]") != std::string::npos;
}

namespace {

Status ErrorOf(PGconn* conn, PGresult* r, std::string_view sql) {
  std::string msg = "postgresql: ";
  const char* m = r ? PQresultErrorMessage(r) : PQerrorMessage(conn);
  std::string text = m ? m : "unknown error";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  msg += text;
  const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
  if (state) msg += std::string(" [SQLSTATE ") + state + "]";
  msg += " in '" + std::string(sql.substr(0, 60)) + "'";
  std::string st = state ? state : "";
  if (PQstatus(conn) != CONNECTION_OK || st.starts_with("08") || st.starts_with("53") || st.starts_with("58"))
    return Status::IOError(msg);
  if (st.starts_with("22") || st == "42601") return Status::InvalidArgument(msg);
  if (st == "XX001" || st == "XX002") return Status::Corruption(msg);
  return Status::Internal(msg);
}

}  // namespace

Result<Rows> Query(PGconn* conn, std::string_view sql, const Params& params) {
  std::string text(sql);
  std::vector<const char*> values;
  std::vector<int> lengths;
  values.reserve(params.size());
  for (const std::string& v : params.values()) {
    values.push_back(v.data());
    lengths.push_back(static_cast<int>(v.size()));
  }
  PGresult* r = PQexecParams(conn, text.c_str(), static_cast<int>(params.size()), nullptr, values.data(),
                             lengths.data(), params.formats().data(), 0);
  ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
    Status s = ErrorOf(conn, r, sql);
    if (r) PQclear(r);
    return s;
  }
  return Rows(r);
}

Status Exec(PGconn* conn, std::string_view sql) {
  std::string text(sql);
  PGresult* r = PQexec(conn, text.c_str());
  ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  Status s;
  if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) s = ErrorOf(conn, r, sql);
  if (r) PQclear(r);
  return s;
}

BulkInsert::BulkInsert(std::string table_and_columns, std::vector<std::string> types, std::string tail)
    : head_("INSERT INTO " + std::move(table_and_columns) + " VALUES "),
      tail_(std::move(tail)),
      types_(std::move(types)) {}

Params& BulkInsert::Row() { return params_; }

Status BulkInsert::Flush(PGconn* conn, std::vector<std::string>* returned) {
  const size_t cols = types_.size();
  const size_t rows = params_.size() / cols;
  const size_t per_statement = std::max<size_t>(1, 30000 / cols);
  size_t done = 0;
  while (done < rows) {
    size_t n = std::min(per_statement, rows - done);
    std::string sql = head_;
    Params chunk;
    int p = 1;
    for (size_t r = 0; r < n; ++r) {
      sql += r ? ",(" : "(";
      for (size_t c = 0; c < cols; ++c) {
        if (c) sql += ',';
        sql += '$' + std::to_string(p++) + "::" + types_[c];
      }
      sql += ')';
    }
    sql += ' ';
    sql += tail_;
    std::vector<const char*> values;
    std::vector<int> lengths, formats;
    for (size_t i = done * cols; i < (done + n) * cols; ++i) {
      values.push_back(params_.values()[i].data());
      lengths.push_back(static_cast<int>(params_.values()[i].size()));
      formats.push_back(params_.formats()[i]);
    }
    PGresult* r = PQexecParams(conn, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                               lengths.data(), formats.data(), 0);
    ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      Status s = ErrorOf(conn, r, head_);
      if (r) PQclear(r);
      return s;
    }
    if (returned) {
      for (int i = 0; i < PQntuples(r); ++i)
        returned->emplace_back(PQgetvalue(r, i, 0), static_cast<size_t>(PQgetlength(r, i, 0)));
    }
    PQclear(r);
    done += n;
  }
  params_.Clear();
  return Status::Ok();
}

std::string RedactUrl(std::string_view url) {
  std::string out(url);
  size_t scheme = out.find("://");
  if (scheme == std::string::npos) return out;
  size_t at = out.find('@', scheme + 3);
  size_t slash = out.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return out;
  size_t colon = out.find(':', scheme + 3);
  if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
  return out;
}

}  // namespace newsgraph::pg
