#include "store/json_view.h"

namespace newsgraph {

nlohmann::json DocumentJson(const Document& d) {
  return {{"id", d.id.hex},       {"source", d.source},   {"record", d.record},
          {"offset", d.offset},   {"format", d.format},   {"url", d.url},
          {"title", d.title},     {"published", d.published}, {"site", d.site},
          {"language", d.language}, {"authors", d.authors}, {"text", d.text}};
}

nlohmann::json SummaryJson(const DocumentSummary& s) {
  nlohmann::json j = {{"id", s.id},         {"title", s.title}, {"url", s.url},
                      {"published", s.published}, {"site", s.site}, {"source", s.source},
                      {"text_length", s.text_length}};
  if (!s.snippet.empty()) j["snippet"] = s.snippet;
  return j;
}

nlohmann::json StatsJson(const StoreStats& s) {
  return {{"documents", s.documents}, {"places", s.sources},   {"analyzed", s.analyzed},
          {"people", s.people},       {"quotes", s.quotes},    {"communications", s.communications},
          {"numbers", s.numbers},     {"contradicted", s.contradicted},
          {"text_bytes", s.text_bytes},
          {"persons", s.persons},     {"events", s.events},    {"conflicts", s.conflicts},
          {"copies", s.copies},       {"stories", s.stories}};
}

nlohmann::json PlacesJson(const std::vector<std::pair<std::string, uint64_t>>& places) {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& [source, record] : places) arr.push_back({{"source", source}, {"record", record}});
  return arr;
}

nlohmann::json AnalysisJson(const std::optional<Analysis>& a) {
  if (!a) return nullptr;
  auto j = nlohmann::json::parse(AnalysisToJson(*a), nullptr, false);
  return j.is_discarded() ? nlohmann::json(nullptr) : j;
}

nlohmann::ordered_json CheckJson(const OfficeCheck& c) {
  return {{"claim", c.claim},     {"person", c.person},           {"office", c.office},
          {"country", c.country}, {"table_office", c.table_office}, {"as_of", c.as_of},
          {"verdict", c.verdict}, {"why", c.why}};
}

nlohmann::ordered_json ChecksJson(const std::vector<OfficeCheck>& checks) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const OfficeCheck& c : checks) arr.push_back(CheckJson(c));
  return arr;
}

}  // namespace newsgraph
