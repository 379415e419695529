// ToDocument: records of each kind become Documents; container metadata wins over the page's.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "ingest/ingest_test_util.h"
#include "newsgraph/extract.h"

namespace newsgraph {
namespace {

const char kHtml[] =
    "<html><head><title>Council passes budget - Example News</title>"
    "<meta property=\"og:site_name\" content=\"Example News\">"
    "<meta property=\"article:published_time\" content=\"2019-11-19T08:30:00Z\">"
    "<meta name=\"author\" content=\"Ann Lee\"></head><body><article><h1>Council passes budget"
    "</h1><p>The city council voted on Tuesday to approve the new budget after a long debate "
    "about schools, roads and the future of the public library system.</p></article></body>"
    "</html>";

Record HtmlRecord() {
  Record r;
  r.source = "in/page.html";
  r.record = 3;
  r.offset = 1234;
  r.format = "html";
  r.kind = ContentKind::kHtml;
  r.content = kHtml;
  return r;
}

TEST(ToDocumentTest, HtmlFilledFromPage) {
  Result<Document> d = ToDocument(HtmlRecord());
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->source, "in/page.html");
  EXPECT_EQ(d->record, 3u);
  EXPECT_EQ(d->offset, 1234u);
  EXPECT_EQ(d->format, "html");
  EXPECT_EQ(d->title, "Council passes budget");
  EXPECT_EQ(d->site, "Example News");
  EXPECT_EQ(d->published, "2019-11-19T08:30:00Z");
  EXPECT_EQ(d->authors, (std::vector<std::string>{"Ann Lee"}));
  EXPECT_EQ(d->language, "en");
  EXPECT_EQ(d->text.rfind("The city council voted", 0), 0u) << d->text;
  EXPECT_EQ(d->id, MakeDocId(d->text));
}

TEST(ToDocumentTest, ContainerMetadataWins) {
  Record r = HtmlRecord();
  r.title = "Container title";
  r.url = "https://container.example.com/x";
  r.published = "2020-01-01";
  r.authors = {"Container Author"};
  Result<Document> d = ToDocument(std::move(r));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "Container title");
  EXPECT_EQ(d->url, "https://container.example.com/x");
  EXPECT_EQ(d->published, "2020-01-01");
  EXPECT_EQ(d->authors, (std::vector<std::string>{"Container Author"}));
  EXPECT_EQ(d->site, "Example News");  // empty in the container: filled from the page
}

TEST(ToDocumentTest, PlainTextHeadlineBecomesTitleAndStaysInText) {
  Record r;
  r.source = "a.txt";
  r.format = "text";
  r.content = "Council passes budget after long debate\n\nThe city council voted on Tuesday to "
              "approve the new budget. Members said the plan would raise spending.\n";
  Result<Document> d = ToDocument(std::move(r));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "Council passes budget after long debate");
  EXPECT_EQ(d->text.rfind("Council passes budget after long debate\n\nThe city", 0), 0u);
  EXPECT_EQ(d->text.back(), '.');  // trailing white space trimmed
  EXPECT_EQ(d->language, "en");
}

TEST(ToDocumentTest, PlainTextWithoutHeadline) {
  Record r;
  r.source = "b.txt";
  r.content = "the city council voted on tuesday to approve the new budget, members said.\n"
              "More text follows here.";
  Result<Document> d = ToDocument(std::move(r));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "");
}

TEST(ToDocumentTest, NoTextIsAnError) {
  Record r = HtmlRecord();
  r.content = "<html><body><script>var x = 1;</script></body></html>";
  Result<Document> d = ToDocument(std::move(r));
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kInvalidArgument);
  // The reason only: callers add the source, record and offset (InputError).
  EXPECT_EQ(d.status().message(), "no text remains after extraction");
  Record t;
  t.source = "c.txt";
  t.content = " \n\t ";
  EXPECT_FALSE(ToDocument(std::move(t)).ok());
}

TEST(ToDocumentTest, TooLargeSaysByHowMuch) {
  ExtractOptions o;
  o.max_html_bytes = 100;
  Result<Document> d = ToDocument(HtmlRecord(), o);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(d.status().message().rfind("page of ", 0), 0u) << d.status().message();
  EXPECT_NE(d.status().message().find("100"), std::string::npos) << d.status().message();
}

// The title of a plain-text input after reading and extraction: the headline rule is the
// extract stage's alone (ingest leaves the title of plain text empty).
std::string TitleOf(const std::string& name, const std::string& bytes) {
  testing::CollectingSink sink;
  ReadBuffer(name, bytes, {}, sink);
  EXPECT_EQ(sink.records.size(), 1u);
  if (sink.records.size() != 1) return "<no record>";
  Result<Document> d = ToDocument(std::move(sink.records[0]));
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? d->title : "<no document>";
}

std::string TextTitle(const std::string& text) { return TitleOf("a.txt", text); }

TEST(PlainTextTitleTest, FirstLineThatReadsAsAHeadline) {
  const std::string body =
      "\n\nA body paragraph that is longer than any of the headlines here, by far.";
  EXPECT_EQ(TextTitle("Ahead of the summit, ministers meet in Vienna.\n\nThe ministers met on "
                      "Tuesday. They talked for hours about trade and security, officials said.\n"),
            "Ahead of the summit, ministers meet in Vienna.");
  EXPECT_EQ(TextTitle("U.S. President meets E.U. leaders in Brussels" + body),
            "U.S. President meets E.U. leaders in Brussels");
  EXPECT_EQ(TextTitle("  \n Leading blank lines are fine" + body), "Leading blank lines are fine");
  EXPECT_EQ(TextTitle("Council  passes   budget\t" + body), "Council passes budget");
  EXPECT_EQ(TextTitle("A headline longer than its body\n\nshort"),
            "A headline longer than its body");
}

TEST(PlainTextTitleTest, RulesMergedFromTheIngestCopy) {
  const std::string body =
      "\n\nA body paragraph that is longer than any of the headlines here, by far.";
  // A Markdown heading marker is not part of the title (the line stays in the text).
  EXPECT_EQ(TextTitle("# Markdown headline" + body), "Markdown headline");
  EXPECT_EQ(TextTitle("## Second level heading" + body), "Second level heading");
  EXPECT_EQ(TextTitle("#hashtag Trending today" + body), "");  // no heading marker
  // A stop after a word holding dots is an abbreviation, whatever the word's length.
  EXPECT_EQ(TextTitle("U.S.A. Today reports record sales" + body),
            "U.S.A. Today reports record sales");
  // A lower-case start is fine for a brand written in camel case.
  EXPECT_EQ(TextTitle("iPhone sales soar in China" + body), "iPhone sales soar in China");
}

TEST(PlainTextTitleTest, NoHeadline) {
  const std::string body =
      "\n\nA body paragraph that is longer than any of the headlines here, by far.";
  EXPECT_EQ(TextTitle("The ministers met on Tuesday. They talked for hours.\nMore text follows "
                      "here, and it goes on for a while.\n"),
            "");
  EXPECT_EQ(TextTitle("First sentence here. Second sentence here." + body), "");
  EXPECT_EQ(TextTitle("- a list item" + body), "");
  EXPECT_EQ(TextTitle("> a quoted line" + body), "");
  EXPECT_EQ(TextTitle("#!/usr/bin/env python3" + body), "");
  // Sentence breaks are found whatever the white space between the sentences.
  EXPECT_EQ(TextTitle("The council met on Tuesday.  It voted on the budget" + body), "");
  EXPECT_EQ(TextTitle("Only one line, no body"), "");
  EXPECT_EQ(TextTitle("lower case start is not a headline" + body), "");
  EXPECT_EQ(TextTitle(std::string(300, 'x') + body + body + body + body + body), "");
}

TEST(PlainTextTitleTest, WarcTextPayload) {
  std::string warc = testing::WarcRecord("resource", "http://ex.com/b.txt",
                                         "Resource headline\n\nResource text, long enough.",
                                         "text/plain", "WARC/1.1");
  EXPECT_EQ(TitleOf("c.warc", warc), "Resource headline");
}

TEST(LooksLikeHeadlineTest, Lines) {
  for (std::string line :
       {"Council passes budget after long debate", "U.S. Senate passes the budget bill",
        "Ahead of the vote, the mayor reassures the council.", "Gov. Smith signs the budget bill",
        "\"We will win,\" the mayor says", "# Council passes budget"}) {
    EXPECT_TRUE(LooksLikeHeadline(line)) << line;
  }
  for (std::string line :
       {std::string(), std::string(300, 'A'), std::string("lower case start is not a headline"),
        std::string("The council met. It voted on the budget. Then it adjourned."),
        std::string("The council voted. Then it adjourned"), std::string("Short"),
        std::string("Members said the following:"), std::string("# lower case heading here"),
        std::string("######## Too many markers")}) {
    EXPECT_FALSE(LooksLikeHeadline(line)) << line;
  }
}

TEST(LooksLikeHeadlineTest, SeedFirstLines) {
  // The seed articles open with a headline line (some end with a period).
  const std::string dir = std::string(NEWSGRAPH_SHARED_DIR) + "/seeds/";
  for (const char* name : {"000_288c59c3fbd3361e.txt", "004_518d3dda6d1e69de.txt"}) {
    std::ifstream in(dir + name);
    if (!in) GTEST_SKIP() << "no seeds in " << dir;
    std::string first;
    std::getline(in, first);
    EXPECT_TRUE(LooksLikeHeadline(first)) << first;
  }
}

}  // namespace
}  // namespace newsgraph
