// Verbs of saying the lexicon does not list, right after a quote's speaker or after a long
// appositive (sentences written for these tests).
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::QuoteStarting;
using test::SpeakerOf;

TEST(QuoteVerbs, AnyVerbInThePastRightAfterTheSpeaker) {
  auto a = AnalyseRules(
      "\"We had the money ready in a week,\" Nora Bell recounted at the board meeting.\n\n"
      "\"This is a disgrace to the whole city!\" Mayor Tom Reyes thundered in the council.\n\n"
      "Peter Hall spent years on the case. \"Who would have done it, after all?\" he mused.\n");
  EXPECT_EQ(SpeakerOf(a, "We had the money"), "Nora Bell");
  EXPECT_EQ(SpeakerOf(a, "This is a disgrace"), "Tom Reyes");
  EXPECT_EQ(SpeakerOf(a, "Who would have"), "Peter Hall");
}

TEST(QuoteVerbs, OnlyWhereTheSentenceGoesOnAndNotQuoting) {
  // the quote closes its sentence: what follows is a new sentence, not its reporting
  auto a = AnalyseRules(
      "\"The bridge is closed for the winter.\" Nora Bell walked to the car.\n\n"
      "\"He is as stubborn as a mule,\" Sam Ortiz quoted Paul Weir as saying.\n");
  EXPECT_NE(SpeakerOf(a, "The bridge is closed"), "Nora Bell");
  EXPECT_NE(SpeakerOf(a, "He is as stubborn"), "Sam Ortiz");
}

TEST(QuoteVerbs, AfterALongAppositive) {
  auto a = AnalyseRules(
      "\"Tariffs are paid by the importer,\" Howard Lane, a senior fellow at the Tax Policy "
      "Center, has written.\n\n"
      "\"The wind did most of the work,\" Priya Nair, an analyst at the Council on Energy, "
      "Environment and Water think tank told reporters.\n\n"
      "\"We will pay nothing until the move,\" Karen Holt, president and chief executive of "
      "Valley Dairy, notified the board.\n");
  EXPECT_EQ(SpeakerOf(a, "Tariffs are paid"), "Howard Lane");
  EXPECT_EQ(SpeakerOf(a, "The wind did"), "Priya Nair");
  EXPECT_EQ(SpeakerOf(a, "We will pay"), "Karen Holt");
}

TEST(QuoteVerbs, AnyVerbInThePastAfterADescribedSpeaker) {
  auto a = AnalyseRules(
      "The raid on the house lasted ten minutes.\n\n"
      "\"Hands up! Show me your hands!\" an officer ordered. \"Get out now.\"\n\n"
      "\"The roof will not hold another winter,\" a local resident grumbled.\n");
  EXPECT_EQ(SpeakerOf(a, "Hands up!"), "an officer");
  EXPECT_EQ(SpeakerOf(a, "Get out now."), "an officer");
  EXPECT_EQ(SpeakerOf(a, "The roof will not hold"), "a local resident");
}

TEST(QuoteVerbs, NotAfterADescriptionWhenTheQuoteEndsItsSentence) {
  auto a = AnalyseRules(
      "\"The bridge is closed for the winter.\" A police officer arrived an hour later.\n");
  EXPECT_NE(SpeakerOf(a, "The bridge is closed"), "A police officer");
}

TEST(QuoteVerbs, AListedVerbInThePlainFormAfterTo) {
  auto a = AnalyseRules(
      "The city council met on Monday.\n\nMayor Linda Okafor went on the radio last week to "
      "describe the old harbour as a \"ghost town\" after dark.\n");
  EXPECT_EQ(SpeakerOf(a, "ghost town"), "Linda Okafor");
}

}  // namespace
}  // namespace newsgraph
