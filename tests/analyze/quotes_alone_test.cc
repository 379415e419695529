// Quotes whose sentence names no speaker beside them (quotes_alone.cc, quotes.cc,
// quotes_speakers.cc): sentences written for these tests.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::QuoteStarting;
using test::SpeakerOf;

TEST(QuoteAlone, APronounGoesToTheOnlyPersonOfItsGenderNamedBefore) {
  auto a = AnalyseRules(
      "Mrs. Edna Falk taught piano in Leeds for forty years. Pupils came from all over the "
      "county. Some travelled two hours each way. The school grew every year.\n\nDespite "
      "the long days, the teacher was not ready to retire. \"I still love every lesson,\" "
      "she said.\n");
  EXPECT_EQ(SpeakerOf(a, "I still love"), "Edna Falk");
}

TEST(QuoteAlone, NotWhenTwoPeopleOfThatGenderWereNamed) {
  auto a = AnalyseRules(
      "Mrs. Edna Falk taught piano in Leeds. Mrs. Ruth Haig taught violin there. Pupils "
      "came from all over the county. Some travelled two hours each way. The school grew "
      "every year.\n\nDespite the long days, the teacher was not ready to retire. \"I still "
      "love every lesson,\" she said.\n");
  EXPECT_NE(SpeakerOf(a, "I still love"), "Edna Falk");
  EXPECT_NE(SpeakerOf(a, "I still love"), "Ruth Haig");
}

TEST(QuoteAlone, AQuestionAfterASentenceOpeningWithAPerson) {
  auto a = AnalyseRules(
      "The panel met on Tuesday.\n\nSenator Carla Mendes returned to the budget later in the "
      "hearing. \"Who will pay for the second launch pad?\"\n");
  EXPECT_EQ(SpeakerOf(a, "Who will pay"), "Carla Mendes");
}

TEST(QuoteAlone, NotAStatementAfterASentenceOpeningWithAPerson) {
  // a plain sentence in quotation marks is not taken (it may be anyone's words)
  auto a = AnalyseRules(
      "The panel met on Tuesday.\n\nSenator Carla Mendes returned to the budget later in the "
      "hearing. \"The second launch pad is paid for.\"\n");
  EXPECT_NE(SpeakerOf(a, "The second launch pad"), "Carla Mendes");
}

TEST(QuoteAlone, ATitleAfterANounNamingAWork) {
  auto a = AnalyseRules(
      "The late neurologist wrote about such cases in his book \"Hearing Things\" and later "
      "in the essay \"noise\".\n");
  EXPECT_EQ(QuoteStarting(a, "Hearing Things"), nullptr);
  EXPECT_EQ(QuoteStarting(a, "noise"), nullptr);
}

TEST(QuoteAlone, APersonNamedAfterTheReportingVerbIsNoSubject) {
  auto a = AnalyseRules(
      "Deputies said that Tomas Ruiz has tattoos of \"devil horns\" on his forehead.\n");
  EXPECT_NE(SpeakerOf(a, "devil horns"), "Tomas Ruiz");
}

TEST(QuoteAlone, APluralGroupOpeningItsSentenceSpeaks) {
  auto a = AnalyseRules("Deputies said \"the suspect is armed and dangerous.\"\n");
  EXPECT_EQ(SpeakerOf(a, "the suspect is"), "Deputies");
}

TEST(QuoteAlone, AStudyByAnOrganisationNamedWithFor) {
  // the organisation's name goes on after "for", an "and" between capitals inside it
  auto a = AnalyseRules(
      "A 2019 study by the Institute for Fiscal Studies, a London research group, concluded "
      "that \"the cost falls mostly on households.\" The Center for Disease Control and "
      "Prevention said the risk was low.\n");
  EXPECT_EQ(SpeakerOf(a, "the cost falls"), "Institute for Fiscal Studies");
  bool found = false;
  for (const auto& o : a.organizations)
    found = found || o.name == "Center for Disease Control and Prevention";
  EXPECT_TRUE(found);
}

TEST(QuoteAlone, AnAndAfterTheOrganisationEndsIt) {
  auto a = AnalyseRules("The Center for Rural Affairs and Tim Ross said the bill was late.\n");
  bool found = false;
  for (const auto& o : a.organizations) found = found || o.name == "Center for Rural Affairs";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace newsgraph
