// The world's compact structures for what grows with every document: the DocFinder (old
// documents found by their ids' hashes), the DocIndex with the ids and records of old documents
// on the spill file, the event slots whose closed blocks go there, the event ids' set and the
// counts of the people named together. Each is checked for keys present and absent, across
// writes to the file (and its buffer), and with a spill file that cannot be made (the records
// stay in memory, the answers are the same).
#include "link/world_doc_index.h"

#include <gtest/gtest.h>
#include <xxhash.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "link/world_counts.h"
#include "link/world_doc_finder.h"
#include "link/world_event_slots.h"
#include "link/world_id_set.h"
#include "link/world_spill.h"

namespace newsgraph::world {
namespace {

uint64_t Hash(const std::string& s) { return XXH3_64bits(s.data(), s.size()); }

TEST(WorldDocFinder, FindsEachDocumentByItsHashAcrossRunsAndNoneAbsent) {
  DocFinder f(1000);  // runs of 1,000: the documents below span several
  std::vector<uint64_t> all;
  std::mt19937_64 rng(11);
  // added in batches of varying sizes, some crossing a run's end
  for (size_t batch : {1, 999, 1, 1500, 4000, 37, 463, 2000}) {
    std::vector<uint64_t> h;
    for (size_t i = 0; i < batch; ++i) h.push_back(Hash("doc-" + std::to_string(all.size() + i)));
    all.insert(all.end(), h.begin(), h.end());
    f.Add(h);
    EXPECT_EQ(f.size(), all.size());
  }
  for (uint32_t d = 0; d < all.size(); ++d) {
    std::vector<uint32_t> got;
    f.ForCandidates(all[d], [&](uint32_t n) {
      got.push_back(n);
      return false;
    });
    ASSERT_FALSE(got.empty()) << d;
    EXPECT_NE(std::find(got.begin(), got.end(), d), got.end()) << d;
    for (uint32_t n : got) EXPECT_EQ(all[n] >> 32, all[d] >> 32);  // only agreeing hashes
  }
  // absent ids: no candidate (their 32 leading bits agree with none here)
  std::unordered_set<uint32_t> leading;
  for (uint64_t h : all) leading.insert(static_cast<uint32_t>(h >> 32));
  int absent = 0;
  for (int i = 0; i < 2000; ++i) {
    const uint64_t h = Hash("absent-" + std::to_string(i));
    if (leading.count(static_cast<uint32_t>(h >> 32))) continue;
    ++absent;
    f.ForCandidates(h, [&](uint32_t n) {
      ADD_FAILURE() << "absent " << i << " gave " << n;
      return true;
    });
  }
  EXPECT_GT(absent, 1990);
  // fn saying true stops the search
  int calls = 0;
  std::vector<uint64_t> same(3, Hash("twice"));
  f.Add(same);
  f.ForCandidates(Hash("twice"), [&](uint32_t) { return ++calls == 1; });
  EXPECT_EQ(calls, 1);
  EXPECT_GT(f.MemoryBytes(), all.size() * 6);
  EXPECT_LT(f.MemoryBytes(), all.size() * 6 + (all.size() / 1000 + 2) * (4097 * 4 + 200));
}

// A document's people and events as text: "name=person ... | events".
std::string Answer(const DocIndex& x, const std::string& doc) {
  std::string out;
  x.ForPeople(doc, [&](std::string_view name, uint32_t p) {
    out += std::string(name) + "=" + std::to_string(p) + " ";
  });
  out += "|";
  for (uint32_t e : x.Events(doc)) out += " " + std::to_string(e);
  return out;
}

// Builds an index of 300 documents in blocks of 4 (finder runs of 8), keeping the latest
// `keep` documents' entries in memory, and checks every answer against what was set.
void CheckIndex(SpillFile* spill, uint32_t keep) {
  DocIndex x(spill, 4, 8);
  std::vector<std::string> want;
  for (uint32_t i = 0; i < 300; ++i) {
    if (i >= keep) x.SpillBefore(i - keep);
    const std::string doc = "https://example.org/news/" + std::to_string(i * 7919 % 1000);
    EXPECT_EQ(x.Number(doc), i);
    x.SetPeople(doc, {{"Joe " + std::to_string(i % 5), i % 13}, {"Anna", 100 + i % 3}});
    if (i % 2) x.AddPerson(doc, "A.", 100 + i % 3);  // another name of a listed person
    if (i % 3) x.AddPerson(doc, "Li", 7);
    x.SetEvents(doc, {i, i + 1});
    want.push_back(Answer(x, doc));
    if (i == 150) spill->Append(std::string(3 << 20, 'x').data(), 3 << 20);  // onto the file
  }
  x.SpillBefore(300 - keep);
  EXPECT_EQ(x.size(), 300u);
  EXPECT_GE(x.spilled_documents(), 300u - keep - 4);
  auto check = [&](const char* when) {
    for (uint32_t i = 0; i < 300; ++i) {
      const std::string doc = "https://example.org/news/" + std::to_string(i * 7919 % 1000);
      EXPECT_EQ(x.Find(doc), static_cast<int64_t>(i)) << when << doc;
      EXPECT_EQ(x.Id(i), doc) << when;
      EXPECT_EQ(Answer(x, doc), want[i]) << when << doc;
    }
    // in runs of one block, out of order, across blocks and the window, one alone
    std::vector<uint32_t> numbers;
    for (uint32_t i = 0; i < 300; ++i) numbers.push_back(i);
    for (uint32_t i : {7u, 5u, 6u, 299u, 0u, 150u, 151u, 3u, 3u}) numbers.push_back(i);
    std::vector<std::string> ids = {"before"};
    x.Ids(numbers.data(), numbers.size(), &ids);
    ASSERT_EQ(ids.size(), numbers.size() + 1) << when;
    EXPECT_EQ(ids[0], "before");
    for (size_t k = 0; k < numbers.size(); ++k) EXPECT_EQ(ids[k + 1], x.Id(numbers[k])) << when << k;
    EXPECT_EQ(x.Find("https://example.org/news/1000"), -1) << when;
    EXPECT_EQ(x.Find(""), -1) << when;
    EXPECT_EQ(Answer(x, "https://example.org/news/1001"), "|") << when;
  };
  check("spilled: ");
  // old documents changed again: read back, changed, spilled again
  for (uint32_t i : {0u, 1u, 5u, 150u}) {
    const std::string doc = x.Id(i);
    x.SetEvents(doc, {9, 8, 7});
    x.AddPerson(doc, "Olaf", 55);
    EXPECT_EQ(x.Number(doc), i);
    want[i] = Answer(x, doc);
    EXPECT_NE(want[i].find("Olaf=55 | 9 8 7"), std::string::npos) << want[i];
  }
  check("changed: ");
  for (uint32_t i = 300; i < 340; ++i) {
    x.SpillBefore(i - std::min(i, keep));
    const std::string doc = "later-" + std::to_string(i);
    EXPECT_EQ(x.Number(doc), i);
    x.SetPeople(doc, {{"Maria", 3}});
    want.push_back(Answer(x, doc));
  }
  x.SpillBefore(340 - keep);
  for (uint32_t i : {0u, 1u, 5u, 150u, 299u, 300u, 339u}) {
    EXPECT_EQ(Answer(x, x.Id(i)), want[i]) << i;
    EXPECT_EQ(x.Find(x.Id(i)), static_cast<int64_t>(i));
  }
}

TEST(WorldDocIndex, OldDocumentsIdsAndRecordsOnTheSpillFileAnswerAsBefore) {
  for (uint32_t keep : {0u, 1u, 10u}) {
    SpillFile spill;
    CheckIndex(&spill, keep);
    EXPECT_TRUE(spill.status().ok());
    EXPECT_GT(spill.file_bytes(), 0u);
  }
}

TEST(WorldDocIndex, ASpillFileThatCannotBeMadeKeepsThemInMemoryWithTheSameAnswers) {
  SpillFile spill("/nonexistent/newsgraph-spill");
  CheckIndex(&spill, 2);
  EXPECT_FALSE(spill.status().ok());
  EXPECT_EQ(spill.file_bytes(), 0u);
}

TEST(WorldDocIndex, OldDocumentsCostAFewBytesEach) {
  SpillFile spill;
  DocIndex x(&spill);  // blocks of 1,024 documents
  for (uint32_t i = 0; i < 40000; ++i) {
    if (i >= 100) x.SpillBefore(i - 100);
    const std::string doc = "https://www.example-news-site.com/2021/world/" + std::to_string(i);
    x.SetPeople(doc, {{"Joe", i % 50}});
    x.SetEvents(doc, {i});
  }
  x.SpillBefore(40000 - 100);
  EXPECT_GE(x.spilled_documents(), 38000u);
  // the finder (6 bytes each, its bucket table), the window and the interned names
  EXPECT_LT(x.MemoryBytes(), 40000u * 12 + 200000) << x.MemoryBytes();
  EXPECT_EQ(x.Find("https://www.example-news-site.com/2021/world/17"), 17);
  EXPECT_EQ(x.Events("https://www.example-news-site.com/2021/world/17"), std::vector<uint32_t>{17});
}

TEST(WorldEventSlots, ClosedBlocksGoToTheFileAndReadBack) {
  for (const char* dir : {"", "/nonexistent/newsgraph-spill"}) {
    SpillFile spill(dir);
    EventSlots s(&spill, 4);
    for (uint32_t e = 0; e < 20; ++e) EXPECT_EQ(s.AddOpen(100 + e), e);
    EXPECT_EQ(s.size(), 20u);
    for (uint32_t e = 0; e < 20; ++e) {
      EXPECT_TRUE(s.IsOpen(e));
      EXPECT_EQ(s.At(e), EventSlots::kOpen + 100 + e);
    }
    // close all of blocks 0 and 2, all but event 5 of block 1; the last block not full
    const size_t memory = s.MemoryBytes();
    for (uint32_t e : {0u, 1u, 2u, 3u, 4u, 6u, 7u, 8u, 9u, 10u, 11u})
      s.Close(e, 1000 + uint64_t{e} * 3);
    EXPECT_EQ(s.spilled_blocks(), 2u);
    EXPECT_EQ(s.MemoryBytes(), memory - 2 * 4 * sizeof(uint64_t));  // their values freed
    spill.Append(std::string(2 << 20, 'y').data(), 2 << 20);  // the blocks onto the file
    EXPECT_EQ(spill.status().ok(), *dir == '\0');
    for (uint32_t e = 0; e < 12; ++e) {
      EXPECT_EQ(s.IsOpen(e), e == 5) << e;
      EXPECT_EQ(s.At(e), e == 5 ? EventSlots::kOpen + 105 : 1000 + uint64_t{e} * 3) << e;
    }
    s.Close(5, 77);
    EXPECT_EQ(s.spilled_blocks(), 3u);
    EXPECT_EQ(s.At(5), 77u);
    EXPECT_FALSE(s.IsOpen(5));
    for (uint32_t e = 16; e < 20; ++e) s.Close(e, e);
    for (uint32_t e = 16; e < 20; ++e) EXPECT_EQ(s.At(e), e);
    EXPECT_EQ(s.spilled_blocks(), 4u);
    EXPECT_TRUE(s.IsOpen(12));
    EXPECT_EQ(s.At(12), EventSlots::kOpen + 112);
    s.AddOpen(1);
    EXPECT_TRUE(s.IsOpen(20));
  }
}

TEST(WorldIdSet, HoldsExactlyTheIdsGivenAcrossMerges) {
  IdSet s;
  std::set<uint64_t> want;
  std::mt19937_64 rng(5);
  for (int i = 0; i < 150000; ++i) {
    // 48-bit ids, some in the same 16-bit bucket as others, some sharing their low 32 bits
    uint64_t id = rng() & 0xFFFFFFFFFFFFull;
    if (i % 7 == 0) id = (id & 0xFFFFFFFFull) | (uint64_t{42} << 32);
    if (i % 11 == 0 && !want.empty()) id = (*want.begin() & 0xFFFFFFFFull) | (static_cast<uint64_t>(i % 65536) << 32);
    s.insert(id);
    want.insert(id);
  }
  s.insert(uint64_t{1} << 60);  // wider than 48 bits: kept aside
  want.insert(uint64_t{1} << 60);
  s.insert(*want.begin());  // again: no change
  EXPECT_EQ(s.size(), want.size());
  for (uint64_t id : want) ASSERT_TRUE(s.contains(id)) << id;
  std::mt19937_64 other(6);
  for (int i = 0; i < 100000; ++i) {
    const uint64_t id = other() & 0xFFFFFFFFFFFFull;
    EXPECT_EQ(s.contains(id), want.count(id) > 0) << id;
    const uint64_t near = *want.begin() ^ (uint64_t{1} << (i % 48));  // one bit off
    EXPECT_EQ(s.contains(near), want.count(near) > 0) << near;
  }
  EXPECT_FALSE(s.contains(uint64_t{1} << 61));
  // 4 bytes an id and the bucket table, beside the latest merged (not yet) in a hash set
  EXPECT_LT(s.MemoryBytes(), want.size() * 4 + (65537 * 4) + 20000 * 9 + 64);
}

TEST(WorldSmallCounts, CountsByKeyLikeAMap) {
  SmallCounts c;
  std::map<uint32_t, uint32_t> want;
  std::mt19937 rng(3);
  for (int i = 0; i < 500; ++i) {
    const uint32_t k = rng() % 80;
    if (auto it = c.find(k); it != c.end()) {
      ++it->second;
      ++want[k];
    } else {
      EXPECT_TRUE(c.emplace(k, 1).second);
      want[k] = 1;
    }
    EXPECT_FALSE(c.emplace(k, 7).second);  // there: unchanged
  }
  EXPECT_EQ(c.size(), want.size());
  EXPECT_EQ(std::vector<SmallCounts::value_type>(c.begin(), c.end()),
            std::vector<SmallCounts::value_type>(want.begin(), want.end()));
  for (uint32_t k = 0; k < 100; ++k) {
    EXPECT_EQ(c.count(k), want.count(k)) << k;
    EXPECT_EQ(c.find(k) != c.end(), want.count(k) > 0) << k;
  }
  EXPECT_LE(c.MemoryBytes(), 128 * sizeof(SmallCounts::value_type));
}

}  // namespace
}  // namespace newsgraph::world
