// Sentence sketches of indexed documents (internal header; docs/copies.md, "Sentence
// sketches"): a few bytes a sentence kept in memory so that a candidate that cannot be a copy is
// ruled out before its text is fetched, scanned and aligned — exactly, not by an estimate.
//
// Why it is exact. Unless two texts share verbatim text (5-word-shingle containment >= 0.3, which
// the candidate index's shingle sketch and sentence keys stand for; MayScreen), a relation needs
// aligned pairs of mean similarity >= min_similarity, so at least one span pair (a sentence or up
// to four neighbours, on each side) that similar. A pair's weighted Dice similarity is
// (Xa + Xb) / (wa + wb), Xa and Xb the matched weight of each side, so Xa >= t wa or Xb >= t wb;
// and a span reaches a share only when one of its sentences does. So some sentence i of the new
// text has t of its weight matched within a window of at most four sentences of the stored one,
// or some stored sentence j has t of its weight matched within a window of the new text. Both
// are bounded from above here: a word counts as matched when an 11-bit hash of its key is among
// the other side's (collisions only add), a word with synonyms may be matched by synonym (0.9)
// as often as the other side has words with synonyms, and a stored word matched by key weighs
// at most 1.5 (2: a number). When no sentence of either side reaches t, no alignment can give a
// relation, and the candidate is not fetched.
//
// Rather than the mediant, the bound is taken for every span pair at once (up to kSketchWindow
// sentences on each side): the matched weight of each side, by key and by synonym, at most the
// span's weight, over the two spans' weights. A stored sentence keeps its weight (in halves), its
// number of words with synonyms (when it has any) and the distinct codes of its words and their
// synonym sets, Rice-coded in a stream of bits: about 2 + 1.15 n bytes a sentence of n distinct
// codes (n about 12: 16 bytes; 8-bit codes took 2 + 0.65 n). Texts whose sketch would take
// more than kSketchMaxBytes are not sketched (always compared).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "core/huge_pages.h"
#include "link/copies_index.h"
#include "link/copies_relation.h"

namespace newsgraph::copies {

inline constexpr size_t kSketchMaxBytes = 1024;
inline constexpr size_t kSketchMaxSentences = 255;
inline constexpr size_t kSketchWindow = 4;  // sentences merged into one span, at most (align.cc)

// A word's key (and a synonym set) is kept as a code of kSketchCodeBits bits: a word counts as
// matched when its code is among the other side's, so the fewer codes two unrelated sentences
// share by chance, the more candidates are ruled out (with 8 bits a window of four stored
// sentences held about a fifth of the 256 values; docs/copies.md).
inline constexpr int kSketchCodeBits = 11;
inline constexpr size_t kSketchCodes = size_t{1} << kSketchCodeBits;
inline uint16_t SketchCode(uint64_t key) {
  return static_cast<uint16_t>((key * 0x9e3779b97f4a7c15ULL) >> (64 - kSketchCodeBits));
}

// The code a synonym set is kept as.
uint16_t SketchSetCode(uint32_t set);

// A sentence's count of distinct codes is written in 7 bits; this value says that the count
// follows in kSketchCodeBits + 1 bits.
inline constexpr size_t kSketchCountEscape = 127;

// The sketch of one text, as stored: [length: 2 bytes, little-endian][sentences], then a stream
// of bits (least significant first) with per sentence: n, its distinct codes (7 bits; n >=
// kSketchCountEscape: 127, then n in kSketchCodeBits + 1 bits), whether it has words with
// synonyms (1), its weight in halves (8), its number of words with synonyms (8, only if it has
// any), then its distinct codes (SketchCode of its words' keys and SketchSetCode of their synonym
// sets) in increasing order, each as the step of its high bits from the one before in unary
// (zeros, then a one) and its SketchRiceBits(n) low bits.
struct SentenceSketch {
  std::vector<uint8_t> bytes;
  bool sketched = false;  // false: too long (never screened)
  static SentenceSketch Of(const SentenceList& sentences);
};

// The low bits kept as they are of each of n sorted distinct codes: the fewest bits in all.
int SketchRiceBits(size_t n);

// One stored sentence, as read.
struct SketchSentence {
  uint8_t weight2 = 0;   // weight in halves
  uint8_t synonyms = 0;  // words with synonyms (255: at least)
  uint16_t size = 0;     // distinct codes
  std::array<uint16_t, kSketchCodes> codes{};  // in increasing order
};

// Reads a stored sketch sentence by sentence.
class SketchReader {
 public:
  explicit SketchReader(std::span<const uint8_t> sketch);
  size_t sentences() const { return sentences_; }
  void Next(SketchSentence& s);

 private:
  void Refill();
  uint64_t Bits(int count);
  const uint8_t* p_;
  const uint8_t* end_;
  uint64_t buffer_ = 0;
  int held_ = 0;
  size_t sentences_ = 0;
};

// The new document's side, made once for all its candidates.
class SketchQuery {
 public:
  void Build(const SentenceList& sentences);
  // False only when no span pair of this text and the sketched one can reach `similarity`
  // (see above); true for a text not sketched.
  bool MayAlign(std::span<const uint8_t> sketch, double similarity) const;

 private:
  struct Sent {
    float weight = 0;
    uint64_t w1 = 0, w15 = 0, w2 = 0;  // its words by weight (bits: word positions)
    uint64_t synonyms = 0;             // its words with synonyms
    uint32_t first = 0, count = 0;     // its words' codes in codes_
    uint32_t set_end = 0;              // its synonym sets end here in set_codes_
  };
  struct SetCode {
    uint8_t word;   // the word's position in its sentence
    uint16_t code;  // SketchCode of one of its synonym sets
  };
  std::vector<Sent> sents_;
  std::vector<uint16_t> codes_;
  std::vector<SetCode> set_codes_;
  // The words and synonym sets of every code: by_code_[by_code_start_[c] ...].
  struct ByCode {
    uint16_t sentence;
    uint8_t word;
    uint8_t set;  // 1: one of the word's synonym sets; 0: its key
  };
  std::vector<uint32_t> by_code_start_;
  std::vector<ByCode> by_code_;
  bool usable_ = false;  // false: a sentence of more than 64 words, or too many sentences
};

// Every indexed document's sketch (numbered as the candidate index numbers documents).
class SentenceSketchStore {
 public:
  void Add(uint32_t doc, const SentenceSketch& sketch);
  // The stored sketch of `doc`; empty when it has none (never screened).
  std::span<const uint8_t> Get(uint32_t doc) const;
  // Ask for what Get(doc) reads from memory ahead of it: its entry, then (once the entry is at
  // hand) the start of its sketch. (At a million documents each is a cache and TLB miss.)
  void PrefetchEntry(uint32_t doc) const {
    if (doc < offsets_.size()) __builtin_prefetch(offsets_.data() + doc);
  }
  void PrefetchSketch(uint32_t doc) const;
  size_t MemoryBytes() const;

 private:
  static constexpr size_t kPageBytes = 16384;
  LargeVector<uint32_t> offsets_;  // page * kPageBytes + offset in it, + 1; 0: none
  std::vector<std::unique_ptr<uint8_t[]>> pages_;
  size_t used_ = 0;  // bytes used of the last page
};

// Whether the sketches may rule a candidate out: not the same text, no shared sentence key, and
// an estimated shingle Jaccard below the candidate floor (no verbatim text shared).
bool MayScreen(const Candidate& c);

}  // namespace newsgraph::copies
