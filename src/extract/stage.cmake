# HTML is parsed with libxml2's HTML parser in SAX mode (see docs/extract.md).
newsgraph_stage(extract newsgraph_ingest PkgConfig::LIBXML2 ${CLD2_LIBRARY})
target_include_directories(newsgraph_extract PRIVATE ${CLD2_INCLUDE_DIR})
