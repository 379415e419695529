// The API's answer cache: ETags, 304s, and answers that follow the store when another process
// writes to it.
#include "server/response_cache.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "newsgraph/server.h"
#include "newsgraph/store.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using server::CachedAnswer;
using server::EtagMatches;
using server::EtagOf;
using server::ResponseCache;

TEST(ResponseCache, EtagIsAQuotedHashOfTheBody) {
  EXPECT_EQ(EtagOf("{}"), EtagOf("{}"));
  EXPECT_NE(EtagOf("{\"a\":1}"), EtagOf("{\"a\":2}"));
  std::string e = EtagOf("x");
  ASSERT_EQ(e.size(), 18u);
  EXPECT_EQ(e.front(), '"');
  EXPECT_EQ(e.back(), '"');
}

TEST(ResponseCache, IfNoneMatchListsWeakTagsAndStar) {
  const std::string e = "\"0123456789abcdef\"";
  EXPECT_TRUE(EtagMatches(e, e));
  EXPECT_TRUE(EtagMatches("W/" + e, e));
  EXPECT_TRUE(EtagMatches("\"other\", " + e, e));
  EXPECT_TRUE(EtagMatches("*", e));
  EXPECT_FALSE(EtagMatches("\"other\"", e));
  EXPECT_FALSE(EtagMatches("", e));
  EXPECT_FALSE(EtagMatches("0123456789abcdef", e));  // unquoted: not the same tag
}

TEST(ResponseCache, AChangeSeenByAnyConnectionEndsTheGeneration) {
  ResponseCache cache(1 << 20);
  uint64_t g = cache.Observe(std::nullopt, 7);
  cache.Put("/a", g, CachedAnswer{200, "application/json", "A", EtagOf("A")});
  ASSERT_TRUE(cache.Get("/a", g));
  EXPECT_EQ(cache.Get("/a", g)->body, "A");
  EXPECT_EQ(cache.Observe(7, 7), g);  // no change
  EXPECT_TRUE(cache.Get("/a", g));
  uint64_t g2 = cache.Observe(3, 4);  // another thread's connection saw a commit
  EXPECT_NE(g2, g);
  EXPECT_FALSE(cache.Get("/a", g));
  EXPECT_FALSE(cache.Get("/a", g2));
  EXPECT_EQ(cache.entries(), 0u);
  // An answer whose request started before the change is not kept.
  cache.Put("/a", g, CachedAnswer{200, "application/json", "stale", EtagOf("stale")});
  EXPECT_FALSE(cache.Get("/a", g2));
  EXPECT_EQ(cache.entries(), 0u);
}

TEST(ResponseCache, LeastRecentlyUsedGoFirstWithinTheBudget) {
  ResponseCache cache(4 * (1000 + 2 + 128));  // room for four 1000-byte answers
  uint64_t g = cache.Observe(std::nullopt, 1);
  const std::string body(1000, 'x');
  for (const char* k : {"/1", "/2", "/3", "/4"}) cache.Put(k, g, CachedAnswer{200, "t", body, ""});
  EXPECT_EQ(cache.entries(), 4u);
  ASSERT_TRUE(cache.Get("/1", g));  // now the most recent
  cache.Put("/5", g, CachedAnswer{200, "t", body, ""});
  EXPECT_EQ(cache.entries(), 4u);
  EXPECT_TRUE(cache.Get("/1", g));
  EXPECT_FALSE(cache.Get("/2", g));  // the least recently used went
  EXPECT_LE(cache.bytes(), 4u * (1000 + 2 + 128));
  cache.Put("/big", g, CachedAnswer{200, "t", std::string(2000, 'y'), ""});  // over a quarter: not kept
  EXPECT_FALSE(cache.Get("/big", g));
}

StoredDocument Doc(const std::string& text) {
  StoredDocument d;
  d.document.text = text;
  d.document.id = MakeDocId(text);
  d.document.title = text.substr(0, 20);
  d.document.source = "t.txt";
  d.document.format = "text";
  return d;
}

TEST(ServerCache, AnswersCarryEtagsAndFollowTheStore) {
  fs::path dir = fs::temp_directory_path() / ("ng_cache_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string db = (dir / "s.db").string();
  auto writer = Store::Open(db);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Add({Doc("Kuleba met Blinken in Kyiv on Monday.")}).ok());

  std::promise<int> listening;
  auto port_future = listening.get_future();
  std::thread server([&] {
    ServerOptions o;
    o.db_path = db;
    o.port = 0;
    o.threads = 2;
    o.on_listening = [&listening](int port) { listening.set_value(port); };
    EXPECT_TRUE(Serve(o).ok());
  });
  httplib::Client cli("127.0.0.1", port_future.get());

  auto first = cli.Get("/api/stats");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200);
  EXPECT_EQ(nlohmann::json::parse(first->body)["documents"], 1);
  const std::string etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(cli.Get("/api/stats")->get_header_value("ETag"), etag);  // cached or not: same answer

  auto same = cli.Get("/api/stats", {{"If-None-Match", etag}});
  ASSERT_TRUE(same);
  EXPECT_EQ(same->status, 304);
  EXPECT_TRUE(same->body.empty());

  // Another connection commits: every server thread answers from the new store.
  ASSERT_TRUE((*writer)->Add({Doc("Lavrov spoke with Blinken by phone on Tuesday.")}).ok());
  for (int i = 0; i < 6; ++i) {
    auto after = cli.Get("/api/stats", {{"If-None-Match", etag}});
    ASSERT_TRUE(after);
    ASSERT_EQ(after->status, 200) << "request " << i;
    EXPECT_EQ(nlohmann::json::parse(after->body)["documents"], 2);
    EXPECT_NE(after->get_header_value("ETag"), etag);
  }
  auto search = cli.Get("/api/search?q=lavrov");
  ASSERT_TRUE(search);
  EXPECT_EQ(nlohmann::json::parse(search->body)["documents"].size(), 1u);
  EXPECT_EQ(cli.Get("/api/search?q=zzz")->status, 200);
  EXPECT_TRUE(cli.Get("/api/search?q=%22open")->get_header_value("ETag").empty());  // errors: no tag

  StopServing();
  server.join();
  writer->reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph
