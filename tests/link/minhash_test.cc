#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "newsgraph/link.h"

namespace newsgraph {
namespace {

std::string RandomText(std::mt19937& rng, int words) {
  static const char* kVocab[] = {"the", "minister", "said", "talks", "russia", "ukraine", "border",
                                 "troops", "call", "president", "on", "monday", "support", "aid",
                                 "officials", "week", "state", "secretary", "news", "report"};
  std::string s;
  for (int i = 0; i < words; ++i) {
    if (i) s += ' ';
    s += kVocab[rng() % 20];
    s += std::to_string(rng() % 50);  // enlarge the vocabulary so shingles are mostly distinct
  }
  return s;
}

TEST(MinHash, IdenticalTextsHaveIdenticalSignatures) {
  auto a = ComputeSignature("Biden and Putin spoke on Tuesday about the border and the troops there.");
  auto b = ComputeSignature("Biden and Putin spoke on Tuesday about the border and the troops there.");
  EXPECT_EQ(a.mins, b.mins);
  EXPECT_DOUBLE_EQ(EstimateJaccard(a, b), 1.0);
}

TEST(MinHash, CaseAndPunctuationDoNotMatter) {
  auto a = ComputeSignature("Biden and Putin spoke, on Tuesday, about the border’s troops.");
  auto b = ComputeSignature("biden and putin spoke on tuesday about the border's troops");
  EXPECT_EQ(a.mins, b.mins);
}

TEST(MinHash, EmptyTextHasNoShingles) {
  auto e = ComputeSignature("  ... !!! ");
  EXPECT_EQ(e.shingles, 0u);
  EXPECT_EQ(EstimateJaccard(e, ComputeSignature("some words here and there again")), 0.0);
  EXPECT_EQ(ShingleJaccard("", "a b c d e f"), 0.0);
}

TEST(MinHash, ShortTextIsOneShingle) {
  auto s = ComputeSignature("Three words only");
  EXPECT_EQ(s.shingles, 1u);
}

// The estimate agrees with brute-force Jaccard within a few standard errors, over a sweep of
// edit levels (the slow obvious version checks the fast one).
TEST(MinHash, EstimateTracksExactJaccard) {
  std::mt19937 rng(42);
  double max_err = 0;
  for (int trial = 0; trial < 40; ++trial) {
    std::string base = RandomText(rng, 300);
    std::string edited = base;
    // Replace a growing fraction of the text with fresh words.
    size_t keep = edited.size() * static_cast<size_t>(40 - trial) / 40;
    edited = edited.substr(0, keep) + " " + RandomText(rng, 300 - static_cast<int>(keep / 10));
    double exact = ShingleJaccard(base, edited);
    double est = EstimateJaccard(ComputeSignature(base), ComputeSignature(edited));
    max_err = std::max(max_err, std::fabs(exact - est));
  }
  // Standard error is at most 0.5/sqrt(128) ~ 0.044; allow 4 standard errors.
  EXPECT_LT(max_err, 0.18);
}

TEST(MinHash, RewrittenCopyScoresAboveIndependentText) {
  std::string original =
      "Secretary of State Antony Blinken sought to reassure the Ukrainian president of American "
      "backing before the high-stakes meeting between the two presidents later this week, "
      "officials said on Monday, adding that talks would continue.";
  std::string copy =
      "Secretary of State Antony Blinken sought to reassure the Ukrainian president of American "
      "backing ahead of the high-stakes meeting between the two presidents later this week, "
      "officials said on Monday, adding that talks would continue.";
  std::string other =
      "The city council approved a new budget for the public library on Thursday after a long "
      "debate about opening hours and the cost of new books for children.";
  auto so = ComputeSignature(original), sc = ComputeSignature(copy), sx = ComputeSignature(other);
  EXPECT_GT(EstimateJaccard(so, sc), 0.5);
  EXPECT_LT(EstimateJaccard(so, sx), 0.1);
}

}  // namespace
}  // namespace newsgraph
