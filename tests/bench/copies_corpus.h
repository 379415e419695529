// A synthetic news corpus with planted copies, for the copy-detection benchmark and recall tests
// (tests/bench/copies_bench.cc, tests/link/copies_*_test.cc; docs/copies.md).
//
// Documents belong to stories; documents of one story share the story's names, figures and
// topic words but not their sentences (independent reports: hard negatives). Every tenth
// document is a copy of an earlier one: near-verbatim (3% of the words changed), a rewrite (40%
// of the content words swapped for a fixed "synonym", sentences reordered and dropped, a line of
// boilerplate added) or partial (the first 40% of the sentences). Deterministic: document i is a
// function of (seed, i) alone, so a million of them can be streamed without being kept.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "newsgraph/link_document.h"

namespace newsgraph::bench {

struct SyntheticDoc {
  std::string id;
  std::string text;
  std::string published;
  int source = -1;       // the document this one copies, or -1
  std::string kind;      // "", "near-verbatim", "rewrite", "partial"
};

// The document as the linker takes it (its id, text and publication date; no analysis).
inline LinkDocument ToLinkDocument(const SyntheticDoc& s) {
  LinkDocument d;
  d.id = s.id;
  d.text = s.text;
  d.published = s.published;
  return d;
}

class SyntheticCorpus {
 public:
  explicit SyntheticCorpus(uint64_t seed = 7) : seed_(seed) {}

  SyntheticDoc Get(int i) const {
    std::mt19937_64 rng(seed_ * 1000003 + static_cast<uint64_t>(i));
    SyntheticDoc d;
    d.id = Id(i);
    d.published = Date(i);
    if (i >= 10 && i % 10 == 9) {
      int src = static_cast<int>(rng() % static_cast<uint64_t>(i));
      while (src % 10 == 9) src = src > 0 ? src - 1 : 0;
      d.source = src;
      int k = static_cast<int>((i / 10) % 3);
      d.kind = k == 0 ? "near-verbatim" : k == 1 ? "rewrite" : "partial";
      d.text = MakeCopy(src, d.kind, rng);
    } else {
      d.text = Original(i);
    }
    return d;
  }

  static std::string Id(int i) {
    char buf[17];
    snprintf(buf, sizeof buf, "%016x", static_cast<unsigned>(i) * 2654435761u);
    return buf;
  }

 private:
  static std::string Word(uint64_t n, bool capital) {
    static const char* kSyl[] = {"ka", "lo", "mi", "ne", "ru", "ta", "vi", "so", "de", "pa",
                                 "ri", "zo", "ba", "te", "gu", "lin", "mar", "sen", "tor", "vel"};
    std::string w;
    uint64_t x = n * 0x9e3779b97f4a7c15ULL + 12345;
    int syl = 2 + static_cast<int>(x % 3);
    for (int s = 0; s < syl; ++s) {
      w += kSyl[(x >> (8 + 5 * s)) % 20];
    }
    w += std::to_string(n % 97);  // keeps pseudo-words distinct
    // Letters only: map the digits to letters.
    for (char& c : w) {
      if (c >= '0' && c <= '9') c = static_cast<char>('a' + (c - '0') * 2);
    }
    if (capital) w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
  }

  std::string Date(int i) const {
    int day = i / 300;  // about 300 documents a day
    int y = 2020 + day / 360, m = 1 + (day / 30) % 12, dd = 1 + day % 28;
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, dd);
    return buf;
  }

  // A Zipf-like draw over [0, n).
  static uint64_t Zipf(std::mt19937_64& rng, uint64_t n) {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return static_cast<uint64_t>(std::pow(static_cast<double>(n), u)) - 1;
  }

  std::vector<std::vector<std::string>> OriginalSentences(int i) const {
    std::mt19937_64 rng(seed_ * 7919 + static_cast<uint64_t>(i) * 31);
    uint64_t story = rng() % (static_cast<uint64_t>(i) / 4 + 1);  // about four reports a story
    std::mt19937_64 srng(seed_ + story * 104729);
    std::vector<std::string> names, topic, figures;
    for (int k = 0; k < 6; ++k) names.push_back(Word(1000000 + srng() % 5000000, true));
    for (int k = 0; k < 15; ++k) topic.push_back(Word(20000 + srng() % 2000000, false));
    for (int k = 0; k < 3; ++k) figures.push_back(std::to_string(srng() % 100000));
    static const char* kStop[] = {"the", "of", "and", "to", "in", "a", "is", "that", "for",
                                  "on", "with", "as", "by", "at", "from", "was", "said"};
    std::vector<std::vector<std::string>> sents;
    int n = 12 + static_cast<int>(rng() % 12);
    for (int s = 0; s < n; ++s) {
      std::vector<std::string> words;
      int len = 10 + static_cast<int>(rng() % 10);
      for (int w = 0; w < len; ++w) {
        uint64_t r = rng() % 100;
        if (r < 45) words.push_back(kStop[rng() % 17]);
        else if (r < 82) words.push_back(Word(Zipf(rng, 20000), false));
        else if (r < 92) words.push_back(topic[rng() % topic.size()]);
        else if (r < 98) words.push_back(names[rng() % names.size()]);
        else words.push_back(figures[rng() % figures.size()]);
      }
      sents.push_back(std::move(words));
    }
    return sents;
  }

  static std::string Join(const std::vector<std::vector<std::string>>& sents) {
    std::string t;
    for (const auto& s : sents) {
      for (size_t w = 0; w < s.size(); ++w) {
        std::string word = s[w];
        if (w == 0 && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
        t += word;
        t += w + 1 < s.size() ? " " : ". ";
      }
    }
    if (!t.empty()) t.pop_back();
    return t;
  }

  std::string Original(int i) const { return Join(OriginalSentences(i)); }

 public:
  // The copy of document `src` of the given kind, drawn with `rng`.
  std::string MakeCopy(int src, const std::string& kind, std::mt19937_64& rng) const {
    auto sents = OriginalSentences(src);
    std::vector<std::vector<std::string>> out;
    if (kind == "partial") {
      size_t keep = std::max<size_t>(2, sents.size() * 4 / 10);
      sents.resize(std::min(keep, sents.size()));
      return Join(sents);
    }
    double change = kind == "near-verbatim" ? 0.03 : 0.4;
    for (auto& s : sents) {
      if (kind == "rewrite" && rng() % 10 == 0) continue;  // dropped
      for (std::string& w : s) {
        bool content = w.size() > 4 && w[0] >= 'a' && w[0] <= 'z';
        if (!content || std::uniform_real_distribution<double>(0, 1)(rng) >= change) continue;
        w = kind == "rewrite" ? Synonym(w) : Word(rng() % 20000, false);
      }
      out.push_back(s);
    }
    if (kind == "rewrite") {
      for (size_t k = 1; k + 1 < out.size(); k += 3) std::swap(out[k], out[k + 1]);
      out.push_back({"follow", "us", "on", "social", "media", "for", "more", "news"});
    }
    return Join(out);
  }

 private:
  // A fixed "synonym": the same word with its first syllable swapped.
  static std::string Synonym(const std::string& w) {
    std::string s = w;
    s[0] = s[0] == 'z' ? 'y' : static_cast<char>(s[0] + 1);
    s += "x";
    return s;
  }

  uint64_t seed_;
};

}  // namespace newsgraph::bench
