// `newsgraph ingest` of a real crawl-like WARC: 181 news pages, one gzip member per record.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/cli_util.h"

namespace newsgraph::testing {
namespace {

namespace fs = std::filesystem;

TEST(WarcCli, EveryPageOfAWarcIsStoredOnceWithItsUrl) {
  const fs::path pages = fs::path(NEWSGRAPH_SHARED_DIR) / "data/article-extraction-benchmark/html";
  if (!fs::exists(pages)) GTEST_SKIP() << "no " << pages;
  size_t n_pages = 0;
  for (const auto& e : fs::directory_iterator(pages)) n_pages += e.is_regular_file();
  TempDir dir;
  std::string warc = (dir.path() / "crawl.warc.gz").string();
  std::string make_warc = std::string(NEWSGRAPH_TOOLS_DIR) + "/make_warc";
  CliResult made = RunCliProgram(make_warc, {warc, pages.string()});
  ASSERT_EQ(made.exit_code, 0) << made.err;

  std::string db = (dir.path() / "n.db").string();
  CliResult r = RunCli({"ingest", "--db", db, "--json", "--quiet", warc});
  auto run = nlohmann::json::parse(r.out);
  EXPECT_EQ(run["records"], n_pages) << r.err;
  // Every page is either stored or named on stderr with its record number.
  EXPECT_EQ(run["added"].get<size_t>() + run["already_stored"].get<size_t>() + run["failed"].get<size_t>(), n_pages);
  EXPECT_EQ(static_cast<size_t>(CountLines(r.err, "crawl.warc.gz: record")), run["failed"].get<size_t>()) << r.err;
  EXPECT_GE(run["added"].get<size_t>(), n_pages * 95 / 100) << r.err;
  EXPECT_EQ(r.exit_code, run["failed"] == 0 ? 0 : 1);

  // Provenance: the WARC's target URI and the record's place are kept.
  CliResult list = RunCli({"list", "--db", db, "--limit", "1"});
  auto first = nlohmann::json::parse(list.out.substr(0, list.out.find('\n')));
  CliResult show = RunCli({"show", "--db", db, first["id"]});
  auto doc = nlohmann::json::parse(show.out);
  EXPECT_EQ(doc["format"], "warc");
  EXPECT_EQ(doc["source"], warc);
  EXPECT_EQ(doc["url"].get<std::string>().rfind("http://example.com/", 0), 0u) << doc["url"];
  EXPECT_GT(doc["offset"].get<uint64_t>(), 0u);

  // A second run adds nothing.
  CliResult again = RunCli({"ingest", "--db", db, "--json", "--quiet", warc});
  EXPECT_EQ(nlohmann::json::parse(again.out)["added"], 0);
}

}  // namespace
}  // namespace newsgraph::testing
