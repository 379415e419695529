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

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("ng_server_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    db_ = (dir_ / "s.db").string();
    {
      auto store = Store::Open(db_);
      ASSERT_TRUE(store.ok());
      StoredDocument a;
      a.document.text = "Blinken warned Lavrov of <script>alert(1)</script> severe consequences.";
      a.document.id = MakeDocId(a.document.text);
      a.document.title = "Blinken warns Lavrov";
      a.document.source = "a.txt";
      a.document.format = "text";
      Analysis an;
      an.text_length = a.document.text.size();
      an.people.push_back({"Antony Blinken", {{"Blinken", 0, 7}}, "Secretary of State", "Secretary of State", "United States"});
      an.quotes.push_back({"Antony Blinken", "severe consequences", 51, 70, "warned"});
      a.analysis = an;
      a.checks.push_back({"David Cameron", "Prime Minister", "United Kingdom", "Prime Minister",
                          "2021-12-06", "contradicted",
                          "David Cameron is Prime Minister of the United Kingdom",
                          "on 2021-12-06 the table gives Boris Johnson (ifg)"});
      ASSERT_TRUE((*store)->Add({a}).ok());
      doc_id_ = a.document.id.hex;
    }
    std::promise<int> listening;
    auto port_future = listening.get_future();
    server_ = std::thread([&listening] {
      ServerOptions o;
      o.db_path = db_;
      o.port = 0;
      o.threads = 2;
      o.on_listening = [&listening](int port) { listening.set_value(port); };
      Status s = Serve(o);
      EXPECT_TRUE(s.ok()) << s.ToString();
    });
    port_ = port_future.get();
  }
  static void TearDownTestSuite() {
    StopServing();
    server_.join();
    fs::remove_all(dir_);
  }

  static nlohmann::json Get(const std::string& path, int expect_status = 200) {
    httplib::Client cli("127.0.0.1", port_);
    auto res = cli.Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return nullptr;
    EXPECT_EQ(res->status, expect_status) << path << " " << res->body;
    return nlohmann::json::parse(res->body, nullptr, false);
  }

  static inline fs::path dir_;
  static inline std::string db_, doc_id_;
  static inline std::thread server_;
  static inline int port_ = 0;
};

TEST_F(ServerTest, Stats) {
  auto j = Get("/api/stats");
  EXPECT_EQ(j["documents"], 1);
  EXPECT_EQ(j["contradicted"], 1);
}

TEST_F(ServerTest, DocumentWithAnalysis) {
  auto j = Get("/api/documents/" + doc_id_);
  EXPECT_EQ(j["title"], "Blinken warns Lavrov");
  EXPECT_EQ(j["places"][0]["source"], "a.txt");
  EXPECT_EQ(j["analysis"]["people"].size(), 1u);
}

TEST_F(ServerTest, SearchFindsAndBadQueryIs400) {
  auto j = Get("/api/search?q=lavrov");
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["id"], doc_id_);
  Get("/api/search?q=%22unbalanced", 400);
  Get("/api/search", 400);
}

TEST_F(ServerTest, PeopleAndQuotes) {
  // People across documents come from the link tables; this store was never linked.
  auto p = Get("/api/people?q=blinken");
  EXPECT_EQ(p["people"].size(), 0u);
  auto q = Get("/api/quotes?speaker=Blinken");
  ASSERT_EQ(q["quotes"].size(), 1u);
  EXPECT_EQ(q["quotes"][0]["doc_id"], doc_id_);
}

TEST_F(ServerTest, OfficeChecksByVerdictAndPerDocument) {
  auto bad = Get("/api/checks?verdict=contradicted");
  ASSERT_EQ(bad["checks"].size(), 1u);
  EXPECT_EQ(bad["checks"][0]["person"], "David Cameron");
  EXPECT_EQ(bad["checks"][0]["doc_id"], doc_id_);
  EXPECT_EQ(bad["checks"][0]["title"], "Blinken warns Lavrov");
  EXPECT_EQ(Get("/api/checks?verdict=supported")["checks"].size(), 0u);
  EXPECT_EQ(Get("/api/checks")["checks"].size(), 1u);
  Get("/api/checks?verdict=maybe", 400);
  auto doc = Get("/api/documents/" + doc_id_);
  ASSERT_EQ(doc["checks"].size(), 1u);
  EXPECT_EQ(doc["checks"][0]["verdict"], "contradicted");
}

TEST_F(ServerTest, ErrorsMapToStatusCodes) {
  Get("/api/documents/0123456789abcdef", 404);
  Get("/api/nothing", 404);
  Get("/api/search?q=" + std::string(5000, 'a'), 413);
}

TEST_F(ServerTest, ServesTheUiWithAStrictContentSecurityPolicy) {
  httplib::Client cli("127.0.0.1", port_);
  auto res = cli.Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("<title>newsgraph</title>"), std::string::npos);
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  auto js = cli.Get("/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  // Untrusted article text only ever goes through textContent / text nodes.
  EXPECT_EQ(js->body.find("innerHTML"), std::string::npos);
}

TEST(ServerStart, MissingDatabaseIsReported) {
  ServerOptions o;
  o.db_path = "/nonexistent/dir/x.db";
  o.port = 0;
  Status s = Serve(o);
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace newsgraph
