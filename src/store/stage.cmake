newsgraph_stage(store newsgraph_link SQLite::SQLite3)
