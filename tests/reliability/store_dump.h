// A store's content as sorted rows per table, for comparing two stores whatever their schema.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace newsgraph::testing {

// Table name -> its rows, each row its columns as SQL literals (quote()) joined by '\x1f',
// sorted. Every table of the schema is dumped (so tables added later are covered without
// changing this code) except SQLite's own (sqlite_*) and the shadow tables of virtual tables
// (e.g. documents_fts_data: their bytes depend on merge history; CheckStore checks them).
// Columns that legitimately differ between two runs over the same input are left out:
//   documents.rowid   the insertion order, which depends on worker thread timing
//   *_at              wall-clock times (documents.ingested_at)
using StoreDump = std::map<std::string, std::vector<std::string>>;

// Fills `dump`; returns "" or the error.
std::string DumpStore(const std::string& db_path, StoreDump* dump);

// "" when equal; else which tables differ, with counts and the first differing rows.
std::string DiffDumps(const StoreDump& expected, const StoreDump& actual);

// Runs PRAGMA integrity_check and, for every FTS5 table, its 'integrity-check' command (which
// compares the index with the content); returns "ok" or what failed.
std::string CheckStore(const std::string& db_path);

// The first column of the first row of `sql` as text ("" when none; "error: ..." on error).
std::string Scalar(const std::string& db_path, const std::string& sql);

}  // namespace newsgraph::testing
