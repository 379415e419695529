// What the copy linker does to read less memory, and that it finds what it found before: the
// candidate index's posting lists (one id in the slot, then blocks of doubling capacity) give
// every id of a list however long it is, newest first, and stop at max_bucket; the filter of
// words that can have synonyms never turns away a word that has some; the index of a text's
// alignment words gives each word's sentences.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bench/copies_corpus.h"
#include "link/copies_fingerprint.h"
#include "link/copies_index.h"
#include "link/copies_relation.h"
#include "link/copies_words.h"
#include "newsgraph/copies.h"

namespace newsgraph {
namespace {

using copies::CandidateIndex;
using copies::Fingerprint;

// A fingerprint with the given terms (none strong), no sentence keys, and the same sketches as
// every other one made here (so that every candidate passes the sketch floor).
Fingerprint Print(std::vector<uint64_t> terms, uint64_t normalized,
                  std::vector<uint64_t> sentence_keys = {}) {
  Fingerprint fp;
  std::sort(terms.begin(), terms.end());
  for (uint64_t t : terms) fp.terms.push_back({t, false});
  fp.sentence_keys = std::move(sentence_keys);
  for (int b = 0; b < copies::kSketchBins; ++b) {
    fp.content[b] = static_cast<uint8_t>(b * 7 + 1);
    fp.shingles[b] = static_cast<uint8_t>(b * 13 + 5);
  }
  fp.content_count = static_cast<uint32_t>(fp.terms.size());
  fp.shingle_count = 10;
  fp.normalized = normalized;
  return fp;
}

std::set<uint32_t> Docs(const std::vector<copies::Candidate>& found) {
  std::set<uint32_t> out;
  for (const copies::Candidate& c : found) out.insert(c.doc);
  return out;
}

// Lists of every length around the block boundaries (2, 6, 14, 30, 62, 126 ids): a query reads
// every id of a term list, however its blocks fall.
TEST(CopiesPostings, AQueryReadsEveryIdOfATermList) {
  for (uint32_t k : {1u, 2u, 3u, 5u, 6u, 7u, 13u, 14u, 15u, 29u, 30u, 31u, 61u, 62u, 63u, 100u,
                     125u, 126u, 127u, 128u}) {
    CopyOptions options;
    options.max_candidates = 1000;
    CandidateIndex index(options);
    std::set<uint32_t> expected;
    for (uint32_t i = 0; i < k; ++i) {
      // Other documents in between, under other terms.
      index.Add(Print({5000 + i, 9000 + i}, 70000 + i), "other", 0);
      expected.insert(index.Add(Print({42, 100 + i}, 1000 + i), "doc", 0));
    }
    std::set<uint32_t> found = Docs(index.Query(Print({42, 99}, 5), 0));
    EXPECT_EQ(found, expected) << k << " documents under one term";
  }
}

// Sentence-key lists grow to max_bucket: a query votes every id of them. The oldest document
// also shares a term with the query, so it is among the best-voted 128 only if its sentence key
// was read (however many blocks are before it).
TEST(CopiesPostings, AQueryReadsEveryIdOfALongSentenceList) {
  for (uint32_t k : {254u, 255u, 256u, 600u, 1999u}) {
    CopyOptions options;
    options.max_candidates = 1000;
    CandidateIndex index(options);
    uint32_t oldest = index.Add(Print({7, 1000000}, 1, {77}), "oldest", 0);
    for (uint32_t i = 1; i < k; ++i) index.Add(Print({1000000 + i}, 1 + i, {77}), "doc", 0);
    std::vector<copies::Candidate> found = index.Query(Print({7, 8}, 99999, {77}), 0);
    ASSERT_FALSE(found.empty());
    EXPECT_TRUE(Docs(found).count(oldest)) << k << " documents under one sentence key";
    EXPECT_EQ(found.size(), 128u);  // the best-voted that are ranked
  }
}

// The same text stored k times: the newest 4 are the duplicates found, of the first max_bucket
// stored (a full list takes no more ids).
TEST(CopiesPostings, DuplicatesAreTheNewestOfTheFirstMaxBucket) {
  for (uint32_t k : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 30u, 31u, 126u, 127u, 254u, 255u, 256u,
                     510u, 511u, 2000u, 2001u, 2600u}) {
    CandidateIndex index(CopyOptions{});
    std::vector<uint32_t> ids;
    for (uint32_t i = 0; i < k; ++i) ids.push_back(index.Add(Print({3, 4}, 12345), "same", 0));
    std::vector<copies::Candidate> found = index.Query(Print({3, 4}, 12345), 0);
    std::vector<uint32_t> duplicates, expected;
    for (const copies::Candidate& c : found) {
      if (c.duplicate) duplicates.push_back(c.doc);
    }
    size_t stored = std::min<size_t>(k, CopyOptions{}.max_bucket);
    for (size_t i = stored; i-- > 0 && expected.size() < 4;) expected.push_back(ids[i]);
    EXPECT_EQ(duplicates, expected) << k << " copies";
  }
}

TEST(CopiesPostings, AFullListTakesNoMoreIds) {
  CopyOptions options;
  options.max_bucket = 5;
  CandidateIndex index(options);
  for (uint32_t i = 0; i < 9; ++i) index.Add(Print({1000 + i}, 12345, {88}), "same", 0);
  std::vector<uint32_t> duplicates;
  for (const copies::Candidate& c : index.Query(Print({1}, 12345), 0)) {
    if (c.duplicate) duplicates.push_back(c.doc);
  }
  EXPECT_EQ(duplicates, (std::vector<uint32_t>{4, 3, 2, 1}));
  // A full sentence list is skipped by queries; one below max_bucket is read in full.
  EXPECT_TRUE(index.Query(Print({1}, 1, {88}), 0).empty());
  options.max_bucket = 6;
  CandidateIndex roomy(options);
  for (uint32_t i = 0; i < 5; ++i) roomy.Add(Print({1000 + i}, 50 + i, {88}), "doc", 0);
  EXPECT_EQ(Docs(roomy.Query(Print({1}, 1, {88}), 0)), (std::set<uint32_t>{0, 1, 2, 3, 4}));
}

// Every word of the synonym table, and every inflected form whose suffix the look-up strips,
// gets the same sets through SynonymSetsOf (which asks the filter first) as through SynonymSets
// (which does not): the filter turns away only words in no set.
TEST(CopiesSynonymFilter, NeverTurnsAwayAWordWithSynonyms) {
  const std::string_view kRules[][2] = {{"ies", "y"}, {"es", ""}, {"s", ""},    {"ed", ""},
                                        {"ed", "e"},  {"d", ""},  {"ing", ""},  {"ing", "e"},
                                        {"ly", ""},   {"er", ""}, {"est", ""}};
  std::string text;
  size_t with_sets = 0;
  for (uint32_t set = 0;; set += 3) {
    std::vector<std::string_view> words = copies::SynonymSetWords(set);
    if (words.empty()) break;
    for (std::string_view w : words) {
      text.append(w).append(" ");
      for (const auto& rule : kRules) {
        if (w.size() < rule[1].size() || w.substr(w.size() - rule[1].size()) != rule[1]) continue;
        std::string form(w.substr(0, w.size() - rule[1].size()));
        form += rule[0];
        text.append(form).append(" ");
      }
    }
    // And words in no set.
    text.append("zq").append(std::to_string(set)).append("x ");
  }
  std::vector<copies::Word> words = copies::ScanWords(text, text.size());
  ASSERT_GT(words.size(), 100000u);
  for (const copies::Word& w : words) {
    std::string lower = copies::LowerWord(std::string_view(text).substr(w.start, w.end - w.start));
    const std::vector<uint32_t>& filtered = copies::SynonymSetsOf(text, w);
    ASSERT_EQ(filtered, copies::SynonymSets(lower)) << lower;
    with_sets += !filtered.empty();
  }
  EXPECT_GT(with_sets, words.size() / 2);
}

TEST(CopiesSentenceWordIndex, GivesEachWordsSentencesInOrder) {
  std::string text = "Ministers met envoys in Geneva. The envoys left. Geneva was quiet, ministers said.";
  std::vector<copies::Word> words = copies::ScanWords(text);
  copies::SentenceList sentences = copies::AlignSentences(text, words);
  ASSERT_EQ(sentences.size(), 3u);
  copies::SentenceWordIndex index;
  index.Build(sentences);
  auto sentences_of = [&](std::string_view word) {
    std::vector<uint32_t> out;
    for (const copies::Word& w : words) {
      if (text.substr(w.start, w.end - w.start) != word) continue;
      for (const auto& where : index.Find(w.key)) out.push_back(where.sentence);
      break;
    }
    return out;
  };
  EXPECT_EQ(sentences_of("Geneva"), (std::vector<uint32_t>{0, 2}));
  EXPECT_EQ(sentences_of("envoys"), (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(sentences_of("quiet"), (std::vector<uint32_t>{2}));
  EXPECT_TRUE(index.Find(12345).empty());
  // The alignment with the index made before is the one without.
  Alignment direct = copies::AlignSentenceLists(sentences, sentences);
  Alignment indexed = copies::AlignSentenceLists(sentences, sentences, index);
  ASSERT_EQ(direct.pairs.size(), indexed.pairs.size());
  EXPECT_EQ(direct.coverage_a, indexed.coverage_a);
}

// An index built again over other sentences (the linker keeps one from document to document)
// answers as one built anew: nothing of the sentences before is found.
TEST(CopiesSentenceWordIndex, BuiltAgainAnswersAsBuiltAnew) {
  const std::vector<std::string> texts = {
      "Ministers met envoys in Geneva. The envoys left. Geneva was quiet, ministers said. Talks "
      "on grain resume in Istanbul on Friday, officials said.",
      "Heavy rain flooded the valley.", "Farmers in the valley lost 300 cattle. Geneva sent aid."};
  copies::SentenceWordIndex kept;
  std::vector<uint64_t> keys_before;
  for (const std::string& text : texts) {
    std::vector<copies::Word> words = copies::ScanWords(text);
    copies::SentenceList sentences = copies::AlignSentences(text, words);
    kept.Build(sentences);
    copies::SentenceWordIndex anew;
    anew.Build(sentences);
    auto same = [&](uint64_t key) {
      auto a = kept.Find(key);
      auto b = anew.Find(key);
      if (a.size() != b.size()) return false;
      for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].sentence != b[i].sentence || a[i].weight != b[i].weight) return false;
      }
      return true;
    };
    for (const copies::Word& w : words) EXPECT_TRUE(same(w.key)) << text;
    for (uint64_t key : keys_before) EXPECT_TRUE(same(key)) << text;
    EXPECT_EQ(kept.synonyms(), anew.synonyms());
    for (const copies::Word& w : words) keys_before.push_back(w.key);
  }
}

// The alignment and the fingerprint keep scratch space between calls: a pair aligned (a text
// fingerprinted) after others gives what it gives first.
TEST(CopiesSentenceWordIndex, AlignmentAndFingerprintKeepNothingFromTheCallBefore) {
  const std::string a =
      "The minister met the envoy in Geneva on Tuesday. They spoke for an hour about the grain "
      "deal. Officials said 40 ships were waiting.";
  const std::string b =
      "On Tuesday the minister met the envoy in Geneva. Officials said 40 ships were waiting. They "
      "spoke about the grain deal for an hour.";
  std::string c;
  for (int i = 0; i < 60; ++i) c += "Sentence " + std::to_string(i) + " of a long text about Geneva talks. ";
  auto sentences = [](const std::string& text) {
    return copies::AlignSentences(text, copies::ScanWords(text));
  };
  auto same = [](const Alignment& x, const Alignment& y) {
    if (x.pairs.size() != y.pairs.size() || x.coverage_a != y.coverage_a ||
        x.coverage_b != y.coverage_b) {
      return false;
    }
    for (size_t i = 0; i < x.pairs.size(); ++i) {
      if (x.pairs[i].a_start != y.pairs[i].a_start || x.pairs[i].b_start != y.pairs[i].b_start ||
          x.pairs[i].similarity != y.pairs[i].similarity) {
        return false;
      }
    }
    return true;
  };
  const Alignment first = copies::AlignSentenceLists(sentences(a), sentences(b));
  const copies::Fingerprint fp = copies::ComputeFingerprint(a);
  ASSERT_FALSE(first.pairs.empty());
  (void)copies::AlignSentenceLists(sentences(c), sentences(c));
  (void)copies::ComputeFingerprint(c);
  EXPECT_TRUE(same(first, copies::AlignSentenceLists(sentences(a), sentences(b))));
  const copies::Fingerprint again = copies::ComputeFingerprint(a);
  EXPECT_EQ(fp.sentence_keys, again.sentence_keys);
  EXPECT_EQ(fp.content, again.content);
  EXPECT_EQ(fp.shingles, again.shingles);
  EXPECT_EQ(fp.shingle_count, again.shingle_count);
  std::vector<uint64_t> shingles;
  (void)copies::ComputeFingerprint(a, copies::ScanWords(a), &shingles);
  EXPECT_EQ(shingles.size(), fp.shingle_count);
}

// The distinct shingles (a hash set, first seen first) are every 5-word shingle of the text once,
// as sorting and dropping repeats gives them; the fingerprint sketches and counts the same set.
TEST(CopiesFingerprint, DistinctShinglesAreEachShingleOnce) {
  bench::SyntheticCorpus corpus;
  std::vector<uint64_t> distinct;
  for (int i = 0; i < 300; ++i) {
    std::string text = corpus.Get(i).text;
    if (i % 3 == 0) text += " " + text;  // every shingle twice
    if (i % 50 == 1) text = "Only four words here.";
    const std::vector<copies::Word> words = copies::ScanWords(text);
    std::vector<uint64_t> all;
    if (words.size() < 5) {
      uint64_t h = 0;
      for (const copies::Word& w : words) h = copies::Mix64(h ^ w.key);
      all.push_back(h);
    }
    for (size_t k = 0; k + 5 <= words.size(); ++k) {
      uint64_t h = 0;
      for (size_t j = k; j < k + 5; ++j) h = copies::Mix64(h + words[j].key);
      all.push_back(h);
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    copies::DistinctShingles(words, distinct);
    std::vector<uint64_t> sorted = distinct;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted, all) << i;
    std::vector<uint64_t> given;
    const copies::Fingerprint fp = copies::ComputeFingerprint(text, words, &given);
    EXPECT_EQ(given, distinct);
    EXPECT_EQ(fp.shingle_count, all.size());
  }
}

}  // namespace
}  // namespace newsgraph
