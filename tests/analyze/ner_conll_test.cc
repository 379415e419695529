// Tag conversion, chunk decoding (conlleval semantics), CoNLL reading and span scoring.
#include <gtest/gtest.h>

#include "analyze/ner_conll.h"

namespace newsgraph::ner {
namespace {

std::vector<Chunk> Chunks(std::vector<std::string_view> tags) { return DecodeChunks(tags); }

TEST(NerConll, DecodesIob1LikeConlleval) {
  // I- after O starts a chunk; B- splits two same-type chunks; a type change splits too.
  EXPECT_EQ(Chunks({"I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-MISC"}),
            (std::vector<Chunk>{{0, 2, 0}, {3, 4, 2}, {4, 5, 2}, {5, 6, 1}, {6, 7, 3}}));
  // The eng.train quirk: B-MISC after O gives the same chunk as I-MISC.
  EXPECT_EQ(Chunks({"O", "B-MISC", "I-MISC"}), Chunks({"O", "I-MISC", "I-MISC"}));
}

TEST(NerConll, DecodesIob2AndUnknownTagsAsO) {
  EXPECT_EQ(Chunks({"B-ORG", "I-ORG", "B-ORG", "X-FOO", "I-PER"}),
            (std::vector<Chunk>{{0, 2, 1}, {2, 3, 1}, {4, 5, 0}}));
}

TEST(NerConll, ConvertsBetweenSchemes) {
  std::vector<uint8_t> tags = StringsToTags({"I-LOC", "B-LOC", "O", "I-PER", "I-PER"});
  EXPECT_EQ(TagsToStrings(tags, /*iob1=*/false),
            (std::vector<std::string>{"B-LOC", "B-LOC", "O", "B-PER", "I-PER"}));
  EXPECT_EQ(TagsToStrings(tags, /*iob1=*/true),
            (std::vector<std::string>{"I-LOC", "B-LOC", "O", "I-PER", "I-PER"}));
}

TEST(NerConll, ParsesDocumentsAndReportsBadTags) {
  auto docs = ParseConll(
      "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n"
      "-DOCSTART- -X- -X- O\n\nJapan NNP I-NP I-LOC",
      "mem");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);
  ASSERT_EQ((*docs)[0].sentences.size(), 2u);
  EXPECT_EQ((*docs)[0].sentences[0].words, (std::vector<std::string>{"EU", "rejects"}));
  EXPECT_EQ((*docs)[0].sentences[0].tags, (std::vector<uint8_t>{3, 0}));
  EXPECT_EQ((*docs)[1].sentences[0].tags, (std::vector<uint8_t>{5}));
  auto bad = ParseConll("EU NNP I-NP I-ORG\nx y z I-FOO\n", "bad.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kCorruption);
  EXPECT_NE(bad.status().message().find("bad.txt:2"), std::string::npos);
}

TEST(NerConll, ScoresExactSpans) {
  SpanScore s;
  // gold: PER [0,2) LOC [3,4); predicted: PER [0,1) (wrong end) and LOC [3,4).
  s.Add({{0, 2, 0}, {3, 4, 2}}, {{0, 1, 0}, {3, 4, 2}});
  EXPECT_EQ(s.overall.gold, 2);
  EXPECT_EQ(s.overall.predicted, 2);
  EXPECT_EQ(s.overall.correct, 1);
  EXPECT_DOUBLE_EQ(s.overall.F1(), 0.5);
  EXPECT_DOUBLE_EQ(s.per_type[2].F1(), 1.0);
  EXPECT_DOUBLE_EQ(s.per_type[0].F1(), 0.0);
  SpanScore empty;
  EXPECT_DOUBLE_EQ(empty.overall.F1(), 0.0);
}

}  // namespace
}  // namespace newsgraph::ner
