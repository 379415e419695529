// Fingerprints: MinHash signatures of word shingles, so that near-verbatim copies can be found
// among millions of documents without comparing texts pairwise:
//
//   auto a = newsgraph::ComputeSignature(text_a);
//   auto b = newsgraph::ComputeSignature(text_b);
//   double j = newsgraph::EstimateJaccard(a, b);   // ≈ ShingleJaccard(text_a, text_b)
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace newsgraph {

// Words per shingle and hash functions per signature.
inline constexpr int kShingleWords = 5;
inline constexpr int kMinHashSize = 128;

struct MinHashSignature {
  std::array<uint64_t, kMinHashSize> mins{};
  uint32_t shingles = 0;  // distinct shingles seen (0: text too short to fingerprint)
};

// Words are runs of letters and digits, lower-cased (ASCII) / NFC, so punctuation and case
// changes do not change the fingerprint.
MinHashSignature ComputeSignature(std::string_view text);

// The fraction of equal minima: an unbiased estimate of the shingle Jaccard similarity
// (standard error about 1/sqrt(kMinHashSize)). 0 when either text has no shingles.
double EstimateJaccard(const MinHashSignature& a, const MinHashSignature& b);

// The exact Jaccard similarity of the two texts' shingle sets (slow; the reference for tests).
double ShingleJaccard(std::string_view a, std::string_view b);

}  // namespace newsgraph
