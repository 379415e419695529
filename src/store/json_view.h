// JSON views of stored objects, shared by the CLI and the HTTP API (internal header).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsgraph/analyze.h"
#include "newsgraph/document.h"
#include "newsgraph/link.h"
#include "newsgraph/store.h"

namespace newsgraph {

nlohmann::json DocumentJson(const Document& doc);
nlohmann::json SummaryJson(const DocumentSummary& s);
nlohmann::json StatsJson(const StoreStats& s);
nlohmann::json PlacesJson(const std::vector<std::pair<std::string, uint64_t>>& places);
// The analysis in the documented `analyze` format (null when absent).
nlohmann::json AnalysisJson(const std::optional<Analysis>& a);
// Office checks as in the `analyze` output's "checks" (docs/formats/analysis.md).
nlohmann::ordered_json CheckJson(const OfficeCheck& c);
nlohmann::ordered_json ChecksJson(const std::vector<OfficeCheck>& checks);

}  // namespace newsgraph
