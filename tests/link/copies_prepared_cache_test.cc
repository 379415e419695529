// The copy linker's cache of prepared texts (PreparedCache, copies_prepared_cache.h): what it
// keeps comes back only for the same text, the least recently used leave first within the byte
// budget, and linking with it finds exactly what linking without it finds.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bench/copies_corpus.h"
#include "link/copies_index.h"
#include "link/copies_prepared_cache.h"
#include "link/copies_relation.h"
#include "link/copies_test_util.h"
#include "link/copies_words.h"
#include "newsgraph/copies.h"

namespace newsgraph {
namespace {

using copies::PreparedCache;
using copies::PreparedText;

LinkDocument Doc(const std::string& id, const std::string& text) {
  LinkDocument d;
  d.id = id;
  d.text = text;
  return d;
}

// A prepared text with its sentences made, as a comparison leaves it.
PreparedText PreparedWithSentences(const LinkDocument& d) {
  PreparedText p = copies::Prepare(d);
  p.spans = copies::SplitSentences(d.text);
  p.sentences = copies::AlignSentences(d.text, p.words, *p.spans);
  return p;
}

TEST(CopiesPreparedCache, GivesBackOnlyTheSameTextAndKeepsWhatComparisonNeeds) {
  LinkDocument a = Doc("a", "The minister met the envoy in Geneva on Tuesday. They spoke for an hour.");
  PreparedText p = PreparedWithSentences(a);
  const std::vector<uint64_t> shingles = p.shingles;
  const size_t sentences = p.sentences->size();
  ASSERT_FALSE(p.words.empty());
  PreparedCache cache(1 << 20);
  uint32_t hash = copies::SentenceSpanStore::TextHash(a.text);
  cache.Put(7, hash, a.text.size(), std::move(p));
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_GT(cache.MemoryBytes(), 0u);

  std::optional<PreparedText> back = cache.Take(7, hash, a.text.size());
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->shingles, shingles);
  ASSERT_TRUE(back->sentences.has_value());
  EXPECT_EQ(back->sentences->size(), sentences);
  EXPECT_TRUE(back->words.empty());  // only there to make the sentences
  EXPECT_EQ(back->doc, nullptr);
  EXPECT_EQ(cache.size(), 0u);  // taken out until it is put back
  EXPECT_EQ(cache.MemoryBytes(), 0u);

  // Another text under the same number (hash or length differ): nothing, and the entry is gone.
  cache.Put(7, hash, a.text.size(), std::move(*back));
  EXPECT_FALSE(cache.Take(7, hash ^ 1, a.text.size()).has_value());
  EXPECT_FALSE(cache.Take(7, hash, a.text.size()).has_value());
  cache.Put(7, hash, a.text.size(), PreparedWithSentences(a));
  EXPECT_FALSE(cache.Take(7, hash, a.text.size() + 1).has_value());
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_FALSE(cache.Take(8, hash, a.text.size()).has_value());

  // Without sentences made (a duplicate is told before them) nothing is kept.
  cache.Put(9, hash, a.text.size(), copies::Prepare(a));
  EXPECT_EQ(cache.size(), 0u);
}

TEST(CopiesPreparedCache, LeastRecentlyUsedLeaveFirstWithinBudget) {
  std::vector<LinkDocument> docs;
  for (int i = 0; i < 12; ++i) {
    docs.push_back(Doc("d" + std::to_string(i), "Report number " + std::to_string(i) +
                                                    " says the talks in Vienna went on for hours. "
                                                    "Officials said more talks would follow next week."));
  }
  // The budget of about three entries.
  size_t one = 0;
  {
    PreparedCache probe(1 << 20);
    probe.Put(0, 1, docs[0].text.size(), PreparedWithSentences(docs[0]));
    one = probe.MemoryBytes();
  }
  ASSERT_GT(one, 0u);
  PreparedCache cache(3 * one + one / 2);
  auto hash = [&](int i) { return copies::SentenceSpanStore::TextHash(docs[i].text); };
  for (int i = 0; i < 3; ++i) cache.Put(i, hash(i), docs[i].text.size(), PreparedWithSentences(docs[i]));
  EXPECT_EQ(cache.size(), 3u);
  // Document 0 used again: 1 is now the least recent and leaves when 3 comes in.
  std::optional<PreparedText> zero = cache.Take(0, hash(0), docs[0].text.size());
  ASSERT_TRUE(zero.has_value());
  cache.Put(0, hash(0), docs[0].text.size(), std::move(*zero));
  cache.Put(3, hash(3), docs[3].text.size(), PreparedWithSentences(docs[3]));
  EXPECT_LE(cache.MemoryBytes(), 3 * one + one / 2);
  EXPECT_FALSE(cache.Take(1, hash(1), docs[1].text.size()).has_value());
  EXPECT_TRUE(cache.Take(0, hash(0), docs[0].text.size()).has_value());
  EXPECT_TRUE(cache.Take(2, hash(2), docs[2].text.size()).has_value());
  EXPECT_TRUE(cache.Take(3, hash(3), docs[3].text.size()).has_value());
  // A budget of 0 keeps nothing.
  PreparedCache none(0);
  none.Put(0, hash(0), docs[0].text.size(), PreparedWithSentences(docs[0]));
  EXPECT_EQ(none.size(), 0u);
}

// Every relation, with its measures and changes, is the same with and without the cache, and
// the cache stays within its budget.
TEST(CopiesPreparedCache, LinkingFindsTheSameWithAndWithoutIt) {
  bench::SyntheticCorpus corpus;
  std::map<std::string, std::shared_ptr<LinkDocument>> store;
  DocumentFetcher fetch = [&](const std::string& id) -> std::shared_ptr<const LinkDocument> {
    auto it = store.find(id);
    return it == store.end() ? nullptr : it->second;
  };
  CopyOptions without;
  without.prepared_cache_bytes = 0;
  CopyOptions small;
  small.prepared_cache_bytes = 2u << 20;  // some texts leave and are prepared again
  CopyFinder plain(without), cached(small);
  int relations = 0;
  for (int i = 0; i < 700; ++i) {
    auto d = std::make_shared<LinkDocument>(bench::ToLinkDocument(corpus.Get(i)));
    std::vector<CopyRelation> a = plain.Link(*d, fetch);
    std::vector<CopyRelation> b = cached.Link(*d, fetch);
    test::ExpectSameRelations(a, b, d->id);
    if (::testing::Test::HasFatalFailure()) return;
    relations += static_cast<int>(a.size());
    store[d->id] = d;
  }
  EXPECT_GT(relations, 40);
  EXPECT_EQ(plain.PreparedCacheBytes(), 0u);
  EXPECT_GT(cached.PreparedCacheBytes(), 1u << 20);
  EXPECT_LE(cached.PreparedCacheBytes(), 2u << 20);
}

}  // namespace
}  // namespace newsgraph
