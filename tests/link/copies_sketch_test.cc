// Sentence sketches (copies_sentence_sketch.h): stored as made, never rule out a pair of texts
// whose alignment has a sentence pair as similar as a copy needs (checked against the alignment
// itself on thousands of pairs: planted copies, other reports of the same story, generated spun
// copies of real texts), rule out texts with little in common, and linking with them finds
// exactly what linking without them finds.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "bench/copies_corpus.h"
#include "copies_generator.h"
#include "link/copies_relation.h"
#include "link/copies_test_util.h"
#include "link/copies_sentence_sketch.h"
#include "link/copies_words.h"
#include "newsgraph/analyze.h"
#include "newsgraph/copies.h"

namespace newsgraph {
namespace {

constexpr double kSimilarity = RelationThresholds{}.min_similarity;

copies::SentenceList Sentences(const std::string& text) {
  return copies::AlignSentences(text, copies::ScanWords(text));
}

// Whether the sketch of `stored` lets `fresh` through, through a store as the linker keeps it.
bool MayAlign(const std::string& stored, const std::string& fresh, double similarity = kSimilarity) {
  copies::SentenceSketchStore store;
  store.Add(0, copies::SentenceSketch::Of(Sentences(stored)));
  copies::SketchQuery query;
  query.Build(Sentences(fresh));
  return query.MayAlign(store.Get(0), similarity);
}

// The most similar span pair the alignment of `fresh` (a) with `stored` (b) makes.
double BestPair(const std::string& stored, const std::string& fresh) {
  Alignment al = copies::AlignSentenceLists(Sentences(fresh), Sentences(stored));
  double best = 0;
  for (const AlignedSpan& p : al.pairs) best = std::max(best, p.similarity);
  return best;
}

TEST(CopiesSketch, StoredAsMadeAndLongTextsNotSketched) {
  const std::string text =
      "The minister met the envoy in Geneva on Tuesday. They spoke for an hour about the grain "
      "deal. Officials said 40 ships were waiting. Talks resume.";
  copies::SentenceList sentences = Sentences(text);
  copies::SentenceSketch s = copies::SentenceSketch::Of(sentences);
  ASSERT_TRUE(s.sketched);
  ASSERT_EQ(s.bytes[0] | (s.bytes[1] << 8), s.bytes.size());  // its length
  ASSERT_EQ(s.bytes[2], 4);                                     // four sentences
  // Per sentence: its weight in halves, its words with synonyms and its distinct codes of words
  // and synonym sets, read back in increasing order.
  copies::SketchReader reader(s.bytes);
  ASSERT_EQ(reader.sentences(), 4u);
  size_t with_synonyms = 0, listed = 0;
  for (const copies::AlignSentence& a : sentences) {
    std::vector<uint16_t> codes;
    size_t synonyms = 0;
    for (const copies::AlignToken& t : a.toks) {
      codes.push_back(copies::SketchCode(t.key));
      if (t.synonyms) {
        ++synonyms;
        for (uint32_t set : *t.synonyms) codes.push_back(copies::SketchSetCode(set));
      }
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    copies::SketchSentence read;
    reader.Next(read);
    EXPECT_EQ(read.weight2, static_cast<uint8_t>(a.weight * 2));
    EXPECT_EQ(read.synonyms, synonyms);
    EXPECT_EQ(std::vector<uint16_t>(read.codes.begin(), read.codes.begin() + read.size), codes);
    with_synonyms += synonyms > 0;
    listed += codes.size();
  }
  EXPECT_GT(with_synonyms, 0u);  // "met" and "envoy" have synonyms
  // Fewer bytes than 1.25 a distinct code and three a sentence.
  EXPECT_LT(s.bytes.size(), 3 + 3 * sentences.size() + listed * 5 / 4);

  copies::SentenceSketchStore store;
  store.Add(3, s);
  EXPECT_TRUE(store.Get(0).empty());  // room made, nothing kept
  std::span<const uint8_t> back = store.Get(3);
  EXPECT_EQ(std::vector<uint8_t>(back.begin(), back.end()), s.bytes);
  EXPECT_GT(store.MemoryBytes(), s.bytes.size());

  // A text whose sketch would pass kSketchMaxBytes is not sketched, and never ruled out.
  std::string longer;
  for (int i = 0; i < 200; ++i) longer += "Sentence number " + std::to_string(i) + " talks about grain. ";
  copies::SentenceSketch l = copies::SentenceSketch::Of(Sentences(longer));
  EXPECT_FALSE(l.sketched);
  store.Add(4, l);
  EXPECT_TRUE(store.Get(4).empty());
  copies::SketchQuery q;
  q.Build(Sentences("Heavy rain flooded the valley overnight."));
  EXPECT_TRUE(q.MayAlign(store.Get(4), kSimilarity));
  EXPECT_FALSE(q.MayAlign(store.Get(3), kSimilarity));
}

// A sentence of kSketchCountEscape distinct codes or more has its count written in full: it is
// read back the same, and so is the sentence after it (a copy of which stays within reach, and
// an unrelated text does not).
TEST(CopiesSketch, LongSentencesKeepTheirCount) {
  // 200 distinct pseudo-words: more than kSketchCountEscape distinct codes.
  std::vector<std::string> words;
  for (int i = 0; i < 200; ++i) words.push_back(std::string("zq") + static_cast<char>('a' + i / 26 % 26) + static_cast<char>('a' + i % 26) + "vx");
  std::string text = words[0];
  for (size_t i = 1; i < words.size(); ++i) text += " " + words[i];
  text += ". Grain ships waited in the harbour.";
  const copies::SentenceList sentences = Sentences(text);
  ASSERT_EQ(sentences.size(), 2u);
  const copies::SentenceSketch s = copies::SentenceSketch::Of(sentences);
  ASSERT_TRUE(s.sketched);
  copies::SketchReader reader(s.bytes);
  for (const copies::AlignSentence& a : sentences) {
    std::vector<uint16_t> codes;
    for (const copies::AlignToken& t : a.toks) {
      codes.push_back(copies::SketchCode(t.key));
      if (t.synonyms) {
        for (uint32_t set : *t.synonyms) codes.push_back(copies::SketchSetCode(set));
      }
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    copies::SketchSentence read;
    reader.Next(read);
    EXPECT_EQ(read.weight2, static_cast<uint8_t>(std::min(255.0f, a.weight * 2)));  // saturated
    EXPECT_EQ(std::vector<uint16_t>(read.codes.begin(), read.codes.begin() + read.size), codes);
  }
  ASSERT_GE(sentences[0].toks.size(), copies::kSketchCountEscape);
  EXPECT_TRUE(MayAlign(text, "Grain ships waited in the harbour."));
  EXPECT_FALSE(MayAlign(text, "Heavy rain flooded the valley overnight. Farmers lost their harvest."));
}

TEST(CopiesSketch, RulesOutTextsWithLittleInCommon) {
  const std::string a =
      "The minister met the envoy in Geneva on Tuesday. They spoke for an hour about the grain "
      "deal. Officials said 40 ships were waiting in the harbour.";
  const std::string b =
      "Heavy rain flooded the valley overnight. Farmers lost their harvest and cattle. The "
      "regional council promised emergency funds by Friday.";
  EXPECT_FALSE(MayAlign(a, b));
  EXPECT_FALSE(MayAlign(b, a));
  EXPECT_TRUE(MayAlign(a, a));
  // A looser threshold lets more through: at 0 everything is.
  EXPECT_TRUE(MayAlign(a, b, 0.0));
  // A synonym swap keeps a sentence within reach ("unwavering" / "unshakable").
  EXPECT_TRUE(MayAlign("Leaders pledged unwavering support to the alliance.",
                       "Leaders pledged unshakable support to the alliance."));
  // One sentence held inside a longer one (the stored side's words all matched): within reach
  // while the longer one adds little, out of it when the Dice similarity falls below 0.62.
  const std::string stored = "Klitschko stopped Rahman in Mannheim.";
  const std::string near = "Klitschko stopped Rahman in Mannheim on Saturday.";
  const std::string far =
      "In the seventh round at the SAP Arena in Mannheim, Klitschko stopped Rahman with a left hook.";
  EXPECT_GE(BestPair(stored, near), kSimilarity);
  EXPECT_TRUE(MayAlign(stored, near));
  EXPECT_LT(BestPair(stored, far), kSimilarity);
  EXPECT_FALSE(MayAlign(stored, far));
}

// The bound never rules out a pair whose alignment holds a span pair at the threshold: among the
// synthetic corpus's first 4,000 documents, every 11th against its source and every 6th of the
// 400 before it (planted copies, and reports of other stories and of its own sharing names and
// words), at the shipped threshold and a lower one. Many are ruled out: the test would see a
// bound that rules out nothing as well as one that rules out too much.
TEST(CopiesSketch, NeverRulesOutAPairThatAligns) {
  bench::SyntheticCorpus corpus;
  std::vector<copies::SentenceList> sentences;
  std::vector<copies::SentenceSketch> sketches;
  for (int i = 0; i < 4000; ++i) {
    sentences.push_back(Sentences(corpus.Get(i).text));
    sketches.push_back(copies::SentenceSketch::Of(sentences.back()));
  }
  int pairs = 0, ruled_out = 0, aligned = 0;
  for (int i = 7; i < 4000; i += 11) {
    bench::SyntheticDoc d = corpus.Get(i);
    copies::SketchQuery query;
    query.Build(sentences[i]);
    std::vector<int> others;
    if (d.source >= 0) others.push_back(d.source);
    for (int j = std::max(0, i - 400); j < i; j += 6) others.push_back(j);
    for (int j : others) {
      Alignment al = copies::AlignSentenceLists(sentences[i], sentences[j]);
      double best = 0;
      for (const AlignedSpan& p : al.pairs) best = std::max(best, p.similarity);
      for (double t : {kSimilarity, 0.45}) {
        const bool may = query.MayAlign(sketches[j].bytes, t);
        ++pairs;
        if (best >= t) {
          ++aligned;
          EXPECT_TRUE(may) << i << " " << j << " best pair " << best << " threshold " << t;
        }
        ruled_out += !may;
      }
    }
  }
  EXPECT_GT(aligned, 100);
  EXPECT_GT(ruled_out, pairs / 4);
}

// The bound written out plainly (copies_sentence_sketch.h): for every span pair of up to
// kSketchWindow sentences on each side, a new word is matched by key when its key's code is in
// the stored span's codes, by synonym when one of its sets' codes is; each side's matched weight
// (in halves; a stored word 1.5 at most, 2 for a number), with 0.9 of a word on each side for
// as many synonym matches as the stored span has words with synonyms, at most its weight.
bool PlainMayAlign(const copies::SentenceList& fresh, const copies::SentenceSketch& stored,
                   double similarity) {
  const double t = similarity - 1e-6;
  const double credit2 = 2 * 0.9;
  copies::SketchReader reader(stored.bytes);
  std::vector<copies::SketchSentence> b(reader.sentences());
  for (copies::SketchSentence& s : b) reader.Next(s);
  for (size_t j0 = 0; j0 < b.size(); ++j0) {
    for (size_t j1 = j0; j1 < std::min(b.size(), j0 + copies::kSketchWindow); ++j1) {
      std::vector<bool> in(copies::kSketchCodes);
      double wb2 = 0;
      uint64_t b_synonyms = 0;
      for (size_t j = j0; j <= j1; ++j) {
        for (size_t k = 0; k < b[j].size; ++k) in[b[j].codes[k]] = true;
        wb2 += 2 * (b[j].weight2 / 2.0);
        b_synonyms += b[j].synonyms == 255 ? 1u << 20 : b[j].synonyms;
      }
      for (size_t i0 = 0; i0 < fresh.size(); ++i0) {
        double wa2 = 0;
        int32_t a2 = 0, b2 = 0;
        uint64_t open = 0;
        for (size_t i = i0; i < std::min(fresh.size(), i0 + copies::kSketchWindow); ++i) {
          wa2 += 2 * fresh[i].weight;
          for (const copies::AlignToken& tok : fresh[i].toks) {
            if (in[copies::SketchCode(tok.key)]) {
              a2 += tok.weight >= 2.0f ? 4 : tok.weight > 1.0f ? 3 : 2;
              b2 += tok.weight >= 2.0f ? 4 : 3;
            } else if (tok.synonyms != nullptr) {
              bool related = false;
              for (uint32_t set : *tok.synonyms) related |= in[copies::SketchSetCode(set)];
              open += related;
            }
          }
          const double syn = credit2 * static_cast<double>(std::min(open, b_synonyms));
          if (std::min(a2 + syn, wa2) + std::min(b2 + syn, wb2) >= t * (wa2 + wb2)) return true;
        }
      }
    }
  }
  return false;
}

// MayAlign decides as the plain bound does (its passes only skip what cannot pass): over the
// synthetic corpus's first 3,000 documents, every 7th against its source and every 5th of the
// 300 before it, at the shipped threshold and lower ones.
TEST(CopiesSketch, DecidesAsThePlainBound) {
  bench::SyntheticCorpus corpus;
  std::vector<copies::SentenceList> sentences;
  std::vector<copies::SentenceSketch> sketches;
  for (int i = 0; i < 3000; ++i) {
    sentences.push_back(Sentences(corpus.Get(i).text));
    sketches.push_back(copies::SentenceSketch::Of(sentences.back()));
  }
  int checked = 0, ruled_out = 0;
  for (int i = 3; i < 3000; i += 7) {
    // (A text with a sentence of more than 64 words is never ruled out: not one of these.)
    ASSERT_LE(sentences[i].size(), copies::kSketchMaxSentences);
    for (const copies::AlignSentence& a : sentences[i]) ASSERT_LE(a.toks.size(), 64u);
    bench::SyntheticDoc d = corpus.Get(i);
    copies::SketchQuery query;
    query.Build(sentences[i]);
    std::vector<int> others;
    if (d.source >= 0) others.push_back(d.source);
    for (int j = std::max(0, i - 300); j < i; j += 5) others.push_back(j);
    for (int j : others) {
      if (!sketches[j].sketched) continue;
      for (double t : {kSimilarity, 0.5, 0.3}) {
        const bool may = query.MayAlign(sketches[j].bytes, t);
        EXPECT_EQ(may, PlainMayAlign(sentences[i], sketches[j], t)) << i << " " << j << " " << t;
        ++checked;
        ruled_out += !may;
      }
    }
  }
  EXPECT_GT(checked, 20000);
  EXPECT_GT(ruled_out, checked / 4);
  EXPECT_LT(ruled_out, checked);
}

// The same bound with the stored side's words and synonym sets themselves instead of their codes
// (what the screen would decide if no two codes were alike).
bool ExactMayAlign(const copies::SentenceList& fresh, const copies::SentenceList& stored,
                   double similarity) {
  const double t = similarity - 1e-6;
  const double credit2 = 2 * 0.9;
  for (size_t j0 = 0; j0 < stored.size(); ++j0) {
    for (size_t j1 = j0; j1 < std::min(stored.size(), j0 + copies::kSketchWindow); ++j1) {
      std::set<uint64_t> keys;
      std::set<uint32_t> sets;
      double wb2 = 0;
      uint64_t b_synonyms = 0;
      for (size_t j = j0; j <= j1; ++j) {
        for (const copies::AlignToken& tok : stored[j].toks) {
          keys.insert(tok.key);
          if (tok.synonyms == nullptr) continue;
          ++b_synonyms;
          sets.insert(tok.synonyms->begin(), tok.synonyms->end());
        }
        wb2 += 2 * std::floor(stored[j].weight * 2) / 2;
      }
      for (size_t i0 = 0; i0 < fresh.size(); ++i0) {
        double wa2 = 0;
        int32_t a2 = 0, b2 = 0;
        uint64_t open = 0;
        for (size_t i = i0; i < std::min(fresh.size(), i0 + copies::kSketchWindow); ++i) {
          wa2 += 2 * fresh[i].weight;
          for (const copies::AlignToken& tok : fresh[i].toks) {
            if (keys.contains(tok.key)) {
              a2 += tok.weight >= 2.0f ? 4 : tok.weight > 1.0f ? 3 : 2;
              b2 += tok.weight >= 2.0f ? 4 : 3;
            } else if (tok.synonyms != nullptr) {
              bool related = false;
              for (uint32_t set : *tok.synonyms) related |= sets.contains(set);
              open += related;
            }
          }
          const double syn = credit2 * static_cast<double>(std::min(open, b_synonyms));
          if (std::min(a2 + syn, wa2) + std::min(b2 + syn, wb2) >= t * (wa2 + wb2)) return true;
        }
      }
    }
  }
  return false;
}

// The codes are wide enough that chance matches between them let few pairs through: of the
// synthetic pairs that the bound on the words themselves rules out, the screen rules out at least
// 98% (with 8-bit codes 87%: docs/copies.md), and it never rules out one that the bound on the
// words lets through.
TEST(CopiesSketch, CodesRuleOutNearlyAllThatTheWordsDo) {
  bench::SyntheticCorpus corpus;
  std::vector<copies::SentenceList> sentences;
  for (int i = 0; i < 2000; ++i) sentences.push_back(Sentences(corpus.Get(i).text));
  int exact_out = 0, screen_out = 0;
  for (int i = 5; i < 2000; i += 9) {
    copies::SketchQuery query;
    query.Build(sentences[i]);
    for (int j = std::max(0, i - 300); j < i; j += 4) {
      const copies::SentenceSketch sketch = copies::SentenceSketch::Of(sentences[j]);
      if (!sketch.sketched) continue;
      const bool exact = ExactMayAlign(sentences[i], sentences[j], kSimilarity);
      const bool may = query.MayAlign(sketch.bytes, kSimilarity);
      EXPECT_TRUE(may || !exact) << i << " " << j;
      exact_out += !exact;
      screen_out += !may;
    }
  }
  EXPECT_GT(exact_out, 5000);
  // (11-bit codes: 15,240 of 15,301; 8-bit codes: 13,293.)
  EXPECT_GE(screen_out, exact_out * 49 / 50) << "ruled out " << screen_out << " of " << exact_out;
}

// Generated copies of real texts (synonyms at several rates, reordered, cut, with boilerplate)
// and every pair of different Wikinews texts: whenever the alignment makes a span pair at the
// threshold (the shipped one, and lower ones), the sketch lets the pair through, both ways.
TEST(CopiesSketch, NeverRulesOutRealTextsThatAlign) {
  std::vector<test::WikinewsArticle> articles = test::SampleWikinews();
  ASSERT_GE(articles.size(), 20u);
  int aligned = 0, checked = 0;
  auto check = [&](const std::string& a, const std::string& b) {
    for (const auto& [stored, fresh] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
      const double best = BestPair(*stored, *fresh);
      for (double t : {kSimilarity, 0.45, 0.3}) {
        ++checked;
        if (best >= t) {
          ++aligned;
          EXPECT_TRUE(MayAlign(*stored, *fresh, t)) << "best pair " << best << " threshold " << t;
        }
      }
    }
  };
  for (size_t i = 0; i < articles.size(); ++i) {
    Analysis analysis = AnalyzeText(articles[i].text);
    for (double rate : {0.0, 0.35, 0.7}) {
      for (double keep : {1.0, 0.3}) {
        copies::CopyRecipe recipe;
        recipe.seed = 77 + i;
        recipe.synonym_rate = rate;
        recipe.reorder = keep == 1.0;
        recipe.drop_rate = keep == 1.0 ? 0.1 : 0.0;
        recipe.keep_share = keep;
        recipe.boilerplate = "Follow us on social media for the latest news and updates.";
        recipe.plant = {"person", "number", "weekday", "communication", "office"};
        copies::GeneratedCopy g = copies::MakeCopy(articles[i].text, analysis, recipe);
        SCOPED_TRACE("article " + std::to_string(i) + " rate " + std::to_string(rate));
        check(articles[i].text, g.text);
      }
    }
    for (size_t j = 0; j < i; ++j) check(articles[i].text, articles[j].text);
  }
  EXPECT_GT(aligned, static_cast<int>(articles.size()) * 10);
  EXPECT_GT(checked, aligned);
}

// Linking 3,000 synthetic documents with and without the sketches gives the same relations,
// measures and changes, and fetches fewer candidates.
TEST(CopiesSketch, LinkingFindsTheSameWithAndWithoutThem) {
  bench::SyntheticCorpus corpus;
  std::map<std::string, std::shared_ptr<LinkDocument>> store;
  DocumentFetcher fetch = [&](const std::string& id) -> std::shared_ptr<const LinkDocument> {
    auto it = store.find(id);
    return it == store.end() ? nullptr : it->second;
  };
  // A small cache of prepared texts, as at a million documents, where few candidates are kept
  // (a kept one is compared without being screened: it costs about as little).
  CopyOptions on;
  on.prepared_cache_bytes = 1u << 20;
  CopyOptions off = on;
  off.sentence_sketches = false;
  CopyFinder plain(off), sketched(on);
  int relations = 0, fetched_plain = 0, fetched_sketched = 0;
  DocumentFetcher count_plain = [&](const std::string& id) { ++fetched_plain; return fetch(id); };
  DocumentFetcher count_sketched = [&](const std::string& id) { ++fetched_sketched; return fetch(id); };
  for (int i = 0; i < 3000; ++i) {
    auto d = std::make_shared<LinkDocument>(bench::ToLinkDocument(corpus.Get(i)));
    std::vector<CopyRelation> a = plain.Link(*d, count_plain);
    std::vector<CopyRelation> b = sketched.Link(*d, count_sketched);
    test::ExpectSameRelations(a, b, d->id);
    if (::testing::Test::HasFatalFailure()) return;
    relations += static_cast<int>(a.size());
    store[d->id] = d;
  }
  EXPECT_GT(relations, 250);
  // Candidates ruled out are not fetched.
  EXPECT_LT(fetched_sketched, fetched_plain * 8 / 10);
  EXPECT_GT(sketched.MemoryBytes(), plain.MemoryBytes());
}

}  // namespace
}  // namespace newsgraph
