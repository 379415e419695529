// Quotations written over several paragraphs or lines (sentences written for these tests).
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::QuoteStarting;
using test::SpeakerOf;

TEST(QuoteParagraphs, AnOpenParagraphTakesTheSpeakerOfTheOneThatClosesTheQuotation) {
  // news style: each paragraph of the quotation opens with a mark, only the last one closes
  auto a = AnalyseRules(
      "Maria Lopez, who runs the shelter, said the rooms were full.\n\n"
      "\xE2\x80\x9CWe are full every night and the winter has not even started. Families sleep "
      "in the hall.\n\n"
      "\xE2\x80\x9C" "Children sleep on mats by the door.\n\n"
      "\xE2\x80\x9CWe need more beds, and we need them now,\xE2\x80\x9D Lopez said.\n");
  EXPECT_EQ(SpeakerOf(a, "We are full every night"), "Maria Lopez");
  EXPECT_EQ(SpeakerOf(a, "Children sleep on mats"), "Maria Lopez");
  EXPECT_EQ(SpeakerOf(a, "We need more beds"), "Maria Lopez");
}

TEST(QuoteParagraphs, AnOpenParagraphWaitsOnlyForTheNextOne) {
  // a paragraph of narration between them: the open one is no part of the later quotation
  auto a = AnalyseRules(
      "Maria Lopez, who runs the shelter, said the rooms were full.\n\n"
      "\xE2\x80\x9CWe are full every night and the winter has not even started.\n\n"
      "The city council will vote on the budget for shelters in March.\n\n"
      "\xE2\x80\x9CWe need more beds, and we need them now,\xE2\x80\x9D Tom Reyes said.\n");
  EXPECT_NE(SpeakerOf(a, "We are full every night"), "Tom Reyes");
  EXPECT_EQ(SpeakerOf(a, "We need more beds"), "Tom Reyes");
}

TEST(QuoteParagraphs, ALineGoesOnWithTheQuotationLeftOpen) {
  // one sentence a line: the next line has no opening mark, its first mark closes
  auto a = AnalyseRules(
      "Judge Mark Olsen said, \"We met with the family and were impressed with them.\n"
      "After hearing their story, it seems clear the sentence is right. \"\n"
      "The hearing ended at noon.\n"
      "\"We will appeal this ruling.\n"
      "The evidence was never tested, \" defence lawyer Ruth Abbot said.\n");
  EXPECT_EQ(SpeakerOf(a, "We met with the family"), "Mark Olsen");
  EXPECT_EQ(SpeakerOf(a, "After hearing their story"), "Mark Olsen");
  EXPECT_EQ(SpeakerOf(a, "We will appeal"), "Ruth Abbot");
  EXPECT_EQ(SpeakerOf(a, "The evidence was never tested"), "Ruth Abbot");
  // the closing mark opens nothing: the words after it are no quote
  EXPECT_EQ(QuoteStarting(a, "defence lawyer"), nullptr);
  EXPECT_EQ(QuoteStarting(a, "The hearing ended"), nullptr);
}

TEST(QuoteParagraphs, AMarkBeforeAWordOpensANewQuotation) {
  // the next line opens a quotation of its own: the open one of the line before ends there
  auto a = AnalyseRules(
      "Police said the man was seen \"running away from the store.\n"
      "A witness told the Daily Courier \"The officers jumped out of the car so fast,\n"
      "and then they started shooting. \"\n");
  EXPECT_EQ(QuoteStarting(a, "A witness told"), nullptr);
  const Quote* q = QuoteStarting(a, "The officers jumped");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "A witness");
}

}  // namespace
}  // namespace newsgraph
