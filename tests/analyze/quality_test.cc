// Quality floor: the scorer's logic run on the seeds, on the gum-news development set and on
// the held-out set, asserting the measured figures minus a margin (docs/analyze.md).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "aeb_texts.h"
#include "analysis_score.h"
#include "newsgraph/analyze.h"
#include "newsgraph/entities.h"

namespace newsgraph::analyze {
namespace {

// Scores every gold document whose text is in `texts` (a folder of "<doc>" files, or, when
// `texts_map` is given, that map of doc -> text); returns false when the data is absent.
// `only` (optional): a file listing the documents to score, one name a line (a split's half).
bool ScoreSet(const std::string& gold, const std::string& texts, bool ner, ScoreReport* total,
              int* docs, const std::string& only = "",
              const std::map<std::string, std::string>* texts_map = nullptr) {
  std::ifstream in(gold);
  if (!in) return false;
  std::set<std::string> listed;
  if (!only.empty()) {
    std::ifstream l(only);
    for (std::string name; l >> name;) listed.insert(name);
    if (listed.empty()) return false;
  }
  std::string line;
  *docs = 0;
  while (std::getline(in, line)) {
    auto g = nlohmann::json::parse(line, nullptr, false);
    if (g.is_discarded() || !g.is_object()) continue;
    if (!listed.empty() && !listed.count(g.value("doc", std::string()))) continue;
    std::string text;
    if (texts_map) {
      auto it = texts_map->find(g.value("doc", std::string()));
      if (it == texts_map->end()) continue;
      text = it->second;
    } else {
      std::ifstream t(texts + "/" + g.value("doc", std::string()), std::ios::binary);
      if (!t) continue;
      text.assign(std::istreambuf_iterator<char>(t), std::istreambuf_iterator<char>());
    }
    AnalyzeOptions o;
    const auto& meta = g["metadata"];
    if (meta.is_object() && meta.contains("published") && meta["published"].is_string())
      o.published = meta["published"].get<std::string>();  // null in some aeb-news records
    o.use_ner = ner;
    AddReport(*total, ScoreAnalysis(AnalyzeText(text, o), g));
    ++*docs;
  }
  return *docs > 0;
}

const std::string kShared = NEWSGRAPH_SHARED_DIR;

TEST(Quality, SeedsReachTheTargetInEveryCategory) {
  for (bool ner : {false, true}) {
    ScoreReport r;
    int docs = 0;
    if (!ScoreSet(kShared + "/gold/seeds.gold.jsonl", kShared + "/seeds", ner, &r, &docs))
      GTEST_SKIP() << "no shared data";
    EXPECT_EQ(docs, 2);
    for (const char* k : {"people", "people+office", "quotes+speaker", "communications+date",
                          "numbers"})
      EXPECT_GE(r[k].F1(), 0.9) << k << (ner ? " (with NER)" : " (rules)");
  }
}

TEST(Quality, GumNewsDevelopmentFloor) {
  ScoreReport r;
  int docs = 0;
  if (!ScoreSet(kShared + "/gold/gum-news.gold.jsonl", kShared + "/gold/gum-news", false, &r,
                &docs))
    GTEST_SKIP() << "no shared data";
  EXPECT_EQ(docs, 12);
  // measured with the rules alone after issue #9 round 11 (0.746 / 0.653 / 0.915 / 0.829 /
  // 0.643 / 0.926, docs/analyze.md) minus a margin of about 0.05
  EXPECT_GE(r["people"].F1(), 0.69);
  EXPECT_GE(r["people+office"].F1(), 0.60);
  EXPECT_GE(r["quotes"].F1(), 0.86);
  EXPECT_GE(r["quotes+speaker"].F1(), 0.78);
  EXPECT_GE(r["communications+date"].F1(), 0.59);
  EXPECT_GE(r["numbers"].F1(), 0.87);
}

// Six gum-news texts annotated before the round-2 rule work and never used to write rules
// (tests/analyze/data/README.md): the generalisation figures. Rules alone, so that a retrained
// NER model does not move them; measured 0.825 / 0.650 / 0.737 / 0.579 / 0.848 / 0.591
// (docs/analyze.md), floors about 0.05 lower.
TEST(Quality, HeldOutFloor) {
  ScoreReport r;
  int docs = 0;
  if (!ScoreSet(std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/analyze/data/heldout.gold.jsonl",
                kShared + "/gold/gum-news", false, &r, &docs))
    GTEST_SKIP() << "no shared data";
  EXPECT_EQ(docs, 6);
  EXPECT_GE(r["people"].F1(), 0.77);
  EXPECT_GE(r["people+office"].F1(), 0.59);
  EXPECT_GE(r["people+country"].F1(), 0.62);
  EXPECT_GE(r["quotes"].F1(), 0.68);
  EXPECT_GE(r["quotes+speaker"].F1(), 0.52);
  EXPECT_GE(r["numbers"].F1(), 0.79);
  EXPECT_GE(r["statements"].F1(), 0.53);
}

// The development half of aeb-news (tests/analyze/data/aeb-split.md), rules alone: measured
// communications 0.667, people 0.798, people+office 0.696, quotes+speaker 0.870, numbers 0.942
// (docs/analyze.md, after round 11, measured 2026-12-07), floors about 0.05 lower. The
// held-out half is scored only in aggregate by scripts/eval.sh, never tested against here.
TEST(Quality, AebNewsDevelopmentHalfFloor) {
  ScoreReport r;
  int docs = 0;
  if (!ScoreSet(kShared + "/gold/aeb-news.gold.jsonl", kShared + "/gold/aeb-news", false, &r,
                &docs, std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/analyze/data/aeb-dev.txt"))
    GTEST_SKIP() << "no shared data";
  EXPECT_EQ(docs, 30);
  EXPECT_GE(r["communications"].F1(), 0.61);
  EXPECT_GE(r["people"].F1(), 0.74);
  EXPECT_GE(r["people+office"].F1(), 0.64);
  EXPECT_GE(r["quotes+speaker"].F1(), 0.82);
  EXPECT_GE(r["numbers"].F1(), 0.89);
}

TEST(Quality, GumNewsWithNerFloor) {
  // only meaningful when the built-in model loads and finds entities
  std::string probe = "Chancellor Angela Merkel met Emmanuel Macron in Paris.";
  if (NerModel::Default().Recognise(probe, Tokenize(probe)).empty())
    GTEST_SKIP() << "NER model not usable in this build";
  ScoreReport r;
  int docs = 0;
  if (!ScoreSet(kShared + "/gold/gum-news.gold.jsonl", kShared + "/gold/gum-news", true, &r,
                &docs))
    GTEST_SKIP() << "no shared data";
  // measured 0.937 / 0.832 / 0.918 after round 11 (docs/analyze.md); the model may be
  // retrained, so wider margins
  EXPECT_GE(r["people"].F1(), 0.88);
  EXPECT_GE(r["people+office"].F1(), 0.75);
  EXPECT_GE(r["quotes+speaker"].F1(), 0.85);
}

// aeb2 (tests/analyze/data/aeb2-split.md): 62 more articles of the article-extraction benchmark,
// annotated in session 16 blind to the code; texts read straight from the benchmark's
// ground-truth.json. The development half, rules and NER (the product's default), measured
// (docs/analyze.md, after rounds 14 and 15): people 0.936, people+office 0.854, quotes+speaker
// 0.899, communications 0.300, numbers 0.932; floors about 0.05 lower (communications, 16 gold
// items, 0.10 lower). The held-out half is scored only in aggregate, never tested against here.
TEST(Quality, Aeb2DevelopmentHalfFloor) {
  std::string probe = "Chancellor Angela Merkel met Emmanuel Macron in Paris.";
  if (NerModel::Default().Recognise(probe, Tokenize(probe)).empty())
    GTEST_SKIP() << "NER model not usable in this build";
  std::map<std::string, std::string> texts;
  if (!eval::LoadAebTexts(kShared + "/data/article-extraction-benchmark/ground-truth.json", &texts)
           .ok())
    GTEST_SKIP() << "no shared data";
  ScoreReport r;
  int docs = 0;
  ASSERT_TRUE(ScoreSet(std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/analyze/data/aeb2.gold.jsonl",
                       "", true, &r, &docs,
                       std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/analyze/data/aeb2-dev.txt",
                       &texts));
  EXPECT_EQ(docs, 31);
  EXPECT_GE(r["people"].F1(), 0.88);
  EXPECT_GE(r["people+office"].F1(), 0.80);
  EXPECT_GE(r["quotes+speaker"].F1(), 0.85);
  EXPECT_GE(r["communications"].F1(), 0.20);
  EXPECT_GE(r["numbers"].F1(), 0.88);
}

TEST(Quality, ScorerMatchingRules) {
  EXPECT_TRUE(SameName("Joe Biden", "joe biden"));
  EXPECT_TRUE(SameName("Biden", "Joe Biden"));
  EXPECT_FALSE(SameName("Joe Biden", "Hunter Biden"));
  EXPECT_FALSE(SameName("Joe Biden", "Joe Smith"));
  Analysis a;
  a.people.push_back(Person{"Ann Lee", {}, "Defense Secretary", "", "United States"});
  auto g = nlohmann::json::parse(
      R"({"people":[{"name":"Ann Lee","office":"Secretary of Defense","country":"United States"},
                    {"name":"Bo Chan","office":null,"country":null}]})");
  ScoreReport r = ScoreAnalysis(a, g);
  EXPECT_EQ(r["people"].tp, 1);
  EXPECT_EQ(r["people"].fn, 1);
  EXPECT_EQ(r["people+office"].tp, 1);  // canonical offices agree
}

}  // namespace
}  // namespace newsgraph::analyze
