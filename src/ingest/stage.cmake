newsgraph_stage(ingest newsgraph_core ZLIB::ZLIB PkgConfig::UCHARDET ICU::uc ICU::i18n)
