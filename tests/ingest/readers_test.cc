// Golden tests per reader: plain text, HTML, JSON Lines, gzip, folders, standard input.
#include <gtest/gtest.h>

#include <sstream>

#include "ingest/ingest_test_util.h"

namespace newsgraph {
namespace {

using testing::CollectingSink;
using testing::Gzip;
using testing::TempDir;

TEST(TextReader, OneRecordWithoutTitle) {
  TempDir dir;
  std::string text =
      "Ahead of the summit, ministers meet in Vienna.\n\nThe ministers met on Tuesday. "
      "They talked for hours about trade and security, officials said.\n";
  std::string path = dir.Write("story.txt", text);
  CollectingSink sink;
  ReadPath(path, {}, sink);
  ASSERT_TRUE(sink.errors.empty()) << sink.errors[0];
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.source, path);
  EXPECT_EQ(r.format, "text");
  EXPECT_EQ(r.kind, ContentKind::kText);
  EXPECT_EQ(r.record, 0u);
  EXPECT_EQ(r.offset, 0u);
  EXPECT_EQ(r.content, text);
  // Whether the first line is a headline is decided by the extract stage (ToDocument;
  // tests/extract/to_document_test.cc).
  EXPECT_EQ(r.title, "");
  EXPECT_EQ(sink.bytes, text.size());
}

TEST(TextReader, Utf8BomIsRemoved) {
  CollectingSink sink;
  ReadBuffer("a.txt", "\xEF\xBB\xBFHello w\xC3\xB6rld", {}, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].content, "Hello w\xC3\xB6rld");
}

TEST(TextReader, GzipCompressedText) {
  TempDir dir;
  std::string path = dir.Write("a.txt.gz", Gzip("Plain words in a gzip file."));
  CollectingSink sink;
  ReadPath(path, {}, sink);
  ASSERT_TRUE(sink.errors.empty());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].content, "Plain words in a gzip file.");
  EXPECT_EQ(sink.records[0].format, "text");
}

TEST(TextReader, MultiMemberGzipReadsAsOneStream) {
  CollectingSink sink;
  ReadBuffer("a.txt.gz", Gzip("first half, ") + Gzip("second half"), {}, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].content, "first half, second half");
}

TEST(HtmlReader, OneRecordPerFile) {
  std::string html =
      "<!doctype html><html><head><title>T</title></head><body>caf\xC3\xA9</body></html>";
  CollectingSink sink;
  ReadBuffer("page.html", html, {}, sink);
  ASSERT_TRUE(sink.errors.empty());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].format, "html");
  EXPECT_EQ(sink.records[0].kind, ContentKind::kHtml);
  EXPECT_EQ(sink.records[0].content, html);
}

TEST(HtmlReader, DetectedByContentWithoutExtension) {
  CollectingSink sink;
  ReadBuffer("download", "  <!-- saved -->\n<HTML><body>x</body></HTML>", {}, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].kind, ContentKind::kHtml);
}

TEST(HtmlReader, HtmlGz) {
  CollectingSink sink;
  ReadBuffer("page.html.gz", Gzip("<html><body>zipped</body></html>"), {}, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].content, "<html><body>zipped</body></html>");
}

TEST(JsonlReader, FieldsAndAliases) {
  std::string data =
      "{\"text\": \"First story.\", \"url\": \"http://a/1\", \"title\": \"One\", "
      "\"published\": \"2024-03-05T10:20:30+01:00\", \"source\": \"The Daily\", "
      "\"authors\": [\"Ann Lee\", \"Bo Chen\"]}\n"
      "\n"
      "{\"html\": \"<p>Second</p>\", \"date\": \"Tue, 05 Mar 2024 10:20:30 GMT\", "
      "\"outlet\": \"Other Times\", \"authors\": \"Cy Diaz\"}\n"
      "{\"text\": \"Third\", \"site\": \"Site\", \"published\": 1709634030}";
  CollectingSink sink;
  ReadBuffer("a.jsonl", data, {}, sink);
  ASSERT_TRUE(sink.errors.empty()) << sink.errors[0];
  ASSERT_EQ(sink.records.size(), 3u);
  const Record& a = sink.records[0];
  EXPECT_EQ(a.format, "jsonl");
  EXPECT_EQ(a.kind, ContentKind::kText);
  EXPECT_EQ(a.content, "First story.");
  EXPECT_EQ(a.url, "http://a/1");
  EXPECT_EQ(a.title, "One");
  EXPECT_EQ(a.published, "2024-03-05T10:20:30+01:00");
  EXPECT_EQ(a.site, "The Daily");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Lee", "Bo Chen"}));
  EXPECT_EQ(a.record, 0u);
  EXPECT_EQ(a.offset, 0u);
  const Record& b = sink.records[1];
  EXPECT_EQ(b.kind, ContentKind::kHtml);
  EXPECT_EQ(b.content, "<p>Second</p>");
  EXPECT_EQ(b.published, "2024-03-05T10:20:30Z");
  EXPECT_EQ(b.site, "Other Times");
  EXPECT_EQ(b.authors, (std::vector<std::string>{"Cy Diaz"}));
  EXPECT_EQ(b.record, 2u);  // the 0-based line number: line 2 is blank
  EXPECT_EQ(b.offset, data.find("{\"html\""));
  const Record& c = sink.records[2];
  EXPECT_EQ(c.site, "Site");
  EXPECT_EQ(c.published, "2024-03-05T10:20:30Z");
}

TEST(JsonlReader, GzipCompressedWithCrlf) {
  CollectingSink sink;
  ReadBuffer("x.jsonl.gz", Gzip("{\"text\":\"a\"}\r\n{\"text\":\"b\"}\r\n"), {}, sink);
  ASSERT_TRUE(sink.errors.empty());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[1].content, "b");
  EXPECT_EQ(sink.records[1].offset, 14u);
}

TEST(JsonlReader, MissingAndWrongFields) {
  CollectingSink sink;
  ReadBuffer("m.jsonl", "{\"url\":\"x\"}\n[1,2]\n{\"text\": 5}\n{\"text\":\"ok\"}\n", {}, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].content, "ok");
  EXPECT_EQ(sink.errors,
            (std::vector<std::string>{
                "m.jsonl: offset 0: line 1: no \"text\" or \"html\" field",
                "m.jsonl: offset 12: line 2: not a JSON object",
                "m.jsonl: offset 18: line 3: \"text\"/\"html\" is empty or not a string",
            }));
}

TEST(Folders, RecursiveSortedSkippingHiddenFiles) {
  TempDir dir;
  dir.Write("b.txt", "bee");
  dir.Write("a/z.txt", "zed");
  dir.Write("a/c.txt", "sea");
  dir.Write(".hidden", "\x01\x02\x03");
  std::filesystem::create_directory_symlink(dir.path(), dir.path() / "a" / "loop");
  CollectingSink sink;
  ReadPath(dir.path().string(), {}, sink);
  EXPECT_TRUE(sink.errors.empty());
  std::vector<std::string> contents;
  for (const Record& r : sink.records) contents.push_back(r.content);
  EXPECT_EQ(contents, (std::vector<std::string>{"sea", "zed", "bee"}));
  EXPECT_EQ(sink.records[0].source, dir.Path("a/c.txt"));
  EXPECT_EQ(TotalInputBytes({dir.path().string(), "-"}), 9u);
}

TEST(Stdin, ReadsGivenStreamByContent) {
  std::istringstream in(Gzip("{\"text\":\"from stdin\"}\n"));
  CollectingSink sink;
  ReadPath("-", {}, sink, &in);
  ASSERT_TRUE(sink.errors.empty());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].source, "-");
  EXPECT_EQ(sink.records[0].format, "jsonl");
  EXPECT_EQ(sink.records[0].content, "from stdin");
}

TEST(InputErrorText, OmitsAbsentParts) {
  EXPECT_EQ((InputError{"a", 3, 40, "bad"}).ToString(), "a: record 3 (offset 40): bad");
  EXPECT_EQ((InputError{"a", 3, std::nullopt, "bad"}).ToString(), "a: record 3: bad");
  EXPECT_EQ((InputError{"a", std::nullopt, 40, "bad"}).ToString(), "a: offset 40: bad");
  EXPECT_EQ((InputError{"a", std::nullopt, std::nullopt, "bad"}).ToString(), "a: bad");
}

}  // namespace
}  // namespace newsgraph
