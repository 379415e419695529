// End-to-end tests of `newsgraph ingest`, `stats` and `show`, run as a user would run them.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include "cli/cli_util.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;

const std::string kShared = NEWSGRAPH_SHARED_DIR;

nlohmann::json Stats(const std::string& db) {
  CliResult r = RunCli({"stats", "--db", db, "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

std::string Article(int i) {
  return "Headline number " + std::to_string(i) + " about the talks\n\nOfficials in city " +
         std::to_string(i) + " said on Monday that the talks between the two delegations would go on. " +
         "The minister added that " + std::to_string(i * 7) + " people had attended the meeting.\n";
}

TEST(IngestCli, SeedsAreStoredOnceAndASecondRunAddsNothing) {
  if (!fs::exists(kShared + "/seeds")) GTEST_SKIP() << "no ../shared/seeds";
  TempDir dir;
  std::string db = (dir.path() / "n.db").string();
  CliResult first = RunCli({"ingest", "--db", db, "--json", kShared + "/seeds"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  auto run1 = nlohmann::json::parse(first.out);
  EXPECT_EQ(run1["added"], 2);
  EXPECT_EQ(run1["failed"], 0);
  EXPECT_EQ(Stats(db)["documents"], 2);

  CliResult second = RunCli({"ingest", "--db", db, "--json", kShared + "/seeds"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  auto run2 = nlohmann::json::parse(second.out);
  EXPECT_EQ(run2["added"], 0);
  EXPECT_EQ(run2["already_stored"], 2);
  EXPECT_EQ(Stats(db)["documents"], 2);
}

// A document in another language is stored but not analysed, and the run counts it.
TEST(IngestCli, ADocumentInAnotherLanguageIsStoredNotAnalysed) {
  TempDir dir;
  std::string db = (dir.path() / "n.db").string();
  fs::create_directories(dir.path() / "in");
  dir.Write("in/en.txt", Article(1));
  dir.Write("in/de.txt",
            "Die Stadt hat am Montag einen neuen Plan vorgestellt. Der Bürgermeister Jonas Weber "
            "sagte, dass die Arbeiten im Sommer beginnen werden und dass die Kosten nicht steigen "
            "sollen. Auch die Opposition ist mit dem Plan zufrieden, denn er wird von allen "
            "Parteien unterstützt. Die Bürger können sich auf der Webseite der Stadt informieren.\n");
  const std::string in = (dir.path() / "in").string();
  CliResult run = RunCli({"ingest", "--db", db, "--json", "--no-link", in});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["added"], 2);
  EXPECT_EQ(j["not_english"], 1);
  CliResult text = RunCli({"ingest", "--db", (dir.path() / "m.db").string(), "--no-link", in});
  EXPECT_NE(text.err.find("1 of the new documents read as another language"), std::string::npos)
      << text.err;
}

TEST(IngestCli, ShowPrintsTheStoredDocument) {
  TempDir dir;
  std::string db = (dir.path() / "n.db").string();
  std::string file = dir.Write("a.txt", Article(1));
  ASSERT_EQ(RunCli({"ingest", "--db", db, "-q", file}).exit_code, 0);
  CliResult list = RunCli({"list", "--db", db});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  auto summary = nlohmann::json::parse(list.out.substr(0, list.out.find('\n')));
  CliResult show = RunCli({"show", "--db", db, summary["id"]});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  auto doc = nlohmann::json::parse(show.out);
  EXPECT_EQ(doc["source"], file);
  EXPECT_EQ(doc["record"], 0);
  EXPECT_EQ(doc["format"], "text");
  EXPECT_NE(doc["text"].get<std::string>().find("delegations would go on"), std::string::npos);
  EXPECT_EQ(doc["places"].size(), 1u);

  CliResult missing = RunCli({"show", "--db", db, "0000000000000000"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no document with id 0000000000000000"), std::string::npos) << missing.err;
}

// Ingest checks office claims as of each document's date and stores them: the bundled sample's
// rewritten copy names David Cameron as British Prime Minister in December 2021.
TEST(IngestCli, ContradictedOfficeClaimIsStoredWithTheDocument) {
  TempDir dir;
  std::string db = (dir.path() / "n.db").string();
  const std::string sample = std::string(NEWSGRAPH_SOURCE_DIR) + "/data/sample/seeds.jsonl";
  ASSERT_EQ(RunCli({"ingest", "--db", db, "-q", sample}).exit_code, 0);
  CliResult list = RunCli({"list", "--db", db});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  int contradicted = 0, documents = 0;
  std::istringstream lines(list.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    ++documents;
    CliResult show = RunCli({"show", "--db", db, nlohmann::json::parse(line)["id"]});
    ASSERT_EQ(show.exit_code, 0) << show.err;
    const nlohmann::json doc = nlohmann::json::parse(show.out);
    for (const auto& c : doc["checks"]) {
      if (c["verdict"] != "contradicted") continue;
      ++contradicted;
      EXPECT_EQ(c["person"], "David Cameron");
      EXPECT_EQ(c["as_of"], "2021-12-06");
      EXPECT_NE(c["why"].get<std::string>().find("Boris Johnson"), std::string::npos) << c["why"];
    }
  }
  EXPECT_EQ(documents, 2);
  EXPECT_EQ(contradicted, 1);
}

TEST(IngestCli, StandardInputIsRead) {
  TempDir dir;
  std::string db = (dir.path() / "n.db").string();
  std::string jsonl = dir.Write("in.jsonl",
      nlohmann::json({{"text", Article(5)}, {"url", "https://example.com/a"}, {"title", "A"}}).dump() + "\n");
  CliResult r = RunCli({"ingest", "--db", db, "--json", "-"}, jsonl);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["added"], 1);
}

TEST(IngestCli, BrokenInputsAreNamedAndGoodOnesStored) {
  TempDir dir;
  std::string db = (dir.path() / "n.db").string();
  fs::path in = dir.path() / "in";
  dir.Write("in/good1.txt", Article(1));
  dir.Write("in/good2.jsonl", nlohmann::json({{"text", Article(2)}}).dump() + "\n{not json\n" +
                                   nlohmann::json({{"text", Article(3)}}).dump() + "\n");
  dir.Write("in/empty.txt", "");
  dir.Write("in/binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0", 20) + std::string(2000, '\0'));
  std::string gz = Gzip(Article(4));
  dir.Write("in/truncated.txt.gz", gz.substr(0, gz.size() / 2));
  dir.Write("in/corrupt.html.gz", "\x1f\x8b\x08\x00garbage that is not deflate data at all..........");
  dir.Write("in/notext.html", "<html><head><title>x</title></head><body><script>var a;</script></body></html>");
  CliResult r = RunCli({"ingest", "--db", db, "--json", in.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto run = nlohmann::json::parse(r.out);
  EXPECT_EQ(run["added"], 3) << r.err;
  // One line per bad input, each naming its file (and where in it: the JSONL line and offset).
  EXPECT_EQ(CountLines(r.err, "empty.txt"), 1) << r.err;
  EXPECT_EQ(CountLines(r.err, "binary.txt"), 1) << r.err;
  EXPECT_EQ(CountLines(r.err, "truncated.txt.gz"), 1) << r.err;
  EXPECT_EQ(CountLines(r.err, "corrupt.html.gz"), 1) << r.err;
  EXPECT_EQ(CountLines(r.err, "good2.jsonl: offset 201: line 2: not valid JSON"), 1) << r.err;
  EXPECT_EQ(CountLines(r.err, "good1.txt"), 0) << r.err;
  // A page that parses but holds no article text: named once, with record and offset.
  EXPECT_EQ(CountLines(r.err, "notext.html: record 0 (offset 0): no text remains after extraction"), 1) << r.err;
  EXPECT_EQ(CountLines(r.err, "notext.html: record 0 (offset 0): " + (in / "notext.html").string()), 0) << r.err;
  EXPECT_EQ(Stats(db)["documents"], 3);
}

TEST(IngestCli, MissingPathFailsButTheRestIsRead) {
  TempDir dir;
  std::string db = (dir.path() / "n.db").string();
  std::string good = dir.Write("good.txt", Article(9));
  CliResult r = RunCli({"ingest", "--db", db, "--json", (dir.path() / "nope.txt").string(), good});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(CountLines(r.err, "nope.txt"), 1) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["added"], 1);
}

TEST(IngestCli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(RunCli({"ingest", "some/path"}).exit_code, 2);  // no --db
  EXPECT_EQ(RunCli({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(RunCli({}).exit_code, 2);
  CliResult help = RunCli({"ingest", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--db"), std::string::npos);
}

// Kills ingest with SIGKILL at random moments, re-runs it to completion, and checks the store:
// integrity_check ok, every document exactly once.
TEST(IngestCli, SurvivesSigkillAtRandomPoints) {
  TempDir dir;
  std::string db = (dir.path() / "n.db").string();
  const int kFiles = 6, kPerFile = 400;
  std::set<std::string> texts;
  for (int f = 0; f < kFiles; ++f) {
    std::string jsonl;
    for (int i = 0; i < kPerFile; ++i) {
      int n = f * kPerFile + i;
      std::string text = Article(n) + std::string(static_cast<size_t>(n % 7) * 300, 'x') + "\n";
      texts.insert(text);
      jsonl += nlohmann::json({{"text", text}, {"url", "https://example.com/" + std::to_string(n)}}).dump() + "\n";
    }
    dir.Write("corpus/part" + std::to_string(f) + ".jsonl", jsonl);
  }
  std::string corpus = (dir.path() / "corpus").string();
  std::mt19937 rng(12345);
  int killed = 0;
  for (int attempt = 0; attempt < 6; ++attempt) {
    pid_t pid = SpawnCli({"ingest", "--db", db, "--quiet", "--threads", "2", corpus});
    std::this_thread::sleep_for(std::chrono::milliseconds(30 + rng() % 400));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    killed += WIFSIGNALED(status);
  }
  CliResult final_run = RunCli({"ingest", "--db", db, "--json", "--quiet", corpus});
  ASSERT_EQ(final_run.exit_code, 0) << final_run.err;
  auto run = nlohmann::json::parse(final_run.out);
  EXPECT_EQ(run["added"].get<int>() + run["already_stored"].get<int>(), kFiles * kPerFile);

  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  auto scalar = [&](const char* sql) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    std::string v;
    if (sqlite3_step(st) == SQLITE_ROW) v = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return v;
  };
  EXPECT_EQ(scalar("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(scalar("SELECT count(*) FROM documents"), std::to_string(texts.size()));
  EXPECT_EQ(scalar("SELECT count(DISTINCT id) FROM documents"), std::to_string(texts.size()));
  EXPECT_EQ(scalar("SELECT count(*) FROM places"), std::to_string(kFiles * kPerFile));
  EXPECT_EQ(scalar("SELECT count(*) FROM documents_fts"), std::to_string(texts.size()));
  sqlite3_close(h);
  RecordProperty("killed_runs", killed);
}

}  // namespace
}  // namespace newsgraph::testing
