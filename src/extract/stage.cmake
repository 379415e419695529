newsgraph_stage(extract newsgraph_ingest PkgConfig::GUMBO ${CLD2_LIBRARY})
target_include_directories(newsgraph_extract PRIVATE ${CLD2_INCLUDE_DIR})
