// Sentence alignment of two texts (see AlignTexts in newsgraph/copies.h, docs/copies.md).
//
// Sentences come from the text stage's splitter; a sentence is the set of its content words
// (stemmed, stop words out), names and numbers weighing more. Two sentences' similarity is a
// weighted Dice coefficient in which synonyms (the built-in WordNet table) count almost as the
// same word. Pairs are found through an inverted index of the second text's words (no n×m scan),
// matched one to one greedily from the most similar (so any order is allowed), and unmatched
// neighbours are merged into a pair when that makes it more similar (split or merged sentences).
#include <algorithm>
#include <unordered_map>

#include "link/copies_words.h"
#include "newsgraph/copies.h"
#include "newsgraph/text.h"

namespace newsgraph {
namespace {

using copies::Word;

constexpr size_t kMaxBytes = 1u << 20;      // texts are aligned up to 1 MiB
constexpr size_t kMaxSentences = 4000;
constexpr size_t kHotWord = 64;             // words in more sentences than this find no pairs
constexpr double kMinPairSimilarity = 0.3;  // weaker sentence pairs are not aligned
constexpr double kSynonymCredit = 0.9;
constexpr double kGapSimilarity = 0.15;   // a sentence in its place, between aligned neighbours

struct Tok {
  uint64_t key;
  float weight;
  std::string lower;  // plain words only (synonym look-up); empty for names and numbers
};

struct Sent {
  uint32_t start, end;
  std::vector<Tok> toks;  // distinct keys
  float weight = 0;
};

std::vector<Sent> Sentences(std::string_view text) {
  std::vector<Sent> out;
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  TextOptions topt;
  topt.max_bytes = kMaxBytes;
  TokenizedText tt = Tokenize(text, topt);
  std::vector<Word> words = copies::ScanWords(text, kMaxBytes);
  size_t w = 0;
  for (const Sentence& s : tt.sentences) {
    if (out.size() >= kMaxSentences) break;
    Sent sent{s.start, s.end, {}, 0};
    bool first = true;
    while (w < words.size() && words[w].start < s.start) ++w;
    for (; w < words.size() && words[w].start < s.end; ++w) {
      const Word& word = words[w];
      bool lead = first;
      first = false;
      if (word.stop) continue;
      if (!word.number && word.end - word.start < 2) continue;
      bool dup = false;
      for (const Tok& t : sent.toks) dup |= t.key == word.key;
      if (dup) continue;
      Tok t{word.key, 1.0f, {}};
      if (word.number) {
        t.weight = 2.0f;
      } else if (word.capital && !lead) {
        t.weight = 1.5f;
      } else {
        t.lower = copies::LowerWord(text.substr(word.start, word.end - word.start));
      }
      sent.weight += t.weight;
      sent.toks.push_back(std::move(t));
    }
    if (!sent.toks.empty()) out.push_back(std::move(sent));
  }
  return out;
}

// Weighted Dice similarity of two token lists; synonyms count kSynonymCredit.
double Similarity(const std::vector<const Tok*>& a, float wa, const std::vector<const Tok*>& b,
                  float wb) {
  if (a.empty() || b.empty()) return 0;
  std::vector<char> used(b.size(), 0);
  double matched = 0;
  std::vector<const Tok*> rest;
  for (const Tok* x : a) {
    bool found = false;
    for (size_t j = 0; j < b.size(); ++j) {
      if (!used[j] && b[j]->key == x->key) {
        used[j] = 1;
        matched += x->weight + b[j]->weight;
        found = true;
        break;
      }
    }
    if (!found && !x->lower.empty()) rest.push_back(x);
  }
  for (const Tok* x : rest) {
    for (size_t j = 0; j < b.size(); ++j) {
      if (!used[j] && !b[j]->lower.empty() && copies::AreSynonyms(x->lower, b[j]->lower)) {
        used[j] = 1;
        matched += kSynonymCredit * (x->weight + b[j]->weight);
        break;
      }
    }
  }
  return matched / (wa + wb);
}

struct Span {
  uint32_t first, last;  // sentence indexes, inclusive
};

struct Gather {
  std::vector<const Tok*> toks;
  float weight = 0;
};

Gather Collect(const std::vector<Sent>& s, Span span) {
  Gather g;
  for (uint32_t i = span.first; i <= span.last; ++i) {
    for (const Tok& t : s[i].toks) g.toks.push_back(&t);
    g.weight += s[i].weight;
  }
  return g;
}

double SpanSimilarity(const std::vector<Sent>& a, Span sa, const std::vector<Sent>& b, Span sb) {
  Gather ga = Collect(a, sa), gb = Collect(b, sb);
  return Similarity(ga.toks, ga.weight, gb.toks, gb.weight);
}

struct Pair {
  Span a, b;
  double sim;
};

// Tries to absorb unmatched sentences next to a pair into it (side 0: a, side 1: b).
void MergeNeighbours(const std::vector<Sent>& a, const std::vector<Sent>& b,
                     std::vector<Pair>& pairs, std::vector<int>& owner_a,
                     std::vector<int>& owner_b, int side) {
  const std::vector<Sent>& s = side == 0 ? a : b;
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
void FillGaps(const std::vector<Sent>& a, const std::vector<Sent>& b, std::vector<Pair>& pairs,
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

Alignment AlignTexts(const LinkDocument& da, const LinkDocument& db) {
  Alignment out;
  std::vector<Sent> a = Sentences(da.text), b = Sentences(db.text);
  if (a.empty() || b.empty()) return out;

  // Inverted index of b's words; hot words (in many sentences) are left out.
  std::unordered_map<uint64_t, std::vector<uint32_t>> where;
  for (uint32_t j = 0; j < b.size(); ++j) {
    for (const Tok& t : b[j].toks) where[t.key].push_back(j);
  }
  std::vector<Pair> cand;
  std::vector<float> shared(b.size(), 0);
  std::vector<uint32_t> touched;
  for (uint32_t i = 0; i < a.size(); ++i) {
    touched.clear();
    for (const Tok& t : a[i].toks) {
      auto it = where.find(t.key);
      if (it == where.end() || it->second.size() > kHotWord) continue;
      for (uint32_t j : it->second) {
        if (shared[j] == 0) touched.push_back(j);
        shared[j] += 2 * t.weight;
      }
    }
    for (uint32_t j : touched) {
      // Cheap bound first: exact matches alone, plus what synonyms could add.
      double bound = shared[j] + kSynonymCredit * (a[i].weight + b[j].weight - shared[j]);
      shared[j] = 0;
      if (bound / (a[i].weight + b[j].weight) < kMinPairSimilarity) continue;
      double sim = SpanSimilarity(a, {i, i}, b, {j, j});
      if (sim >= kMinPairSimilarity) cand.push_back({{i, i}, {j, j}, sim});
    }
  }
  std::sort(cand.begin(), cand.end(), [](const Pair& x, const Pair& y) {
    if (x.sim != y.sim) return x.sim > y.sim;
    if (x.a.first != y.a.first) return x.a.first < y.a.first;
    return x.b.first < y.b.first;
  });
  std::vector<int> owner_a(a.size(), -1), owner_b(b.size(), -1);
  std::vector<Pair> pairs;
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

}  // namespace newsgraph
