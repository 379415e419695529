// WARC reader: record selection, metadata, HTTP payload handling, gzip members, broken records.
#include <gtest/gtest.h>

#include "ingest/ingest_test_util.h"

namespace newsgraph {
namespace {

using testing::CollectingSink;
using testing::Gzip;
using testing::HttpResponse;
using testing::Page;
using testing::WarcRecord;

std::string Warcinfo() {
  return WarcRecord("warcinfo", "", "software: test\r\nformat: WARC File Format 1.0\r\n",
                    "application/warc-fields");
}

TEST(WarcReader, ResponseAndResourceRecordsWithMetadata) {
  std::string info = Warcinfo();
  std::string request = WarcRecord("request", "http://ex.com/a", "GET /a HTTP/1.1\r\n\r\n",
                                   "application/http; msgtype=request");
  std::string response = WarcRecord("response", "<http://ex.com/a>",
                                    HttpResponse(Page("A"), "text/html; charset=utf-8"),
                                    "application/http; msgtype=response");
  std::string image =
      WarcRecord("response", "http://ex.com/i.png", HttpResponse("\x89PNG\r\n\x1a\n", "image/png"),
                 "application/http; msgtype=response");
  std::string resource =
      WarcRecord("resource", "http://ex.com/b.txt",
                 "Resource headline\n\nResource text, long enough.", "text/plain", "WARC/1.1");
  std::string metadata =
      WarcRecord("metadata", "http://ex.com/a", "via: x\r\n", "application/warc-fields");
  std::string warc = info + request + response + image + resource + metadata;
  CollectingSink sink;
  ReadBuffer("c.warc", warc, {}, sink);
  ASSERT_TRUE(sink.errors.empty()) << sink.errors[0];
  ASSERT_EQ(sink.records.size(), 2u);
  const Record& a = sink.records[0];
  EXPECT_EQ(a.format, "warc");
  EXPECT_EQ(a.kind, ContentKind::kHtml);
  EXPECT_EQ(a.content, Page("A"));
  EXPECT_EQ(a.url, "http://ex.com/a");
  EXPECT_EQ(a.published, "2024-03-05T10:20:30Z");
  EXPECT_EQ(a.record, 2u);
  EXPECT_EQ(a.offset, info.size() + request.size());
  const Record& b = sink.records[1];
  EXPECT_EQ(b.kind, ContentKind::kText);
  EXPECT_EQ(b.content, "Resource headline\n\nResource text, long enough.");
  EXPECT_EQ(b.title, "");  // titles, of text and of HTML, are the extract stage's work
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(b.url, "http://ex.com/b.txt");
  EXPECT_EQ(b.record, 4u);
  EXPECT_EQ(b.offset, info.size() + request.size() + response.size() + image.size());
}

TEST(WarcReader, HttpCharsetChunkedAndGzipBody) {
  std::string latin1 = "<html><body>Caf\xE9</body></html>";
  std::string r1 = WarcRecord("response", "http://ex.com/1",
                              HttpResponse(latin1, "text/html; charset=ISO-8859-1"),
                              "application/http; msgtype=response");
  std::string body = "<html><body>chunked</body></html>";
  std::string chunked =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
      "10\r\n" +
      body.substr(0, 16) + "\r\n" + "11\r\n" + body.substr(16) + "\r\n0\r\n\r\n";
  std::string r2 = WarcRecord("response", "http://ex.com/2", chunked, "application/http");
  std::string gz = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" +
                   Gzip("<html><body>gzipped body</body></html>");
  std::string r3 = WarcRecord("response", "http://ex.com/3", gz, "application/http");
  std::string redirect =
      WarcRecord("response", "http://ex.com/4", "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n",
                 "application/http");
  CollectingSink sink;
  ReadBuffer("c.warc", r1 + r2 + r3 + redirect, {}, sink);
  ASSERT_TRUE(sink.errors.empty()) << sink.errors[0];
  ASSERT_EQ(sink.records.size(), 3u);
  EXPECT_EQ(sink.records[0].content, "<html><body>Caf\xC3\xA9</body></html>");
  EXPECT_EQ(sink.records[1].content, body);
  EXPECT_EQ(sink.records[2].content, "<html><body>gzipped body</body></html>");
}

TEST(WarcReader, GzipPerRecordMembers) {
  std::string r0 = Warcinfo();
  std::string r1 = WarcRecord("response", "http://ex.com/1", HttpResponse(Page("One"), "text/html"),
                              "application/http; msgtype=response");
  std::string r2 = WarcRecord("response", "http://ex.com/2", HttpResponse(Page("Two"), "text/html"),
                              "application/http; msgtype=response");
  CollectingSink sink;
  ReadBuffer("c.warc.gz", Gzip(r0) + Gzip(r1) + Gzip(r2), {}, sink);
  ASSERT_TRUE(sink.errors.empty()) << sink.errors[0];
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].content, Page("One"));
  EXPECT_EQ(sink.records[1].content, Page("Two"));
  EXPECT_EQ(sink.records[1].offset, r0.size() + r1.size());
  EXPECT_EQ(sink.records[1].record, 2u);
}

TEST(WarcReader, BrokenContentLengthIsReportedAndNeighboursSurvive) {
  std::string good1 = WarcRecord("resource", "http://ex.com/1", Page("One"), "text/html");
  // Content-Length 5 bytes short: the record does not end where it says.
  std::string bad = WarcRecord("resource", "http://ex.com/2", Page("Two"), "text/html");
  std::string len = std::to_string(Page("Two").size());
  bad.replace(bad.find("Content-Length: " + len), 16 + len.size(),
              "Content-Length: " + std::to_string(Page("Two").size() - 5));
  std::string good2 = WarcRecord("resource", "http://ex.com/3", Page("Three"), "text/html");
  // Content-Length missing.
  std::string nolen = "WARC/1.0\r\nWARC-Type: resource\r\n\r\nabc\r\n\r\n";
  std::string good3 = WarcRecord("resource", "http://ex.com/4", Page("Four"), "text/html");
  CollectingSink sink;
  ReadBuffer("b.warc", good1 + bad + good2 + nolen + good3, {}, sink);
  ASSERT_EQ(sink.records.size(), 3u);
  EXPECT_EQ(sink.records[0].url, "http://ex.com/1");
  EXPECT_EQ(sink.records[1].url, "http://ex.com/3");
  EXPECT_EQ(sink.records[1].record, 2u);
  EXPECT_EQ(sink.records[2].url, "http://ex.com/4");
  EXPECT_EQ(sink.records[2].record, 4u);
  uint64_t bad_off = good1.size();
  uint64_t nolen_off = good1.size() + bad.size() + good2.size();
  EXPECT_EQ(
      sink.errors,
      (std::vector<std::string>{
          "b.warc: record 1 (offset " + std::to_string(bad_off) + "): bad Content-Length " +
              std::to_string(Page("Two").size() - 5) + " (the record does not end there)",
          "b.warc: record 3 (offset " + std::to_string(nolen_off) + "): missing Content-Length",
      }));
}

TEST(WarcReader, ContentLengthTooLongGivesTheNextRecordBack) {
  std::string bad = WarcRecord("resource", "http://ex.com/1", Page("One"), "text/html");
  std::string len = std::to_string(Page("One").size());
  bad.replace(bad.find("Content-Length: " + len), 16 + len.size(),
              "Content-Length: " + std::to_string(Page("One").size() + 30));
  std::string good = WarcRecord("resource", "http://ex.com/2", Page("Two"), "text/html");
  CollectingSink sink;
  ReadBuffer("l.warc", bad + good + good, {}, sink);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0], "l.warc: record 0 (offset 0): bad Content-Length " +
                                std::to_string(Page("One").size() + 30) +
                                " (the record does not end there)");
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].url, "http://ex.com/2");
  EXPECT_EQ(sink.records[0].offset, bad.size());
  EXPECT_EQ(sink.records[1].offset, bad.size() + good.size());
}

TEST(WarcReader, TruncatedLastRecord) {
  std::string good = WarcRecord("resource", "http://ex.com/1", Page("One"), "text/html");
  std::string cut = WarcRecord("resource", "http://ex.com/2", Page("Two"), "text/html");
  cut.resize(cut.size() - 30);
  CollectingSink sink;
  ReadBuffer("t.warc", good + cut, {}, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0], "t.warc: record 1 (offset " + std::to_string(good.size()) +
                                "): truncated record (Content-Length " +
                                std::to_string(Page("Two").size()) + ", only " +
                                std::to_string(Page("Two").size() - 26) + " bytes left)");
}

TEST(WarcReader, GarbageBetweenRecordsIsSkipped) {
  std::string good = WarcRecord("resource", "http://ex.com/1", Page("One"), "text/html");
  CollectingSink sink;
  ReadBuffer("g.warc", good + "junk line\r\nmore junk\r\n" + good, {}, sink);
  EXPECT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.errors, (std::vector<std::string>{
                             "g.warc: offset " + std::to_string(good.size()) +
                             ": not a WARC record header (skipped to the next \"WARC/1.\" line)"}));
}

TEST(WarcReader, RecordOverCapIsSkipped) {
  std::string big =
      WarcRecord("resource", "http://ex.com/big", std::string(5000, 'x'), "text/plain");
  std::string small = WarcRecord("resource", "http://ex.com/s", "small", "text/plain");
  IngestOptions opt;
  opt.max_record_bytes = 1000;
  CollectingSink sink;
  ReadBuffer("c.warc", big + small, opt, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].content, "small");
  EXPECT_EQ(sink.errors, (std::vector<std::string>{
                             "c.warc: record 0 (offset 0): record too large (over 1000 bytes)"}));
}

}  // namespace
}  // namespace newsgraph
