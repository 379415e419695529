// Limits and robustness: size limit, deep nesting, a 50 MB page, malformed markup.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "common/peak_memory.h"
#include "newsgraph/extract.h"

namespace newsgraph {
namespace {

TEST(LimitsTest, TooLarge) {
  ExtractOptions o;
  o.max_html_bytes = 1000;
  Result<Article> a = ExtractArticle(std::string(1001, 'x'), "", o);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kTooLarge);
  EXPECT_NE(a.status().message().find("1001"), std::string::npos);
  EXPECT_TRUE(ExtractArticle(std::string(1000, 'x'), "", o).ok());
}

TEST(LimitsTest, HundredThousandNestedElements) {
  const int n = 100000;
  std::string html = "<html><body>";
  for (int i = 0; i < n; ++i) html += "<div>";
  html += "<p>The deepest paragraph of the page is still found and extracted by the scanner.</p>";
  for (int i = 0; i < n; ++i) html += "</div>";
  html += "</body></html>";
  Result<Article> a = ExtractArticle(html, "");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("deepest paragraph"), std::string::npos);
}

TEST(LimitsTest, NestedInlineAndUnclosedElements) {
  std::string html = "<html><body><p>";
  for (int i = 0; i < 100000; ++i) html += "<span><b><i>";
  html += "Text inside a hundred thousand unclosed inline elements, all of them left open.";
  Result<Article> a = ExtractArticle(html, "");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("hundred thousand"), std::string::npos);
}

TEST(LimitsTest, FiftyMegabytePageHasBoundedMemory) {
  std::string para =
      "<p>The city council voted on Tuesday to approve the new budget after a long debate "
      "about schools, roads and the future of the public library system.</p>\n";
  std::string html = "<html><body><article>";
  html.reserve(50u << 20);
  while (html.size() < (50u << 20)) html += para;
  html += "</article></body></html>";
  long before = testing::PeakRssKb();
  Result<Article> a = ExtractArticle(html, "");
  long after = testing::PeakRssKb();
  ASSERT_TRUE(a.ok());
  EXPECT_GT(a->text.size(), 30u << 20);
  if (before > 0 && after > 0) {
    // Input copy without markup + blocks + output text: a few times the page, never unbounded.
    long grown_mb = (after - before) / 1024;
    EXPECT_LT(grown_mb, 400) << "peak RSS grew by " << grown_mb << " MB";
    RecordProperty("peak_rss_growth_mb", static_cast<int>(grown_mb));
  }
}

TEST(LimitsTest, MalformedMarkupNeverCrashes) {
  const char* cases[] = {
      "<", "<<<<>>>>", "</p></div></body>", "<p", "<p class=\"unterminated>text",
      "<script>never closed", "<style>p{}", "<!-- never closed comment <p>text</p>",
      "<table><tr><td><p>cell<td>other</table></p>", "<a href='x'><a href='y'>nested links</a>",
      "<html><head><title>t</title><body><p>no closing tags", "\xff\xfe<p>\x80\x81 bad bytes</p>",
      "<p>a\0b</p>", "<svg><p>in svg</svg>", "<math><mi>x</mi>", "<template><p>t</p>",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[[[[[",
      "<select><option>a<option>b</select><p>after</p>", "<frameset><frame></frameset>",
      "&#0; &#xD800; &#x110000; &unknown; &amp",
  };
  for (const char* c : cases) {
    std::string html(c, std::char_traits<char>::length(c));
    Result<Article> a = ExtractArticle(html, "https://x.example/");
    EXPECT_TRUE(a.ok()) << c;
  }
  // Deeply nested JSON-LD.
  std::string ld = "<script type=\"application/ld+json\">";
  for (int i = 0; i < 100000; ++i) ld += "[";
  ld += "</script><p>text</p>";
  EXPECT_TRUE(ExtractArticle(ld, "").ok());
}

TEST(LimitsTest, NulBytes) {
  std::string html("\0\0\0<p>Text after NUL bytes, which the parser must not take for UTF-32 "
                   "and which end up as replacement characters.</p><p>a\0b</p>",
                   127);
  ASSERT_EQ(html.size(), 127u);
  Result<Article> a = ExtractArticle(html, "");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Text after NUL bytes"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find('\0'), std::string::npos);
}

TEST(LimitsTest, ConcurrentCallsAgree) {
  std::string html = "<html><body><nav><a href=/>Home</a></nav><article><p>The city council "
                     "voted on Tuesday to approve the new budget after a long debate.</p>"
                     "</article></body></html>";
  std::string expected = ExtractArticle(html, "")->text;
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        Result<Article> a = ExtractArticle(html, "");
        if (!a.ok() || a->text != expected) ++mismatches;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(LimitsTest, OutputIsValidUtf8) {
  Result<Article> a = ExtractArticle("<p>caf\xe9 \xc3\xa9t\xc3\xa9 \xed\xa0\x80 end of a paragraph "
                                     "with broken bytes inside it.</p>", "");
  ASSERT_TRUE(a.ok());
  for (size_t i = 0; i < a->text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(a->text[i]);
    EXPECT_NE(c, 0xe9) << "raw Latin-1 byte kept";
  }
  EXPECT_NE(a->text.find("\xc3\xa9t\xc3\xa9"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
