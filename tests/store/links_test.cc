// The link tables: written by ReplaceLinks, read back by the JSON queries; documents read back in
// link order for linking.
#include <gtest/gtest.h>

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "newsgraph/store.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

class LinksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("ng_links_" + std::to_string(::getpid()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  std::string AddDoc(const std::string& text, const std::string& published) {
    StoredDocument sd;
    sd.document.text = text;
    sd.document.id = MakeDocId(text);
    sd.document.source = "t";
    sd.document.format = "text";
    sd.document.title = text.substr(0, 20);
    sd.document.published = published;
    Analysis a;
    a.published = published;
    a.text_length = text.size();
    Person p;
    p.name = "Joe Biden";
    p.mentions.push_back({"Joe Biden", 0, 9});
    a.people.push_back(p);
    Quote q{"Joe Biden", "we will respond", 20, 35, "said"};
    a.quotes.push_back(q);
    sd.analysis = a;
    auto added = store_->Add({sd});
    EXPECT_TRUE(added.ok());
    return sd.document.id.hex;
  }

  // A small world by hand: two documents, one copying the other; one person; one event with a
  // conflict; one story.
  LinkOutput World(const std::string& a, const std::string& b) {
    LinkOutput out;
    CopyRelation r;
    r.copy = b;
    r.source = a;
    r.relation = "near-verbatim";
    r.direction = "earlier";
    r.similarity = 0.9;
    r.changes.push_back({"person", true, "Boris Johnson", 10, 23, "David Cameron", 10, 23, "claim"});
    out.copies.push_back(r);
    WorldPerson p;
    p.id = "P000000000001";
    p.name = "Joe Biden";
    p.aliases = {{"Joe Biden", 2}, {"Biden", 1}};
    p.offices.push_back({"President", "President", "United States", "2021-12-06", "2021-12-07", {a, b}});
    p.documents = 2;
    p.mentions = {{a, "Joe Biden", 0, 9}, {b, "Joe Biden", 0, 9}};
    out.people.push_back(p);
    WorldEvent e;
    e.id = "E000000000001";
    e.kind = "video call";
    e.participants = {{p.id, p.name}, {"", "Vladimir Putin"}};
    e.date = "2021-12-07";
    e.reports = {{a, 40, 60, "video call", "on Tuesday", "2021-12-07", "two hours", "happened", "2021-12-07", {}},
                 {b, 40, 60, "call", "", "", "an hour", "happened", "2021-12-08", {}}};
    out.events.push_back(e);
    Conflict c;
    c.id = "C000000000001";
    c.kind = "event-duration";
    c.subject = e.id;
    c.description = "how long the call lasted";
    c.sides = {{"two hours", {a}, {"two hours"}}, {"an hour", {b}, {"an hour"}}};
    out.conflicts.push_back(c);
    Story s;
    s.id = "S000000000001";
    s.title = "Biden and Putin";
    s.first = "2021-12-07";
    s.last = "2021-12-08";
    s.documents = {a, b};
    s.people = {p.id};
    s.events = {e.id};
    out.stories.push_back(s);
    out.story_of = {{a, s.id}, {b, s.id}};
    out.people_of = {{a, {{"Joe Biden", p.id}}}, {b, {{"Joe Biden", p.id}}}};
    out.documents = 2;
    return out;
  }

  fs::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(LinksTest, DocumentsComeInLinkOrder) {
  std::string late = AddDoc("Joe Biden said on Tuesday: we will respond.", "2021-12-08");
  std::string undated = AddDoc("Joe Biden spoke; an undated text.", "");
  std::string early = AddDoc("Joe Biden spoke to reporters on Monday.", "2021-12-06T10:00:00Z");
  std::vector<std::string> order;
  Status s = store_->ForEachLinkDocument([&](const LinkDocument& d, const std::vector<OfficeCheck>&) {
    order.push_back(d.id);
    EXPECT_EQ(d.analysis.people.size(), 1u);
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(order, (std::vector<std::string>{early, late, undated}));
  auto doc = store_->GetLinkDocument(late);
  ASSERT_TRUE(doc.ok());
  ASSERT_NE(*doc, nullptr);
  EXPECT_EQ((*doc)->text, "Joe Biden said on Tuesday: we will respond.");
  auto missing = store_->GetLinkDocument("0000000000000000");
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(*missing, nullptr);
}

// People are searched by any part of a name or alias (the trigram index person_names), in the
// order of the list; a store from before the index answers the same, read-only (not migrated)
// or after its migration (the index filled from the people stored).
TEST_F(LinksTest, PeopleSearchByAnyPartOfANameBeforeAndAfterTheIndex) {
  std::string a = AddDoc("Joe Biden said on Tuesday: we will respond.", "2021-12-07");
  std::string b = AddDoc("Joe Biden said on Wednesday: we will respond.", "2021-12-08");
  LinkOutput out = World(a, b);
  WorldPerson q;
  q.id = "P000000000002";
  q.name = "Zhou Enlai";
  q.aliases = {{"Zhou Enlai", 1}, {"Premier Zhou", 1}};
  q.documents = 1;
  out.people.push_back(q);
  ASSERT_TRUE(store_->ReplaceLinks(out).ok());
  auto ids = [&](Store& st, const std::string& words) {
    std::vector<std::string> v;
    auto rows = st.PeopleJson(words, false, 10, 0);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (rows.ok())
      for (const auto& r : *rows) v.push_back(Json::parse(r)["id"]);
    return v;
  };
  const std::vector<std::string> biden{"P000000000001"}, zhou{"P000000000002"},
      both{"P000000000001", "P000000000002"}, none;
  auto check = [&](Store& st) {
    EXPECT_EQ(ids(st, "IDE"), biden);         // inside a word, any case
    EXPECT_EQ(ids(st, "premier zh"), zhou);   // an alias only
    EXPECT_EQ(ids(st, "en"), both);           // shorter than a trigram: every name is read
    EXPECT_EQ(ids(st, "e_"), none);           // a LIKE wildcard is a character, not a wildcard
    EXPECT_EQ(ids(st, "Zhou%"), none);
    EXPECT_EQ(ids(st, "putin"), none);
    EXPECT_EQ(ids(st, ""), both);             // the list: by documents
    // by a whole name or alias, any case, or by id
    EXPECT_EQ(*st.FindPeople("premier ZHOU"), zhou);
    EXPECT_EQ(*st.FindPeople("P000000000001"), biden);
    EXPECT_TRUE(st.FindPeople("Premier Zho")->empty());
    EXPECT_TRUE(st.FindPeople("Premier_Zhou")->empty());
    // a person's events, in the list's order, with the date filters
    EventQuery q;
    q.person = "P000000000001";
    auto events = st.EventsJson(q);
    ASSERT_TRUE(events.ok()) << events.status().ToString();
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ(Json::parse((*events)[0])["id"], "E000000000001");
    q.from = "2021-12-08";
    EXPECT_TRUE(st.EventsJson(q)->empty());
    q.from = "";
    q.to = "2021-12-07";
    EXPECT_EQ(st.EventsJson(q)->size(), 1u);
  };
  check(*store_);
  store_.reset();
  // Back to version 3: no index, the list index of then.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "DROP TABLE person_names; DROP INDEX persons_rank; DROP INDEX events_order; "
                             "DROP INDEX event_participants_order; "
                             "ALTER TABLE event_participants DROP COLUMN date; "
                             "ALTER TABLE event_participants DROP COLUMN reports; "
                             "CREATE INDEX persons_documents ON persons(documents DESC, name); "
                             "UPDATE meta SET value='3' WHERE key='schema_version'",
                         nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  {
    auto ro = Store::Open(path_, StoreOptions{.read_only = true});
    ASSERT_TRUE(ro.ok()) << ro.status().ToString();
    check(**ro);
  }
  auto rw = Store::Open(path_);
  ASSERT_TRUE(rw.ok()) << rw.status().ToString();
  check(**rw);
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM person_names", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 4);  // Joe Biden, Biden, Zhou Enlai, Premier Zhou
  sqlite3_finalize(st);
  sqlite3_close(db);
}

// Three common letters (more than 4,096 matching names): the people are read in the list's order
// and tested one by one; the page is the one the few-matches way gives.
TEST_F(LinksTest, PeopleSearchWithManyMatchesPagesInTheListOrder) {
  LinkOutput out;
  for (int k = 0; k < 5000; ++k) {
    WorldPerson p;
    char id[16];
    std::snprintf(id, sizeof id, "P%012d", k);
    p.id = id;
    p.name = "Anna Smith" + std::to_string(k);
    p.aliases = {{p.name, 1}, {"Dr. Jones" + std::to_string(k), 1}};
    p.documents = static_cast<uint32_t>(k % 97);
    out.people.push_back(p);
  }
  ASSERT_TRUE(store_->ReplaceLinks(out).ok());
  // the expected order: documents descending, then name, then id (no mentions here)
  std::vector<const WorldPerson*> order;
  for (const WorldPerson& p : out.people) order.push_back(&p);
  std::sort(order.begin(), order.end(), [](const WorldPerson* a, const WorldPerson* b) {
    return a->documents != b->documents ? a->documents > b->documents
                                        : a->name != b->name ? a->name < b->name : a->id < b->id;
  });
  auto page = [&](const std::string& words, uint64_t offset) {
    std::vector<std::string> v;
    auto rows = store_->PeopleJson(words, false, 5, offset);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (rows.ok())
      for (const auto& r : *rows) v.push_back(Json::parse(r)["id"]);
    return v;
  };
  for (const char* words : {"SMITH", "jones", "nna"}) {
    for (uint64_t offset : {0u, 17u, 4990u}) {
      std::vector<std::string> want;
      for (uint64_t i = offset; i < offset + 5 && i < order.size(); ++i) want.push_back(order[i]->id);
      EXPECT_EQ(page(words, offset), want) << words << " at " << offset;
    }
  }
  EXPECT_EQ(page("Jones4321", 0), (std::vector<std::string>{"P000000004321"}));  // few: the index
  EXPECT_EQ(page("smith123", 0).size(), 5u);  // Smith123, Smith1230 ... (11 of them)
}

TEST_F(LinksTest, ReplaceLinksThenQuery) {
  std::string a = AddDoc("Joe Biden said on Tuesday: we will respond.", "2021-12-07");
  std::string b = AddDoc("Joe Biden said on Wednesday: we will respond.", "2021-12-08");
  ASSERT_TRUE(store_->ReplaceLinks(World(a, b)).ok());

  auto copies = store_->CopiesJson(b, 10, 0);
  ASSERT_TRUE(copies.ok());
  ASSERT_EQ(copies->size(), 1u);
  Json r = Json::parse((*copies)[0]);
  EXPECT_EQ(r["copy"], b);
  EXPECT_EQ(r["changes"][0]["copy_text"], "David Cameron");
  EXPECT_EQ(r["changes"][0]["contradicted_claim"], "claim");
  EXPECT_TRUE(store_->CopiesJson("ffffffffffffffff", 10, 0)->empty());

  auto people = store_->PeopleJson("bid", true, 10, 0);  // an alias, case-insensitively
  ASSERT_TRUE(people.ok());
  ASSERT_EQ(people->size(), 1u);
  Json p = Json::parse((*people)[0]);
  EXPECT_EQ(p["name"], "Joe Biden");
  EXPECT_EQ(p["mentions"].size(), 2u);
  EXPECT_EQ(p["offices"][0]["documents"].size(), 2u);
  EXPECT_EQ(*store_->FindPeople("biden"), (std::vector<std::string>{"P000000000001"}));
  EXPECT_TRUE(store_->FindPeople("Putin")->empty());

  EventQuery q;
  q.person = "P000000000001";
  auto events = store_->EventsJson(q);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  Json e = Json::parse((*events)[0]);
  EXPECT_EQ(e["reports"].size(), 2u);
  ASSERT_EQ(e["conflicts"].size(), 1u);
  EXPECT_EQ(e["conflicts"][0]["kind"], "event-duration");
  q.from = "2021-12-08";
  EXPECT_TRUE(store_->EventsJson(q)->empty());
  // How many events a person took part in: all of them, whatever a page holds.
  EXPECT_EQ(*store_->PersonEventCount("P000000000001"), 1u);
  EXPECT_EQ(*store_->PersonEventCount("Pnobody"), 0u);

  auto story = store_->StoryJson("S000000000001");
  ASSERT_TRUE(story.ok() && *story);
  EXPECT_EQ(Json::parse(**story)["people"][0]["name"], "Joe Biden");
  auto links = store_->GetDocumentLinks(b);
  ASSERT_TRUE(links.ok());
  EXPECT_EQ(links->story, "S000000000001");
  EXPECT_EQ(links->people.at("Joe Biden"), "P000000000001");
  EXPECT_EQ(links->events, (std::vector<std::string>{"E000000000001"}));
  EXPECT_EQ(links->copies.size(), 1u);
  auto quotes = store_->PersonQuotes("P000000000001", 10);
  ASSERT_TRUE(quotes.ok());
  EXPECT_EQ(quotes->size(), 2u);

  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->persons, 1u);
  EXPECT_EQ(stats->events, 1u);
  EXPECT_EQ(stats->conflicts, 1u);
  EXPECT_EQ(stats->copies, 1u);
  EXPECT_EQ(stats->stories, 1u);

  // Replacing with an empty result empties every table.
  ASSERT_TRUE(store_->ReplaceLinks(LinkOutput{}).ok());
  stats = store_->Stats();
  EXPECT_EQ(stats->persons + stats->events + stats->conflicts + stats->copies + stats->stories, 0u);
  EXPECT_TRUE(store_->GetDocumentLinks(b)->story.empty());
}

TEST_F(LinksTest, ReadOnlyStoreCannotBeLinked) {
  AddDoc("Joe Biden said on Tuesday: we will respond.", "2021-12-07");
  store_.reset();
  StoreOptions ro;
  ro.read_only = true;
  auto s = Store::Open(path_, ro);
  ASSERT_TRUE(s.ok());
  Status st = (*s)->ReplaceLinks(LinkOutput{});
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("readonly"), std::string::npos) << st.ToString();
}

}  // namespace
}  // namespace newsgraph
