// Quotes inside quotes (a witness quoting someone), on sentences written for these tests.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::QuoteStarting;

TEST(NestedQuotes, TheInnerWordsAreThePersonNamedBeforeThem) {
  auto a = AnalyseRules(
      "Aide Mara Quill testified on Tuesday about the call.\n\n"
      "\xE2\x80\x9CI then heard Governor Ansel Varga ask, quote, \xE2\x80\x98Is the money "
      "ready?\xE2\x80\x99\xE2\x80\x9D Quill testified.\n");
  const Quote* outer = QuoteStarting(a, "I then heard");
  ASSERT_NE(outer, nullptr);
  EXPECT_EQ(outer->speaker, "Mara Quill");
  const Quote* inner = QuoteStarting(a, "Is the money ready?");
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(inner->speaker, "Ansel Varga");
  EXPECT_EQ(inner->text, "Is the money ready?");
  // only the witness made a statement to the reporter
  for (const auto& s : a.statements) EXPECT_NE(s.speaker, "Ansel Varga");
}

TEST(NestedQuotes, StraightMarksAndReplied) {
  auto a = AnalyseRules(
      "\"Director Paul Okafor replied that 'The plan is final,' and left,\" said Senator Ines "
      "Dunmore.\n");
  const Quote* inner = QuoteStarting(a, "The plan is final");
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(inner->speaker, "Paul Okafor");
  EXPECT_EQ(inner->text, "The plan is final");
}

TEST(NestedQuotes, NoReportingVerbOrNoPersonMeansNoInnerQuote) {
  // a title in single marks, no one saying it
  auto a = AnalyseRules(
      "\"We watched Chef Lina Morrow in 'The Long Table' last night,\" said Tomas Ebert.\n");
  EXPECT_EQ(QuoteStarting(a, "The Long Table"), nullptr);
  // apostrophes are no marks
  auto b = AnalyseRules(
      "\"The leaders' talks went well and Harlan Voss's team agreed,\" said Tomas Ebert.\n");
  EXPECT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(b.quotes.size(), 1u);
}

}  // namespace
}  // namespace newsgraph
