// The store's schema (spec: docs/formats/store.md). Internal to the store stage.
#pragma once

#include <sqlite3.h>

#include "newsgraph/status.h"

namespace newsgraph {

inline constexpr int kSchemaVersion = 4;  // 2: office checks (table checks); 3: link tables;
                                          // 4: the people search index (person_names)

// Creates the schema in an empty database, or checks the version of an existing one and
// migrates an older one (version 1 gains the checks table, version 2 the link tables); a newer version than this build
// knows gives kUnsupported.
Status EnsureSchema(sqlite3* db);

}  // namespace newsgraph
