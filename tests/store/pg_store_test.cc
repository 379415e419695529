// The PostgreSQL backend against the SQLite one: the same documents in, the same answers out.
// Needs a server: set NEWSGRAPH_TEST_PG_URL to a database the test may create databases from
// (e.g. the one scripts/pg/pg-up.sh prints); skipped otherwise. Each test gets a new database.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "newsgraph/analyze.h"
#include "newsgraph/pipeline.h"
#include "newsgraph/store.h"
#include "store/json_view.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

class PgStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* base = std::getenv("NEWSGRAPH_TEST_PG_URL");
    if (!base || !*base) GTEST_SKIP() << "NEWSGRAPH_TEST_PG_URL not set (scripts/pg/pg-up.sh DIR prints one)";
    std::string b = base;
    name_ = "ng_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    admin_ = PQconnectdb(b.c_str());
    ASSERT_EQ(PQstatus(admin_), CONNECTION_OK) << PQerrorMessage(admin_);
    PQsetNoticeProcessor(admin_, [](void*, const char*) {}, nullptr);
    Run("DROP DATABASE IF EXISTS " + name_);
    Run("CREATE DATABASE " + name_);
    url_ = b.substr(0, b.rfind('/') + 1) + name_;
    dir_ = fs::temp_directory_path() / ("ng_pg_" + name_);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (admin_) {
      Run("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
      PQfinish(admin_);
    }
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  void Run(const std::string& sql) {
    PGresult* r = PQexec(admin_, sql.c_str());
    EXPECT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << PQerrorMessage(admin_);
    PQclear(r);
  }

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
    AnalyzeOptions ao;
    ao.published = "2021-12-06";
    sd.analysis = AnalyzeText(text, ao);
    sd.checks = CheckOffices(*sd.analysis, text);
    return sd;
  }

  static std::vector<StoredDocument> Corpus() {
    return {Doc("Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva on Monday. "
                "Lavrov told reporters: \"We expect an answer by Friday.\" About 2,000 people protested.",
                "a.jsonl", 0),
            Doc("President Joe Biden spoke with Chancellor Olaf Scholz by phone on 3 March, the White House said. "
                "The plan would cost 40 million euros.",
                "a.jsonl", 1),
            Doc("Prime Minister Boris Johnson said on Tuesday that talks on grain exports would resume.", "b.txt", 0)};
  }

  PGconn* admin_ = nullptr;
  std::string name_, url_;
  fs::path dir_;
};

TEST(StoreUrlTest, PicksTheBackendByScheme) {
  EXPECT_TRUE(Store::IsPostgresUrl("postgresql://u@h/db"));
  EXPECT_TRUE(Store::IsPostgresUrl("postgres://h/db"));
  EXPECT_FALSE(Store::IsPostgresUrl("news.db"));
  EXPECT_FALSE(Store::IsPostgresUrl("/data/postgresql://x"));
}

TEST(StoreUrlTest, UnreachableServerIsAnIOErrorWithoutThePassword) {
  auto s = Store::Open("postgresql://user:secret@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kIOError);
  EXPECT_EQ(s.status().message().rfind("cannot open database postgresql://user:***@127.0.0.1:1/none", 0), 0u)
      << s.status().message();
  EXPECT_EQ(s.status().message().find("secret"), std::string::npos);
}

TEST(ShardTest, EveryRecordBelongsToExactlyOneShardAndSharesAreEven) {
  std::map<unsigned, int> per_shard;
  for (uint64_t r = 0; r < 8000; ++r) {
    unsigned s = ShardOf("/data/crawl.warc.gz", r, true, 8);
    ASSERT_LT(s, 8u);
    EXPECT_EQ(s, ShardOf("/data/crawl.warc.gz", r, true, 8));  // deterministic
    ++per_shard[s];
  }
  for (const auto& [shard, n] : per_shard) EXPECT_NEAR(n, 1000, 150) << "shard " << shard;
  // A whole file: the record number does not matter.
  EXPECT_EQ(ShardOf("a.jsonl", 0, false, 8), ShardOf("a.jsonl", 99, false, 8));
  EXPECT_EQ(ShardOf("anything", 5, true, 1), 0u);
}

TEST_F(PgStoreTest, SameAnswersAsSqlite) {
  auto pg = Store::Open(url_);
  ASSERT_TRUE(pg.ok()) << pg.status().ToString();
  auto lite = Store::Open((dir_ / "t.db").string());
  ASSERT_TRUE(lite.ok()) << lite.status().ToString();
  for (Store* s : {pg->get(), lite->get()}) {
    auto added = s->Add(Corpus());
    ASSERT_TRUE(added.ok()) << added.status().ToString();
    EXPECT_EQ(*added, 3u);
    auto again = s->Add(Corpus());  // idempotent
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0u);
    ASSERT_TRUE(RelinkStore(*s).ok());
  }
  Store& a = **lite;
  Store& b = **pg;
  for (const StoredDocument& sd : Corpus()) {
    const std::string& id = sd.document.id.hex;
    EXPECT_EQ(DocumentJson(*a.GetDocument(id)), DocumentJson(*b.GetDocument(id)));
    EXPECT_EQ(AnalysisJson(*a.GetAnalysis(id)), AnalysisJson(*b.GetAnalysis(id)));
    EXPECT_EQ(AnalysisJson(*b.GetAnalysis(id)), AnalysisJson(sd.analysis));
    EXPECT_EQ(ChecksJson(*a.GetChecks(id)), ChecksJson(*b.GetChecks(id)));
    EXPECT_EQ(PlacesJson(*a.GetPlaces(id)), PlacesJson(*b.GetPlaces(id)));
    EXPECT_EQ(*a.HasDocument(id), true);
    EXPECT_EQ(*b.HasDocument(id), true);
  }
  EXPECT_EQ(StatsJson(*a.Stats()), StatsJson(*b.Stats()));
  EXPECT_GT(b.Stats()->persons, 0u);
  auto list_a = a.ListDocuments(10, 0), list_b = b.ListDocuments(10, 0);
  ASSERT_EQ(list_a->size(), list_b->size());
  for (size_t i = 0; i < list_a->size(); ++i) EXPECT_EQ(SummaryJson((*list_a)[i]), SummaryJson((*list_b)[i]));
  auto people_a = a.People("", 100), people_b = b.People("", 100);
  ASSERT_EQ(people_a->size(), people_b->size());
  for (size_t i = 0; i < people_a->size(); ++i) EXPECT_EQ((*people_a)[i].name, (*people_b)[i].name);
  EXPECT_EQ(*a.PeopleJson("lavrov", true, 10, 0), *b.PeopleJson("lavrov", true, 10, 0));
  EXPECT_EQ(*a.FindPeople("SERGEY LAVROV"), *b.FindPeople("SERGEY LAVROV"));
  EXPECT_EQ(*a.EventsJson({}), *b.EventsJson({}));
  EXPECT_EQ(*a.StoriesJson(10, 0), *b.StoriesJson(10, 0));
  EXPECT_EQ(a.Quotes("Lavrov", 10)->size(), b.Quotes("Lavrov", 10)->size());
  EXPECT_TRUE(b.CheckIntegrity().ok());
}

TEST_F(PgStoreTest, SearchFindsWordsAndMarksThem) {
  auto pg = Store::Open(url_);
  ASSERT_TRUE(pg.ok()) << pg.status().ToString();
  ASSERT_TRUE((*pg)->Add(Corpus()).ok());
  auto hits = (*pg)->Search("grain exports", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].source, "b.txt");
  EXPECT_NE((*hits)[0].snippet.find("[grain]"), std::string::npos) << (*hits)[0].snippet;
  auto none = (*pg)->Search("grain -exports", 10);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(PgStoreTest, ReadOnlyOpenOfAnEmptyDatabaseSaysSo) {
  StoreOptions ro;
  ro.read_only = true;
  auto s = Store::Open(url_, ro);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a newsgraph database"), std::string::npos) << s.status().message();
  // A writable open creates the schema; a read-only store then refuses writes.
  ASSERT_TRUE(Store::Open(url_).ok());
  auto r = Store::Open(url_, ro);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE((*r)->Add(Corpus()).ok());
}

TEST_F(PgStoreTest, TextPostgresCannotHoldIsCleanedNotFatal) {
  auto pg = Store::Open(url_);
  ASSERT_TRUE(pg.ok());
  StoredDocument sd = Doc("plain text", std::string("bad\xff\0name.txt", 13), 0);
  sd.document.title = std::string("nul\0in title", 12);
  auto added = (*pg)->Add({sd});
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_EQ(*added, 1u);
  auto doc = (*pg)->GetDocument(sd.document.id.hex);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "nul\xEF\xBF\xBDin title");
  EXPECT_EQ(doc->source, "bad\xEF\xBF\xBD\xEF\xBF\xBDname.txt");
}

}  // namespace
}  // namespace newsgraph
