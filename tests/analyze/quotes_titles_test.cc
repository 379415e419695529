// Titles in quotation marks are nobody's words, and words credited to no one end the run of
// the last speaker (sentences written for these tests).
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::QuoteStarting;

TEST(QuoteTitles, TitlesOfWorksAreNotQuotes) {
  auto a = AnalyseRules(
      "\"We are thrilled to be back on the road,\" said Lena Park, the "
      "band's singer. The set list includes \"Running Down The Road,\" "
      "\"Blue Morning Sky\" and \"City of Lights\".\n\n"
      "\"Songs For The Long Drive\" is out on Friday.\n");
  ASSERT_NE(QuoteStarting(a, "We are thrilled"), nullptr);
  EXPECT_EQ(QuoteStarting(a, "We are thrilled")->speaker, "Lena Park");
  EXPECT_EQ(QuoteStarting(a, "Running Down"), nullptr);
  EXPECT_EQ(QuoteStarting(a, "Blue Morning"), nullptr);
  EXPECT_EQ(QuoteStarting(a, "City of"), nullptr);
  // a paragraph opening with a title continues no one
  EXPECT_EQ(QuoteStarting(a, "Songs For"), nullptr);
}

TEST(QuoteTitles, ASloganChantedOrAnExclamationIsSaid) {
  auto a = AnalyseRules(
      "Outside the hall, nurses chanted, \"Save Our Wards,\" for an hour.\n\n"
      "\"We Got Him!\" an officer shouted, according to Mark Olsen, a "
      "witness.\n");
  const Quote* q = QuoteStarting(a, "Save Our Wards");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "nurses");
  const Quote* r = QuoteStarting(a, "We Got Him");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker, "an officer");
}

TEST(QuoteTitles, WordsNobodyIsCreditedWithEndTheLastSpeakersRun) {
  auto a = AnalyseRules(
      "\"We will rebuild the school,\" Tom Harlow said on Monday.\n\n"
      "By the evening the mood had changed. \"This is the end of the road for all of "
      "us.\" \"Nobody is coming to help us now.\"\n");
  ASSERT_NE(QuoteStarting(a, "We will rebuild"), nullptr);
  EXPECT_EQ(QuoteStarting(a, "This is the end"), nullptr);
  EXPECT_EQ(QuoteStarting(a, "Nobody is coming"), nullptr);
}

}  // namespace
}  // namespace newsgraph
