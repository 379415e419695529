// Tag conversion, chunk decoding (conlleval semantics), CoNLL reading and span scoring.
#include <gtest/gtest.h>

#include "ner_conll_io.h"

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

TEST(NerConll, InternalTagsMarkChunkEndsAndSingleTokens) {
  // IOB1 in, BIOES ids inside: B- I- E- for a chunk of 2+ tokens, S- for one token.
  std::vector<uint8_t> tags =
      StringsToTags({"I-ORG", "I-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-PER", "I-MISC"});
  std::vector<std::string> names;
  for (uint8_t t : tags) names.push_back(kTagNames[t]);
  EXPECT_EQ(names, (std::vector<std::string>{"B-ORG", "I-ORG", "E-ORG", "O", "S-PER", "B-PER",
                                             "E-PER", "S-MISC"}));
  EXPECT_EQ(DecodeChunks(tags),
            (std::vector<Chunk>{{0, 3, 1}, {4, 5, 0}, {5, 7, 0}, {7, 8, 3}}));
  // A sequence that is not well formed still decodes: I-/E- without an open chunk starts one,
  // and a token after E-/S- never continues the closed chunk.
  const uint8_t e_loc = static_cast<uint8_t>(MakeTag(2, kPartEnd));
  const uint8_t i_loc = static_cast<uint8_t>(MakeTag(2, kPartInside));
  EXPECT_EQ(DecodeChunks(std::vector<uint8_t>{e_loc, i_loc, e_loc, 0, 99}),
            (std::vector<Chunk>{{0, 1, 2}, {1, 3, 2}}));
}

TEST(NerConll, TransitionsKeepChunksWellFormed) {
  const int b_per = MakeTag(0, kPartBegin), i_per = MakeTag(0, kPartInside);
  const int e_per = MakeTag(0, kPartEnd), s_per = MakeTag(0, kPartSingle);
  const int b_org = MakeTag(1, kPartBegin), e_org = MakeTag(1, kPartEnd);
  for (int prev : {-1, 0, e_per, s_per}) {  // no chunk open
    EXPECT_TRUE(AllowedTransition(prev, 0));
    EXPECT_TRUE(AllowedTransition(prev, b_org));
    EXPECT_TRUE(AllowedTransition(prev, s_per));
    EXPECT_FALSE(AllowedTransition(prev, i_per));
    EXPECT_FALSE(AllowedTransition(prev, e_per));
  }
  for (int prev : {b_per, i_per}) {  // a PER chunk open: only I-PER or E-PER
    EXPECT_TRUE(AllowedTransition(prev, i_per));
    EXPECT_TRUE(AllowedTransition(prev, e_per));
    EXPECT_FALSE(AllowedTransition(prev, 0));
    EXPECT_FALSE(AllowedTransition(prev, e_org));
    EXPECT_FALSE(AllowedTransition(prev, b_per));
    EXPECT_FALSE(AllowedTransition(prev, s_per));
  }
  EXPECT_TRUE(AllowedLast(0));
  EXPECT_TRUE(AllowedLast(e_per));
  EXPECT_TRUE(AllowedLast(s_per));
  EXPECT_FALSE(AllowedLast(b_per));
  EXPECT_FALSE(AllowedLast(i_per));
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
  const uint8_t s_org = static_cast<uint8_t>(MakeTag(1, kPartSingle));
  const uint8_t s_loc = static_cast<uint8_t>(MakeTag(2, kPartSingle));
  EXPECT_EQ((*docs)[0].sentences[0].tags, (std::vector<uint8_t>{s_org, 0}));
  EXPECT_EQ((*docs)[1].sentences[0].tags, (std::vector<uint8_t>{s_loc}));
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
