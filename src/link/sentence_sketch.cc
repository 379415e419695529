// Sentence sketches: candidates that cannot be copies ruled out before their texts are read
// (see copies_sentence_sketch.h, docs/copies.md).
#include <algorithm>
#include <array>
#include <bit>
#include <limits>

#include "link/copies_sentence_sketch.h"

namespace newsgraph::copies {
namespace {

// Estimated shingle Jaccard from which a candidate is always compared (the candidate floor).
constexpr double kShingleEvidence = 0.05;
constexpr double kSynonymCredit = 0.9;  // align.cc
// Rounding slack of the comparisons (the alignment sums floats in doubles).
constexpr double kSlack = 1e-6;

uint64_t SetKey(uint32_t set) { return 0x73796e7365740000ULL ^ (uint64_t{set} * 0xff51afd7ed558ccdULL); }

}  // namespace

SentenceSketch SentenceSketch::Of(const std::vector<AlignSentence>& sentences) {
  SentenceSketch s;
  if (sentences.size() > kSketchMaxSentences) return s;
  size_t size = 1;
  for (const AlignSentence& sent : sentences) {
    size_t bytes = sent.toks.size();
    for (const AlignToken& t : sent.toks) bytes += t.synonyms ? t.synonyms->size() : 0;
    if (bytes > 255) return s;
    size += 3 + bytes;
  }
  if (size > kSketchMaxBytes) return s;
  s.sketched = true;
  s.bytes.reserve(size);
  s.bytes.push_back(static_cast<uint8_t>(sentences.size()));
  for (const AlignSentence& sent : sentences) {
    const size_t head = s.bytes.size();
    s.bytes.resize(head + 3);
    size_t synonyms = 0;
    for (const AlignToken& t : sent.toks) {
      s.bytes.push_back(SketchByte(t.key));
      if (t.synonyms == nullptr) continue;
      ++synonyms;
      for (uint32_t set : *t.synonyms) s.bytes.push_back(SketchByte(SetKey(set)));
    }
    s.bytes[head] = static_cast<uint8_t>(s.bytes.size() - head - 3);
    // Weights are multiples of 0.5: the weight in halves, rounded down (a lighter sentence is
    // easier to reach: never a pair ruled out that could be made).
    s.bytes[head + 1] = static_cast<uint8_t>(std::min<double>(255, sent.weight * 2));
    s.bytes[head + 2] = static_cast<uint8_t>(std::min<size_t>(255, synonyms));
  }
  return s;
}

void SketchQuery::Build(const std::vector<AlignSentence>& sentences) {
  sents_.clear();
  bytes_.clear();
  set_bytes_.clear();
  usable_ = sentences.size() <= kSketchMaxSentences;
  if (!usable_) return;
  for (const AlignSentence& s : sentences) {
    if (s.toks.size() > 64) {
      usable_ = false;
      return;
    }
    Sent q;
    q.weight = s.weight;
    q.first = static_cast<uint32_t>(bytes_.size());
    q.count = static_cast<uint32_t>(s.toks.size());
    for (size_t k = 0; k < s.toks.size(); ++k) {
      const AlignToken& t = s.toks[k];
      const uint64_t bit = uint64_t{1} << k;
      if (t.weight >= 2.0f) q.w2 |= bit;
      else if (t.weight > 1.0f) q.w15 |= bit;
      else q.w1 |= bit;
      bytes_.push_back(SketchByte(t.key));
      if (t.synonyms != nullptr) {
        q.synonyms |= bit;
        for (uint32_t set : *t.synonyms) set_bytes_.push_back({static_cast<uint8_t>(k), SketchByte(SetKey(set))});
      }
    }
    q.set_end = static_cast<uint32_t>(set_bytes_.size());
    sents_.push_back(q);
  }
  // Every byte with the words (and synonym sets) that have it.
  by_byte_start_.assign(257, 0);
  for (uint8_t b : bytes_) ++by_byte_start_[b + 1];
  for (const SetByte& x : set_bytes_) ++by_byte_start_[x.byte + 1];
  for (size_t b = 0; b < 256; ++b) by_byte_start_[b + 1] += by_byte_start_[b];
  by_byte_.resize(by_byte_start_[256]);
  std::vector<uint32_t> at(by_byte_start_.begin(), by_byte_start_.end() - 1);
  for (size_t i = 0; i < sents_.size(); ++i) {
    const Sent& q = sents_[i];
    for (uint32_t k = 0; k < q.count; ++k) {
      by_byte_[at[bytes_[q.first + k]]++] = {static_cast<uint16_t>(i), static_cast<uint8_t>(k), 0};
    }
    for (uint32_t k = i == 0 ? 0 : sents_[i - 1].set_end; k < q.set_end; ++k) {
      by_byte_[at[set_bytes_[k].byte]++] = {static_cast<uint16_t>(i), set_bytes_[k].word, 1};
    }
  }
}

bool SketchQuery::MayAlign(std::span<const uint8_t> sketch, double similarity) const {
  if (sketch.empty() || !usable_ || sents_.empty()) return true;
  const double t = similarity - kSlack;
  // The stored sentences' weights and words with synonyms; per new sentence i and stored
  // sentence j, found[i * nb + j]: the words of i whose key's byte is in j, and related[...]:
  // those with a synonym set whose byte is there (looked up by byte: the new text's index).
  const uint8_t* p = sketch.data();
  const size_t nb = *p++;
  const size_t na = sents_.size();
  thread_local std::vector<double> weights;
  thread_local std::vector<uint32_t> synonyms;
  thread_local std::vector<uint64_t> found, related;
  weights.resize(nb);
  synonyms.resize(nb);
  found.assign(na * nb, 0);
  related.assign(na * nb, 0);
  for (size_t j = 0; j < nb; ++j) {
    const size_t bytes = p[0];
    weights[j] = p[1] / 2.0;
    // A count that saturated could be larger: as good as unbounded.
    synonyms[j] = p[2] == 255 ? 1u << 20 : p[2];
    p += 3;
    for (size_t k = 0; k < bytes; ++k) {
      const uint8_t b = p[k];
      for (uint32_t e = by_byte_start_[b]; e < by_byte_start_[b + 1]; ++e) {
        const ByByte& x = by_byte_[e];
        (x.set ? related : found)[x.sentence * nb + j] |= uint64_t{1} << x.word;
      }
    }
    p += bytes;
  }
  // For each stored span (j0, length), per new sentence i what its words found there weigh, in
  // halves: on its own side (a2), on the stored side (b2: a stored word of the same key weighs
  // 1.5 at most, 2 for a number), and its words not found by key that share a synonym set
  // there (open). Bits are walked one by one (no popcount instruction is assumed).
  thread_local std::vector<uint64_t> m, r;
  thread_local std::vector<int32_t> a2s, b2s, opens;
  m.resize(na);
  r.resize(na);
  a2s.resize(na);
  b2s.resize(na);
  opens.resize(na);
  const double credit2 = 2 * kSynonymCredit;  // a synonym match, in halves, each side
  for (size_t j0 = 0; j0 < nb; ++j0) {
    std::fill(m.begin(), m.end(), 0);
    std::fill(r.begin(), r.end(), 0);
    std::fill(a2s.begin(), a2s.end(), 0);
    std::fill(b2s.begin(), b2s.end(), 0);
    double wb2 = 0;
    uint64_t b_synonyms = 0;
    for (size_t l = 0; l < kSketchWindow && j0 + l < nb; ++l) {
      const size_t j = j0 + l;
      wb2 += 2 * weights[j];
      b_synonyms += synonyms[j];
      // Without the caps at each span's weight, the bound of a span pair is a sum over the
      // new span's sentences (g below): when no run of kSketchWindow of them reaches t, no
      // span pair with this stored span can.
      double run = 0, best = 0;
      std::array<double, kSketchWindow> last{};
      for (size_t i = 0; i < na; ++i) {
        const Sent& a = sents_[i];
        if ((m[i] | r[i] | found[i * nb + j] | related[i * nb + j]) == 0) {
          run -= last[i % kSketchWindow];  // (nothing found: g = 0)
          last[i % kSketchWindow] = 0;
          opens[i] = 0;
          continue;
        }
        for (uint64_t add = found[i * nb + j] & ~m[i]; add != 0; add &= add - 1) {
          const uint64_t bit = add & (~add + 1);
          if (a.w2 & bit) {
            a2s[i] += 4;
            b2s[i] += 4;
          } else {
            a2s[i] += (a.w15 & bit) ? 3 : 2;
            b2s[i] += 3;
          }
        }
        m[i] |= found[i * nb + j];
        r[i] |= related[i * nb + j];
        int32_t open = 0;
        for (uint64_t o = r[i] & ~m[i]; o != 0; o &= o - 1) ++open;
        opens[i] = open;
        const double g = std::max(0.0, a2s[i] + b2s[i] + 2 * credit2 * open - t * 2 * a.weight);
        run += g - last[i % kSketchWindow];
        last[i % kSketchWindow] = g;
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
  if (!sketch.sketched || sketch.bytes.empty()) return;
  if (arena_.size() + sketch.bytes.size() >= std::numeric_limits<uint32_t>::max()) return;
  if (arena_.size() + sketch.bytes.size() > arena_.capacity()) {
    arena_.reserve(arena_.size() + std::max<size_t>({1024, arena_.size() / 4, sketch.bytes.size()}));
  }
  offsets_[doc] = static_cast<uint32_t>(arena_.size() + 1);
  arena_.insert(arena_.end(), sketch.bytes.begin(), sketch.bytes.end());
}

std::span<const uint8_t> SentenceSketchStore::Get(uint32_t doc) const {
  if (doc >= offsets_.size() || offsets_[doc] == 0) return {};
  const uint8_t* start = arena_.data() + offsets_[doc] - 1;
  const uint8_t* p = start;
  const size_t count = *p++;
  for (size_t j = 0; j < count; ++j) p += 3 + static_cast<size_t>(p[0]);
  return {start, static_cast<size_t>(p - start)};
}

size_t SentenceSketchStore::MemoryBytes() const {
  return offsets_.capacity() * sizeof(uint32_t) + arena_.capacity();
}

bool MayScreen(const Candidate& c) {
  return !c.duplicate && c.sentence_hits == 0 && c.shingles < kShingleEvidence;
}

}  // namespace newsgraph::copies
