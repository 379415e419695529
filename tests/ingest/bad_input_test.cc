// Bad input: every case of issue 2 gets exactly one error line naming the file, the record or
// offset and the reason, and everything good around it is still read.
#include <gtest/gtest.h>

#include <fstream>

#include "common/peak_memory.h"
#include "ingest/ingest_test_util.h"

namespace newsgraph {
namespace {

using testing::CollectingSink;
using testing::Gzip;
using testing::HttpResponse;
using testing::Page;
using testing::TempDir;
using testing::WarcRecord;

// How many bytes zlib itself decodes from a damaged gzip stream before it fails.
size_t DecodablePrefix(const std::string& gz) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  inflateInit2(&z, 16 + MAX_WBITS);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  std::string out(1 << 20, '\0');
  size_t total = 0;
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    rc = inflate(&z, Z_NO_FLUSH);
    total += out.size() - z.avail_out;
    if (rc == Z_OK && z.avail_in == 0) break;
  }
  inflateEnd(&z);
  return total;
}

std::string ResponseRecord(const std::string& n) {
  return WarcRecord("response", "http://ex.com/" + n, HttpResponse(Page(n), "text/html"),
                    "application/http; msgtype=response");
}

TEST(BadInput, TruncatedGzipWarc) {
  std::string r0 = ResponseRecord("zero"), r1 = ResponseRecord("one"), r2 = ResponseRecord("two");
  std::string last = Gzip(r2);
  std::string bytes = Gzip(r0) + Gzip(r1) + last.substr(0, last.size() - 10);
  TempDir dir;
  std::string path = dir.Write("t.warc.gz", bytes);
  CollectingSink sink;
  ReadPath(path, {}, sink);
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[1].url, "http://ex.com/one");
  EXPECT_EQ(sink.errors, (std::vector<std::string>{path + ": record 2 (offset " +
                                                   std::to_string(r0.size() + r1.size()) +
                                                   "): truncated gzip stream"}));
  EXPECT_EQ(sink.bytes, bytes.size());
}

TEST(BadInput, TruncatedGzipText) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i * 7919 % 10007) + " of text\n";
  std::string gz = Gzip(text);
  gz.resize(gz.size() / 2);
  CollectingSink sink;
  ReadBuffer("half.txt.gz", gz, {}, sink);
  EXPECT_TRUE(sink.records.empty());
  EXPECT_EQ(sink.errors,
            (std::vector<std::string>{"half.txt.gz: offset " + std::to_string(DecodablePrefix(gz)) +
                                      ": truncated gzip stream"}));
}

TEST(BadInput, CorruptGzipMemberIsSkippedAndTheNextOneRead) {
  std::string r0 = ResponseRecord("zero"), r1 = ResponseRecord("one"), r2 = ResponseRecord("two");
  std::string m1 = Gzip(r1);
  m1[m1.size() - 6] ^= 0x55;  // damage the CRC-32 in the member trailer
  CollectingSink sink;
  ReadBuffer("c.warc.gz", Gzip(r0) + m1 + Gzip(r2), {}, sink);
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].url, "http://ex.com/zero");
  EXPECT_EQ(sink.records[1].url, "http://ex.com/two");
  EXPECT_EQ(sink.records[1].record, 2u);
  EXPECT_EQ(sink.errors,
            (std::vector<std::string>{"c.warc.gz: record 1 (offset " + std::to_string(r0.size()) +
                                      "): corrupt gzip stream (incorrect data check)"}));
}

TEST(BadInput, CorruptGzipHeader) {
  std::string gz = Gzip("some text");
  gz[2] = 0x07;  // compression method other than deflate
  CollectingSink sink;
  ReadBuffer("h.txt.gz", gz, {}, sink);
  EXPECT_TRUE(sink.records.empty());
  EXPECT_EQ(sink.errors,
            (std::vector<std::string>{
                "h.txt.gz: offset 0: corrupt gzip stream (unknown compression method)"}));
}

TEST(BadInput, WarcWithBrokenRecordKeepsTheGoodOnes) {
  std::string r0 = ResponseRecord("zero"), r2 = ResponseRecord("two");
  std::string r1 =
      "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\nHTTP/1.1 200\r\n\r\n";
  CollectingSink sink;
  ReadBuffer("b.warc", r0 + r1 + r2, {}, sink);
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[1].url, "http://ex.com/two");
  EXPECT_EQ(sink.errors,
            (std::vector<std::string>{"b.warc: record 1 (offset " + std::to_string(r0.size()) +
                                      "): invalid Content-Length \"12x\""}));
}

// Stated behaviour: text that is UTF-8 apart from a few bad bytes keeps its UTF-8 and each
// invalid byte becomes U+FFFD; no error is reported.
TEST(BadInput, InvalidUtf8IsSanitised) {
  CollectingSink sink;
  ReadBuffer("u.txt", "Caf\xC3\xA9 na\xC3\xAFve \xFF r\xC3\xA9sum\xC3\xA9", {}, sink);
  EXPECT_TRUE(sink.errors.empty());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].content, "Caf\xC3\xA9 na\xC3\xAFve \xEF\xBF\xBD r\xC3\xA9sum\xC3\xA9");
  CollectingSink jsonl;
  ReadBuffer("u.jsonl", "{\"text\": \"bad \xC0 byte\"}\n", {}, jsonl);
  EXPECT_TRUE(jsonl.errors.empty());
  ASSERT_EQ(jsonl.records.size(), 1u);
  EXPECT_EQ(jsonl.records[0].content, "bad \xEF\xBF\xBD byte");
}

TEST(BadInput, LoneSurrogateEscapesBecomeReplacementCharacters) {
  CollectingSink sink;
  ReadBuffer("s.jsonl",
             "{\"text\": \"a \\ud800 b \\udfff c \\ud83d\\ude00 d \\\\ud800 e\", \"title\": \"\\udbff\"}\n"
             "{\"text\": \"ends high \\ud83d\"}\n"
             "{\"text\": \"broken \\ud800\"\n",
             {}, sink);
  ASSERT_EQ(sink.records.size(), 2u);
  // Lone ones become U+FFFD; a proper pair stays an emoji; an escaped backslash is no escape.
  EXPECT_EQ(sink.records[0].content, "a \xEF\xBF\xBD b \xEF\xBF\xBD c \xF0\x9F\x98\x80 d \\ud800 e");
  EXPECT_EQ(sink.records[1].content, "ends high \xEF\xBF\xBD");
  // A line broken for another reason is still reported.
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].find("line 3: not valid JSON"), std::string::npos) << sink.errors[0];
}

TEST(BadInput, BinaryFile) {
  TempDir dir;
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
  std::string path = dir.Write("image.txt", png);
  CollectingSink sink;
  ReadPath(path, {}, sink);
  EXPECT_TRUE(sink.records.empty());
  EXPECT_EQ(sink.errors, (std::vector<std::string>{path + ": binary file"}));
  CollectingSink controls;
  ReadBuffer("c.html", std::string(100, '\x01') + "<p>", {}, controls);
  EXPECT_EQ(controls.errors, (std::vector<std::string>{"c.html: binary file"}));
}

TEST(BadInput, EmptyFile) {
  TempDir dir;
  std::string path = dir.Write("empty.txt", "");
  CollectingSink sink;
  ReadPath(path, {}, sink);
  EXPECT_TRUE(sink.records.empty());
  EXPECT_EQ(sink.errors, (std::vector<std::string>{path + ": empty file"}));
  CollectingSink gz;
  ReadBuffer("empty.jsonl.gz", Gzip(""), {}, gz);
  EXPECT_EQ(gz.errors, (std::vector<std::string>{"empty.jsonl.gz: empty file"}));
}

TEST(BadInput, HundredMegabyteSingleLine) {
  TempDir dir;
  const size_t kSize = 100u << 20;
  std::string txt = dir.Path("big.txt");
  std::string jsonl = dir.Path("big.jsonl");
  {
    std::string chunk(1 << 20, 'a');
    std::ofstream t(txt, std::ios::binary), j(jsonl, std::ios::binary);
    j << "{\"text\": \"";
    for (size_t i = 0; i < kSize >> 20; ++i) {
      t.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      j.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    }
    j << "\"}\n{\"text\": \"small\"}\n";
  }
  long before = testing::PeakRssKb();
  CollectingSink sink;
  ReadPath(txt, {}, sink);
  EXPECT_TRUE(sink.records.empty());
  EXPECT_EQ(sink.errors,
            (std::vector<std::string>{txt + ": record too large (over 67108864 bytes)"}));
  // Only the capped prefix was read, not the whole file.
  EXPECT_LE(sink.bytes, (64u << 20) + (1u << 20));

  CollectingSink lines;
  ReadPath(jsonl, {}, lines);
  EXPECT_EQ(
      lines.errors,
      (std::vector<std::string>{jsonl + ": offset 0: line 1: too long (over 67108864 bytes)"}));
  ASSERT_EQ(lines.records.size(), 1u);
  EXPECT_EQ(lines.records[0].content, "small");
  EXPECT_EQ(lines.records[0].record, 1u);
  long after = testing::PeakRssKb();
  if (before > 0 && after > 0) {
    // Bounded by the 64 MiB cap (plus string growth), never by the 100 MB line.
    EXPECT_LT(after - before, 150 * 1024) << "peak RSS grew by " << (after - before) << " kB";
  }
}

TEST(BadInput, JsonlLineThatIsNotJson) {
  std::string data = "{\"text\": \"one\"}\n{nope}\n{\"text\": \"three\"}\n";
  TempDir dir;
  std::string path = dir.Write("j.jsonl", data);
  CollectingSink sink;
  ReadPath(path, {}, sink);
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].content, "one");
  EXPECT_EQ(sink.records[1].content, "three");
  EXPECT_EQ(sink.records[1].record, 2u);
  EXPECT_EQ(sink.errors,
            (std::vector<std::string>{path + ": offset 16: line 2: not valid JSON (at byte 3)"}));
}

TEST(BadInput, MissingPath) {
  TempDir dir;
  std::string path = dir.Path("no/such/file.warc");
  CollectingSink sink;
  ReadPath(path, {}, sink);
  EXPECT_TRUE(sink.records.empty());
  EXPECT_EQ(sink.errors, (std::vector<std::string>{path + ": no such file or directory"}));
}

TEST(BadInput, FolderOfBrokenFilesReportsEachAndKeepsTheGood) {
  TempDir dir;
  dir.Write("1-good.txt", "A good file.");
  dir.Write("2-empty.txt", "");
  dir.Write("3-binary.dat", std::string("\0\0\0\0", 4));
  dir.Write("4-bad.jsonl", "not json\n{\"text\":\"ok\"}\n");
  std::filesystem::create_symlink(dir.Path("missing-target"), dir.path() / "5-dangling.txt");
  CollectingSink sink;
  ReadPath(dir.path().string(), {}, sink);
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].content, "A good file.");
  EXPECT_EQ(sink.records[1].content, "ok");
  EXPECT_EQ(sink.errors,
            (std::vector<std::string>{
                dir.Path("2-empty.txt") + ": empty file",
                dir.Path("3-binary.dat") + ": binary file",
                dir.Path("4-bad.jsonl") + ": offset 0: line 1: not valid JSON (at byte 2)",
                dir.Path("5-dangling.txt") + ": no such file or directory",
            }));
}

}  // namespace
}  // namespace newsgraph
