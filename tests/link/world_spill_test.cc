// The world's spill file: records written and read back (from the file and from its buffer),
// lists chained on the file, a spill location that cannot be written (the records stay in
// memory, the world says why), and a world that spills everything at once giving the same
// people, events, conflicts and per-document answers as one that keeps them in memory.
#include "link/world_spill.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "analyze/internal.h"
#include "newsgraph/link.h"
#include "newsgraph/world.h"

namespace newsgraph {
namespace {

TEST(WorldSpill, WritesAndReadsBackAcrossTheBuffer) {
  world::SpillFile f;
  std::vector<uint64_t> at;
  std::string chunk(1000, 'a');
  for (int i = 0; i < 3000; ++i) {  // 3 MB: most on the file, the latest in the buffer
    chunk[0] = static_cast<char>('a' + i % 26);
    chunk[999] = static_cast<char>('A' + i % 26);
    at.push_back(f.Append(chunk.data(), chunk.size()));
  }
  EXPECT_TRUE(f.status().ok());
  EXPECT_EQ(f.size(), 3000u * 1000u);
  EXPECT_GT(f.file_bytes(), 0u);
  EXPECT_LT(f.file_bytes(), f.size());
  for (int i : {0, 1, 1047, 1048, 2999}) {
    std::string back(1000, '\0');
    f.Read(at[i], back.data(), back.size());
    EXPECT_EQ(back[0], static_cast<char>('a' + i % 26)) << i;
    EXPECT_EQ(back[999], static_cast<char>('A' + i % 26)) << i;
    EXPECT_EQ(back.substr(1, 998), std::string(998, 'a')) << i;
  }
  // a read across the file's end and the buffer
  const uint64_t edge = f.file_bytes() - 10;
  std::string across(20, '\0');
  f.Read(edge, across.data(), across.size());
  EXPECT_EQ(across.size(), 20u);
}

TEST(WorldSpill, TheWriteBufferStaysWithinItsMegabyte) {
  world::SpillFile f;
  const std::string block(40000, 'b');  // a block of the per-document index: some 40 KB
  for (int i = 0; i < 100; ++i) {
    f.Append(block.data(), block.size());
    EXPECT_LE(f.MemoryBytes(), size_t{1} << 20) << i;
  }
  EXPECT_EQ(f.size(), 100u * 40000u);
  std::string back(40000, '\0');
  f.Read(26 * 40000, back.data(), back.size());  // on the file
  EXPECT_EQ(back, block);
}

TEST(WorldSpill, RecordsOfStringsAndVectors) {
  world::SpillFile f;
  world::SpillWriter w;
  w.Put(uint64_t{42});
  w.PutString("Volodymyr Zelensky");
  w.PutVector(std::vector<uint32_t>{1, 2, 3});
  w.PutString("");
  const uint64_t at = w.WriteTo(f);
  world::SpillReader r(f, at);
  EXPECT_EQ(r.Get<uint64_t>(), 42u);
  EXPECT_EQ(r.GetString(), "Volodymyr Zelensky");
  EXPECT_EQ(r.GetVector<uint32_t>(), (std::vector<uint32_t>{1, 2, 3}));
  EXPECT_EQ(r.GetString(), "");
}

TEST(WorldSpill, ListsChainedOnTheFile) {
  world::SpillFile f;
  // two lists written in turn, so that their blocks interleave on the file
  world::SpillList<uint32_t> a, b;
  for (uint32_t i = 0; i < 100; ++i) {
    a.push_back(f, i, 7);
    if (i % 3 == 0) b.push_back(f, 1000 + i, 2);
  }
  EXPECT_EQ(a.size(), 100u);
  EXPECT_EQ(b.size(), 34u);
  std::vector<uint32_t> all = a.All(f);
  ASSERT_EQ(all.size(), 100u);
  for (uint32_t i = 0; i < 100; ++i) EXPECT_EQ(all[i], i);
  EXPECT_EQ(a.Last(f, 3), (std::vector<uint32_t>{97, 98, 99}));  // in the tail
  EXPECT_EQ(a.Last(f, 10), (std::vector<uint32_t>{90, 91, 92, 93, 94, 95, 96, 97, 98, 99}));
  EXPECT_EQ(a.Last(f, 1000).size(), 100u);
  EXPECT_EQ(b.Last(f, 3), (std::vector<uint32_t>{1093, 1096, 1099}));
  EXPECT_EQ(b.All(f).front(), 1000u);
  EXPECT_TRUE(world::SpillList<uint32_t>().All(f).empty());
  // one at a time
  world::SpillList<uint64_t> c;
  for (uint64_t i = 0; i < 5; ++i) c.push_back(f, i * 10, 1);
  EXPECT_EQ(c.All(f), (std::vector<uint64_t>{0, 10, 20, 30, 40}));
}

TEST(WorldSpill, AnUnwritableLocationKeepsTheRecordsInMemoryAndSaysWhy) {
  world::SpillFile f("/nonexistent/newsgraph-spill");
  std::string chunk(1000, 'z');
  std::vector<uint64_t> at;
  for (int i = 0; i < 2000; ++i) {
    chunk[0] = static_cast<char>('a' + i % 26);
    at.push_back(f.Append(chunk.data(), chunk.size()));
  }
  EXPECT_FALSE(f.status().ok());
  EXPECT_EQ(f.status().code(), StatusCode::kIOError);
  EXPECT_NE(f.status().message().find("world spill file: cannot create a file in "
                                      "/nonexistent/newsgraph-spill: No such file or directory"),
            std::string::npos)
      << f.status().message();
  EXPECT_EQ(f.file_bytes(), 0u);
  for (int i : {0, 1999}) {
    std::string back(1000, '\0');
    f.Read(at[i], back.data(), back.size());
    EXPECT_EQ(back[0], static_cast<char>('a' + i % 26));
  }
}

// Documents like world_bench's: six people of a population in varied writings (offices for
// some), a call between two of them (a day apart, some undated), figures and a quote; 20 a day.
std::vector<LinkDocument> Docs(size_t n) {
  static const char* const kGiven[] = {"Joe", "Anna", "Sergei", "Maria", "John", "Olaf", "Li"};
  std::mt19937_64 rng(7);
  std::vector<LinkDocument> docs;
  for (size_t i = 0; i < n; ++i) {
    LinkDocument d;
    d.id = "doc" + std::to_string(i);
    d.published = analyze::IsoFromDays(18628 + static_cast<long>(i / 20));
    d.analysis.published = d.published;
    d.text = std::string(1000, 'x');
    std::vector<std::string> names;
    for (int k = 0; k < 6; ++k) {
      const size_t who = static_cast<size_t>(std::pow((rng() % 1000) / 1000.0, 3) * 300);
      std::string surname = "Ka";
      for (size_t v = who + 1; v > 0; v /= 10) surname += "bdfgklmnpr"[v % 10], surname += 'o';
      std::string written = rng() % 3 == 0 ? surname : std::string(kGiven[who % 7]) + " " + surname;
      Person p;
      p.name = written;
      for (uint32_t m = 0; m < 2; ++m)
        p.mentions.push_back({written, 100 * k + 10 * m, 100 * k + 10 * m + 8});
      if (who % 4 == 0) {
        p.office = who % 8 == 0 ? "Minister" : "Foreign Minister";
        p.office_normalized = p.office;
        p.country = "Country" + std::to_string(who % 5);
      }
      names.push_back(written);
      d.analysis.people.push_back(std::move(p));
    }
    Communication c;
    c.participants = {names[0], names[1]};
    c.kind = rng() % 2 ? "phone call" : "video call";
    c.date =
        rng() % 4
            ? analyze::IsoFromDays(18628 + static_cast<long>(i / 20) - static_cast<long>(rng() % 2))
            : "";
    c.when = "on Tuesday";
    c.status = "happened";
    c.duration = rng() % 2 ? "an hour" : "30 minutes";
    c.start = 10;
    c.end = 40;
    d.analysis.communications.push_back(c);
    NumberClaim num;
    num.value = static_cast<double>(rng() % 1000);
    num.text = std::to_string(static_cast<long>(num.value)) + " troops";
    num.unit = "troops";
    num.start = 500;
    num.end = 512;
    d.analysis.numbers.push_back(num);
    Quote q;
    q.speaker = names[rng() % 2];
    q.text = "we will work together on this " + std::to_string(rng() % 20);
    d.analysis.quotes.push_back(q);
    docs.push_back(std::move(d));
  }
  return docs;
}

// Everything a world answers, as text.
std::string Dump(const World& w, const std::vector<LinkDocument>& docs) {
  std::string out;
  for (const WorldPerson& p : w.people()) out += PersonToJson(p, true) + "\n";
  for (const WorldEvent& e : w.events()) out += EventToJson(e) + "\n";
  for (const Conflict& c : w.Conflicts()) out += ConflictToJson(c) + "\n";
  for (const LinkDocument& d : docs) {
    out += d.id + ":";
    for (const Person& p : d.analysis.people) out += " " + w.PersonIdOf(d.id, p.name);
    for (const std::string& e : w.EventIdsOf(d.id)) out += " " + e;
    out += "\n";
  }
  return out;
}

TEST(WorldSpill, AWorldSpillingEverythingAtOnceAnswersAsOneKeepingItInMemory) {
  const std::vector<LinkDocument> docs = Docs(3000);
  WorldOptions low;
  low.recover_mentions = false;
  low.max_mentions_per_person = 100;
  low.max_reports_per_event = 10;
  low.event_open_days = 20;
  WorldOptions memory = low, early = low, nowhere = low;
  memory.spill_block = 1u << 30;  // lists never full: kept in memory
  memory.spill_after_documents = 1u << 30;
  early.spill_block = 1;
  early.spill_after_documents = 0;
  nowhere.spill_block = 1;
  nowhere.spill_after_documents = 0;
  nowhere.spill_dir = "/nonexistent/newsgraph-spill";
  World a(memory), b(early), c(nowhere);
  for (const LinkDocument& d : docs) {
    a.AddDocument(d);
    b.AddDocument(d);
    c.AddDocument(d);
  }
  // the same document added again (its index entries read back from the spill file)
  for (World* w : {&a, &b, &c}) w->AddDocument(docs[5]);
  EXPECT_GT(b.SpillBytes(), 1u << 20);
  EXPECT_TRUE(b.spill_status().ok());
  EXPECT_FALSE(c.spill_status().ok());
  const std::string dump = Dump(a, docs);
  EXPECT_GT(a.events().size(), 100u);
  EXPECT_GT(a.Conflicts().size(), 10u);
  EXPECT_EQ(Dump(b, docs), dump);
  EXPECT_EQ(Dump(c, docs), dump);
}

TEST(WorldSpill, TheLinkerReportsASpillFileItCouldNotMake) {
  const std::vector<LinkDocument> docs = Docs(3000);  // more than the 1 MiB write buffer holds
  LinkOptions ok, nowhere;
  for (LinkOptions* o : {&ok, &nowhere}) {
    o->world.recover_mentions = false;
    o->world.spill_block = 1;
    o->world.spill_after_documents = 0;
  }
  nowhere.world.spill_dir = "/nonexistent/newsgraph-spill";
  Linker a(ok), b(nowhere);
  DocumentFetcher none = [](const std::string&) { return std::shared_ptr<const LinkDocument>(); };
  for (const LinkDocument& d : docs) {
    a.Add(d, {}, none);
    b.Add(d, {}, none);
  }
  LinkOutput x = a.Finish(), y = b.Finish();
  EXPECT_TRUE(x.warnings.empty());
  ASSERT_EQ(y.warnings.size(), 1u);
  EXPECT_NE(y.warnings[0].find("/nonexistent/newsgraph-spill"), std::string::npos) << y.warnings[0];
  // the same answer
  EXPECT_EQ(x.people.size(), y.people.size());
  EXPECT_EQ(x.events.size(), y.events.size());
}

}  // namespace
}  // namespace newsgraph
