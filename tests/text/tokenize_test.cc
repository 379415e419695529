// Golden tests for the tokenizer and sentence splitter of news English.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "newsgraph/text.h"

namespace newsgraph {
namespace {

const char* KindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "W";
    case TokenKind::kNumber: return "N";
    case TokenKind::kPunct: return "P";
    case TokenKind::kQuote: return "Q";
    case TokenKind::kSymbol: return "S";
    case TokenKind::kUrl: return "URL";
    case TokenKind::kEmail: return "EMAIL";
    case TokenKind::kHashtag: return "TAG";
    case TokenKind::kHandle: return "AT";
    case TokenKind::kPossessive: return "POS";
  }
  return "?";
}

// "tok/KIND tok/KIND | tok/KIND" with " | " between sentences.
std::string Render(std::string_view text) {
  TokenizedText t = Tokenize(text);
  std::string out;
  for (size_t s = 0; s < t.sentences.size(); ++s) {
    if (s) out += " | ";
    const Sentence& sent = t.sentences[s];
    for (uint32_t i = sent.first_token; i < sent.last_token; ++i) {
      if (i > sent.first_token) out += ' ';
      out += t.TokenText(text, i);
      out += '/';
      out += KindName(t.tokens[i].kind);
    }
  }
  return out;
}

std::vector<std::string> Words(std::string_view text) {
  TokenizedText t = Tokenize(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < t.tokens.size(); ++i) out.emplace_back(t.TokenText(text, i));
  return out;
}

TEST(Tokenize, TitlesAndAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Render("Gen. Mark Milley met Sen. Smith and Lt. Col. Jones on Jan. 5."),
            "Gen./W Mark/W Milley/W met/W Sen./W Smith/W and/W Lt./W Col./W Jones/W on/W "
            "Jan./W 5/N ./P");
  EXPECT_EQ(Render("Mr. and Mrs. Smith met Dr. Jones."),
            "Mr./W and/W Mrs./W Smith/W met/W Dr./W Jones/W ./P");
}

TEST(Tokenize, AcronymsAndInitials) {
  EXPECT_EQ(Render("The U.S. envoy met J. R. R. Tolkien and J.K. Rowling at 10 a.m. today."),
            "The/W U.S./W envoy/W met/W J./W R./W R./W Tolkien/W and/W J.K./W Rowling/W at/W "
            "10/N a.m./W today/W ./P");
  // An acronym ends a sentence only before a typical sentence opener.
  EXPECT_EQ(Render("Talks were held in the U.S. The next round is in Geneva."),
            "Talks/W were/W held/W in/W the/W U.S./W | The/W next/W round/W is/W in/W "
            "Geneva/W ./P");
  EXPECT_EQ(Render("He bought Apple Inc. The deal closed."),
            "He/W bought/W Apple/W Inc./W | The/W deal/W closed/W ./P");
  EXPECT_EQ(Render("Apple Inc. said so."), "Apple/W Inc./W said/W so/W ./P");
}

TEST(Tokenize, NumberAbbreviationsNeedANumber) {
  EXPECT_EQ(Render("He said no. Then No. 5 won."),
            "He/W said/W no/W ./P | Then/W No./W 5/N won/W ./P");
}

TEST(Tokenize, QuotesCurlyAndStraight) {
  EXPECT_EQ(Render("He said “we agree.” Then he left."),
            "He/W said/W “/Q we/W agree/W ./P ”/Q | Then/W he/W left/W ./P");
  EXPECT_EQ(Render("He said \"we agree.\" Then he left."),
            "He/W said/W \"/Q we/W agree/W ./P \"/Q | Then/W he/W left/W ./P");
  EXPECT_EQ(Render("“Is it over?” she asked."),
            "“/Q Is/W it/W over/W ?/P ”/Q she/W asked/W ./P");
  EXPECT_EQ(Render("I said ‘hello’ twice."), "I/W said/W ‘/Q hello/W ’/Q twice/W ./P");
}

TEST(Tokenize, EllipsesAndDashes) {
  EXPECT_EQ(Render("Wait... Then go… Now — or never -- ok."),
            "Wait/W .../P | Then/W go/W …/P | Now/W —/P or/W never/W --/P ok/W ./P");
  EXPECT_EQ(Render("a high-stakes, all-time 30-year-old deal"),
            "a/W high-stakes/W ,/P all-time/W 30-year-old/W deal/W");
}

TEST(Tokenize, Possessives) {
  EXPECT_EQ(Render("Ukraine’s president and Biden's aide met the leaders’ envoys."),
            "Ukraine/W ’s/POS president/W and/W Biden/W 's/POS aide/W met/W the/W leaders/W "
            "’/POS envoys/W ./P");
  // Inner apostrophes that are not possessives stay in the word.
  EXPECT_EQ(Render("O'Brien doesn’t know."), "O'Brien/W doesn’t/W know/W ./P");
}

TEST(Tokenize, NumbersAndMoney) {
  EXPECT_EQ(Render("$125 million and 175,000 troops, 30 to 40 minutes, 3.5% and 1,234,567."),
            "$/S 125/N million/W and/W 175,000/N troops/W ,/P 30/N to/W 40/N minutes/W ,/P "
            "3.5/N %/S and/W 1,234,567/N ./P");
  EXPECT_EQ(Render("At 10:30 in the 1990s, 24/7."),
            "At/W 10:30/N in/W the/W 1990s/W ,/P 24/7/N ./P");
  EXPECT_EQ(Words("1,2 and 12,34"),
            (std::vector<std::string>{"1", ",", "2", "and", "12", ",", "34"}));
}

TEST(Tokenize, UrlsEmailsHashtagsHandles) {
  EXPECT_EQ(Render("See https://example.com/a?b=1, www.bbc.co.uk or mail me@example.org."),
            "See/W https://example.com/a?b=1/URL ,/P www.bbc.co.uk/URL or/W mail/W "
            "me@example.org/EMAIL ./P");
  EXPECT_EQ(Render("#Ukraine trends as @POTUS posts from washingtonnewsday.com today"),
            "#Ukraine/TAG trends/W as/W @POTUS/AT posts/W from/W washingtonnewsday.com/URL "
            "today/W");
  EXPECT_EQ(Render("(see http://x.org/a_(b))."), "(/P see/W http://x.org/a_(b)/URL )/P ./P");
}

// The tokenizer looks for the next @ once for all the words before it: addresses after long
// runs of words, several addresses, a 64-byte local part, and words followed by a far @.
TEST(Tokenize, EmailsFarApartAndAtTheirLimits) {
  std::string words;
  for (int i = 0; i < 40; ++i) words += "word ";
  EXPECT_EQ(Render(words + "a@b.org and c@d.net"), [&] {
    std::string r;
    for (int i = 0; i < 40; ++i) r += "word/W ";
    return r + "a@b.org/EMAIL and/W c@d.net/EMAIL";
  }());
  const std::string local65(65, 'x');  // the longest local part read (RFC 5321 allows 64)
  EXPECT_EQ(Render(local65 + "@example.org"), local65 + "@example.org/EMAIL");
  const std::string local66(66, 'x');  // too long: a word, then a handle
  EXPECT_EQ(Render(local66 + "@example.org"), local66 + "/W @example/AT ./P org/W");
  EXPECT_EQ(Render("reach 2@x.io or me@y.com"), "reach/W 2@x.io/EMAIL or/W me@y.com/EMAIL");
  EXPECT_EQ(Render("no address here @ all"), "no/W address/W here/W @/S all/W");
}

TEST(Tokenize, ParagraphsAlwaysEndSentences) {
  EXPECT_EQ(Render("A headline without a period\n\nThe body starts here.\nand continues."),
            "A/W headline/W without/W a/W period/W | The/W body/W starts/W here/W ./P and/W "
            "continues/W ./P");
  EXPECT_EQ(Render("One\r\n\r\nTwo"), "One/W | Two/W");
}

TEST(Tokenize, MissingSpaceAfterPeriod) {
  EXPECT_EQ(Render("the information.The conversation follows"),
            "the/W information/W ./P | The/W conversation/W follows/W");
}

TEST(Tokenize, OffsetsAreBytesIntoTheText) {
  std::string text = "Zelensky’s “call” — 5 €";
  TokenizedText t = Tokenize(text);
  ASSERT_EQ(t.tokens.size(), 8u);  // Zelensky ’s “ call ” — 5 €
  EXPECT_EQ(t.tokens[0].start, 0u);
  EXPECT_EQ(t.tokens[0].end, 8u);
  EXPECT_EQ(t.TokenText(text, 1), "’s");
  EXPECT_EQ(t.tokens[1].start, 8u);
  EXPECT_EQ(t.tokens[1].end, 12u);
  EXPECT_EQ(t.TokenText(text, 7), "€");
  EXPECT_EQ(t.tokens[7].kind, TokenKind::kSymbol);
  EXPECT_EQ(t.tokens[2].kind, TokenKind::kQuote);
  EXPECT_EQ(t.tokens[5].kind, TokenKind::kPunct);
  ASSERT_EQ(t.sentences.size(), 1u);
  EXPECT_EQ(t.sentences[0].start, 0u);
  EXPECT_EQ(t.sentences[0].end, text.size());
}

TEST(Tokenize, UnicodeLettersAndSpaces) {
  EXPECT_EQ(Render("Zürich\u00a0and São Paulo, Владимир Путин."),
            "Zürich/W and/W São/W Paulo/W ,/P Владимир/W Путин/W ./P");
}

TEST(Tokenize, InvalidUtf8BecomesSymbolsAndNeverFails) {
  std::string text = "ab\xff\xfe cd \xe2\x80";
  TokenizedText t = Tokenize(text);
  std::vector<std::string> words;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    words.emplace_back(t.TokenText(text, i));
    EXPECT_LE(t.tokens[i].end, text.size());
    EXPECT_LT(t.tokens[i].start, t.tokens[i].end);
  }
  EXPECT_EQ(words, (std::vector<std::string>{"ab", "\xff", "\xfe", "cd", "\xe2", "\x80"}));
  EXPECT_EQ(t.tokens[1].kind, TokenKind::kSymbol);
}

TEST(Tokenize, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(Tokenize("").tokens.empty());
  EXPECT_TRUE(Tokenize("").sentences.empty());
  EXPECT_TRUE(Tokenize(" \n\n\t ").sentences.empty());
}

TEST(Tokenize, MaxBytesLimitsTheInput) {
  TextOptions o;
  o.max_bytes = 10;
  std::string text = "one two three four";
  TokenizedText t = Tokenize(text, o);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.TokenText(text, 2), "th");
}

TEST(Tokenize, StaysLinearOnAdversarialRuns) {
  // Runs that look like e-mail local parts, acronyms or numbers, 4 MB each.
  for (const char* unit : {"a.A.", "a-", "1,2", "'s", "U.S.", ".", "#a"}) {
    std::string text;
    while (text.size() < (4u << 20)) text += unit;
    auto start = std::chrono::steady_clock::now();
    TokenizedText t = Tokenize(text);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(s, 5.0) << unit;
    EXPECT_FALSE(t.tokens.empty());
  }
}

TEST(Tokenize, SentencesCoverEveryTokenInOrder) {
  std::string text =
      "Biden spoke. Putin replied! Did they agree? “No.” (Maybe.) Fine...\n\nNext para";
  TokenizedText t = Tokenize(text);
  ASSERT_FALSE(t.sentences.empty());
  uint32_t expect = 0;
  for (const Sentence& s : t.sentences) {
    EXPECT_EQ(s.first_token, expect);
    EXPECT_LT(s.first_token, s.last_token);
    EXPECT_EQ(s.start, t.tokens[s.first_token].start);
    EXPECT_EQ(s.end, t.tokens[s.last_token - 1].end);
    expect = s.last_token;
  }
  EXPECT_EQ(expect, t.tokens.size());
  EXPECT_EQ(Render("Did they agree? “No.” (Maybe.) Fine"),
            "Did/W they/W agree/W ?/P | “/Q No/W ./P ”/Q | (/P Maybe/W ./P )/P | Fine/W");
}

}  // namespace
}  // namespace newsgraph
