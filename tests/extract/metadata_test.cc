// Metadata: each source of title, date, authors, site, language and canonical URL on its own.
#include <gtest/gtest.h>

#include <string>

#include "extract/metadata.h"
#include "newsgraph/extract.h"

namespace newsgraph {
namespace {

const char kBody[] =
    "<p>The city council voted on Tuesday to approve the new budget after a long debate about "
    "schools, roads and the future of the public library system in the northern districts.</p>"
    "<p>Members said the plan would raise spending on maintenance by a tenth over two years, "
    "while keeping property taxes at their current level for most households.</p>";

Article Extract(const std::string& head, const std::string& body = kBody,
                const std::string& url = "https://news.example.com/a/1") {
  std::string html = "<html><head>" + head + "</head><body><article>" + body +
                     "</article></body></html>";
  Result<Article> a = ExtractArticle(html, url);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? *a : Article{};
}

TEST(TitleTest, OpenGraphTitleWithoutSiteSuffix) {
  Article a = Extract(
      "<title>Council passes budget | Example News</title>"
      "<meta property=\"og:title\" content=\"Council passes budget\">"
      "<meta property=\"og:site_name\" content=\"Example News\">");
  EXPECT_EQ(a.title, "Council passes budget");
}

TEST(TitleTest, JsonLdHeadlineWins) {
  Article a = Extract(
      "<meta property=\"og:title\" content=\"Social title\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"headline\":\"Council passes the budget\"}</script>");
  EXPECT_EQ(a.title, "Council passes the budget");
}

TEST(TitleTest, H1WhenNoMetadata) {
  Article a = Extract("", std::string("<h1>Budget approved</h1>") + kBody);
  EXPECT_EQ(a.title, "Budget approved");
}

TEST(TitleTest, HtmlTitleCleanedOfSiteName) {
  Article a = Extract("<title>Council passes budget after long debate - Example News</title>"
                      "<meta property=\"og:site_name\" content=\"Example News\">");
  EXPECT_EQ(a.title, "Council passes budget after long debate");
  EXPECT_EQ(extract::CleanTitle("Example News | Council passes budget", "Example News"),
            "Council passes budget");
}

TEST(DateTest, JsonLdDatePublished) {
  Article a = Extract(
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"WebSite\",\"name\":\"X\"},{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2019-11-19T08:30:00-05:00\"}]}</script>");
  EXPECT_EQ(a.published, "2019-11-19T08:30:00-05:00");
}

TEST(DateTest, ArticlePublishedTimeMeta) {
  Article a = Extract("<meta property=\"article:published_time\" content=\"2020-02-03T10:00:00Z\">");
  EXPECT_EQ(a.published, "2020-02-03T10:00:00Z");
}

TEST(DateTest, MetaDateName) {
  Article a = Extract("<meta name=\"date\" content=\"2018/07/04\">");
  EXPECT_EQ(a.published, "2018-07-04");
}

TEST(DateTest, TimeElement) {
  Article a = Extract("", std::string("<time datetime=\"2017-05-06\">May 6</time>") + kBody);
  EXPECT_EQ(a.published, "2017-05-06");
}

TEST(DateTest, DateInUrl) {
  Article a = Extract("", kBody, "https://news.example.com/2016/09/12/council-budget/");
  EXPECT_EQ(a.published, "2016-09-12");
}

TEST(DateTest, NoDate) {
  Article a = Extract("", kBody, "https://news.example.com/council-budget/");
  EXPECT_EQ(a.published, "");
}

// The spellings NormalizeDate reads are tested in tests/ingest/date_normalize_test.cc.
TEST(DateTest, UnparseableMetaFallsThroughToTheUrl) {
  Article a = Extract("<meta property=\"article:published_time\" content=\"2019-02-30\">"
                      "<meta name=\"date\" content=\"yesterday\">",
                      kBody, "https://news.example.com/2016/09/12/council-budget/");
  EXPECT_EQ(a.published, "2016-09-12");
}

TEST(DateTest, WordDateInMeta) {
  Article a =
      Extract("<meta name=\"pubdate\" content=\"Tuesday, November 19, 2019, 10:05 pm EST\">");
  EXPECT_EQ(a.published, "2019-11-19T22:05:00-05:00");
}

TEST(DateTest, DateFromUrlSpellings) {
  using extract::DateFromUrl;
  EXPECT_EQ(DateFromUrl("https://x.com/news/20200102/story"), "2020-01-02");
  EXPECT_EQ(DateFromUrl("https://x.com/2019/11/19/story"), "2019-11-19");
  EXPECT_EQ(DateFromUrl("https://x.com/2019-11-19-story"), "2019-11-19");
  EXPECT_EQ(DateFromUrl("https://x.com/2019_11_19/story"), "2019-11-19");
  EXPECT_EQ(DateFromUrl("https://x.com/news/123456789/story"), "");
  EXPECT_EQ(DateFromUrl("https://x.com/2019/02/30/story"), "");     // no such day
  EXPECT_EQ(DateFromUrl("https://x.com/1980/01/02/story"), "");     // before 1990: an id
  EXPECT_EQ(DateFromUrl("https://x.com/2019/11/19012/story"), "");  // the day runs on
}

TEST(AuthorTest, JsonLdAuthors) {
  Article a = Extract(
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":["
      "{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo Chan\"}]}"
      "</script>");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Lee", "Bo Chan"}));
}

TEST(AuthorTest, MetaAuthor) {
  Article a = Extract("<meta name=\"author\" content=\"Ann Lee and Bo Chan\">");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Lee", "Bo Chan"}));
}

TEST(AuthorTest, RelAuthorLink) {
  Article a = Extract("", std::string("<a rel=\"author\" href=\"/staff/ann\">Ann Lee</a>") + kBody);
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Lee"}));
}

TEST(AuthorTest, BylinePattern) {
  Article a = Extract("", std::string("<div>By Ann Lee, Bo Chan and Cy Diaz</div>") + kBody);
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Lee", "Bo Chan", "Cy Diaz"}));
}

TEST(AuthorTest, ProfileUrlIsNotAName) {
  Article a = Extract("<meta property=\"article:author\" content=\"https://facebook.com/ann\">");
  EXPECT_TRUE(a.authors.empty());
}

TEST(SiteTest, Sources) {
  EXPECT_EQ(Extract("<meta property=\"og:site_name\" content=\"The Daily\">").site, "The Daily");
  EXPECT_EQ(Extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Corp\"}}</script>")
                .site,
            "Daily Corp");
  EXPECT_EQ(Extract("", kBody, "https://www.daily.example.org/x").site, "daily.example.org");
}

TEST(UrlTest, CanonicalLink) {
  EXPECT_EQ(Extract("<link rel=\"canonical\" href=\"https://news.example.com/a/1-canonical\">").url,
            "https://news.example.com/a/1-canonical");
  EXPECT_EQ(Extract("").url, "https://news.example.com/a/1");
  // A relative or odd canonical is ignored.
  EXPECT_EQ(Extract("<link rel=\"canonical\" href=\"javascript:void(0)\">").url,
            "https://news.example.com/a/1");
}

TEST(LanguageTest, DetectsFromText) {
  EXPECT_EQ(Extract("").language, "en");
  std::string de =
      "<p>Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen, Straßen und die "
      "Zukunft der öffentlichen Bibliotheken den neuen Haushalt beschlossen.</p><p>Die "
      "Mitglieder sagten, der Plan werde die Ausgaben für die Instandhaltung in zwei Jahren um "
      "ein Zehntel erhöhen, während die Grundsteuer für die meisten Haushalte gleich bleibe.</p>";
  EXPECT_EQ(Extract("", de).language, "de");
}

TEST(LanguageTest, DeclaredLanguageWhenTextIsTooShort) {
  Result<Article> a = ExtractArticle("<html lang=\"fr-FR\"><body><p>Oui.</p></body></html>", "");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->language, "fr");
}

TEST(SplitAuthorsTest, Bylines) {
  using extract::SplitAuthors;
  EXPECT_EQ(SplitAuthors("By Ann Lee"), (std::vector<std::string>{"Ann Lee"}));
  EXPECT_EQ(SplitAuthors("by Ann Lee & Bo Chan"), (std::vector<std::string>{"Ann Lee", "Bo Chan"}));
  EXPECT_TRUE(SplitAuthors("").empty());
}

}  // namespace
}  // namespace newsgraph
