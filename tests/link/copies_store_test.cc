// What the copy linker keeps to go faster, and that it changes nothing: the sentence spans of
// indexed documents (SentenceSpanStore: exact round trip, checked against the text's hash, at
// most kMaxEncodedBytes a document), AlignSentences from kept spans equal to splitting again,
// and the shingle measures (distinct shingles through a hash set) equal to exact set counts.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "bench/copies_corpus.h"
#include "link/copies_index.h"
#include "link/copies_relation.h"
#include "newsgraph/copies.h"

namespace newsgraph {
namespace {

using copies::SentenceSpan;
using copies::SentenceSpanStore;

TEST(CopiesSentenceSpanStore, KeepsSpansExactlyForTheirTextOnly) {
  SentenceSpanStore store;
  std::mt19937 rng(5);
  std::vector<std::vector<SentenceSpan>> kept(300);
  for (uint32_t doc = 0; doc < kept.size(); ++doc) {
    store.Add(doc, 1000 + doc);
    uint32_t at = rng() % 3;
    for (int s = 0, n = static_cast<int>(rng() % 30); s < n; ++s) {
      uint32_t start = at + rng() % 4;
      uint32_t end = start + 1 + rng() % 300;
      // Now and then a span that starts before the previous one ends (never from the splitter,
      // but the coding does not assume it).
      if (s > 0 && rng() % 10 == 0) start = kept[doc].back().start;
      kept[doc].push_back({start, end});
      at = end;
    }
    EXPECT_TRUE(store.Put(doc, 1000 + doc, kept[doc])) << doc;
  }
  for (uint32_t doc = 0; doc < kept.size(); ++doc) {
    std::optional<std::vector<SentenceSpan>> got = store.Get(doc, 1000 + doc);
    ASSERT_TRUE(got.has_value()) << doc;
    EXPECT_EQ(*got, kept[doc]) << doc;
    EXPECT_FALSE(store.Get(doc, 7).has_value());  // another text under the same number
  }
  EXPECT_FALSE(store.Get(static_cast<uint32_t>(kept.size()), 0).has_value());
  // Kept once: a second Put (or one for another text) is refused and changes nothing.
  EXPECT_FALSE(store.Put(0, 1000, {{0, 5}}));
  EXPECT_FALSE(store.Put(1, 99, {{0, 5}}));
  EXPECT_EQ(*store.Get(0, 1000), kept[0]);
}

TEST(CopiesSentenceSpanStore, LongTextsAreNotKeptAndMemoryIsCapped) {
  SentenceSpanStore store;
  std::vector<SentenceSpan> many;
  for (uint32_t s = 0; s < 4000; ++s) many.push_back({s * 1000, s * 1000 + 900});
  const uint32_t docs = 5000;
  for (uint32_t doc = 0; doc < docs; ++doc) {
    store.Add(doc, doc);
    EXPECT_FALSE(store.Put(doc, doc, many));
    EXPECT_FALSE(store.Has(doc));
  }
  // Nothing but the per-document entry (8 bytes) was kept.
  EXPECT_LE(store.MemoryBytes(), docs * 8 * 5 / 4 + 8192);
  // The longest kept: up to the cap, per document.
  SentenceSpanStore full;
  std::vector<SentenceSpan> some;
  for (uint32_t s = 0; s < 200; ++s) some.push_back({s * 100000, s * 100000 + 90000});
  size_t kept = 0;
  for (uint32_t doc = 0; doc < docs; ++doc) {
    full.Add(doc, doc);
    std::vector<SentenceSpan> prefix(some.begin(), some.begin() + 1 + doc % some.size());
    kept += full.Put(doc, doc, prefix);
  }
  EXPECT_GT(kept, 0u);
  EXPECT_LT(kept, docs);
  EXPECT_LE(full.MemoryBytes(), (docs * (8 + SentenceSpanStore::kMaxEncodedBytes)) * 5 / 4 + 8192);
}

TEST(CopiesSentenceSpanStore, TextHashSeesEveryByteOfTheFirstMiB) {
  std::string text(2000, 'a');
  uint32_t h = SentenceSpanStore::TextHash(text);
  std::string changed = text;
  changed[1999] = 'b';
  EXPECT_NE(SentenceSpanStore::TextHash(changed), h);
  EXPECT_NE(SentenceSpanStore::TextHash(text + "a"), h);
  EXPECT_EQ(SentenceSpanStore::TextHash(std::string(text)), h);
}

TEST(CopiesPrepared, KeptSpansAndHashedShinglesChangeNothing) {
  bench::SyntheticCorpus corpus;
  std::vector<LinkDocument> docs;
  for (int i = 0; i < 60; ++i) {
    auto s = corpus.Get(i < 30 ? i : 9 + 10 * (i - 30));  // originals, then copies
    LinkDocument d;
    d.id = s.id;
    d.text = s.text;
    docs.push_back(d);
  }
  for (const LinkDocument& d : docs) {
    copies::PreparedText p = copies::Prepare(d);
    std::vector<SentenceSpan> spans = copies::SplitSentences(d.text);
    copies::SentenceList direct = copies::AlignSentences(d.text, p.words);
    copies::SentenceList from = copies::AlignSentences(d.text, p.words, spans);
    ASSERT_EQ(direct.size(), from.size());
    for (size_t s = 0; s < direct.size(); ++s) {
      EXPECT_EQ(direct[s].start, from[s].start);
      EXPECT_EQ(direct[s].end, from[s].end);
      EXPECT_EQ(direct[s].toks.size(), from[s].toks.size());
    }
    // Distinct shingles: as many as the set of them.
    std::set<uint64_t> distinct(p.shingles.begin(), p.shingles.end());
    EXPECT_EQ(distinct.size(), p.shingles.size());
  }
  // The shingle measures against exact set counts.
  for (size_t i = 0; i + 1 < docs.size(); ++i) {
    copies::PreparedText a = copies::Prepare(docs[i]), b = copies::Prepare(docs[(i * 7 + 3) % docs.size()]);
    std::set<uint64_t> sa(a.shingles.begin(), a.shingles.end()), sb(b.shingles.begin(), b.shingles.end());
    size_t inter = 0;
    for (uint64_t h : sa) inter += sb.count(h);
    copies::CopyBound bound = copies::Bound(a, b);
    EXPECT_DOUBLE_EQ(bound.shingle_jaccard,
                     static_cast<double>(inter) / static_cast<double>(sa.size() + sb.size() - inter));
    EXPECT_DOUBLE_EQ(bound.shingle_containment,
                     static_cast<double>(inter) / static_cast<double>(std::min(sa.size(), sb.size())));
  }
}

// Linking with kept spans gives what comparing the documents two by two gives.
// A text's alignment sentences share one token array: each sentence's tokens are its own words
// in order, a copy reads the same tokens from its own array (it outlives the original), and a
// move keeps them where they are.
TEST(CopiesPrepared, SentenceListsKeepTheirTokensInOneArray) {
  bench::SyntheticCorpus corpus;
  for (int i = 0; i < 40; ++i) {
    const std::string text = corpus.Get(i).text;
    const std::vector<copies::Word> words = copies::ScanWords(text);
    std::optional<copies::SentenceList> original = copies::AlignSentences(text, words);
    ASSERT_GT(original->size(), 1u);
    // The tokens, copied out, and where they are.
    std::vector<std::vector<uint64_t>> keys;
    const copies::AlignToken* first = (*original)[0].toks.data();
    size_t at = 0;
    for (const copies::AlignSentence& s : *original) {
      ASSERT_FALSE(s.toks.empty());
      EXPECT_EQ(s.toks.data(), first + at);  // one array, sentence after sentence
      at += s.toks.size();
      keys.emplace_back();
      float weight = 0;
      for (const copies::AlignToken& t : s.toks) {
        keys.back().push_back(t.key);
        weight += t.weight;
        // Every token is a word of its sentence.
        EXPECT_TRUE(std::any_of(words.begin(), words.end(), [&](const copies::Word& w) {
          return w.key == t.key && w.start >= s.start && w.end <= s.end;
        }));
      }
      EXPECT_EQ(weight, s.weight);
    }
    copies::SentenceList copy = *original;
    copies::SentenceList moved = std::move(*original);
    EXPECT_EQ(moved[0].toks.data(), first);
    original.reset();
    ASSERT_EQ(copy.size(), keys.size());
    ASSERT_EQ(moved.size(), keys.size());
    for (size_t s = 0; s < keys.size(); ++s) {
      EXPECT_NE(copy[s].toks.data(), moved[s].toks.data());
      ASSERT_EQ(copy[s].toks.size(), keys[s].size());
      for (size_t k = 0; k < keys[s].size(); ++k) {
        EXPECT_EQ(copy[s].toks[k].key, keys[s][k]);
        EXPECT_EQ(moved[s].toks[k].key, keys[s][k]);
      }
    }
  }
}

TEST(CopiesPrepared, LinkWithKeptSpansEqualsCompareDocuments) {
  bench::SyntheticCorpus corpus;
  std::map<std::string, std::shared_ptr<LinkDocument>> store;
  DocumentFetcher fetch = [&](const std::string& id) -> std::shared_ptr<const LinkDocument> {
    auto it = store.find(id);
    return it == store.end() ? nullptr : it->second;
  };
  CopyFinder finder;
  int linked = 0;
  for (int i = 0; i < 400; ++i) {
    auto d = std::make_shared<LinkDocument>(bench::ToLinkDocument(corpus.Get(i)));
    for (const CopyRelation& r : finder.Link(*d, fetch)) {
      const LinkDocument& other = *store.at(r.source == d->id ? r.copy : r.source);
      std::optional<CopyRelation> pair = CompareDocuments(other, *d);
      ASSERT_TRUE(pair.has_value());
      EXPECT_EQ(pair->relation, r.relation);
      EXPECT_EQ(pair->source, r.source);
      EXPECT_DOUBLE_EQ(pair->similarity, r.similarity);
      EXPECT_EQ(pair->changes.size(), r.changes.size());
      ++linked;
    }
    store[d->id] = d;
  }
  EXPECT_GT(linked, 20);
}

}  // namespace
}  // namespace newsgraph
