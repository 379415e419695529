newsgraph_stage(core PkgConfig::XXHASH PkgConfig::UTF8PROC nlohmann_json::nlohmann_json)
