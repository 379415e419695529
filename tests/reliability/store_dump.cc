#include "reliability/store_dump.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <set>

namespace newsgraph::testing {
namespace {

struct Db {
  sqlite3* h = nullptr;
  ~Db() {
    if (h) sqlite3_close_v2(h);
  }
};

// Rows of `sql`, each row its columns joined by '\x1f'. Returns "" or the error.
std::string Query(sqlite3* db, const std::string& sql, std::vector<std::string>* rows) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    return std::string("prepare '") + sql + "': " + sqlite3_errmsg(db);
  }
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      if (i) row += '\x1f';
      const unsigned char* t = sqlite3_column_text(st, i);
      if (t) row.append(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(st, i)));
    }
    rows->push_back(std::move(row));
  }
  std::string err = rc == SQLITE_DONE ? "" : std::string("step '") + sql + "': " + sqlite3_errmsg(db);
  sqlite3_finalize(st);
  return err;
}

std::string Quoted(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

bool RunDependent(const std::string& table, const std::string& column) {
  if (table == "documents" && column == "rowid") return true;
  return column.size() > 3 && column.compare(column.size() - 3, 3, "_at") == 0;
}

std::string Open(const std::string& path, int flags, Db* db) {
  if (sqlite3_open_v2(path.c_str(), &db->h, flags, nullptr) != SQLITE_OK) {
    return "cannot open " + path + ": " + (db->h ? sqlite3_errmsg(db->h) : "out of memory");
  }
  sqlite3_busy_timeout(db->h, 10000);
  return "";
}

}  // namespace

std::string DumpStore(const std::string& db_path, StoreDump* dump) {
  Db db;
  if (std::string e = Open(db_path, SQLITE_OPEN_READONLY, &db); !e.empty()) return e;
  std::vector<std::string> tables;
  if (std::string e = Query(db.h, "SELECT name || char(31) || coalesce(sql,'') FROM sqlite_master "
                                  "WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                            &tables);
      !e.empty()) {
    return e;
  }
  std::set<std::string> virtual_tables;
  std::vector<std::string> names;
  for (const std::string& t : tables) {
    std::string name = t.substr(0, t.find('\x1f'));
    std::string sql = t.substr(t.find('\x1f') + 1);
    if (sql.rfind("CREATE VIRTUAL TABLE", 0) == 0) virtual_tables.insert(name);
    names.push_back(name);
  }
  // Every table of the schema: `dump` tells which were compared.
  for (const std::string& name : names) {
    bool shadow = false;
    for (const std::string& v : virtual_tables) shadow |= name.size() > v.size() && name.rfind(v + "_", 0) == 0;
    if (shadow) continue;
    std::vector<std::string> columns;
    if (std::string e = Query(db.h, "SELECT name FROM pragma_table_info(" + Quoted(name) + ")", &columns); !e.empty())
      return e;
    std::string select;
    for (const std::string& c : columns) {
      if (RunDependent(name, c)) continue;
      select += (select.empty() ? "" : " || char(31) || ") + std::string("quote(") + Quoted(c) + ")";
    }
    if (select.empty()) select = "''";
    std::vector<std::string>& rows = (*dump)[name];
    if (std::string e = Query(db.h, "SELECT " + select + " FROM " + Quoted(name), &rows); !e.empty()) return e;
    std::sort(rows.begin(), rows.end());
  }
  return "";
}

std::string DiffDumps(const StoreDump& expected, const StoreDump& actual) {
  std::string out;
  auto clip = [](const std::string& s) { return s.size() > 160 ? s.substr(0, 160) + "..." : s; };
  for (const auto& [table, rows] : expected) {
    auto it = actual.find(table);
    if (it == actual.end()) {
      out += "table " + table + " missing\n";
      continue;
    }
    if (it->second == rows) continue;
    out += "table " + table + ": " + std::to_string(rows.size()) + " rows expected, " +
           std::to_string(it->second.size()) + " found\n";
    std::vector<std::string> missing, extra;
    std::set_difference(rows.begin(), rows.end(), it->second.begin(), it->second.end(), std::back_inserter(missing));
    std::set_difference(it->second.begin(), it->second.end(), rows.begin(), rows.end(), std::back_inserter(extra));
    for (size_t i = 0; i < missing.size() && i < 3; ++i) out += "  missing: " + clip(missing[i]) + "\n";
    for (size_t i = 0; i < extra.size() && i < 3; ++i) out += "  extra:   " + clip(extra[i]) + "\n";
    if (missing.empty() && extra.empty()) out += "  same rows, different multiplicity (duplicates)\n";
  }
  for (const auto& [table, rows] : actual) {
    if (!expected.count(table)) out += "table " + table + " unexpected\n";
  }
  return out;
}

std::string CheckStore(const std::string& db_path) {
  Db db;
  if (std::string e = Open(db_path, SQLITE_OPEN_READWRITE, &db); !e.empty()) return e;
  std::vector<std::string> rows;
  if (std::string e = Query(db.h, "PRAGMA integrity_check", &rows); !e.empty()) return e;
  // SQLite 3.40 (Debian 12) reports "NULL value in T.C" for a NOT NULL column of a WITHOUT ROWID
  // table that follows a primary key column out of order (e.g. event_reports.end), even when no
  // row holds a NULL. Such a line counts only when a NULL is really there.
  std::string result;
  for (const auto& r : rows) {
    if (r.rfind("NULL value in ", 0) == 0 && r.find('.') != std::string::npos) {
      std::string table = r.substr(14, r.find('.') - 14), column = r.substr(r.find('.') + 1);
      std::vector<std::string> nulls;
      if (Query(db.h, "SELECT count(*) FROM " + Quoted(table) + " WHERE " + Quoted(column) + " IS NULL", &nulls).empty() &&
          !nulls.empty() && nulls[0] == "0") {
        continue;
      }
    }
    result += (result.empty() ? "" : "; ") + r;
  }
  if (result.empty()) result = "ok";
  if (result != "ok") return "integrity_check: " + result;
  std::vector<std::string> fts;
  if (std::string e = Query(db.h, "SELECT name FROM sqlite_master WHERE type='table' AND "
                                  "sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'",
                            &fts);
      !e.empty()) {
    return e;
  }
  for (const std::string& t : fts) {
    std::vector<std::string> none;
    if (std::string e = Query(db.h, "INSERT INTO " + Quoted(t) + "(" + Quoted(t) + ") VALUES('integrity-check')", &none);
        !e.empty()) {
      return t + ": " + e;
    }
  }
  return "ok";
}

std::string Scalar(const std::string& db_path, const std::string& sql) {
  Db db;
  if (std::string e = Open(db_path, SQLITE_OPEN_READONLY, &db); !e.empty()) return "error: " + e;
  std::vector<std::string> rows;
  if (std::string e = Query(db.h, sql, &rows); !e.empty()) return "error: " + e;
  return rows.empty() ? "" : rows[0];
}

}  // namespace newsgraph::testing
