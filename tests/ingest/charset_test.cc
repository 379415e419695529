// Charset conversion: BOMs, <meta> declarations, HTTP labels, detection.
#include "ingest/charset.h"

#include <gtest/gtest.h>

#include "core/utf8.h"
#include "ingest/ingest_test_util.h"

namespace newsgraph {
namespace {

using testing::CollectingSink;

// "Президент России встретился с министрами ..." in windows-1251.
const char kCp1251[] =
    "\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2\x20\xD0\xEE\xF1\xF1\xE8\xE8\x20\xE2\xF1\xF2\xF0\xE5\xF2"
    "\xE8\xEB\xF1\xFF\x20\xF1\x20\xEC\xE8\xED\xE8\xF1\xF2\xF0\xE0\xEC\xE8\x20\xEF\xF0\xE0\xE2\xE8"
    "\xF2\xE5\xEB\xFC\xF1\xF2\xE2\xE0\x20\xE2\x20\xCC\xEE\xF1\xEA\xE2\xE5\x2C\x20\xF7\xF2\xEE\xE1"
    "\xFB\x20\xEE\xE1\xF1\xF3\xE4\xE8\xF2\xFC\x20\xFD\xEA\xEE\xED\xEE\xEC\xE8\xF7\xE5\xF1\xEA\xF3"
    "\xFE\x20\xF1\xE8\xF2\xF3\xE0\xF6\xE8\xFE\x20\xE8\x20\xED\xEE\xE2\xFB\xE5\x20\xE7\xE0\xEA\xEE"
    "\xED\xFB\x20\xEE\x20\xED\xE0\xEB\xEE\xE3\xE0\xF5\x2E";

TEST(Charset, Windows1252HtmlWithMetaCharset) {
  std::string html =
      "<html><head><meta charset=\"windows-1252\"><title>x</title></head>"
      "<body>\x93Quoted\x94 caf\xE9 \x80 5</body></html>";
  CollectingSink sink;
  ReadBuffer("w.html", html, {}, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_NE(
      sink.records[0].content.find("\xE2\x80\x9CQuoted\xE2\x80\x9D caf\xC3\xA9 \xE2\x82\xAC 5"),
      std::string::npos)
      << sink.records[0].content;
}

TEST(Charset, Iso88591ViaHttpEquivReadsAsWindows1252) {
  std::string html =
      "<!DOCTYPE html><html><head>\n<META HTTP-EQUIV='Content-Type' "
      "CONTENT='text/html; charset=ISO-8859-1'></head><body>na\xEFve \x80</body></html>";
  CollectingSink sink;
  ReadBuffer("i.htm", html, {}, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_NE(sink.records[0].content.find("na\xC3\xAFve \xE2\x82\xAC"), std::string::npos);
}

TEST(Charset, Utf16LeTextWithBom) {
  std::string bytes("\xFF\xFE", 2);
  for (char c : std::string("Hi caf")) bytes += std::string{c, '\0'};
  bytes += std::string("\xE9\0", 2);
  CollectingSink sink;
  ReadBuffer("u16.txt", bytes, {}, sink);
  ASSERT_TRUE(sink.errors.empty()) << sink.errors[0];
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].content, "Hi caf\xC3\xA9");
}

TEST(Charset, Utf16BeHtmlWithBom) {
  std::string bytes("\xFE\xFF", 2);
  for (char c : std::string("<html><body>\x01</body></html>")) {
    bytes += c == '\x01' ? std::string("\x04\x1F", 2) : std::string{'\0', c};  // U+041F
  }
  CollectingSink sink;
  ReadBuffer("u16.html", bytes, {}, sink);
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].kind, ContentKind::kHtml);
  EXPECT_EQ(sink.records[0].content, "<html><body>\xD0\x9F</body></html>");
}

TEST(Charset, UndeclaredCp1251IsDetected) {
  std::string expected =
      "\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82 "  // Президент
      "\xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xB8";                          // России
  std::string out = ToUtf8(kCp1251, "", false);
  EXPECT_EQ(out.substr(0, expected.size()), expected);
  EXPECT_EQ(ingest::GuessCharset(kCp1251), "WINDOWS-1251");
}

TEST(Charset, DeclaredLabelWinsAndUnknownLabelFallsBack) {
  EXPECT_EQ(ToUtf8("caf\xE9", "ISO-8859-15", false), "caf\xC3\xA9");
  EXPECT_EQ(ToUtf8("caf\xC3\xA9", "no-such-charset", false), "caf\xC3\xA9");
  // Declared Latin-1 but valid UTF-8 with non-ASCII text: a mislabelled page, kept as UTF-8.
  EXPECT_EQ(ToUtf8("<meta charset=iso-8859-1>caf\xC3\xA9", "", true),
            "<meta charset=iso-8859-1>caf\xC3\xA9");
  // A meta tag claiming UTF-16 without a BOM means UTF-8 (WHATWG).
  EXPECT_EQ(ToUtf8("<meta charset=utf-16>ok", "", true), "<meta charset=utf-16>ok");
}

TEST(Charset, HelpersParseDeclarations) {
  EXPECT_EQ(ingest::SniffHtmlCharset("<head><meta name=x><meta charset='Shift_JIS'>"), "shift_jis");
  EXPECT_EQ(ingest::SniffHtmlCharset(std::string(5000, ' ') + "<meta charset=utf-8>"), "");
  EXPECT_EQ(ingest::CharsetFromContentType("text/html;charset=\"UTF-8\""), "utf-8");
  EXPECT_EQ(ingest::CharsetFromContentType("text/html"), "");
  size_t len = 0;
  EXPECT_EQ(ingest::DetectBom("\xEF\xBB\xBFx", &len), "UTF-8");
  EXPECT_EQ(len, 3u);
}

TEST(Charset, OutputIsAlwaysValidUtf8) {
  for (const char* cs : {"", "utf-8", "windows-1252", "shift_jis", "euc-kr", "gb18030"}) {
    std::string garbage;
    for (int i = 0; i < 512; ++i) garbage += static_cast<char>((i * 37 + 11) & 0xFF);
    std::string out = ToUtf8(garbage, cs, false);
    EXPECT_TRUE(utf8::IsValid(out)) << cs;
  }
}

}  // namespace
}  // namespace newsgraph
