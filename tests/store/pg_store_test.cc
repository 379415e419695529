// The PostgreSQL backend against the SQLite one: the same documents in, the same answers out.
// Needs a server: set NEWSGRAPH_TEST_PG_URL to a database the test may create databases from
// (e.g. the one scripts/pg/pg-up.sh prints); skipped otherwise. Each test gets a new database.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "newsgraph/analyze.h"
#include "newsgraph/link.h"
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

  // One column of a query on the test's database, rows joined by newlines.
  std::string Sql(const std::string& sql) {
    PGconn* c = PQconnectdb(url_.c_str());
    EXPECT_EQ(PQstatus(c), CONNECTION_OK) << PQerrorMessage(c);
    PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
    PGresult* r = PQexec(c, sql.c_str());
    EXPECT_TRUE(PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK)
        << sql << ": " << PQerrorMessage(c);
    std::string out;
    for (int i = 0; i < PQntuples(r); ++i) out += std::string(PQgetvalue(r, i, 0)) + "\n";
    PQclear(r);
    PQfinish(c);
    return out;
  }

  // A link output as a link run of `n` people would give it: names that share "Abc" (so that a
  // search for it meets more than the search's index lookup limit when n > 4096), aliases that
  // are not part of the name, ties in the people's order, dated and undated events.
  static LinkOutput World(int n) {
    LinkOutput out;
    auto hex = [](const char* prefix, int k) {
      char buf[20];
      std::snprintf(buf, sizeof buf, "%s%012x", prefix, static_cast<unsigned>(k) * 2654435761u);
      return std::string(buf);
    };
    for (int k = 0; k < n; ++k) {
      WorldPerson p;
      p.id = hex("P", k);
      p.name = "Person Abc" + std::to_string(k);
      p.aliases = {{"Nick" + std::to_string(k % 37), static_cast<uint32_t>(k % 5 + 1)}, {p.name, 1}};
      p.documents = static_cast<uint32_t>((k * 37) % 11 + 1);
      for (int m = 0; m < (k % 40 == 0 ? 2 : k % 40 == 1); ++m)
        p.mentions.push_back(
            {hex("d", k + m), p.name, static_cast<uint32_t>(10 * m), static_cast<uint32_t>(10 * m + 5)});
      out.people.push_back(std::move(p));
    }
    WorldPerson z;
    z.id = hex("P", n);
    z.name = "Volodymyr Zelensky";
    z.aliases = {{"Zelenskiy", 4}, {"Zelensky", 3}, {"Володимир Зеленський", 1}};
    z.documents = 7;
    out.people.push_back(z);
    WorldPerson w;
    w.id = hex("P", n + 1);
    w.name = "Zoë 100%_Ärger";
    w.aliases = {{"Back\\slash", 1}};
    w.documents = 7;
    out.people.push_back(w);
    for (int e = 0; e < n / 10; ++e) {
      WorldEvent ev;
      ev.id = hex("E", e);
      ev.kind = e % 2 ? "call" : "meeting";
      if (e % 7)  // every seventh event undated
        ev.date = "2021-" + std::string(e % 12 < 9 ? "0" : "") + std::to_string(e % 12 + 1) + "-1" +
                  std::to_string(e % 10);
      ev.participants = {{out.people[e % 10].id, out.people[e % 10].name},
                         {out.people[(e * 5) % n].id, out.people[(e * 5) % n].name},
                         {"", "a group"}};
      for (int r = 0; r < (e / 7) % 4 + 1; ++r)  // events of one date differ in reports
        ev.reports.push_back({hex("d", e + r), 10, 20, "call", "", ev.date, "", "happened", "", {}});
      out.events.push_back(std::move(ev));
    }
    out.documents = static_cast<uint64_t>(n);
    return out;
  }

  // The people and events answers of a store, as the API gives them.
  static std::string PeopleAndEvents(Store& s, const std::vector<std::string>& searches) {
    std::string out;
    auto add = [&](const auto& r) {
      EXPECT_TRUE(r.ok()) << r.status().ToString();
      if (!r.ok()) return;
      for (const auto& x : *r) out += x + "\n";
      out += "--\n";
    };
    add(s.PeopleJson("", false, 20, 0));
    add(s.PeopleJson("", true, 20, 40));
    add(s.PeopleJson("", false, 5, 4000));
    for (const std::string& q : searches) {
      add(s.PeopleJson(q, false, 50, 0));
      add(s.PeopleJson(q, true, 7, 30));
      add(s.FindPeople(q));
    }
    add(s.EventsJson({}));
    add(s.EventsJson({"", "", "", 10, 25}));
    add(s.EventsJson({"", "", "", 50, 380}));
    add(s.EventsJson({"", "2021-03-01", "2021-06-30", 20, 3}));
    // The first people of the list, and the people of the first events (with many events each).
    std::vector<std::string> ids;
    auto people = s.PeopleJson("", false, 12, 0);
    auto events = s.EventsJson({"", "", "", 5, 0});
    EXPECT_TRUE(people.ok() && events.ok());
    for (const auto* list : {&*people, &*events})
      for (const std::string& j : *list)
        for (size_t at = j.find("\"id\":\"P"); at != std::string::npos; at = j.find("\"id\":\"P", at + 1))
          if (std::find(ids.begin(), ids.end(), j.substr(at + 6, 13)) == ids.end()) ids.push_back(j.substr(at + 6, 13));
    for (const std::string& id : ids) {
      add(s.EventsJson({id, "", "", 50, 0}));
      add(s.EventsJson({id, "", "", 2, 1}));
      add(s.EventsJson({id, "2021-02-01", "", 50, 0}));
      auto count = s.PersonEventCount(id);
      EXPECT_TRUE(count.ok());
      out += "events of " + id + ": " + std::to_string(count.ok() ? *count : 0) + "\n";
      auto p = s.PersonJson(id, true);
      EXPECT_TRUE(p.ok());
      out += p->value_or("none") + "\n";
      auto quotes = s.PersonQuotes(id, 3);
      EXPECT_TRUE(quotes.ok());
      for (const QuoteRow& q : *quotes) out += q.doc_id + " " + q.speaker + " " + q.text + "\n";
    }
    return out;
  }

  // Takes a version 4 database back to version 3's tables, columns and indexes.
  void MakeVersion3() {
    Sql("DROP TABLE person_names; DROP INDEX persons_rank, events_order, event_participants_order, "
        "document_people_person_doc; ALTER TABLE event_participants DROP COLUMN date, DROP COLUMN reports; "
        "ALTER TABLE persons DROP COLUMN list_position; ALTER TABLE events DROP COLUMN list_position; "
        "CREATE INDEX persons_documents ON persons(documents DESC, name); "
        "CREATE INDEX document_people_person ON document_people(person_id); "
        "UPDATE meta SET value = '3' WHERE key = 'schema_version'");
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
  // Summaries in the order asked, unknown ids left out, an id asked twice given twice.
  const std::vector<std::string> ids = {Corpus()[2].document.id.hex, "0000000000000000", Corpus()[0].document.id.hex,
                                        Corpus()[2].document.id.hex, "a\"b\\c"};
  auto sums_a = a.Summaries(ids), sums_b = b.Summaries(ids);
  ASSERT_TRUE(sums_b.ok()) << sums_b.status().ToString();
  ASSERT_EQ(sums_b->size(), 3u);
  ASSERT_EQ(sums_a->size(), sums_b->size());
  for (size_t i = 0; i < sums_a->size(); ++i) EXPECT_EQ(SummaryJson((*sums_a)[i]), SummaryJson((*sums_b)[i]));
  EXPECT_TRUE(b.Summaries({})->empty());
  auto people_a = a.People("", 100), people_b = b.People("", 100);
  ASSERT_EQ(people_a->size(), people_b->size());
  for (size_t i = 0; i < people_a->size(); ++i) EXPECT_EQ((*people_a)[i].name, (*people_b)[i].name);
  EXPECT_EQ(*a.PeopleJson("lavrov", true, 10, 0), *b.PeopleJson("lavrov", true, 10, 0));
  EXPECT_EQ(*a.FindPeople("SERGEY LAVROV"), *b.FindPeople("SERGEY LAVROV"));
  EXPECT_EQ(*a.EventsJson({}), *b.EventsJson({}));
  EXPECT_EQ(PeopleAndEvents(a, {"lavrov", "o", "Joe Biden"}), PeopleAndEvents(b, {"lavrov", "o", "Joe Biden"}));
  EXPECT_EQ(*a.StoriesJson(10, 0), *b.StoriesJson(10, 0));
  EXPECT_EQ(a.Quotes("Lavrov", 10)->size(), b.Quotes("Lavrov", 10)->size());
  EXPECT_TRUE(b.CheckIntegrity().ok());
}

TEST_F(PgStoreTest, PeopleAndEventsAsSqliteForTheSameLinkOutput) {
  // 4,100 people: "abc" matches more names than the index lookup takes (the list-order scan),
  // "abc41" fewer (the index); both give SQLite's answers, in SQLite's order.
  const LinkOutput world = World(4100);
  auto pg = Store::Open(url_);
  ASSERT_TRUE(pg.ok()) << pg.status().ToString();
  auto lite = Store::Open((dir_ / "t.db").string());
  ASSERT_TRUE(lite.ok()) << lite.status().ToString();
  ASSERT_TRUE((*pg)->ReplaceLinks(world).ok());
  ASSERT_TRUE((*lite)->ReplaceLinks(world).ok());
  const std::vector<std::string> searches = {"abc",  "abc41",    "zelenskiy", "ELENSK", "nick3",
                                             "Zoë",  "ZOË",  "100%",     "%_",    "_",         "slash",  "k\\s",
                                             "e",    "зел",  "nobody",   "Volodymyr Zelensky"};
  const std::string a = PeopleAndEvents(**lite, searches);
  EXPECT_EQ(a, PeopleAndEvents(**pg, searches));
  EXPECT_EQ(Sql("SELECT to_regclass('person_names_trgm') IS NOT NULL"), "t\n");
  // By an alias that is no part of the name, by a part of the name in any ASCII case, literally.
  auto by_alias = (*pg)->PeopleJson("zelenskiy", false, 10, 0);
  ASSERT_TRUE(by_alias.ok());
  ASSERT_EQ(by_alias->size(), 1u);
  EXPECT_NE((*by_alias)[0].find("\"name\":\"Volodymyr Zelensky\""), std::string::npos);
  EXPECT_EQ((*pg)->PeopleJson("LENSK", false, 10, 0)->size(), 1u);
  EXPECT_EQ((*pg)->PeopleJson("%_", false, 10, 0)->size(), 1u);
  EXPECT_EQ((*pg)->PeopleJson("ZOË", false, 10, 0)->size(), 0u);  // ASCII letters fold, as in SQLite
  EXPECT_EQ((*pg)->PeopleJson("abc", false, 50, 4090)->size(), 10u);
  EXPECT_EQ((*pg)->FindPeople("zelenskiy")->size(), 1u);
  EXPECT_EQ((*pg)->FindPeople("zelensk")->size(), 0u);  // a whole name or alias
  // A person's events come in the list's order from the participations alone.
  EXPECT_EQ(Sql("SELECT count(*) FROM event_participants p JOIN events e ON e.id = p.event_id "
                "WHERE p.date = e.date AND p.reports = e.reports"),
            Sql("SELECT count(*) FROM event_participants"));
}

TEST_F(PgStoreTest, Version3MigratesToTheCurrentVersionWithTheSameAnswers) {
  {
    auto pg = Store::Open(url_);
    ASSERT_TRUE(pg.ok()) << pg.status().ToString();
    ASSERT_TRUE((*pg)->Add(Corpus()).ok());
    ASSERT_TRUE(RelinkStore(**pg).ok());
  }
  const std::vector<std::string> searches = {"lavrov", "AVRO", "Joe Biden", "o", "sch"};
  StoreOptions ro;
  ro.read_only = true;
  std::string v4;
  {
    auto s = Store::Open(url_, ro);
    ASSERT_TRUE(s.ok());
    v4 = PeopleAndEvents(**s, searches);
  }
  EXPECT_NE(v4.find("Lavrov"), std::string::npos);
  EXPECT_NE(v4.find("We expect an answer by Friday."), std::string::npos);  // a person's quotes
  MakeVersion3();
  {
    auto s = Store::Open(url_, ro);  // read-only: not migrated, answered by version 3's queries
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_EQ(PeopleAndEvents(**s, searches), v4);
    EXPECT_EQ(Sql("SELECT value FROM meta WHERE key = 'schema_version'"), "3\n");
  }
  const std::string dump =
      "SELECT string_agg(x, ' ' ORDER BY x) FROM (SELECT name || '/' || person_id || '/' || list_position AS x "
      "FROM person_names UNION ALL "
      "SELECT person_id || '/' || event_id || '/' || date || '/' || reports FROM event_participants UNION ALL "
      "SELECT id || '/' || list_position FROM persons UNION ALL SELECT id || '/' || list_position FROM events "
      "UNION ALL "
      "SELECT indexname FROM pg_indexes WHERE schemaname = 'public') t";
  ASSERT_TRUE(Store::Open(url_).ok());  // migrates
  EXPECT_EQ(Sql("SELECT value FROM meta WHERE key = 'schema_version'"), "5\n");
  const std::string migrated = Sql(dump);
  EXPECT_NE(migrated.find("persons_rank"), std::string::npos);
  EXPECT_NE(migrated.find("person_names_trgm"), std::string::npos);
  EXPECT_EQ(migrated.find("persons_documents"), std::string::npos);
  EXPECT_EQ(Sql("SELECT count(*) FROM event_participants WHERE date = '' AND reports = 0"), "0\n");
  EXPECT_EQ(Sql("SELECT count(*) FROM persons WHERE list_position < 0"), "0\n");
  EXPECT_NE(migrated.find("person_names_position"), std::string::npos);
  EXPECT_EQ(Sql("SELECT count(*) FROM person_names n JOIN persons p ON p.id = n.person_id "
                "WHERE n.list_position != p.list_position"),
            "0\n");
  {
    auto s = Store::Open(url_, ro);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(PeopleAndEvents(**s, searches), v4);
  }
  // The migration again (a database relabelled older) changes nothing.
  Sql("UPDATE meta SET value = '3' WHERE key = 'schema_version'");
  ASSERT_TRUE(Store::Open(url_).ok());
  EXPECT_EQ(Sql(dump), migrated);
  // Without the trigram index (no pg_trgm) the answers stay; a writable open makes it again.
  Sql("DROP INDEX person_names_trgm");
  {
    auto s = Store::Open(url_, ro);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(PeopleAndEvents(**s, searches), v4);
  }
  ASSERT_TRUE(Store::Open(url_).ok());
  EXPECT_EQ(Sql(dump), migrated);
}

TEST_F(PgStoreTest, Version4AnswersTheSameAndMigratesToVersion5) {
  // Version 5 gives the search table's names their people's places in the list. A version 4
  // database answers the same read-only (its own queries) and after its migration (version 5's),
  // for searches of the index path and of the list-order path.
  const LinkOutput world = World(4100);
  const std::vector<std::string> searches = {"abc", "abc41", "abc4", "zelenskiy", "nick3", "e", "nobody"};
  {
    auto pg = Store::Open(url_);
    ASSERT_TRUE(pg.ok()) << pg.status().ToString();
    ASSERT_TRUE((*pg)->ReplaceLinks(world).ok());
  }
  auto lite = Store::Open((dir_ / "t.db").string());
  ASSERT_TRUE(lite.ok());
  ASSERT_TRUE((*lite)->ReplaceLinks(world).ok());
  const std::string expected = PeopleAndEvents(**lite, searches);
  EXPECT_EQ(Sql("SELECT count(*) FROM person_names n JOIN persons p ON p.id = n.person_id "
                "WHERE n.list_position != p.list_position"),
            "0\n");
  StoreOptions ro;
  ro.read_only = true;
  {
    auto s = Store::Open(url_, ro);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(PeopleAndEvents(**s, searches), expected);
  }
  Sql("DROP INDEX person_names_position; ALTER TABLE person_names DROP COLUMN list_position; "
      "UPDATE meta SET value = '4' WHERE key = 'schema_version'");
  {
    auto s = Store::Open(url_, ro);  // read-only: not migrated, answered by version 4's queries
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_EQ(PeopleAndEvents(**s, searches), expected);
  }
  ASSERT_TRUE(Store::Open(url_).ok());  // migrates
  EXPECT_EQ(Sql("SELECT value FROM meta WHERE key = 'schema_version'"), "5\n");
  EXPECT_EQ(Sql("SELECT count(*) FROM person_names n JOIN persons p ON p.id = n.person_id "
                "WHERE n.list_position != p.list_position"),
            "0\n");
  EXPECT_EQ(Sql("SELECT to_regclass('person_names_position') IS NOT NULL"), "t\n");
  {
    auto s = Store::Open(url_, ro);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(PeopleAndEvents(**s, searches), expected);
  }
}

TEST_F(PgStoreTest, WithoutPgTrgmTheStoreOpensAndAnswersTheSame) {
  // A user who may create tables but not extensions (no CREATE on the database): the store
  // opens, says once that it has no trigram index, and searches every name instead.
  const std::string role = name_ + "_user";
  Run("DROP ROLE IF EXISTS " + role);
  Run("CREATE ROLE " + role + " LOGIN");
  Sql("GRANT CREATE ON SCHEMA public TO " + role);
  const std::string as_role = url_ + (url_.find('?') == std::string::npos ? "?" : "&") + "user=" + role;
  const LinkOutput world = World(300);
  {
    ::testing::internal::CaptureStderr();
    auto pg = Store::Open(as_role);
    const std::string said = ::testing::internal::GetCapturedStderr();
    ASSERT_TRUE(pg.ok()) << pg.status().ToString();
    EXPECT_NE(said.find("no pg_trgm trigram index"), std::string::npos) << said;
    EXPECT_EQ(Sql("SELECT to_regclass('person_names_trgm') IS NULL"), "t\n");
    EXPECT_EQ(Sql("SELECT value FROM meta WHERE key = 'schema_version'"), "5\n");
    auto lite = Store::Open((dir_ / "t.db").string());
    ASSERT_TRUE(lite.ok());
    ASSERT_TRUE((*pg)->ReplaceLinks(world).ok());
    ASSERT_TRUE((*lite)->ReplaceLinks(world).ok());
    const std::vector<std::string> searches = {"abc", "abc29", "zelenskiy", "100%", "Zoë", "nobody"};
    EXPECT_EQ(PeopleAndEvents(**lite, searches), PeopleAndEvents(**pg, searches));
  }
  Sql("DROP OWNED BY " + role);
  Run("DROP ROLE " + role);
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

TEST_F(PgStoreTest, VagueFiguresReadBackAsAnalysed) {
  auto pg = Store::Open(url_);
  ASSERT_TRUE(pg.ok()) << pg.status().ToString();
  StoredDocument sd = Doc("Tens of thousands of people marched, and dozens of officers were hurt. "
                          "About 2,000 people stayed.", "v.txt", 0);
  ASSERT_TRUE((*pg)->Add({sd}).ok());
  auto got = (*pg)->GetAnalysis(sd.document.id.hex);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ(AnalysisJson(*got), AnalysisJson(sd.analysis));
  int vague = 0;
  for (const NumberClaim& n : (**got).numbers) vague += n.vague;
  EXPECT_EQ(vague, 2);
  EXPECT_EQ(Sql("SELECT count(*) FROM numbers WHERE qualifier = 'vague' AND value >= 24"), "2\n");
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
