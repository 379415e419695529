// Copy fingerprints: content terms, sketches, sentence keys (see copies_fingerprint.h).
#include <xxhash.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <limits>
#include <utility>

#include "link/copies_fingerprint.h"
#include "link/copies_words.h"

namespace newsgraph::copies {
namespace {

constexpr int kShingle = 5;
constexpr int kMinSentenceTerms = 5;

// One-permutation MinHash with densification: each hash falls into one of kSketchBins bins by
// its top bits and the bin keeps its smallest value; empty bins borrow from the next full bin,
// so that two sketches compare bin by bin. 8 bits a bin (b-bit MinHash: a chance agreement is
// 1 in 256 and is corrected for in SketchSimilarity).
Sketch MakeSketch(const std::vector<uint64_t>& hashes) {
  std::array<uint64_t, kSketchBins> mins;
  mins.fill(std::numeric_limits<uint64_t>::max());
  for (uint64_t h0 : hashes) {
    uint64_t h = Mix64(h0 ^ 0x5bd1e9955bd1e995ULL);
    size_t bin = h >> 58;  // 64 bins
    uint64_t v = h & ((1ULL << 58) - 1);
    if (v < mins[bin]) mins[bin] = v;
  }
  Sketch s{};
  if (hashes.empty()) return s;
  for (int b = 0; b < kSketchBins; ++b) {
    int src = b;
    uint64_t step = 0;
    while (mins[src] == std::numeric_limits<uint64_t>::max()) {
      src = (src + 1) % kSketchBins;
      ++step;
    }
    // Borrowed values are re-mixed with the distance so that two sketches borrowing from
    // different bins do not agree by accident.
    uint64_t v = step == 0 ? mins[src] : Mix64(mins[src] + step * 0x9e3779b97f4a7c15ULL);
    s[b] = static_cast<uint8_t>((v >> 29) ^ (v >> 7) ^ v);
  }
  return s;
}

}  // namespace

void DistinctShingles(const std::vector<Word>& words, std::vector<uint64_t>& out) {
  out.clear();
  if (words.size() < static_cast<size_t>(kShingle)) {
    if (words.empty()) return;
    uint64_t h = 0;
    for (const Word& w : words) h = Mix64(h ^ w.key);
    out.push_back(h);
    return;
  }
  out.reserve(words.size());
  // Distinct values through a hash set (shingles are well mixed: their low bits place them),
  // first seen first; 0 marks an empty slot and is tracked aside.
  // The table is kept between calls (its slots are cleared after use, not the whole table).
  thread_local std::vector<uint64_t> seen;
  thread_local std::vector<uint32_t> filled;
  size_t size = 16;
  while (size < 2 * words.size()) size *= 2;
  // (A table left large by a long text is given back when much smaller ones follow.)
  if (seen.size() < size || (seen.size() > (1u << 16) && seen.size() > 8 * size)) {
    seen.assign(size, 0);
  }
  size = seen.size();
  filled.clear();
  bool zero = false;
  for (size_t i = 0; i + kShingle <= words.size(); ++i) {
    uint64_t h = 0;
    for (int k = 0; k < kShingle; ++k) h = Mix64(h + words[i + k].key);
    if (h == 0) {
      if (!zero) out.push_back(h);
      zero = true;
      continue;
    }
    size_t at = h & (size - 1);
    while (seen[at] != 0 && seen[at] != h) at = (at + 1) & (size - 1);
    if (seen[at] == h) continue;
    seen[at] = h;
    filled.push_back(static_cast<uint32_t>(at));
    out.push_back(h);
  }
  for (uint32_t at : filled) seen[at] = 0;
}

Fingerprint ComputeFingerprint(std::string_view text, size_t max_bytes) {
  return ComputeFingerprint(text, ScanWords(text, max_bytes));
}

Fingerprint ComputeFingerprint(std::string_view text, const std::vector<Word>& words,
                               std::vector<uint64_t>* shingles) {
  Fingerprint fp;
  if (shingles != nullptr) shingles->clear();
  if (words.empty()) return fp;

  // Normalised text: the lower-cased words in order.
  fp.normalized = NormalizedHash(text, words);

  // Content terms; names (capitalised words not opening a sentence) and numbers are strong.
  fp.terms.reserve(words.size());
  for (const Word& w : words) {
    if (w.stop) continue;
    if (!w.number && w.end - w.start < 3) continue;
    fp.terms.push_back({w.key, w.number || (w.capital && !w.sentence_start)});
  }
  std::sort(fp.terms.begin(), fp.terms.end(), [](const Term& a, const Term& b) {
    return a.key != b.key ? a.key < b.key : a.strong > b.strong;
  });
  fp.terms.erase(std::unique(fp.terms.begin(), fp.terms.end(),
                             [](const Term& a, const Term& b) { return a.key == b.key; }),
                 fp.terms.end());
  // (Scratch space kept between calls: a linker fingerprints millions of texts.)
  thread_local std::vector<uint64_t> keys;
  keys.clear();
  for (const Term& t : fp.terms) keys.push_back(t.key);
  fp.content = MakeSketch(keys);
  fp.content_count = static_cast<uint32_t>(keys.size());

  // 5-word shingles of all words (stop words too: that is what makes them verbatim), each once.
  std::vector<uint64_t>& distinct = shingles != nullptr ? *shingles : keys;
  DistinctShingles(words, distinct);
  fp.shingles = MakeSketch(distinct);
  fp.shingle_count = static_cast<uint32_t>(distinct.size());

  // Sentence keys: the sorted content terms of each sentence with enough of them; the first
  // three sentences (truncated copies keep the lead) and the three with the smallest keys
  // (excerpts from anywhere), so a copy and its source pick the same ones.
  thread_local std::vector<uint64_t> sentence, firsts, rest;
  sentence.clear();
  firsts.clear();
  rest.clear();
  auto flush = [&] {
    if (static_cast<int>(sentence.size()) >= kMinSentenceTerms) {
      std::sort(sentence.begin(), sentence.end());
      sentence.erase(std::unique(sentence.begin(), sentence.end()), sentence.end());
      uint64_t h = XXH3_64bits(sentence.data(), sentence.size() * sizeof(uint64_t)) | 1;
      if (firsts.size() < 3) firsts.push_back(h); else rest.push_back(h);
    }
    sentence.clear();
  };
  for (const Word& w : words) {
    if (w.sentence_start) flush();
    if (!w.stop) sentence.push_back(w.key);
  }
  flush();
  std::sort(rest.begin(), rest.end());
  rest.erase(std::unique(rest.begin(), rest.end()), rest.end());
  fp.sentence_keys.reserve(kMaxSentenceKeys);
  fp.sentence_keys.assign(firsts.begin(), firsts.end());
  for (uint64_t h : rest) {
    if (fp.sentence_keys.size() >= kMaxSentenceKeys) break;
    fp.sentence_keys.push_back(h);
  }
  std::sort(fp.sentence_keys.begin(), fp.sentence_keys.end());
  fp.sentence_keys.erase(std::unique(fp.sentence_keys.begin(), fp.sentence_keys.end()),
                         fp.sentence_keys.end());
  return fp;
}

double SketchSimilarity(const Sketch& a, uint32_t a_count, const Sketch& b, uint32_t b_count) {
  if (a_count == 0 || b_count == 0) return 0.0;
  int equal = 0;
#if defined(__SSE2__)
  // Bins compared 16 at a time; the equal ones counted from the byte masks.
  uint64_t mask = 0;
  for (int i = 0; i < kSketchBins; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(a.data() + i));
    __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b.data() + i));
    mask |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)))) << i;
  }
  mask = mask - ((mask >> 1) & 0x5555555555555555ULL);
  mask = (mask & 0x3333333333333333ULL) + ((mask >> 2) & 0x3333333333333333ULL);
  mask = (mask + (mask >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
  equal = static_cast<int>((mask * 0x0101010101010101ULL) >> 56);
#else
  for (int i = 0; i < kSketchBins; ++i) equal += a[i] == b[i];
#endif
  double raw = static_cast<double>(equal) / kSketchBins;
  constexpr double kChance = 1.0 / 256;
  return std::max(0.0, (raw - kChance) / (1 - kChance));
}

}  // namespace newsgraph::copies
