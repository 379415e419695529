// Quality floor on the Scrapinghub article-extraction benchmark (181 pages), with the
// benchmark's own metric (extract/eval_metrics.h). Skipped when the data folder is absent.
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extract/eval_metrics.h"
#include "newsgraph/extract.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

// Measured 0.968 (tools/extract_eval aeb); the floor leaves a small margin.
constexpr double kMinF1 = 0.96;

std::string Gunzip(const fs::path& p) {
  gzFile f = gzopen(p.c_str(), "rb");
  std::string out;
  if (f == nullptr) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

TEST(QualityTest, ArticleExtractionBenchmarkF1) {
  const fs::path dir = fs::path(NEWSGRAPH_SHARED_DIR) / "data" / "article-extraction-benchmark";
  std::ifstream in(dir / "ground-truth.json");
  if (!in) GTEST_SKIP() << "benchmark not found in " << dir;
  std::stringstream ss;
  ss << in.rdbuf();
  nlohmann::json gt = nlohmann::json::parse(ss.str());
  std::vector<extract::ShinglePageScore> scores;
  for (auto& [id, v] : gt.items()) {
    std::string html = Gunzip(dir / "html" / (id + ".html.gz"));
    ASSERT_FALSE(html.empty()) << id;
    Result<Article> a = ExtractArticle(html, v["url"].get<std::string>());
    ASSERT_TRUE(a.ok()) << id << ": " << a.status().ToString();
    scores.push_back(extract::ScoreShingles(v["articleBody"].get<std::string>(), a->text));
  }
  ASSERT_EQ(scores.size(), 181u);
  extract::CorpusScore s = extract::AggregateShingles(scores);
  RecordProperty("f1", std::to_string(s.f1));
  EXPECT_GE(s.f1, kMinF1) << "precision " << s.precision << " recall " << s.recall;
}

TEST(MetricTest, ShinglesAsTheBenchmarkDefinesThem) {
  using extract::ScoreShingles;
  // Identical: P = R = 1, exact.
  auto same = ScoreShingles("one two three four five", "one two three four five");
  EXPECT_DOUBLE_EQ(same.tp, 1.0);
  EXPECT_TRUE(same.exact);
  // Punctuation and spacing do not matter; case does.
  EXPECT_TRUE(ScoreShingles("One, two; three.", "One two three").exact);
  EXPECT_FALSE(ScoreShingles("One two", "one two").exact);
  // 5 tokens: 2 shingles; prediction has the first 4 tokens: 1 shingle shared.
  auto half = ScoreShingles("a b c d e", "a b c d");
  EXPECT_DOUBLE_EQ(half.tp, 0.5);
  EXPECT_DOUBLE_EQ(half.fn, 0.5);
  EXPECT_DOUBLE_EQ(half.fp, 0.0);
  // Short texts give one shorter shingle.
  EXPECT_DOUBLE_EQ(ScoreShingles("a b", "a b").tp, 1.0);
  EXPECT_DOUBLE_EQ(ScoreShingles("a b", "a c").fp, 0.5);  // tp 0, fp 1, fn 1
  // Macro averaging: a perfect page and an empty prediction.
  std::vector<extract::ShinglePageScore> pages = {same, ScoreShingles("a b c d", "")};
  auto c = extract::AggregateShingles(pages);
  EXPECT_DOUBLE_EQ(c.precision, 1.0);  // the empty prediction has TP+FP = 0: skipped
  EXPECT_DOUBLE_EQ(c.recall, 0.5);
  EXPECT_NEAR(c.f1, 2 * 1.0 * 0.5 / 1.5, 1e-12);
  EXPECT_DOUBLE_EQ(c.accuracy, 0.5);
}

TEST(MetricTest, UnicodeWordTokens) {
  auto t = extract::WordTokens("Ünïcode wörds_x 42, 日本語!", false);
  EXPECT_EQ(t, (std::vector<std::string>{"Ünïcode", "wörds_x", "42", "日本語"}));
  EXPECT_EQ(extract::WordTokens("ÉTÉ", true), (std::vector<std::string>{"été"}));
}

TEST(MetricTest, WordBag) {
  auto s = extract::ScoreWordBag("The cat sat on the mat", "the cat the dog");
  EXPECT_DOUBLE_EQ(s.precision, 3.0 / 4);  // the, cat, the
  EXPECT_DOUBLE_EQ(s.recall, 3.0 / 6);
  EXPECT_DOUBLE_EQ(extract::ScoreWordBag("", "").f1, 1.0);
  EXPECT_DOUBLE_EQ(extract::ScoreWordBag("x", "").f1, 0.0);
}

}  // namespace
}  // namespace newsgraph
