// Hostile requests against a running server: each gets a 4xx (never a 5xx, never a crash), and
// the server answers normally afterwards. Requests go over a raw socket so that bytes no HTTP
// client would send (invalid UTF-8, broken request lines, oversized headers) reach the server.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <future>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "newsgraph/server.h"
#include "newsgraph/store.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

struct Answer {
  int status = 0;  // 0: the server closed the connection without answering
  std::string body;
};

class HostileTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("ng_hostile_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::string db = (dir_ / "h.db").string();
    {
      auto store = Store::Open(db);
      ASSERT_TRUE(store.ok());
      std::vector<StoredDocument> docs;
      for (int i = 0; i < 3; ++i) {
        StoredDocument sd;
        sd.document.text = "Lavrov met Blinken in Geneva for talk number " + std::to_string(i) + ".";
        sd.document.id = MakeDocId(sd.document.text);
        sd.document.title = "Talks " + std::to_string(i);
        sd.document.source = "h.txt";
        sd.document.record = static_cast<uint64_t>(i);
        sd.document.format = "text";
        docs.push_back(std::move(sd));
      }
      ASSERT_TRUE((*store)->Add(docs).ok());
    }
    std::promise<int> listening;
    auto port_future = listening.get_future();
    server_ = std::thread([db, &listening] {
      ServerOptions o;
      o.db_path = db;
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

  // Sends `bytes` on a fresh connection and reads the first answer (or
  // what came before the server closed the connection or 5 s passed).
  // No half-close: httplib drops a connection whose peer has shut down writing unanswered.
  static Answer Raw(const std::string& bytes) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port_));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval tv{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    Answer a;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      ::close(fd);
      ADD_FAILURE() << "cannot connect";
      return a;
    }
    // The server may answer (and close) before it has read everything: ignore EPIPE/ECONNRESET.
    size_t sent = 0;
    while (sent < bytes.size()) {
      ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) break;
      sent += static_cast<size_t>(n);
    }
    std::string in;
    char buf[65536];
    for (;;) {
      ssize_t n = ::recv(fd, buf, sizeof buf, 0);
      if (n <= 0) break;
      in.append(buf, static_cast<size_t>(n));
      // Stop at the end of the first answer (the server may keep the connection open).
      size_t head = in.find("\r\n\r\n");
      if (head == std::string::npos) continue;
      size_t cl = in.find("Content-Length: ");
      size_t length = cl != std::string::npos && cl < head ? std::stoul(in.substr(cl + 16, 20)) : 0;
      if (in.size() >= head + 4 + length) break;
    }
    ::close(fd);
    if (in.rfind("HTTP/1.1 ", 0) == 0 && in.size() >= 12) a.status = std::stoi(in.substr(9, 3));
    size_t body = in.find("\r\n\r\n");
    if (body != std::string::npos) a.body = in.substr(body + 4);
    return a;
  }
  static Answer Get(const std::string& target) {
    return Raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }
  static void ExpectClientError(const Answer& a, const std::string& what) {
    EXPECT_GE(a.status, 400) << what << ": " << a.body.substr(0, 200);
    EXPECT_LT(a.status, 500) << what << ": " << a.body.substr(0, 200);
  }

  void TearDown() override {
    // Whatever came before, the server still answers.
    Answer a = Get("/api/stats");
    ASSERT_EQ(a.status, 200);
    EXPECT_EQ(nlohmann::json::parse(a.body)["documents"], 3);
  }

  static inline fs::path dir_;
  static inline std::thread server_;
  static inline int port_ = 0;
};

TEST_F(HostileTest, HugeHeadersAndRequestLines) {
  ExpectClientError(Raw("GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: " + std::string(100000, 'a') +
                        "\r\n\r\n"),
                    "a 100 KB header");
  std::string many = "GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
  for (int i = 0; i < 20000; ++i) many += "X-H" + std::to_string(i) + ": v\r\n";
  // httplib reads them all; the server refuses more than ServerOptions::max_headers lines.
  EXPECT_EQ(Raw(many + "\r\n").status, 431);
  std::string some = "GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
  for (int i = 0; i < 90; ++i) some += "X-H" + std::to_string(i) + ": v\r\n";
  EXPECT_EQ(Raw(some + "\r\n").status, 200);
  ExpectClientError(Get("/api/search?q=" + std::string(100000, 'a')), "a 100 KB request line");
  ExpectClientError(Get("/api/search?q=" + std::string(5000, 'a')), "a 5 KB query string");
  EXPECT_EQ(Get("/api/search?q=" + std::string(5000, 'a')).status, 413);
  ExpectClientError(Raw("GARBAGE\r\n\r\n"), "a broken request line");
  ExpectClientError(Raw("GET\r\n\r\n"), "a request line without a target");
  ExpectClientError(Raw("POST /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 1000000000000\r\n\r\nabc"),
                    "a body of a terabyte announced");
}

TEST_F(HostileTest, PathTraversalFindsNothing) {
  for (const char* target : {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                             "/api/../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/app.js/../../x",
                             "//etc/passwd", "/%00/etc/passwd", "/api/documents/../../../etc/passwd"}) {
    Answer a = Get(target);
    ExpectClientError(a, target);
    EXPECT_EQ(a.body.find("root:"), std::string::npos) << target;
  }
}

TEST_F(HostileTest, InvalidUtf8IsRejected) {
  for (const char* target : {"/api/search?q=%ff%fe", "/api/people?q=%c3", "/api/quotes?speaker=%ed%a0%80",
                             "/api/checks?verdict=%c0%af", "/api/search?%ff=1&q=talks"}) {
    Answer a = Get(target);
    EXPECT_EQ(a.status, 400) << target << ": " << a.body;
    EXPECT_NE(a.body.find("not valid UTF-8"), std::string::npos) << target << ": " << a.body;
  }
  // Raw bytes that are not UTF-8 in the path itself.
  ExpectClientError(Get("/api/\xff\xfe"), "raw invalid bytes in the path");
  ExpectClientError(Get("/\xc3\x28.html"), "raw invalid bytes in a file path");
}

TEST_F(HostileTest, SqlAndFtsSyntaxInSearch) {
  // FTS5 syntax errors and SQL are the client's: 400 with the reason.
  for (const char* q : {"%27%20OR%201%3D1%3B%20DROP%20TABLE%20documents%3B%20--", "%22unbalanced",
                        "NEAR(", "lavrov%20AND", "*", "nosuchcolumn%3Alavrov", "(((((", "%5E",
                        "lavrov%00blinken", "NOT"}) {
    Answer a = Get(std::string("/api/search?q=") + q);
    EXPECT_EQ(a.status, 400) << q << ": " << a.body;
  }
  // Valid FTS5 syntax is searched.
  Answer ok = Get("/api/search?q=title%3Atalks%20OR%20%22met%20blinken%22%20OR%20gene*");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(nlohmann::json::parse(ok.body)["documents"].size(), 3u);
  // LIKE parameters are bound, never pasted into SQL: wildcards and quotes match literally.
  for (const char* target : {"/api/people?q=%25%27%20OR%20%271%27%3D%271", "/api/quotes?speaker=%25",
                             "/api/people?q=_"}) {
    Answer a = Get(target);
    EXPECT_EQ(a.status, 200) << target << ": " << a.body;
  }
  EXPECT_EQ(nlohmann::json::parse(Get("/api/quotes?speaker=%25").body)["quotes"].size(), 0u);
}

TEST_F(HostileTest, NegativeMalformedAndHugeLimits) {
  for (const char* target : {"/api/documents?limit=-1", "/api/documents?limit=abc", "/api/documents?limit=1e3",
                             "/api/documents?limit=99999999999999999999999999", "/api/documents?offset=-5",
                             "/api/search?q=talks&limit=-100", "/api/people?limit=%2B5", "/api/quotes?limit=",
                             "/api/checks?limit=0x10", "/api/documents?limit=%20"}) {
    Answer a = Get(target);
    EXPECT_EQ(a.status, 400) << target << ": " << a.body;
  }
  // A well-formed but large limit is capped at 500 (docs/api.md).
  Answer a = Get("/api/documents?limit=999999999&offset=999999999");
  EXPECT_EQ(a.status, 200) << a.body;
  EXPECT_EQ(nlohmann::json::parse(a.body)["documents"].size(), 0u);
  EXPECT_EQ(nlohmann::json::parse(Get("/api/documents?limit=100000").body)["documents"].size(), 3u);
}

}  // namespace
}  // namespace newsgraph
