// Unit tests of the ingest building blocks (dates: date_normalize_test.cc): format detection, line reading, gzip resync.
#include <gtest/gtest.h>

#include "ingest/byte_source.h"
#include "ingest/format_detect.h"
#include "ingest/gzip_source.h"
#include "ingest/ingest_test_util.h"
#include "ingest/readers.h"
#include "ingest/stream_reader.h"

namespace newsgraph::ingest {
namespace {

TEST(DetectFormat, ContentFirstThenExtension) {
  EXPECT_EQ(DetectFormat("WARC/1.1\r\n", "x.txt"), Format::kWarc);
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF<!DOCTYPE html>", "x.jsonl"), Format::kHtml);
  EXPECT_EQ(DetectFormat("<?xml version='1.0'?>\n<html>", ""), Format::kHtml);
  EXPECT_EQ(DetectFormat("  {\"text\":1}", "x"), Format::kJsonl);
  EXPECT_EQ(DetectFormat("plain", "a.warc"), Format::kWarc);
  EXPECT_EQ(DetectFormat("plain", "a.JSONL"), Format::kJsonl);
  EXPECT_EQ(DetectFormat("<p>x", "a.htm"), Format::kHtml);
  EXPECT_EQ(DetectFormat("<body>x", "a.txt"), Format::kText);
  EXPECT_EQ(DetectFormat("<body>x", "noext"), Format::kHtml);
  EXPECT_EQ(DetectFormat("words", "noext"), Format::kText);
  EXPECT_EQ(StripGzExtension("a.warc.GZ"), "a.warc");
}

TEST(LooksBinary, NulAndControlRatio) {
  EXPECT_TRUE(LooksBinary(std::string("ab\0cd", 5)));
  EXPECT_TRUE(LooksBinary(std::string(20, '\x02') + std::string(100, 'a')));
  EXPECT_FALSE(LooksBinary(std::string(5, '\x02') + std::string(100, 'a')));
  EXPECT_FALSE(LooksBinary(std::string("\xFF\xFEh\0i\0", 6)));  // UTF-16 with BOM
  EXPECT_FALSE(LooksBinary("tabs\tand\r\nnewlines\f"));
}

// A source that hands out one byte per call, to exercise every buffer boundary.
class Trickle : public ByteSource {
 public:
  explicit Trickle(std::string s) : s_(std::move(s)) {}
  Result<size_t> Read(char* buf, size_t) override {
    if (pos_ >= s_.size()) return size_t{0};
    buf[0] = s_[pos_++];
    return size_t{1};
  }

 private:
  std::string s_;
  size_t pos_ = 0;
};

TEST(StreamReader, LinesOffsetsAndTooLong) {
  Trickle src("ab\r\n" + std::string(50, 'x') + "\nlast");
  StreamReader in(&src);
  std::string line;
  LineStatus st;
  ASSERT_TRUE(in.ReadLine(&line, 10, &st).ok());
  EXPECT_EQ(st, LineStatus::kOk);
  EXPECT_EQ(line, "ab");
  EXPECT_EQ(in.offset(), 4u);
  ASSERT_TRUE(in.ReadLine(&line, 10, &st).ok());
  EXPECT_EQ(st, LineStatus::kTooLong);
  EXPECT_EQ(in.offset(), 55u);
  ASSERT_TRUE(in.ReadLine(&line, 10, &st).ok());
  EXPECT_EQ(line, "last");
  ASSERT_TRUE(in.ReadLine(&line, 10, &st).ok());
  EXPECT_EQ(st, LineStatus::kEof);
}

TEST(StreamReader, ReadSkipPeekUnread) {
  std::string data(1 << 20, 'a');
  data += "tail";
  auto src = MemorySource(data, nullptr);
  StreamReader in(src.get());
  Result<uint64_t> skipped = in.Skip(1000);
  ASSERT_TRUE(skipped.ok());
  EXPECT_EQ(*skipped, 1000u);
  std::string out;
  Result<size_t> got = in.Read(data.size(), &out);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, data.size() - 1000);
  EXPECT_EQ(out.substr(out.size() - 4), "tail");
  in.Unread("xyztail");
  EXPECT_EQ(in.offset(), data.size() - 7);
  Result<std::string_view> peek = in.Peek(100);
  ASSERT_TRUE(peek.ok());
  EXPECT_EQ(*peek, "xyztail");
}

Result<std::string> ReadAllGzip(const std::string& gz, std::vector<std::string>* errors) {
  auto src = GzipSource(MemorySource(gz, nullptr));
  std::string out;
  char buf[4096];
  for (int guard = 0; guard < 100000; ++guard) {
    Result<size_t> n = src->Read(buf, sizeof buf);
    if (!n.ok()) {
      errors->push_back(n.status().message());
      continue;
    }
    if (*n == 0) return out;
    out.append(buf, *n);
  }
  return Status::Internal("no end");
}

TEST(GzipSource, ResyncsToTheNextMemberAfterGarbage) {
  std::string gz = testing::Gzip("one ") + "garbage\x1f\x8bxx" + testing::Gzip("two");
  std::vector<std::string> errors;
  Result<std::string> out = ReadAllGzip(gz, &errors);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "one two");
  EXPECT_EQ(errors, (std::vector<std::string>{"corrupt gzip stream (incorrect header check)"}));
}

TEST(GzipSource, ZeroPaddingAfterTheLastMemberIsIgnored) {
  std::string gz = testing::Gzip("padded") + std::string(512, '\0');
  std::vector<std::string> errors;
  Result<std::string> out = ReadAllGzip(gz, &errors);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "padded");
  EXPECT_TRUE(errors.empty());
}

TEST(GzipSource, TruncatedAfterValidMemberAndByteByByteInput) {
  std::string gz = testing::Gzip("first") + testing::Gzip("second").substr(0, 12);
  std::vector<std::string> errors;
  Result<std::string> out = ReadAllGzip(gz, &errors);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->substr(0, 5), "first");
  EXPECT_EQ(errors, (std::vector<std::string>{"truncated gzip stream"}));
  auto trickle = GzipSource(std::make_unique<Trickle>(testing::Gzip("slowly")));
  StreamReader in(trickle.get());
  std::string all;
  ASSERT_TRUE(in.Read(100, &all).ok());
  EXPECT_EQ(all, "slowly");
}

// Reading one byte per call gives the same records and errors as reading from memory.
TEST(ReadStream, OneByteAtATimeMatchesWholeBuffer) {
  using testing::WarcRecord;
  std::string good = WarcRecord("resource", "http://ex.com/1", testing::Page("One"), "text/html");
  std::string bad = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 9999\r\n\r\nshort\r\n";
  std::string warc = good + bad + good + "trailing junk";
  std::string jsonl = "{\"text\":\"a\"}\n{broken\n\n{\"text\":\"b\"}";
  for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string>>{
           {"x.warc", warc}, {"x.warc.gz", testing::Gzip(warc)}, {"x.jsonl", jsonl}}) {
    testing::CollectingSink whole;
    ReadBuffer(name, bytes, {}, whole);
    testing::CollectingSink trickle;
    IngestOptions options;
    ReadContext ctx{name, &options, &trickle};
    ReadStream(std::make_unique<Trickle>(bytes), name, ctx);
    EXPECT_EQ(trickle.errors, whole.errors) << name;
    ASSERT_EQ(trickle.records.size(), whole.records.size()) << name;
    for (size_t i = 0; i < whole.records.size(); ++i) {
      EXPECT_EQ(trickle.records[i].content, whole.records[i].content);
      EXPECT_EQ(trickle.records[i].offset, whole.records[i].offset);
    }
    EXPECT_FALSE(whole.records.empty()) << name;
  }
}

}  // namespace
}  // namespace newsgraph::ingest
