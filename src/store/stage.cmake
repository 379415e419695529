# The store: SQLite (embedded default) and PostgreSQL (libpq; docs/scaleout.md) behind one interface.
find_package(PostgreSQL REQUIRED)
newsgraph_stage(store newsgraph_link SQLite::SQLite3 PostgreSQL::PostgreSQL)
