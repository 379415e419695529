#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "newsgraph/analyze.h"
#include "newsgraph/store.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("ng_store_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static StoredDocument Doc(const std::string& text, const std::string& source, uint64_t record) {
    StoredDocument sd;
    sd.document.text = text;
    sd.document.id = MakeDocId(text);
    sd.document.source = source;
    sd.document.record = record;
    sd.document.format = "text";
    sd.document.title = "Title of " + source;
    sd.document.published = "2021-12-06";
    sd.document.authors = {"A. Writer", "B. Writer"};
    return sd;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(StoreTest, AddsAndReadsBackDocuments) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto added = (*store)->Add({Doc("Biden spoke with Putin on Tuesday.", "a.txt", 0),
                              Doc("Lavrov met Blinken in Stockholm.", "b.txt", 0)});
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_EQ(*added, 2u);
  auto doc = (*store)->GetDocument(MakeDocId("Lavrov met Blinken in Stockholm.").hex);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Lavrov met Blinken in Stockholm.");
  EXPECT_EQ(doc->source, "b.txt");
  EXPECT_EQ(doc->authors, (std::vector<std::string>{"A. Writer", "B. Writer"}));
  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 2u);
}

TEST_F(StoreTest, SameContentIsStoredOnceWithEveryPlace) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_EQ(*(*store)->Add({Doc("Same text.", "a.txt", 0)}), 1u);
  // The same text again (even re-spaced, curly quotes) from another place adds no document.
  ASSERT_EQ(*(*store)->Add({Doc("Same   text.", "b.jsonl", 7)}), 0u);
  ASSERT_EQ(*(*store)->Add({Doc("Same text.", "a.txt", 0)}), 0u);
  auto places = (*store)->GetPlaces(MakeDocId("Same text.").hex);
  ASSERT_TRUE(places.ok());
  ASSERT_EQ(places->size(), 2u);
  EXPECT_EQ((*places)[0], (std::pair<std::string, uint64_t>{"a.txt", 0}));
  EXPECT_EQ((*places)[1], (std::pair<std::string, uint64_t>{"b.jsonl", 7}));
  EXPECT_EQ((*store)->Stats()->documents, 1u);
}

TEST_F(StoreTest, AnalysisRoundTrips) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  StoredDocument sd = Doc("President Joe Biden called Zelensky.", "a.txt", 0);
  Analysis a;
  a.published = "2021-04-02";
  a.text_length = sd.document.text.size();
  a.people.push_back({"Joe Biden", {{"President Joe Biden", 0, 19}}, "President", "President", "United States"});
  a.people.push_back({"Volodymyr Zelensky", {{"Zelensky", 27, 35}}, "", "", ""});
  a.places.push_back({"Kyiv", {{"Kyiv", 40, 44}}});
  a.quotes.push_back({"Joe Biden", "we stand with you", 50, 67, "said"});
  a.communications.push_back({{"Joe Biden", "Volodymyr Zelensky"}, "phone call", "on Friday", "2021-04-02",
                              "happened", "30 to 40 minutes", 0, 36});
  a.numbers.push_back({"more than $2 billion", 2e9, "USD", "more than", 3, 23});
  a.numbers.push_back({"30 to 40 minutes", 30, "minutes", "", 40, 56, 40});
  a.statements.push_back({"Joe Biden", "said", "on Friday", "2021-04-02", 0, 20});
  sd.analysis = a;
  sd.signature = ComputeSignature(sd.document.text);
  ASSERT_EQ(*(*store)->Add({sd}), 1u);
  auto got = (*store)->GetAnalysis(sd.document.id.hex);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(got->has_value());
  const Analysis& b = **got;
  ASSERT_EQ(b.people.size(), 2u);
  EXPECT_EQ(b.people[0].name, "Joe Biden");
  EXPECT_EQ(b.people[0].country, "United States");
  ASSERT_EQ(b.people[0].mentions.size(), 1u);
  EXPECT_EQ(b.people[0].mentions[0].end, 19u);
  ASSERT_EQ(b.places.size(), 1u);
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].cue, "said");
  ASSERT_EQ(b.communications.size(), 1u);
  EXPECT_EQ(b.communications[0].participants, (std::vector<std::string>{"Joe Biden", "Volodymyr Zelensky"}));
  EXPECT_EQ(b.communications[0].duration, "30 to 40 minutes");
  ASSERT_EQ(b.numbers.size(), 2u);
  EXPECT_DOUBLE_EQ(b.numbers[0].value, 2e9);
  EXPECT_DOUBLE_EQ(b.numbers[1].value_max, 40);
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(b.statements[0].date, "2021-04-02");
  EXPECT_EQ(b.statements[0].kind, "said");
  auto stats = (*store)->Stats();
  EXPECT_EQ(stats->people, 2u);
  EXPECT_EQ(stats->quotes, 1u);
  EXPECT_EQ(stats->analyzed, 1u);
}

TEST_F(StoreTest, VagueFiguresRoundTripAsAnalysed) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  StoredDocument sd = Doc("Hundreds of thousands of people marched, several thousand teachers walked out "
                          "and at least 300 people were arrested.", "v.txt", 0);
  AnalyzeOptions o;
  o.published = "2021-12-06";
  o.use_ner = false;
  sd.analysis = AnalyzeText(sd.document.text, o);
  int vague = 0;
  for (const NumberClaim& n : sd.analysis->numbers) vague += n.vague;
  ASSERT_EQ(vague, 2) << AnalysisToJson(*sd.analysis);
  sd.signature = ComputeSignature(sd.document.text);
  ASSERT_EQ(*(*store)->Add({sd}), 1u);
  auto got = (*store)->GetAnalysis(sd.document.id.hex);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ(AnalysisToJson(**got), AnalysisToJson(*sd.analysis));
  const NumberClaim& n = (**got).numbers[0];
  EXPECT_TRUE(n.vague);
  EXPECT_EQ(n.value, 200000);
  EXPECT_EQ(n.qualifier, "at least");
  // "at least 300": an exact bound, not vague
  bool exact = false;
  for (const NumberClaim& x : (**got).numbers) exact = exact || (x.value == 300 && !x.vague);
  EXPECT_TRUE(exact);
  // stored without NULLs: the bound in value, the qualifier "vague"
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM numbers WHERE qualifier='vague' AND value >= 2000", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 2);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(StoreTest, ScoresRoundTripWithTheirSidesInOrder) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  StoredDocument sd = Doc("The visitors lost 87-93 in Denver, and Ortega won 6-1, 6-4 the next day.",
                          "s.txt", 0);
  AnalyzeOptions o;
  o.use_ner = false;
  sd.analysis = AnalyzeText(sd.document.text, o);
  ASSERT_EQ(sd.analysis->numbers.size(), 2u) << AnalysisToJson(*sd.analysis);
  sd.signature = ComputeSignature(sd.document.text);
  ASSERT_EQ(*(*store)->Add({sd}), 1u);
  auto got = (*store)->GetAnalysis(sd.document.id.hex);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ(AnalysisToJson(**got), AnalysisToJson(*sd.analysis));
  const NumberClaim& result = (**got).numbers[0];
  EXPECT_TRUE(result.score);
  EXPECT_FALSE(result.vague);
  EXPECT_EQ(result.value, 87);
  EXPECT_EQ(result.value_max, 93);
  EXPECT_EQ(result.qualifier, "");
  const NumberClaim& sets = (**got).numbers[1];
  EXPECT_TRUE(sets.score);
  EXPECT_TRUE(sets.vague);
  EXPECT_EQ(sets.qualifier, "");
}

TEST_F(StoreTest, OfficeChecksRoundTripAndFilterByVerdict) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  StoredDocument a = Doc("British Prime Minister David Cameron spoke.", "a.txt", 0);
  a.checks.push_back({"David Cameron", "Prime Minister", "United Kingdom", "Prime Minister",
                      "2021-12-06", "contradicted", "David Cameron is Prime Minister of the UK",
                      "Boris Johnson held it"});
  a.checks.push_back({"Angela Merkel", "Chancellor", "Germany", "Head of Government",
                      "2021-12-06", "supported", "Angela Merkel is Chancellor of Germany", "Merkel"});
  StoredDocument b = Doc("No claims here.", "b.txt", 0);
  ASSERT_TRUE((*store)->Add({a, b}).ok());
  auto got = (*store)->GetChecks(a.document.id.hex);
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 2u);
  EXPECT_EQ((*got)[0].person, "David Cameron");
  EXPECT_EQ((*got)[0].why, "Boris Johnson held it");
  EXPECT_EQ((*got)[1].table_office, "Head of Government");
  auto bad = (*store)->Checks("contradicted", 10);
  ASSERT_TRUE(bad.ok());
  ASSERT_EQ(bad->size(), 1u);
  EXPECT_EQ((*bad)[0].doc_id, a.document.id.hex);
  EXPECT_EQ((*bad)[0].title, "Title of a.txt");
  EXPECT_EQ((*bad)[0].check.verdict, "contradicted");
  EXPECT_EQ((*store)->Checks("", 10)->size(), 2u);
  EXPECT_EQ((*store)->Checks("", 1)->size(), 1u);
  EXPECT_TRUE((*store)->GetChecks(b.document.id.hex)->empty());
}

TEST_F(StoreTest, VersionOneDatabaseGainsTheChecksTable) {
  {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Add({Doc("Stored before checks existed.", "old.txt", 0)}).ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "DROP TABLE checks; UPDATE meta SET value='1' WHERE key='schema_version'",
                         nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  {  // read-only (as `serve` opens it): not migrated, and no checks to show
    auto ro = Store::Open(path_, StoreOptions{.read_only = true});
    ASSERT_TRUE(ro.ok()) << ro.status().ToString();
    auto checks = (*ro)->Checks("", 10);
    ASSERT_TRUE(checks.ok()) << checks.status().ToString();
    EXPECT_TRUE(checks->empty());
    auto stats = (*ro)->Stats();
    ASSERT_TRUE(stats.ok()) << stats.status().ToString();
    EXPECT_EQ(stats->contradicted, 0u);
  }
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Stats()->documents, 1u);  // nothing lost
  StoredDocument c = Doc("Prime Minister David Cameron, again.", "new.txt", 0);
  c.checks.push_back({"David Cameron", "Prime Minister", "United Kingdom", "Prime Minister",
                      "2021-12-06", "contradicted", "claim", "why"});
  ASSERT_TRUE((*store)->Add({c}).ok());
  EXPECT_EQ((*store)->Checks("contradicted", 10)->size(), 1u);
  EXPECT_EQ((*store)->Stats()->contradicted, 1u);
  sqlite3_open(path_.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key='schema_version'", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "4");
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(StoreTest, VersionTwoDatabaseGainsTheLinkTables) {
  {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Add({Doc("Stored before linking existed.", "old.txt", 0)}).ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  for (const char* t : {"copies", "persons", "person_aliases", "person_offices", "person_mentions",
                        "document_people", "events", "event_participants", "event_reports", "conflicts",
                        "stories", "story_documents", "story_changes"}) {
    std::string drop = std::string("DROP TABLE ") + t;
    ASSERT_EQ(sqlite3_exec(db, drop.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << t;
  }
  ASSERT_EQ(sqlite3_exec(db, "UPDATE meta SET value='2' WHERE key='schema_version'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  {  // read-only: not migrated; the link queries answer empty instead of failing
    auto ro = Store::Open(path_, StoreOptions{.read_only = true});
    ASSERT_TRUE(ro.ok()) << ro.status().ToString();
    auto people = (*ro)->PeopleJson("", false, 10, 0);
    ASSERT_TRUE(people.ok()) << people.status().ToString();
    EXPECT_TRUE(people->empty());
    EXPECT_TRUE((*ro)->StoriesJson(10, 0)->empty());
    EXPECT_EQ((*ro)->Stats()->stories, 0u);
    EXPECT_FALSE((*ro)->ReplaceLinks(LinkOutput{}).ok());
  }
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Stats()->documents, 1u);  // nothing lost
  LinkOutput out;
  Story s;
  s.id = "S1";
  s.documents = {MakeDocId("Stored before linking existed.").hex};
  out.stories.push_back(s);
  ASSERT_TRUE((*store)->ReplaceLinks(out).ok());
  EXPECT_EQ((*store)->Stats()->stories, 1u);
}

TEST_F(StoreTest, FullTextSearchFindsWordsAndRejectsBadSyntax) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Add({Doc("Blinken warned Lavrov of severe consequences.", "a.txt", 0),
                             Doc("Merkel and Johnson joined the conference call.", "b.txt", 0)}).ok());
  auto hits = (*store)->Search("lavrov consequences", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].source, "a.txt");
  EXPECT_NE((*hits)[0].snippet.find("[Lavrov]"), std::string::npos);
  auto bad = (*store)->Search("\"unbalanced", 10);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(StoreTest, MissingDocumentIsNotFound) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  auto doc = (*store)->GetDocument("0123456789abcdef");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(), "Not found: no document with id 0123456789abcdef");
}

TEST_F(StoreTest, NotADatabaseIsCorruption) {
  { std::ofstream(path_) << "this is not an sqlite file, just some text that is long enough........"; }
  auto store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption) << store.status().ToString();
}

TEST_F(StoreTest, NewerSchemaIsRefused) {
  { ASSERT_TRUE(Store::Open(path_).ok()); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE meta SET value='99' WHERE key='schema_version'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(store.status().message().find("schema version 99 is newer"), std::string::npos);
}

TEST_F(StoreTest, ReadOnlyOpenOfMissingFileFails) {
  StoreOptions ro;
  ro.read_only = true;
  auto store = Store::Open((dir_ / "missing.db").string(), ro);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIOError) << store.status().ToString();
}

TEST_F(StoreTest, IntegrityCheckPasses) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Add({Doc("x y z", "a", 0)}).ok());
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
}

}  // namespace
}  // namespace newsgraph
