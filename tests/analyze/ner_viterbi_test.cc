// Viterbi decoding under the BIOES constraints.
#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "analyze/ner_model.h"

namespace newsgraph::ner {
namespace {

TEST(NerViterbi, BestAllowedPathNeverLeavesAChunkOpen) {
  // Emissions that, read token by token, say B-PER, B-PER, B-PER: the only well-formed reading
  // of three tokens where every token is in a PER chunk is B- I- E- (one chunk) or S- S- S-
  // etc.; with I-PER and E-PER scored just below B-PER the decoder picks B- I- E-.
  const int b = MakeTag(0, kPartBegin), in = MakeTag(0, kPartInside);
  const int e = MakeTag(0, kPartEnd), s = MakeTag(0, kPartSingle);
  std::vector<float> em(3 * kNumTags, -10.0f);
  for (int i = 0; i < 3; ++i) {
    em[i * kNumTags + b] = 3.0f;
    em[i * kNumTags + in] = 2.5f;
    em[i * kNumTags + e] = 2.5f;
    em[i * kNumTags + s] = 0.0f;
  }
  std::array<float, kTransRows * kNumTags> trans{};
  std::vector<uint8_t> out(3);
  Viterbi(em.data(), 3, trans.data(), out.data());
  EXPECT_EQ(out, (std::vector<uint8_t>{static_cast<uint8_t>(b), static_cast<uint8_t>(in),
                                       static_cast<uint8_t>(e)}));
  EXPECT_EQ(DecodeChunks(out), (std::vector<Chunk>{{0, 3, 0}}));
}

TEST(NerViterbi, OneTokenPrefersSingleOverOpenBegin) {
  const int b = MakeTag(2, kPartBegin), s = MakeTag(2, kPartSingle);
  std::vector<float> em(kNumTags, 0.0f);
  em[b] = 5.0f;  // B-LOC scores best but would leave the chunk open at the sentence end
  em[s] = 1.0f;
  std::array<float, kTransRows * kNumTags> trans{};
  uint8_t out = 0;
  Viterbi(em.data(), 1, trans.data(), &out);
  EXPECT_EQ(out, s);
}

}  // namespace
}  // namespace newsgraph::ner
