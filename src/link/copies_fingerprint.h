// The copy fingerprint of a text (internal header): what the candidate index keeps and compares
// so that near-verbatim and spun copies can be found among millions of documents (docs/copies.md).
//
//   - content terms: stemmed words without stop words, numbers and names — the signal that
//     survives paraphrase (a spun copy keeps 40–90% of them while its 5-word shingles mostly die);
//   - sketches: one-permutation MinHash (64 bins of 8 bits) of the content terms and of the
//     5-word shingles, to rank candidates without their texts;
//   - sentence keys: a hash of each long sentence's content terms, for excerpts and partial
//     copies;
//   - the hash of the normalised text, for exact duplicates.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::copies {

inline constexpr int kSketchBins = 64;
using Sketch = std::array<uint8_t, kSketchBins>;

struct Term {
  uint64_t key = 0;
  bool strong = false;  // a name or a number: survives spin, weighs more
};

struct Fingerprint {
  std::vector<Term> terms;              // distinct content terms, sorted by key
  std::vector<uint64_t> sentence_keys;  // distinct, at most kMaxSentenceKeys
  Sketch content{};
  Sketch shingles{};
  uint32_t content_count = 0;  // distinct content terms (0: nothing to compare)
  uint32_t shingle_count = 0;
  uint64_t normalized = 0;     // hash of the lower-cased word sequence (0: no words)
};

inline constexpr size_t kMaxSentenceKeys = 6;

struct Word;

// Fingerprints the first `max_bytes` of `text`.
Fingerprint ComputeFingerprint(std::string_view text, size_t max_bytes = 1u << 20);
// Fingerprints `text` from its words (ScanWords(text, max_bytes)). With `shingles`, also gives
// the distinct 5-word shingles it sketched (as DistinctShingles: PreparedText::shingles).
Fingerprint ComputeFingerprint(std::string_view text, const std::vector<Word>& words,
                               std::vector<uint64_t>* shingles = nullptr);

// The distinct 5-word shingles of `words` (the hash of the words in order, stop words too; of a
// text of fewer than 5 words, one hash of them all), first seen first, into `out`.
void DistinctShingles(const std::vector<Word>& words, std::vector<uint64_t>& out);

// Estimated Jaccard similarity of two sketches' sets (0 when either is empty); corrected for
// the 1-in-256 chance that two 8-bit bins agree by accident.
double SketchSimilarity(const Sketch& a, uint32_t a_count, const Sketch& b, uint32_t b_count);

// A 64-bit mixer (splitmix64's finaliser).
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace newsgraph::copies
