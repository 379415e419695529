// The pre-alignment check of copy detection (BestSpanBound, docs/copies.md): on the Wikinews
// articles and copies of them made by the copy generator (synonyms swapped, sentences reordered,
// dropped or cut), the bound is never below the similarity of a pair the alignment makes, and
// CompareDocuments, which skips the alignment of pairs the bound rules out, gives the relation
// the full alignment gives.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "link/copies_generator.h"
#include "link/copies_relation.h"
#include "newsgraph/analyze.h"
#include "newsgraph/copies.h"

namespace newsgraph {
namespace {

LinkDocument Plain(std::string id, std::string text) {
  LinkDocument d;
  d.id = std::move(id);
  d.text = std::move(text);
  return d;
}

std::vector<LinkDocument> ArticlesAndCopies() {
  std::vector<LinkDocument> out;
  std::ifstream in(std::string(NEWSGRAPH_SOURCE_DIR) + "/data/sample/wikinews.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    std::string text = j.value("text", "");
    Analysis analysis = AnalyzeText(text, {});
    out.push_back(Plain("a" + std::to_string(out.size()), text));
    for (double rate : {0.2, 0.5, 0.8}) {
      copies::CopyRecipe recipe;
      recipe.seed = 11 + out.size();
      recipe.synonym_rate = rate;
      recipe.reorder = rate > 0.3;
      recipe.drop_rate = 0.1;
      recipe.keep_share = rate < 0.3 ? 0.4 : 1.0;
      recipe.plant = {"person", "number", "weekday"};
      out.push_back(Plain("c" + std::to_string(out.size()), copies::MakeCopy(text, analysis, recipe).text));
    }
  }
  return out;
}

TEST(CopyPreCheck, BoundHoldsAndNoCopyIsLost) {
  std::vector<LinkDocument> docs = ArticlesAndCopies();
  ASSERT_GE(docs.size(), 80u);
  std::vector<copies::PreparedText> prepared;
  for (const LinkDocument& d : docs) prepared.push_back(copies::Prepare(d));
  int pairs = 0, copies_found = 0, ruled_out = 0;
  // Each article and copy against the next 3 documents: its own copies, and other articles.
  for (size_t i = 0; i < docs.size(); ++i) {
    for (size_t k = i + 1; k < std::min(docs.size(), i + 4); ++k) {
      const LinkDocument &a = docs[i], &b = docs[k];
      const copies::PreparedText &pa = prepared[i], &pb = prepared[k];
      std::vector<copies::AlignSentence> rough = copies::AlignSentences(a.text, pa.words, false);
      std::vector<copies::AlignSentence> sa = copies::AlignSentences(a.text, pa.words);
      std::vector<copies::AlignSentence> sb = copies::AlignSentences(b.text, pb.words);
      double rough_bound = copies::BestSpanBound(rough, false, sb, true);
      double bound = copies::BestSpanBound(sa, true, sb, true);
      EXPECT_LE(bound, rough_bound + 1e-9);
      Alignment al = copies::AlignSentenceLists(sa, sb);
      for (const AlignedSpan& p : al.pairs) EXPECT_LE(p.similarity, bound + 1e-6) << a.id << " " << b.id;
      // The relation from the full alignment, and CompareDocuments' (which may skip it).
      copies::CopyBound cb = copies::Bound(pa, pb);
      std::string full = pa.normalized == pb.normalized
                             ? "duplicate"
                             : copies::Classify(copies::Measure(al, cb), RelationThresholds{});
      std::optional<CopyRelation> r = CompareDocuments(a, b);
      EXPECT_EQ(r ? r->relation : "", full) << a.id << " " << b.id;
      ++pairs;
      copies_found += !full.empty();
      ruled_out += bound < RelationThresholds{}.min_similarity;
    }
  }
  std::cout << pairs << " pairs, " << copies_found << " copies, " << ruled_out
            << " ruled out before alignment\n";
  EXPECT_GE(copies_found, 72);
  EXPECT_GT(ruled_out, 0);
}

}  // namespace
}  // namespace newsgraph
