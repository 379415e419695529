// Main-text selection and boilerplate removal on small handcrafted pages.
#include <gtest/gtest.h>

#include <string>

#include "newsgraph/extract.h"

namespace newsgraph {
namespace {

const char kP1[] =
    "The city council voted on Tuesday to approve the new budget after a long debate about "
    "schools, roads and the future of the public library system in the northern districts.";
const char kP2[] =
    "Members said the plan would raise spending on maintenance by a tenth over two years, while "
    "keeping property taxes at their current level for most households in the city.";
const char kP3[] =
    "The mayor, who had opposed an earlier version, said she would sign the budget this week and "
    "asked departments to publish their spending plans before the end of the month.";

std::string Page(const std::string& before, const std::string& inside_after,
                 const std::string& after) {
  return "<html><head><title>Budget</title></head><body>" + before +
         "<article><h1>Council passes budget</h1><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
         "</p>" + inside_after + "</article>" + after + "</body></html>";
}

std::string Text(const std::string& html) {
  Result<Article> a = ExtractArticle(html, "https://news.example.com/a/1");
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? a->text : "";
}

void ExpectArticleOnly(const std::string& text, const std::string& junk) {
  EXPECT_NE(text.find(kP1), std::string::npos) << text;
  EXPECT_NE(text.find(kP2), std::string::npos) << text;
  EXPECT_NE(text.find(kP3), std::string::npos) << text;
  EXPECT_EQ(text.find(junk), std::string::npos) << "kept: " << junk << "\n" << text;
}

TEST(ContentTest, ParagraphsSeparatedByBlankLines) {
  std::string text = Text(Page("", "", ""));
  EXPECT_EQ(text, std::string(kP1) + "\n\n" + kP2 + "\n\n" + kP3);
}

TEST(ContentTest, RemovesNavigation) {
  ExpectArticleOnly(Text(Page("<nav><ul><li><a href=/>Home</a></li><li><a href=/w>World news "
                              "and analysis from our correspondents</a></li></ul></nav>",
                              "", "")),
                    "World news");
}

TEST(ContentTest, RemovesShareBar) {
  ExpectArticleOnly(Text(Page("", "<div class=\"share-bar\">Share this story on Facebook, "
                                  "Twitter and by email with your friends and family</div>", "")),
                    "Share this story");
}

TEST(ContentTest, RemovesRelatedList) {
  ExpectArticleOnly(
      Text(Page("", "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=/x>Council "
                    "delays vote on the library plan until after the summer holidays</a></li>"
                    "</ul></div>", "")),
      "Council delays vote");
}

TEST(ContentTest, RemovesLinkListsWithoutClassNames) {
  ExpectArticleOnly(Text(Page("", "", "<div><ul><li><a href=/1>Storm floods the valley again "
                                      "this year</a></li><li><a href=/2>Schools reopen after "
                                      "the long strike ends</a></li></ul></div>")),
                    "Storm floods");
}

TEST(ContentTest, RemovesComments) {
  ExpectArticleOnly(
      Text(Page("", "", "<section id=\"comments\"><p>I think this budget is a disgrace and the "
                        "council should be ashamed of what it has done to the libraries.</p>"
                        "<p>Totally agree with the previous commenter, the roads are awful and "
                        "nobody is fixing them at all this year.</p></section>")),
      "disgrace");
}

TEST(ContentTest, RemovesCookieBanner) {
  ExpectArticleOnly(Text(Page("<div class=\"cookie-consent\">We use cookies to improve your "
                              "experience. By continuing to browse you agree to our use of "
                              "cookies.</div>", "", "")),
                    "We use cookies");
}

TEST(ContentTest, RemovesCaptions) {
  ExpectArticleOnly(Text(Page("", "<figure><img src=a.jpg><figcaption>The council chamber on "
                                  "Tuesday evening, photographed by our staff.</figcaption>"
                                  "</figure>", "")),
                    "council chamber on Tuesday");
}

TEST(ContentTest, RemovesBylineInBody) {
  std::string html = "<html><body><article><h1>Council passes budget</h1>"
                     "<div class=\"byline\">By Ann Lee, Staff Writer</div><p>" +
                     std::string(kP1) + "</p><p>" + kP2 + "</p><p>" + kP3 +
                     "</p></article></body></html>";
  ExpectArticleOnly(Text(html), "Staff Writer");
}

TEST(ContentTest, RemovesFooterAndHiddenElements) {
  ExpectArticleOnly(Text(Page("<div style=\"display: none\">Hidden promotional text that nobody "
                              "sees on the page at all.</div>", "",
                              "<footer><p>Copyright 2024 Example News Company, all rights "
                              "reserved in every country of the world.</p></footer>")),
                    "Copyright");
}

TEST(ContentTest, KeepsSubheadingsAndLists) {
  std::string html = "<html><body><article><p>" + std::string(kP1) +
                     "</p><h2>What changes</h2><ul><li>Library opening hours are extended on "
                     "weekends across the northern districts.</li><li>Road repairs start in "
                     "the spring and last until the end of the autumn.</li></ul><p>" + kP2 +
                     "</p><p>" + kP3 + "</p></article></body></html>";
  std::string text = Text(html);
  EXPECT_NE(text.find("What changes"), std::string::npos) << text;
  EXPECT_NE(text.find("Library opening hours"), std::string::npos) << text;
}

TEST(ContentTest, TitleHeadingNotRepeatedInText) {
  std::string text = Text(Page("", "", ""));
  EXPECT_EQ(text.find("Council passes budget"), std::string::npos) << text;
}

TEST(ContentTest, ChoosesArticleOverSidebar) {
  std::string html = std::string("<html><body><div class=\"layout\"><div class=\"main\"><p>") +
                     kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
                     "</p></div><div class=\"col\"><p>Subscribe to our newsletter for more "
                     "stories like this one every single morning.</p></div></div></body></html>";
  ExpectArticleOnly(Text(html), "Subscribe");
}

TEST(ContentTest, JsonLdArticleBodyGuidesSelection) {
  // A teaser paragraph styled like the article sits outside it; the page's articleBody says
  // which paragraphs are the story.
  std::string body = std::string(kP1) + " " + kP2 + " " + kP3;
  std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"articleBody\":\"" + body + "\"}</script></head><body><div><p>" + kP1 + "</p><p>" + kP2 +
      "</p><p>" + kP3 + "</p><p>Also read: the harbour authority announced on Monday that the "
      "ferry timetable would change from next month for all routes.</p></div></body></html>";
  ExpectArticleOnly(Text(html), "harbour authority");
}

TEST(ContentTest, DecodesEntitiesAndCollapsesWhiteSpace) {
  std::string text = Text("<html><body><article><p>Fish &amp; chips &mdash; a   classic\n"
                          "dish,&nbsp;served hot in the harbour town every Friday evening for "
                          "more than a hundred years.</p></article></body></html>");
  EXPECT_EQ(text, "Fish & chips \xE2\x80\x94 a classic dish, served hot in the harbour town every "
                  "Friday evening for more than a hundred years.");
}

TEST(ContentTest, LineBreaksKeptInsideParagraph) {
  std::string text = Text("<html><body><article><p>Roses are red, violets are blue, the "
                          "council has voted<br>and the budget is through, said the poet "
                          "laureate of the town on Tuesday.</p></article></body></html>");
  EXPECT_NE(text.find("voted\nand the budget"), std::string::npos) << text;
}

TEST(ContentTest, EmptyAndTextOnlyInput) {
  Result<Article> a = ExtractArticle("", "");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "");
  Result<Article> b = ExtractArticle("just some words without any markup at all", "");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text, "just some words without any markup at all");
}

}  // namespace
}  // namespace newsgraph
