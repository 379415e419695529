// Fuzz target: any bytes given to AnalyzeText yield an Analysis whose JSON parses, and whose
// offsets lie inside the text; its office checks against the built-in table (link stage) run
// and give a verdict for each check.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "newsgraph/analyze.h"
#include "newsgraph/link.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  newsgraph::AnalyzeOptions opts;
  opts.published = "2021-12-06";
  opts.use_ner = size % 2 == 0;  // both with and without the statistical tagger
  newsgraph::Analysis a = newsgraph::AnalyzeText(text, opts);
  for (const auto& q : a.quotes)
    if (q.start > q.end || q.end > size) std::abort();
  for (const auto& n : a.numbers)
    if (n.start > n.end || n.end > size) std::abort();
  for (const auto& c : a.communications)
    if (c.start > c.end || c.end > size) std::abort();
  for (const auto& p : a.people)
    for (const auto& m : p.mentions)
      if (m.start > m.end || m.end > size) std::abort();
  std::string json = newsgraph::AnalysisToJson(a);
  if (nlohmann::json::parse(json, nullptr, false).is_discarded()) std::abort();
  for (const auto& c : newsgraph::CheckOffices(a, text)) {
    if (c.verdict != "supported" && c.verdict != "contradicted") std::abort();
  }
  return 0;
}
