// The PostgreSQL store's schema (spec: docs/formats/store.md). Internal to the store stage.
#pragma once

#include <libpq-fe.h>

#include "newsgraph/status.h"

namespace newsgraph {

// The same version numbers as the SQLite schema (store/schema.h) up to 4: a PostgreSQL store
// starts at version 3 (documents, analyses, checks, link tables) and is migrated from there to
// version 4 (the people search table and its trigram index, the lists' order indexes and
// positions, the participations' dates) and 5 (PostgreSQL only: the people search table's names
// in the list's order).
inline constexpr int kPgSchemaVersion = 5;

// Creates the schema in a database without one, or checks the version of an existing one; a newer
// version than this build knows gives kUnsupported; an older one is migrated in the same
// transaction. A database without the pg_trgm extension (and a user who may not create it) gets
// no trigram index, said once on stderr; the open does not fail for it. Safe when many processes open the same
// database at once (they serialise on an advisory lock).
Status EnsurePgSchema(PGconn* conn);

// The schema version of an existing store, or an error when the database holds none.
Result<int> PgSchemaVersion(PGconn* conn);

}  // namespace newsgraph
