// What the copy tests share: the sample corpus's Wikinews texts, and a check that two linkers
// gave the same relations (a change meant to leave results alone: the sentence sketches, the
// cache of prepared texts).
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsgraph/copies.h"

namespace newsgraph::test {

struct WikinewsArticle {
  std::string text, published;
};

// The texts of data/sample/wikinews.jsonl, in file order (lines that are not JSON skipped).
inline std::vector<WikinewsArticle> SampleWikinews() {
  std::vector<WikinewsArticle> out;
  std::ifstream in(std::string(NEWSGRAPH_SOURCE_DIR) + "/data/sample/wikinews.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    out.push_back({j.value("text", ""), j.value("published", "")});
  }
  return out;
}

// a and b (one document's relations from two linkers) are the same: pairs, relation, direction,
// similarity, coverages and each change's kind, offset and text. Fatal when their counts differ
// (callers check HasFatalFailure()).
inline void ExpectSameRelations(const std::vector<CopyRelation>& a,
                                const std::vector<CopyRelation>& b, const std::string& doc) {
  ASSERT_EQ(a.size(), b.size()) << doc;
  for (size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].copy, b[k].copy);
    EXPECT_EQ(a[k].source, b[k].source);
    EXPECT_EQ(a[k].relation, b[k].relation);
    EXPECT_EQ(a[k].direction, b[k].direction);
    EXPECT_EQ(a[k].similarity, b[k].similarity);
    EXPECT_EQ(a[k].coverage_copy, b[k].coverage_copy);
    EXPECT_EQ(a[k].coverage_source, b[k].coverage_source);
    ASSERT_EQ(a[k].changes.size(), b[k].changes.size());
    for (size_t c = 0; c < a[k].changes.size(); ++c) {
      EXPECT_EQ(a[k].changes[c].kind, b[k].changes[c].kind);
      EXPECT_EQ(a[k].changes[c].copy_start, b[k].changes[c].copy_start);
      EXPECT_EQ(a[k].changes[c].source_text, b[k].changes[c].source_text);
    }
  }
}

}  // namespace newsgraph::test
