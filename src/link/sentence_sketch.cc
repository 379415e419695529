// Sentence sketches: candidates that cannot be copies ruled out before their texts are read
// (see copies_sentence_sketch.h, docs/copies.md).
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <memory>

#include "link/copies_sentence_sketch.h"

namespace newsgraph::copies {
namespace {

// Estimated shingle Jaccard from which a candidate is always compared (the candidate floor).
constexpr double kShingleEvidence = 0.05;
constexpr double kSynonymCredit = 0.9;  // align.cc
// Rounding slack of the comparisons (the alignment sums floats in doubles).
constexpr double kSlack = 1e-6;

// Bits set (a popcount instruction where the CPU has one: the build's own fallback otherwise).
[[gnu::always_inline]] inline int Count(uint64_t bits) { return __builtin_popcountll(bits); }

uint64_t SetKey(uint32_t set) { return 0x73796e7365740000ULL ^ (uint64_t{set} * 0xff51afd7ed558ccdULL); }

}  // namespace

namespace {

// Bits appended least significant first, a byte at a time.
class BitWriter {
 public:
  explicit BitWriter(std::vector<uint8_t>& out) : out_(out) {}
  ~BitWriter() { Flush(); }
  void Put(uint64_t value, int count) {  // count <= 32
    buffer_ |= (value & ((uint64_t{1} << count) - 1)) << held_;
    held_ += count;
    for (; held_ >= 8; held_ -= 8, buffer_ >>= 8) out_.push_back(static_cast<uint8_t>(buffer_));
  }
  void Zeros(size_t count) {
    for (; count > 32; count -= 32) Put(0, 32);
    Put(0, static_cast<int>(count));
  }
  void Flush() {
    if (held_ > 0) out_.push_back(static_cast<uint8_t>(buffer_));
    buffer_ = 0;
    held_ = 0;
  }

 private:
  std::vector<uint8_t>& out_;
  uint64_t buffer_ = 0;
  int held_ = 0;
};

// SketchRiceBits of every n up to kSketchCodes.
constexpr std::array<uint8_t, kSketchCodes + 1> RiceTable() {
  std::array<uint8_t, kSketchCodes + 1> table{};
  for (size_t n = 0; n <= kSketchCodes; ++n) {
    size_t best_bits = ~size_t{0};
    for (int k = 0; k < kSketchCodeBits; ++k) {
      const size_t bits = n * static_cast<size_t>(k + 1) + ((kSketchCodes - 1) >> k);
      if (bits < best_bits) {
        best_bits = bits;
        table[n] = static_cast<uint8_t>(k);
      }
    }
  }
  return table;
}
constexpr std::array<uint8_t, kSketchCodes + 1> kRiceBits = RiceTable();

}  // namespace

uint16_t SketchSetCode(uint32_t set) { return SketchCode(SetKey(set)); }

int SketchRiceBits(size_t n) { return n <= kSketchCodes ? kRiceBits[n] : 0; }

SentenceSketch SentenceSketch::Of(const SentenceList& sentences) {
  SentenceSketch s;
  if (sentences.size() > kSketchMaxSentences) return s;
  // Written aside (one allocation a text is kept, of its size).
  thread_local std::vector<uint8_t> code;
  code.assign({0, 0, static_cast<uint8_t>(sentences.size())});
  BitWriter out(code);
  thread_local std::vector<uint16_t> keys;
  for (const AlignSentence& sent : sentences) {
    // The stored side is only looked up by code: a set (in increasing order, each code once).
    keys.clear();
    size_t synonyms = 0;
    for (const AlignToken& t : sent.toks) {
      keys.push_back(SketchCode(t.key));
      if (t.synonyms == nullptr) continue;
      ++synonyms;
      for (uint32_t x : *t.synonyms) keys.push_back(SketchSetCode(x));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    out.Put(std::min(keys.size(), kSketchCountEscape), 7);
    if (keys.size() >= kSketchCountEscape) out.Put(keys.size(), kSketchCodeBits + 1);
    out.Put(synonyms ? 1 : 0, 1);
    // Weights are multiples of 0.5: the weight in halves, rounded down (a lighter sentence is
    // easier to reach: never a pair ruled out that could be made).
    out.Put(static_cast<uint8_t>(std::min<double>(255, sent.weight * 2)), 8);
    if (synonyms) out.Put(std::min<size_t>(255, synonyms), 8);
    const int k = SketchRiceBits(keys.size());
    unsigned high = 0;
    for (uint16_t c : keys) {
      out.Zeros((c >> k) - high);
      out.Put(1, 1);
      high = c >> k;
      out.Put(c, k);
    }
    if (code.size() > kSketchMaxBytes) return s;
  }
  out.Flush();
  if (code.size() > kSketchMaxBytes) return s;
  code[0] = static_cast<uint8_t>(code.size());
  code[1] = static_cast<uint8_t>(code.size() >> 8);
  s.bytes.assign(code.begin(), code.end());
  s.sketched = true;
  return s;
}

SketchReader::SketchReader(std::span<const uint8_t> sketch)
    : p_(sketch.data() + std::min<size_t>(3, sketch.size())), end_(sketch.data() + sketch.size()),
      sentences_(sketch.size() >= 3 ? sketch[2] : 0) {}

void SketchReader::Refill() {
  // Whole bytes into the buffer while they fit (eight at once away from the end).
  if (end_ - p_ >= 8) {
    uint64_t word;
    std::memcpy(&word, p_, 8);
    buffer_ |= word << held_;
    const int bytes = (63 - held_) / 8;
    p_ += bytes;
    held_ += 8 * bytes;
    buffer_ &= (uint64_t{1} << held_) - 1;  // (held_ < 64) only the bytes taken
    return;
  }
  for (; held_ <= 56 && p_ < end_; held_ += 8) buffer_ |= uint64_t{*p_++} << held_;
  // Past the end (a cut text): ones, so that a step in unary ends.
  if (held_ <= 56) {
    buffer_ |= ~uint64_t{0} << held_;
    held_ = 64;
  }
}

[[gnu::always_inline]] inline uint64_t SketchReader::Bits(int count) {  // count <= 32
  if (held_ < count) Refill();
  const uint64_t value = buffer_ & ((uint64_t{1} << count) - 1);
  buffer_ >>= count;
  held_ -= count;
  return value;
}

void SketchReader::Next(SketchSentence& s) {
  size_t n = Bits(7);
  if (n >= kSketchCountEscape) n = std::min<size_t>(Bits(kSketchCodeBits + 1), kSketchCodes);
  const bool synonyms = Bits(1) != 0;
  s.weight2 = static_cast<uint8_t>(Bits(8));
  s.synonyms = synonyms ? static_cast<uint8_t>(Bits(8)) : 0;
  s.size = 0;
  const int k = kRiceBits[n];
  unsigned high = 0;
  for (size_t i = 0; i < n; ++i) {
    // The step in unary: zeros, then a one.
    if (held_ < 40) Refill();
    while (buffer_ == 0) {
      high += static_cast<unsigned>(held_);
      held_ = 0;
      Refill();
    }
    const int zeros = std::countr_zero(buffer_);
    high += static_cast<unsigned>(zeros);
    buffer_ >>= zeros;
    buffer_ >>= 1;
    held_ -= zeros + 1;
    // (A damaged stream could step past the last code: kept within the codes.)
    s.codes[s.size++] = static_cast<uint16_t>(((high << k) | Bits(k)) & (kSketchCodes - 1));
  }
}

void SketchQuery::Build(const SentenceList& sentences) {
  sents_.clear();
  codes_.clear();
  set_codes_.clear();
  usable_ = sentences.size() <= kSketchMaxSentences;
  if (!usable_) return;
  for (const AlignSentence& s : sentences) {
    if (s.toks.size() > 64) {
      usable_ = false;
      return;
    }
    Sent q;
    q.weight = s.weight;
    q.first = static_cast<uint32_t>(codes_.size());
    q.count = static_cast<uint32_t>(s.toks.size());
    for (size_t k = 0; k < s.toks.size(); ++k) {
      const AlignToken& t = s.toks[k];
      const uint64_t bit = uint64_t{1} << k;
      if (t.weight >= 2.0f) q.w2 |= bit;
      else if (t.weight > 1.0f) q.w15 |= bit;
      else q.w1 |= bit;
      codes_.push_back(SketchCode(t.key));
      if (t.synonyms != nullptr) {
        q.synonyms |= bit;
        for (uint32_t set : *t.synonyms) set_codes_.push_back({static_cast<uint8_t>(k), SketchSetCode(set)});
      }
    }
    q.set_end = static_cast<uint32_t>(set_codes_.size());
    sents_.push_back(q);
  }
  // Every code with the words (and synonym sets) that have it.
  by_code_start_.assign(kSketchCodes + 1, 0);
  for (uint16_t c : codes_) ++by_code_start_[c + 1];
  for (const SetCode& x : set_codes_) ++by_code_start_[x.code + 1];
  for (size_t c = 0; c < kSketchCodes; ++c) by_code_start_[c + 1] += by_code_start_[c];
  by_code_.resize(by_code_start_[kSketchCodes]);
  thread_local std::vector<uint32_t> at;
  at.assign(by_code_start_.begin(), by_code_start_.end() - 1);
  for (size_t i = 0; i < sents_.size(); ++i) {
    const Sent& q = sents_[i];
    for (uint32_t k = 0; k < q.count; ++k) {
      by_code_[at[codes_[q.first + k]]++] = {static_cast<uint16_t>(i), static_cast<uint8_t>(k), 0};
    }
    for (uint32_t k = i == 0 ? 0 : sents_[i - 1].set_end; k < q.set_end; ++k) {
      by_code_[at[set_codes_[k].code]++] = {static_cast<uint16_t>(i), set_codes_[k].word, 1};
    }
  }
}

// Built twice, with the popcount instruction and without, the one the CPU has chosen at load.
__attribute__((target_clones("popcnt", "default"))) bool SketchQuery::MayAlign(
    std::span<const uint8_t> sketch, double similarity) const {
  if (sketch.empty() || !usable_ || sents_.empty()) return true;
  const double t = similarity - kSlack;
  // The stored sentences' weights and words with synonyms; per stored sentence j and new
  // sentence i, found[j * na + i]: the words of i whose key's code is in j, and related[...]:
  // those with a synonym set whose code is there (looked up by code: the new text's index).
  // (A stored sentence's column is contiguous: the passes below read one column at a time.)
  SketchReader reader(sketch);
  const size_t nb = reader.sentences();
  const size_t na = sents_.size();
  thread_local std::vector<double> weights;
  thread_local std::vector<uint32_t> synonyms;
  thread_local std::vector<uint64_t> found, related;
  weights.resize(nb);
  synonyms.resize(nb);
  found.assign(na * nb, 0);
  related.assign(na * nb, 0);
  const auto see = [&](size_t j, uint16_t c) {
    for (uint32_t e = by_code_start_[c]; e < by_code_start_[c + 1]; ++e) {
      const ByCode& x = by_code_[e];
      (x.set ? related : found)[j * na + x.sentence] |= uint64_t{1} << x.word;
    }
  };
  thread_local SketchSentence s;
  for (size_t j = 0; j < nb; ++j) {
    reader.Next(s);
    weights[j] = s.weight2 / 2.0;
    // A count that saturated could be larger: as good as unbounded.
    synonyms[j] = s.synonyms == 255 ? 1u << 20 : s.synonyms;
    for (size_t k = 0; k < s.size; ++k) see(j, s.codes[k]);
  }
  // For each stored span (j0, length), per new sentence i what its words found there weigh, in
  // halves: on its own side (a2), on the stored side (b2: a stored word of the same key weighs
  // 1.5 at most, 2 for a number), and its words not found by key that share a synonym set
  // there (open); g: what i adds to the bound of a span pair beyond t of its own weight.
  thread_local std::vector<uint64_t> m, r;
  thread_local std::vector<int32_t> a2s, b2s, opens;
  thread_local std::vector<double> g, own;
  m.resize(na);
  r.resize(na);
  a2s.resize(na);
  b2s.resize(na);
  opens.resize(na);
  g.resize(na);
  own.resize(na);
  for (size_t i = 0; i < na; ++i) own[i] = t * 2 * sents_[i].weight;
  const double credit2 = 2 * kSynonymCredit;  // a synonym match, in halves, each side
  // The first pass's sum for a new sentence whose words found `mi` by key and `ri` by synonym.
  const auto gain = [&](size_t i, uint64_t mi, uint64_t ri) {
    const Sent& a = sents_[i];
    const int heavy = (mi & a.w2) ? Count(mi & a.w2) : 0;
    const int names = (mi & a.w15) ? Count(mi & a.w15) : 0;
    const int plain = Count(mi & a.w1);
    const int32_t open = (ri & ~mi) ? Count(ri & ~mi) : 0;
    const int32_t a2 = 4 * heavy + 3 * names + 2 * plain, b2 = 4 * heavy + 3 * (names + plain);
    return std::max(0.0, a2 + b2 + 2 * credit2 * open - own[i]);
  };
  for (size_t j0 = 0; j0 < nb; ++j0) {
    // What the first pass can give at most for a stored span from j0: its sum for the longest
    // span (a sentence's g never falls as the span grows: a word found by key adds at least 5
    // halves and takes at most one synonym match, 3.6, away). A span of j0 alone, or longer, that
    // needs more is not looked at.
    const size_t span_end = std::min(nb, j0 + kSketchWindow);
    double top = 0;
    {
      std::array<double, kSketchWindow> last{};
      double run = 0;
      for (size_t i = 0; i < na; ++i) {
        uint64_t mi = 0, ri = 0;
        for (size_t j = j0; j < span_end; ++j) {
          mi |= found[j * na + i];
          ri |= related[j * na + i];
        }
        const double gi = (mi | ri) ? gain(i, mi, ri) : 0.0;
        run += gi - last[i % kSketchWindow];
        last[i % kSketchWindow] = gi;
        top = std::max(top, run);
      }
    }
    // (Summed otherwise than the pass below: a hair of slack keeps every span it would keep.)
    top += 1e-9;
    if (top < t * 2 * weights[j0]) continue;
    std::fill(m.begin(), m.end(), 0);
    std::fill(r.begin(), r.end(), 0);
    std::fill(a2s.begin(), a2s.end(), 0);
    std::fill(b2s.begin(), b2s.end(), 0);
    std::fill(opens.begin(), opens.end(), 0);
    std::fill(g.begin(), g.end(), 0.0);
    double wb2 = 0;
    uint64_t b_synonyms = 0;
    for (size_t l = 0; l < kSketchWindow && j0 + l < nb; ++l) {
      const size_t j = j0 + l;
      wb2 += 2 * weights[j];
      b_synonyms += synonyms[j];
      if (top < t * wb2) break;  // (and longer spans are heavier)
      // What stored sentence j adds to each new sentence's finds (a new sentence it adds nothing
      // to keeps its g).
      const uint64_t* fj = found.data() + j * na;
      const uint64_t* rj = related.data() + j * na;
      for (size_t i = 0; i < na; ++i) {
        const uint64_t add = fj[i] & ~m[i];
        const uint64_t rel = rj[i] & ~r[i];
        if ((add | rel) == 0) continue;
        const Sent& a = sents_[i];
        if (add != 0) {
          const int heavy = (add & a.w2) ? Count(add & a.w2) : 0;
          const int names = (add & a.w15) ? Count(add & a.w15) : 0;
          const int plain = Count(add & a.w1);
          a2s[i] += 4 * heavy + 3 * names + 2 * plain;
          b2s[i] += 4 * heavy + 3 * (names + plain);
          m[i] |= add;
        }
        r[i] |= rel;
        const int32_t open = (r[i] & ~m[i]) ? Count(r[i] & ~m[i]) : 0;
        opens[i] = open;
        g[i] = std::max(0.0, a2s[i] + b2s[i] + 2 * credit2 * open - own[i]);
      }
      // Without the caps at each span's weight, the bound of a span pair is a sum over the
      // new span's sentences (g): when no run of kSketchWindow of them reaches t, no span pair
      // with this stored span can.
      double run = 0, best = 0;
      for (size_t i = 0; i < na; ++i) {
        run += g[i] - (i >= kSketchWindow ? g[i - kSketchWindow] : 0.0);
        best = std::max(best, run);
      }
      if (best < t * wb2) continue;
      // Every span of the new text against this one: the matched weight of each side, by key
      // and by synonym (0.9 of a word of weight 1 on each side), at most its weight.
      for (size_t i0 = 0; i0 < na; ++i0) {
        double wa2 = 0;
        int32_t a2 = 0, b2 = 0;
        uint64_t open = 0;
        for (size_t i = i0; i < std::min(na, i0 + kSketchWindow); ++i) {
          wa2 += 2 * sents_[i].weight;
          a2 += a2s[i];
          b2 += b2s[i];
          open += static_cast<uint64_t>(opens[i]);
          if (a2 == 0 && open == 0) continue;  // (nothing found yet)
          const double syn = credit2 * static_cast<double>(std::min(open, b_synonyms));
          if (std::min(a2 + syn, wa2) + std::min(b2 + syn, wb2) >= t * (wa2 + wb2)) return true;
        }
      }
    }
  }
  return false;
}

void SentenceSketchStore::Add(uint32_t doc, const SentenceSketch& sketch) {
  if (doc >= offsets_.size()) {
    if (doc >= offsets_.capacity()) {
      offsets_.reserve(std::max<size_t>(doc + 1, offsets_.size() + std::max<size_t>(1024, offsets_.size() / 4)));
    }
    offsets_.resize(doc + 1, 0);
  }
  offsets_[doc] = 0;
  if (!sketch.sketched || sketch.bytes.empty() || sketch.bytes.size() > kPageBytes) return;
  // Sketches are packed into pages of kPageBytes, one never across two: the slack is the unused
  // end of the last page (and of each page a sketch did not fit in), not a quarter of the arena.
  if (pages_.empty() || used_ + sketch.bytes.size() > kPageBytes) {
    if (pages_.size() + 1 >= (size_t{1} << 32) / kPageBytes) return;
    pages_.push_back(std::make_unique<uint8_t[]>(kPageBytes));
    used_ = 0;
  }
  std::copy(sketch.bytes.begin(), sketch.bytes.end(), pages_.back().get() + used_);
  offsets_[doc] = static_cast<uint32_t>((pages_.size() - 1) * kPageBytes + used_ + 1);
  used_ += sketch.bytes.size();
}

std::span<const uint8_t> SentenceSketchStore::Get(uint32_t doc) const {
  if (doc >= offsets_.size() || offsets_[doc] == 0) return {};
  const uint32_t at = offsets_[doc] - 1;
  const uint8_t* start = pages_[at / kPageBytes].get() + at % kPageBytes;
  return {start, static_cast<size_t>(start[0] | (start[1] << 8))};
}

void SentenceSketchStore::PrefetchSketch(uint32_t doc) const {
  if (doc >= offsets_.size() || offsets_[doc] == 0) return;
  const uint32_t at = offsets_[doc] - 1;
  const uint8_t* start = pages_[at / kPageBytes].get() + at % kPageBytes;
  // (A sketch is about 220 bytes: its first four lines.)
  for (size_t line = 0; line < 256; line += 64) __builtin_prefetch(start + line);
}

size_t SentenceSketchStore::MemoryBytes() const {
  return offsets_.capacity() * sizeof(uint32_t) + pages_.capacity() * sizeof(pages_[0]) + pages_.size() * kPageBytes;
}

bool MayScreen(const Candidate& c) {
  return !c.duplicate && c.sentence_hits == 0 && c.shingles < kShingleEvidence;
}

}  // namespace newsgraph::copies
