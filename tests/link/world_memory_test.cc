// What the world keeps as it grows: the compact per-document index and records, and events that
// close when their reports and dates are old (WorldOptions::event_open_days).
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "analyze/internal.h"
#include "link/world_doc_index.h"
#include "link/world_id_set.h"
#include "newsgraph/link.h"
#include "newsgraph/world.h"

namespace newsgraph {
namespace {

Person P(const std::string& name) {
  Person p;
  p.name = name;
  p.mentions.push_back({name, 0, static_cast<uint32_t>(name.size())});
  return p;
}

// A document published on `published` reporting a call between two leaders on `date`.
LinkDocument CallDoc(const std::string& id, const std::string& published, const std::string& date,
                     const std::string& when = "") {
  LinkDocument d;
  d.id = id;
  d.published = published;
  d.analysis.published = published;
  d.text = std::string(200, ' ');
  d.analysis.people = {P("Joe Biden"), P("Volodymyr Zelensky")};
  Communication c;
  c.participants = {"Joe Biden", "Volodymyr Zelensky"};
  c.kind = "phone call";
  c.date = date;
  c.when = when;
  c.status = "happened";
  c.start = 0;
  c.end = 10;
  d.analysis.communications.push_back(c);
  return d;
}

// A document about other people only, published on `published`.
LinkDocument OtherDoc(const std::string& id, const std::string& published) {
  LinkDocument d;
  d.id = id;
  d.published = published;
  d.analysis.published = published;
  d.text = std::string(200, ' ');
  d.analysis.people = {P("Olaf Scholz")};
  return d;
}

TEST(WorldMemory, ALateReportOfAnOldDateJoinsWhileTheEventIsOpen) {
  World w;
  w.AddDocument(CallDoc("a", "2021-12-07", "2021-12-07"));
  w.AddDocument(OtherDoc("x", "2022-10-01"));  // 298 days later: still open
  w.AddDocument(CallDoc("b", "2022-10-02", "2021-12-07"));
  ASSERT_EQ(w.events().size(), 1u);
  EXPECT_EQ(w.events()[0].reports.size(), 2u);
}

TEST(WorldMemory, AClosedEventKeepsItsRecordAndALateReportStartsANewEvent) {
  World w;
  w.AddDocument(CallDoc("a", "2021-12-07", "2021-12-07"));
  w.AddDocument(CallDoc("b", "2021-12-08", "2021-12-07"));
  w.AddDocument(OtherDoc("x", "2023-01-10"));  // more than 365 days after the last report
  w.AddDocument(CallDoc("c", "2023-01-11", "2021-12-07"));
  ASSERT_EQ(w.events().size(), 2u);
  EXPECT_EQ(w.events()[0].reports.size(), 2u);
  EXPECT_EQ(w.events()[0].date, "2021-12-07");
  EXPECT_EQ(w.EventIdsOf("a"), (std::vector<std::string>{w.events()[0].id}));
  EXPECT_EQ(w.EventIdsOf("c"), (std::vector<std::string>{w.events()[1].id}));
  EXPECT_FALSE(w.PersonIdOf("a", "Joe Biden").empty());
  // never closed: one event
  WorldOptions o;
  o.event_open_days = 0;
  World v(o);
  v.AddDocument(CallDoc("a", "2021-12-07", "2021-12-07"));
  v.AddDocument(CallDoc("b", "2021-12-08", "2021-12-07"));
  v.AddDocument(OtherDoc("x", "2023-01-10"));
  v.AddDocument(CallDoc("c", "2023-01-11", "2021-12-07"));
  EXPECT_EQ(v.events().size(), 1u);
}

TEST(WorldMemory, AnEventDatedAheadStaysOpenUntilItsDate) {
  WorldOptions o;
  o.event_open_days = 30;
  World w(o);
  // planned, announced long before
  LinkDocument plan = CallDoc("a", "2022-01-03", "2022-03-01", "on March 1");
  plan.analysis.communications[0].status = "planned";
  w.AddDocument(plan);
  w.AddDocument(OtherDoc("x", "2022-02-20"));  // 48 days after the plan, before its date
  w.AddDocument(CallDoc("b", "2022-03-01", "2022-03-01"));
  ASSERT_EQ(w.events().size(), 1u);
  EXPECT_EQ(w.events()[0].status, "happened");
}

TEST(WorldMemory, OnlyTheLatestEventsOfAParticipantAreMatched) {
  WorldOptions o;
  o.event_open_days = 0;  // the rule alone
  World w(o);
  // 70 calls of one pair, a week apart; a report of the first after them
  for (int k = 0; k < 70; ++k) {
    const std::string day = analyze::IsoFromDays(18628 + 7 * k);
    w.AddDocument(CallDoc("d" + std::to_string(k), day, day));
  }
  ASSERT_EQ(w.events().size(), 70u);
  const std::string last = analyze::IsoFromDays(18628 + 7 * 69);
  w.AddDocument(CallDoc("late-first", last, analyze::IsoFromDays(18628)));  // beyond the latest 64
  w.AddDocument(CallDoc("late-tenth", last, analyze::IsoFromDays(18628 + 7 * 9)));
  ASSERT_EQ(w.events().size(), 71u);
  EXPECT_EQ(w.events()[0].reports.size(), 1u);
  EXPECT_EQ(w.events()[9].reports.size(), 2u);
  EXPECT_EQ(w.EventIdsOf("d0"), (std::vector<std::string>{w.events()[0].id}));
}

// The records are kept compactly (documents by number, words interned) and made when read: the
// same documents, words and participants come back, a widened event's participants before its
// reports', and the records a Linker hands over stay readable after it is gone.
TEST(WorldMemory, RecordsComeBackFromTheCompactForm) {
  auto linker = std::make_unique<Linker>();
  LinkDocument a = CallDoc("a", "2021-12-07", "2021-12-07", "on Tuesday");
  a.analysis.communications[0].duration = "an hour";
  a.analysis.communications[0].status = "planned";
  linker->Add(a, {}, nullptr);
  LinkDocument b = CallDoc("b", "2021-12-08", "2021-12-07");
  b.analysis.people.push_back(P("Olaf Scholz"));
  b.analysis.communications[0].participants.push_back("Olaf Scholz");
  b.analysis.communications[0].kind = "video call";
  linker->Add(b, {}, nullptr);
  LinkOutput out = linker->Finish();
  linker.reset();
  ASSERT_EQ(out.events.size(), 1u);
  const WorldEvent e = out.events[0];
  EXPECT_EQ(e.id.size(), 13u);
  EXPECT_EQ(e.kind, "call");  // a phone call and a video call
  ASSERT_FALSE(out.conflicts.empty());
  EXPECT_EQ(out.conflicts[0].subject, e.id);
  EXPECT_EQ(e.date, "2021-12-07");
  EXPECT_EQ(e.date_evidence, "2 of 2 reports resolve to 2021-12-07");
  EXPECT_EQ(e.status, "happened");
  EXPECT_EQ(e.first_report, "2021-12-07");
  EXPECT_EQ(e.last_report, "2021-12-08");
  ASSERT_EQ(e.participants.size(), 3u);
  EXPECT_EQ(e.participants[2].name, "Olaf Scholz");
  ASSERT_EQ(e.reports.size(), 2u);
  EXPECT_EQ(e.reports[0].doc, "a");
  EXPECT_EQ(e.reports[0].when, "on Tuesday");
  EXPECT_EQ(e.reports[0].duration, "an hour");
  EXPECT_EQ(e.reports[0].status, "planned");
  EXPECT_EQ(e.reports[0].participants.size(), 2u);
  EXPECT_EQ(e.reports[1].doc, "b");
  EXPECT_EQ(e.reports[1].kind, "video call");
  EXPECT_EQ(e.reports[1].status, "happened");
  ASSERT_EQ(e.reports[1].participants.size(), 3u);
  EXPECT_EQ(e.reports[1].participants[0].id, e.participants[0].id);
  ASSERT_EQ(out.people.size(), 3u);
  size_t mentions = 0;
  for (const WorldPerson& p : out.people)
    for (const PersonMentionRef& m : p.mentions) {
      EXPECT_TRUE(m.doc == "a" || m.doc == "b");
      EXPECT_EQ(m.text, p.name);
      ++mentions;
    }
  EXPECT_EQ(mentions, 5u);
  // records listed by hand follow the world's
  out.people.push_back(WorldPerson{});
  EXPECT_EQ(out.people.size(), 4u);
  EXPECT_EQ(out.people[3].id, "");
}

TEST(WorldIdSet, FindsEveryIdGivenAcrossMerges) {
  world::IdSet ids;
  std::vector<uint64_t> given;
  uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 20000; ++i) {  // several merges of the recent ids into the sorted ones
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    given.push_back(x & 0xFFFFFFFFFFFFull);
    ids.insert(given.back());
  }
  ids.insert(given[5]);  // again: no second copy
  EXPECT_EQ(ids.size(), given.size());
  for (uint64_t id : given) EXPECT_TRUE(ids.contains(id));
  EXPECT_FALSE(ids.contains(given[0] + 1));
  EXPECT_FALSE(world::IdSet().contains(0));
}

TEST(WorldDocIndex, PeopleAndEventsPerDocument) {
  world::SpillFile spill;
  world::DocIndex index(&spill);
  // many documents, then a person added to each older one (as a pending span resolved): the
  // entries are rewritten and compacted, none is lost
  const int n = 6000;
  for (int d = 0; d < n; ++d) {
    const std::string id = "doc" + std::to_string(d);
    index.SetPeople(
        id, {{"Joe Biden", 1}, {"Biden", 1}, {"Person " + std::to_string(d % 50), 2 + d % 50u}});
    index.SetEvents(id, {static_cast<uint32_t>(d)});
  }
  for (int d = 0; d < n; ++d) {
    const std::string id = "doc" + std::to_string(d);
    EXPECT_TRUE(index.AddPerson(id, "President Biden", 1));  // present under another name
    EXPECT_FALSE(index.AddPerson(id, "Olaf Scholz", 99));
    EXPECT_TRUE(index.AddPerson(id, "Olaf Scholz", 99));  // listed: not added twice
  }
  EXPECT_EQ(index.size(), static_cast<size_t>(n));
  for (int d = 0; d < n; d += 997) {
    const std::string id = "doc" + std::to_string(d);
    std::vector<std::pair<std::string, uint32_t>> people;
    index.ForPeople(id, [&](std::string_view name, uint32_t p) { people.emplace_back(name, p); });
    EXPECT_EQ(people, (std::vector<std::pair<std::string, uint32_t>>{
                          {"Joe Biden", 1},
                          {"Biden", 1},
                          {"Person " + std::to_string(d % 50), 2 + d % 50u},
                          {"President Biden", 1},
                          {"Olaf Scholz", 99}}));
    EXPECT_EQ(index.Events(id), (std::vector<uint32_t>{static_cast<uint32_t>(d)}));
  }
  // a document added again: its people are replaced, its events kept until set
  index.SetPeople("doc5", {{"Olaf Scholz", 99}});
  int count = 0;
  index.ForPeople("doc5", [&](std::string_view, uint32_t) { ++count; });
  EXPECT_EQ(count, 1);
  EXPECT_EQ(index.Events("doc5"), (std::vector<uint32_t>{5}));
  EXPECT_TRUE(index.Events("unknown").empty());
  index.ForPeople("unknown", [&](std::string_view, uint32_t) { ADD_FAILURE(); });
}

}  // namespace
}  // namespace newsgraph
