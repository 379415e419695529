// End-to-end tests of the link stage through the command line: ingest links, `link` rebuilds and
// changes nothing, the answer does not depend on the order of ingest, and the seed copy is found
// with its one changed fact and the contradicted office claim.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/cli_util.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const std::string kShared = NEWSGRAPH_SHARED_DIR;
const std::string kSource = NEWSGRAPH_SOURCE_DIR;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every row of every link table, as text, table by table in key order.
std::string DumpLinkTables(const std::string& db_path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::string out;
  for (const char* t : {"copies", "persons", "person_aliases", "person_offices", "person_mentions",
                        "document_people", "events", "event_participants", "event_reports", "conflicts",
                        "stories", "story_documents", "story_changes"}) {
    std::string sql = std::string("SELECT * FROM ") + t;
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << t;
    std::vector<std::string> rows;
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::string row;
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const unsigned char* v = sqlite3_column_text(st, i);
        row += v ? reinterpret_cast<const char*>(v) : "NULL";
        row += '\t';
      }
      rows.push_back(row + '\n');
    }
    sqlite3_finalize(st);
    std::sort(rows.begin(), rows.end());
    out += std::string("== ") + t + "\n";
    for (const std::string& r : rows) out += r;
  }
  sqlite3_close(db);
  return out;
}

std::vector<Json> JsonLines(const std::string& s) {
  std::vector<Json> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    Json j = Json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << line;
    out.push_back(j);
  }
  return out;
}

TEST(LinkCli, SampleCorpusLinksTheSameWhateverTheOrderAndTwiceChangesNothing) {
  TempDir dir;
  std::string a = (dir.path() / "a.db").string(), b = (dir.path() / "b.db").string();
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(kSource + "/data/sample")) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::vector<std::string> args = {"ingest", "--db", a, "--quiet"};
  args.insert(args.end(), files.begin(), files.end());
  CliResult r = RunCli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The other order, one file at a time: each ingest links what is stored so far.
  for (auto it = files.rbegin(); it != files.rend(); ++it) {
    r = RunCli({"ingest", "--db", b, "--quiet", *it});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string first = DumpLinkTables(a);
  EXPECT_EQ(first, DumpLinkTables(b));
  EXPECT_NE(first.find("== persons\nP"), std::string::npos) << "no people linked";
  EXPECT_NE(first.find("== stories\nS"), std::string::npos) << "no stories";
  r = RunCli({"link", "--db", a, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Json stats = Json::parse(r.out);
  EXPECT_GT(stats["documents"].get<int>(), 20);
  EXPECT_EQ(first, DumpLinkTables(a));

  // Every query command answers JSON Lines that name what the tables hold.
  for (const char* cmd : {"people", "events", "stories", "copies", "conflicts"}) {
    r = RunCli({cmd, "--db", a, "--json", "--limit", "5"});
    ASSERT_EQ(r.exit_code, 0) << cmd << ": " << r.err;
    for (const Json& j : JsonLines(r.out)) EXPECT_TRUE(j.is_object()) << cmd;
  }
  auto people = JsonLines(RunCli({"people", "--db", a, "--json", "Zelensk"}).out);
  ASSERT_FALSE(people.empty());
  EXPECT_GE(people[0]["documents"].get<int>(), 2) << people[0].dump();
  EXPECT_FALSE(people[0]["mentions"].empty());
  r = RunCli({"person", "--db", a, people[0]["id"].get<std::string>()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("offices:"), std::string::npos);
  r = RunCli({"events", "--db", a, "--from", "yesterday"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--from: must be a date YYYY-MM-DD, got 'yesterday'"), std::string::npos) << r.err;
  r = RunCli({"person", "--db", a, "Nobody Anywhere"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no person 'Nobody Anywhere'"), std::string::npos) << r.err;

  // Exports a graph tool opens.
  r = RunCli({"export", "--db", a, "--format", "graphml"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<graphml"), std::string::npos);
  EXPECT_NE(r.out.find("<edge "), std::string::npos);
  r = RunCli({"export", "--db", a, "--format", "csv", "--out", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile((dir.path() / "nodes.csv").string()).rfind("id,name,documents\n", 0), 0u);
  r = RunCli({"export", "--db", a, "--format", "csv"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--out"), std::string::npos);
}

TEST(LinkCli, TheSeedCopyChangedOneFactAndItIsAContradictedOfficeClaim) {
  std::string seed = kShared + "/seeds/000_288c59c3fbd3361e.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "no ../shared/seeds";
  std::string copy = ReadFile(seed);
  std::string original = copy;
  size_t at = original.find("David Cameron");
  ASSERT_NE(at, std::string::npos);
  original.replace(at, 13, "Boris Johnson");  // as CNN printed it
  TempDir dir;
  Json a = {{"text", original}, {"published", "2021-12-06"}, {"url", "https://cnn.example/original"}};
  Json b = {{"text", copy}, {"published", "2021-12-07"}, {"url", "https://farm.example/copy"}};
  std::string input = dir.Write("pair.jsonl", a.dump() + "\n" + b.dump() + "\n");
  std::string db = (dir.path() / "c.db").string();
  CliResult r = RunCli({"ingest", "--db", db, "--quiet", input});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto rels = JsonLines(RunCli({"copies", "--db", db, "--json"}).out);
  ASSERT_EQ(rels.size(), 1u);
  const Json& rel = rels[0];
  EXPECT_EQ(rel["relation"], "near-verbatim") << rel.dump();
  EXPECT_EQ(rel["direction"], "earlier");
  std::vector<Json> facts;
  for (const Json& c : rel["changes"])
    if (c["fact"].get<bool>()) facts.push_back(c);
  ASSERT_EQ(facts.size(), 1u) << rel.dump(2);
  EXPECT_EQ(facts[0]["source_text"], "Boris Johnson");
  EXPECT_EQ(facts[0]["copy_text"], "David Cameron");
  EXPECT_EQ(copy.substr(facts[0]["copy_start"].get<size_t>(), 13), "David Cameron");
  EXPECT_EQ(original.substr(facts[0]["source_start"].get<size_t>(), 13), "Boris Johnson");
  ASSERT_TRUE(facts[0].contains("contradicted_claim")) << facts[0].dump();
  EXPECT_NE(facts[0]["contradicted_claim"].get<std::string>().find("David Cameron"), std::string::npos);

  // The same in the terminal: the two texts side by side with the change marked.
  r = RunCli({"diff", "--db", db, rel["source"], rel["copy"]});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("[-Boris Johnson"), std::string::npos) << r.out.substr(0, 2000);
  EXPECT_NE(r.out.find("{+David Cameron"), std::string::npos);
  r = RunCli({"diff", "--db", db, rel["source"], "0123456789abcdef"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no document with id 0123456789abcdef"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace newsgraph::testing
