// Sentence alignment of two texts (see AlignTexts in newsgraph/copies.h, docs/copies.md).
//
// Sentences come from the text stage's splitter; a sentence is the set of its content words
// (stemmed, stop words out), names and numbers weighing more. Two sentences' similarity is a
// weighted Dice coefficient in which synonyms (the built-in WordNet table) count almost as the
// same word. Pairs are found through an inverted index of the second text's words (no n×m scan),
// matched one to one greedily from the most similar (so any order is allowed), and unmatched
// neighbours are merged into a pair when that makes it more similar (split or merged sentences).
#include <algorithm>
#include <cmath>
#include <span>

#include "link/copies_fingerprint.h"
#include "link/copies_relation.h"
#include "link/copies_words.h"
#include "newsgraph/copies.h"
#include "newsgraph/text.h"

namespace newsgraph {
namespace {

using copies::Word;
using Tok = copies::AlignToken;
using Sent = copies::AlignSentence;
using copies::SentenceList;

constexpr size_t kMaxBytes = 1u << 20;      // texts are aligned up to 1 MiB
constexpr size_t kMaxSentences = 4000;
constexpr size_t kHotWord = 64;             // words in more sentences than this find no pairs
constexpr double kMinPairSimilarity = 0.3;  // weaker sentence pairs are not aligned
constexpr double kSynonymCredit = 0.9;
constexpr double kGapSimilarity = 0.15;   // a sentence in its place, between aligned neighbours
constexpr size_t kLookAhead = 16;         // words whose synonym look-ups are asked for ahead

bool Share(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  for (uint32_t x : a)
    for (uint32_t y : b)
      if (x == y) return true;
  return false;
}

struct Span {
  uint32_t first, last;  // sentence indexes, inclusive
};

// Scratch space of SpanSimilarity, reused (one per thread).
struct Scratch {
  std::vector<const Tok*> a, b, rest;
  std::vector<char> used;
  // b's positions by key: slots of (key, first position not yet matched), and for each position
  // the next one with the same key (-1: none), in order.
  std::vector<uint64_t> slot_key;
  std::vector<int32_t> slot_first, next;
};

void Collect(const SentenceList& s, Span span, std::vector<const Tok*>* toks, float* weight) {
  toks->clear();
  *weight = 0;
  for (uint32_t i = span.first; i <= span.last; ++i) {
    for (const Tok& t : s[i].toks) toks->push_back(&t);
    *weight += s[i].weight;
  }
}

// Weighted Dice similarity of two spans' tokens; synonyms count kSynonymCredit.
double SpanSimilarity(const SentenceList& sa, Span span_a, const SentenceList& sb,
                      Span span_b) {
  thread_local Scratch scratch;
  std::vector<const Tok*>& a = scratch.a;
  std::vector<const Tok*>& b = scratch.b;
  float wa = 0, wb = 0;
  Collect(sa, span_a, &a, &wa);
  Collect(sb, span_b, &b, &wb);
  if (a.empty() || b.empty()) return 0;
  std::vector<char>& used = scratch.used;
  used.assign(b.size(), 0);
  // Each word of a takes the first position of b with its key not taken yet: b's positions are
  // chained by key in order, and a key's chain is consumed from its head.
  size_t size = 16;
  while (size < 2 * b.size()) size *= 2;
  const size_t mask = size - 1;
  std::vector<uint64_t>& slot_key = scratch.slot_key;
  std::vector<int32_t>& slot_first = scratch.slot_first;
  std::vector<int32_t>& next = scratch.next;
  slot_key.resize(size);
  slot_first.assign(size, -1);  // -1: an empty slot
  next.resize(b.size());
  for (size_t j = b.size(); j-- > 0;) {
    const uint64_t key = b[j]->key;
    size_t at = key & mask;  // keys are hashes
    while (slot_first[at] != -1 && slot_key[at] != key) at = (at + 1) & mask;
    next[j] = slot_first[at];  // -1 when j is the key's last position
    slot_key[at] = key;
    slot_first[at] = static_cast<int32_t>(j);
  }
  double matched = 0;
  std::vector<const Tok*>& rest = scratch.rest;
  rest.clear();
  for (const Tok* x : a) {
    bool found = false;
    const uint64_t key = x->key;
    size_t at = key & mask;  // keys are hashes
    while (slot_first[at] != -1 && slot_key[at] != key) at = (at + 1) & mask;
    if (slot_first[at] >= 0 && slot_key[at] == key) {
      const size_t j = static_cast<size_t>(slot_first[at]);
      used[j] = 1;
      matched += x->weight + b[j]->weight;
      found = true;
      // The key's next position; a consumed key keeps its slot (-2: none left) so that probes
      // for other keys still pass it.
      slot_first[at] = next[j] >= 0 ? next[j] : -2;
    }
    if (!found && x->synonyms != nullptr) rest.push_back(x);
  }
  for (const Tok* x : rest) {
    for (size_t j = 0; j < b.size(); ++j) {
      if (!used[j] && b[j]->synonyms != nullptr && Share(*x->synonyms, *b[j]->synonyms)) {
        used[j] = 1;
        matched += kSynonymCredit * (x->weight + b[j]->weight);
        break;
      }
    }
  }
  return matched / (wa + wb);
}

struct Pair {
  Span a, b;
  double sim;
};

// Tries to absorb unmatched sentences next to a pair into it (side 0: a, side 1: b).
void MergeNeighbours(const SentenceList& a, const SentenceList& b,
                     std::vector<Pair>& pairs, std::vector<int>& owner_a,
                     std::vector<int>& owner_b, int side) {
  const SentenceList& s = side == 0 ? a : b;
  std::vector<int>& owner = side == 0 ? owner_a : owner_b;
  for (size_t p = 0; p < pairs.size(); ++p) {
    for (int dir : {-1, 1}) {
      while (true) {
        Span& span = side == 0 ? pairs[p].a : pairs[p].b;
        int64_t next = dir < 0 ? static_cast<int64_t>(span.first) - 1
                               : static_cast<int64_t>(span.last) + 1;
        if (next < 0 || next >= static_cast<int64_t>(s.size()) || owner[next] != -1) break;
        if (span.last - span.first >= 3) break;  // at most four sentences merged
        Span grown = span;
        if (dir < 0) grown.first = static_cast<uint32_t>(next);
        else grown.last = static_cast<uint32_t>(next);
        double sim = side == 0 ? SpanSimilarity(a, grown, b, pairs[p].b)
                               : SpanSimilarity(a, pairs[p].a, b, grown);
        if (sim <= pairs[p].sim + 0.02) break;
        span = grown;
        pairs[p].sim = sim;
        owner[next] = static_cast<int>(p);
      }
    }
  }
}

// A sentence between two aligned ones, facing an unaligned sentence between their partners, is
// aligned to it when they are at least kGapSimilarity alike: a sentence whose names and figures
// were all changed is still in its place.
void FillGaps(const SentenceList& a, const SentenceList& b, std::vector<Pair>& pairs,
              std::vector<int>& owner_a, std::vector<int>& owner_b) {
  for (uint32_t i = 0; i < a.size(); ++i) {
    if (owner_a[i] != -1) continue;
    int64_t j = -1;
    if (i > 0 && owner_a[i - 1] != -1) {
      const Pair& prev = pairs[static_cast<size_t>(owner_a[i - 1])];
      if (prev.a.last == i - 1) j = static_cast<int64_t>(prev.b.last) + 1;
    }
    if (j < 0 && i + 1 < a.size() && owner_a[i + 1] != -1) {
      const Pair& next = pairs[static_cast<size_t>(owner_a[i + 1])];
      if (next.a.first == i + 1) j = static_cast<int64_t>(next.b.first) - 1;
    }
    if (j < 0 || j >= static_cast<int64_t>(b.size()) || owner_b[j] != -1) continue;
    uint32_t bj = static_cast<uint32_t>(j);
    double sim = SpanSimilarity(a, {i, i}, b, {bj, bj});
    if (sim < kGapSimilarity) continue;
    owner_a[i] = owner_b[bj] = static_cast<int>(pairs.size());
    pairs.push_back({{i, i}, {bj, bj}, sim});
  }
}

}  // namespace

namespace copies {

std::vector<SentenceSpan> SplitSentences(std::string_view text) {
  std::vector<SentenceSpan> out;
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  TextOptions topt;
  topt.max_bytes = kMaxBytes;
  TokenizedText tt = Tokenize(text, topt);
  out.reserve(tt.sentences.size());
  for (const Sentence& s : tt.sentences) out.push_back({s.start, s.end});
  return out;
}

SentenceList AlignSentences(std::string_view text, const std::vector<Word>& words, bool synonyms) {
  return AlignSentences(text, words, SplitSentences(text), synonyms);
}

SentenceList AlignSentences(std::string_view text, const std::vector<Word>& words,
                            const std::vector<SentenceSpan>& spans, bool synonyms) {
  // The tokens are gathered aside, each sentence's as an offset and a count, then copied into
  // one array of their exact size that the sentences point into.
  thread_local std::vector<Tok> toks;
  toks.clear();
  thread_local std::vector<uint32_t> firsts;  // each sentence's first token there
  firsts.clear();
  SentenceList list;
  std::vector<Sent>& out = list.sentences_;
  out.reserve(std::min(spans.size(), kMaxSentences));
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  size_t w = 0;
  for (const SentenceSpan& s : spans) {
    if (out.size() >= kMaxSentences) break;
    Sent sent{s.start, s.end, {}, 0};
    bool first = true;
    while (w < words.size() && words[w].start < s.start) ++w;
    const size_t begin = toks.size();
    // The keys taken, as 256 bits of their low bits: most words are told new without comparing
    // them with every token taken.
    uint64_t taken[4] = {0, 0, 0, 0};
    for (; w < words.size() && words[w].start < s.end; ++w) {
      // (The synonym look-ups of the words a little ahead are started now: in a large store
      // the filter they read first is seldom in the cache.)
      if (synonyms && w + kLookAhead < words.size()) {
        const Word& ahead = words[w + kLookAhead];
        if (!ahead.stop && !ahead.number) PrefetchSynonymSets(ahead);
      }
      const Word& word = words[w];
      bool lead = first;
      first = false;
      if (word.stop) continue;
      if (!word.number && word.end - word.start < 2) continue;
      const uint64_t bit = uint64_t{1} << (word.key & 63);
      uint64_t& bits = taken[(word.key >> 6) & 3];
      if (bits & bit) {
        bool dup = false;
        for (size_t k = begin; k < toks.size(); ++k) dup |= toks[k].key == word.key;
        if (dup) continue;
      }
      bits |= bit;
      Tok t{word.key, 1.0f, nullptr, false};
      if (word.number) {
        t.weight = 2.0f;
      } else if (word.capital && !lead) {
        t.weight = 1.5f;
      } else {
        // Only plain words have synonyms; a word in no synonym set has none.
        t.plain = true;
        if (synonyms) {
          const std::vector<uint32_t>& sets = SynonymSetsOf(text, word);
          if (!sets.empty()) t.synonyms = &sets;
        }
      }
      sent.weight += t.weight;
      toks.push_back(t);
    }
    if (toks.size() == begin) continue;
    firsts.push_back(static_cast<uint32_t>(begin));
    out.push_back(sent);
  }
  list.tokens_.assign(toks.begin(), toks.end());
  for (size_t i = 0; i < out.size(); ++i) {
    const size_t end = i + 1 < out.size() ? firsts[i + 1] : toks.size();
    out[i].toks = std::span<const Tok>(list.tokens_.data() + firsts[i], end - firsts[i]);
  }
  return list;
}

SentenceList& SentenceList::operator=(const SentenceList& other) {
  if (this == &other) return *this;
  tokens_ = other.tokens_;
  sentences_ = other.sentences_;
  for (AlignSentence& sent : sentences_) {
    sent.toks = std::span<const AlignToken>(tokens_.data() + (sent.toks.data() - other.tokens_.data()),
                                            sent.toks.size());
  }
  return *this;
}

namespace {

size_t TokenCount(const SentenceList& b) {
  size_t tokens = 0;
  for (const Sent& s : b) tokens += s.toks.size();
  return tokens;
}

}  // namespace

void SentenceWordIndex::Build(const SentenceList& b) {
  const size_t tokens = TokenCount(b);
  size_t size = 16;
  while (size < 2 * tokens) size *= 2;
  mask_ = size - 1;
  keys_.assign(size, 0);
  first_.assign(size, -1);
  count_.assign(size, 0);
  // Slots by key with the number of sentences each key is in, then the sentences grouped by
  // key (in the order of b).
  for (const Sent& s : b) {
    for (const Tok& t : s.toks) ++count_[Slot(t.key, true)];
  }
  int32_t at = 0;
  for (size_t k = 0; k < size; ++k) {
    if (first_[k] == -2) {
      first_[k] = at;
      at += static_cast<int32_t>(count_[k]);
      count_[k] = 0;
    }
  }
  entries_.resize(tokens);
  synonyms_.assign(b.size(), 0);
  for (uint32_t j = 0; j < b.size(); ++j) {
    for (const Tok& t : b[j].toks) {
      size_t k = Slot(t.key, false);
      entries_[static_cast<size_t>(first_[k]) + count_[k]++] = {j, t.weight};
      if (t.synonyms != nullptr) synonyms_[j] += 1;
    }
  }
}

size_t SentenceWordIndex::Slot(uint64_t key, bool insert) {
  size_t at = key & mask_;  // keys are hashes
  while (first_[at] != -1 && keys_[at] != key) at = (at + 1) & mask_;
  if (first_[at] == -1 && insert) {
    keys_[at] = key;
    first_[at] = -2;  // placed once the counts are known
  }
  return at;
}

namespace {

// Calls pair(i, j) for every pair of a sentence of a and one of b that share a word (hot words
// aside) and whose similarity could reach kMinPairSimilarity: an upper bound counts the exact
// matches, what hot words could add, and a synonym match (words of weight 1 on both sides) for
// every word with synonyms on the poorer side. `words` is the index of b's words.
template <typename F>
void PossiblePairs(const SentenceList& a, const SentenceList& b,
                   const SentenceWordIndex& words, F&& pair) {
  const std::vector<float>& b_synonyms = words.synonyms();
  thread_local std::vector<float> shared;
  thread_local std::vector<uint32_t> touched;
  shared.assign(b.size(), 0);
  for (uint32_t i = 0; i < a.size(); ++i) {
    touched.clear();
    float hot = 0, a_synonyms = 0;
    for (const Tok& t : a[i].toks) {
      if (t.synonyms != nullptr) a_synonyms += 1;
      std::span<const SentenceWordIndex::Where> in = words.Find(t.key);
      if (in.empty()) continue;
      if (in.size() > kHotWord) {
        hot += t.weight + 2.0f;  // may match anywhere, at most a number's weight
        continue;
      }
      for (const SentenceWordIndex::Where& w : in) {
        if (shared[w.sentence] == 0) touched.push_back(w.sentence);
        shared[w.sentence] += t.weight + w.weight;
      }
    }
    for (uint32_t j : touched) {
      double bound = shared[j] + hot + 2 * kSynonymCredit * std::min(a_synonyms, b_synonyms[j]);
      shared[j] = 0;
      if (bound / (a[i].weight + b[j].weight) >= kMinPairSimilarity - 1e-6) pair(i, j);
    }
  }
}

}  // namespace

Alignment AlignSentenceLists(const SentenceList& a, const SentenceList& b) {
  if (a.empty() || b.empty()) return {};
  SentenceWordIndex words;
  words.Build(b);
  return AlignSentenceLists(a, b, words);
}

Alignment AlignSentenceLists(const SentenceList& a, const SentenceList& b,
                             const SentenceWordIndex& b_words) {
  Alignment out;
  if (a.empty() || b.empty()) return out;
  // The candidate pairs, owners and pairs live in scratch space kept between calls (a linker
  // aligns thousands of texts: no allocation a call).
  thread_local std::vector<Pair> cand, pairs;
  thread_local std::vector<int> owner_a, owner_b;
  cand.clear();
  pairs.clear();
  PossiblePairs(a, b, b_words, [&](uint32_t i, uint32_t j) {
    double sim = SpanSimilarity(a, {i, i}, b, {j, j});
    if (sim >= kMinPairSimilarity) cand.push_back({{i, i}, {j, j}, sim});
  });
  std::sort(cand.begin(), cand.end(), [](const Pair& x, const Pair& y) {
    if (x.sim != y.sim) return x.sim > y.sim;
    if (x.a.first != y.a.first) return x.a.first < y.a.first;
    return x.b.first < y.b.first;
  });
  owner_a.assign(a.size(), -1);
  owner_b.assign(b.size(), -1);
  for (const Pair& c : cand) {
    if (owner_a[c.a.first] != -1 || owner_b[c.b.first] != -1) continue;
    owner_a[c.a.first] = owner_b[c.b.first] = static_cast<int>(pairs.size());
    pairs.push_back(c);
  }
  MergeNeighbours(a, b, pairs, owner_a, owner_b, 0);
  MergeNeighbours(a, b, pairs, owner_a, owner_b, 1);
  FillGaps(a, b, pairs, owner_a, owner_b);
  std::sort(pairs.begin(), pairs.end(),
            [](const Pair& x, const Pair& y) { return x.a.first < y.a.first; });

  double total_a = 0, total_b = 0, covered_a = 0, covered_b = 0;
  for (const Sent& s : a) total_a += s.end - s.start;
  for (const Sent& s : b) total_b += s.end - s.start;
  out.pairs.reserve(pairs.size());
  for (const Pair& p : pairs) {
    AlignedSpan span;
    span.a_start = a[p.a.first].start;
    span.a_end = a[p.a.last].end;
    span.b_start = b[p.b.first].start;
    span.b_end = b[p.b.last].end;
    span.similarity = p.sim;
    out.pairs.push_back(span);
    for (uint32_t i = p.a.first; i <= p.a.last; ++i) covered_a += a[i].end - a[i].start;
    for (uint32_t j = p.b.first; j <= p.b.last; ++j) covered_b += b[j].end - b[j].start;
  }
  out.coverage_a = total_a > 0 ? covered_a / total_a : 0;
  out.coverage_b = total_b > 0 ? covered_b / total_b : 0;
  return out;
}

}  // namespace copies

Alignment AlignTexts(const LinkDocument& da, const LinkDocument& db) {
  return copies::AlignSentenceLists(
      copies::AlignSentences(da.text, copies::ScanWords(da.text, kMaxBytes)),
      copies::AlignSentences(db.text, copies::ScanWords(db.text, kMaxBytes)));
}

}  // namespace newsgraph
