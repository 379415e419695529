// The state behind a newsgraph::Store (internal to the store stage; shared by store.cc and
// links.cc).
#pragma once

#include <sqlite3.h>

#include "newsgraph/store.h"

namespace newsgraph {

struct Store::Impl {
  sqlite3* db = nullptr;
  bool has_checks = true;  // false for a version-1 file opened read-only (not migrated)
  bool has_links = true;   // false for a file before version 3 opened read-only
  ~Impl() {
    if (db) sqlite3_close_v2(db);
  }
};

}  // namespace newsgraph
