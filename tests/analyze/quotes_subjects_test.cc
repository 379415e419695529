// Who a reporting clause's subject is: an owner before a possessive is none, an object pronoun
// in a person's own clause says nothing of that person's gender, and "according to" reaches a
// name in apposition to a described source (sentences written for these tests).
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::QuoteStarting;

TEST(QuoteSubjects, AnOwnerIsNoSubject) {
  auto a = AnalyseRules(
      "The label has denied Anna Berg's claims, saying they were \"false and deeply "
      "hurtful.\"\n");
  const Quote* q = QuoteStarting(a, "false and");
  EXPECT_TRUE(q == nullptr || q->speaker != "Anna Berg");
}

TEST(QuoteSubjects, AnObjectPronounGivesNoGender) {
  // "found him" is about the man named before, not about Lena Marsh
  auto a = AnalyseRules(
      "Tom Weller died at home in May. Lena Marsh found him. \"He looked peaceful at last,\" "
      "she wrote in an email.\n");
  const Quote* q = QuoteStarting(a, "He looked");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Lena Marsh");
}

TEST(QuoteSubjects, AccordingToADescribedSourceNamedInApposition) {
  auto a = AnalyseRules(
      "Everyone called him Mike. According to his aunt, Jane Starner, \"He was reading before "
      "he could walk.\" He loved trains.\n");
  const Quote* q = QuoteStarting(a, "He was reading");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Jane Starner");
  // a name after the comma that opens the clause is no apposition
  auto b = AnalyseRules(
      "According to a neighbor, Tom Reyes left \"long before the fire started in the "
      "barn.\"\n");
  const Quote* r = QuoteStarting(b, "long before");
  EXPECT_TRUE(r == nullptr || r->speaker != "Tom Reyes");
}

TEST(QuoteSubjects, ANameInAppositionToTheDescriptionAfterTheCue) {
  auto a = AnalyseRules("\"We will rebuild,\" said a spokeswoman for the council, Rina Holt.\n");
  const Quote* q = QuoteStarting(a, "We will rebuild");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Rina Holt");
  // a clause after the comma names someone else
  auto b = AnalyseRules(
      "\"We will rebuild,\" said a spokeswoman for the council, adding that Rina Holt "
      "agreed.\n");
  const Quote* r = QuoteStarting(b, "We will rebuild");
  ASSERT_NE(r, nullptr);
  EXPECT_NE(r->speaker, "Rina Holt");
}

TEST(QuoteSubjects, APartyInBracketsAfterTheName) {
  auto a = AnalyseRules("\"We will rebuild it,\" Rina Holt (D-Ohio) said.\n");
  const Quote* q = QuoteStarting(a, "We will rebuild");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Rina Holt");
}

TEST(QuoteSubjects, APossessiveOpeningAnAppositiveGivesNoGender) {
  // coref.cc: "Tom Reed, her deputy," does not make Tom Reed a woman
  auto a = AnalyseRules(
      "Mayor Rina Holt spoke first. Then Tom Reed, her deputy, spoke. \"We agree,\" he "
      "said.\n");
  const Quote* q = QuoteStarting(a, "We agree");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Tom Reed");
}

TEST(QuoteSubjects, APronounWithNoOneNamedIsThePersonDescribedBeforeIt) {
  auto a = AnalyseRules(
      "Reporters spoke to one mother, who knew her son used the app. \"I had no idea his "
      "number was public,\" she said.\n\n"
      "The police questioned a local teacher. \"I saw nothing at all,\" he said.\n\n"
      "The police questioned one mother. \"We heard a loud bang,\" he said.\n");
  const Quote* q = QuoteStarting(a, "I had no idea");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "one mother");
  q = QuoteStarting(a, "I saw nothing");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "a local teacher");
  // "he" is not the mother
  q = QuoteStarting(a, "We heard a loud bang");
  EXPECT_TRUE(q == nullptr || q->speaker != "one mother");
}

TEST(QuoteSubjects, APersonNamedComesBeforeADescription) {
  auto a = AnalyseRules(
      "Officers questioned Tom Reed near a local teacher on Friday. \"I saw nothing at all,\" "
      "he said.\n");
  const Quote* q = QuoteStarting(a, "I saw nothing");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Tom Reed");
}

TEST(QuoteSubjects, AnHonorificWithoutItsPointBeforeTheName) {
  auto a = AnalyseRules(
      "Security expert Rina Tamir and the engineer Paul Brown spoke to reporters on Monday.\n\n"
      "\"This patch is like a plaster on a wound,\" said Ms Tamir.\n\n"
      "\"It will not hold for long,\" Mr Brown said.\n");
  const Quote* q = QuoteStarting(a, "This patch");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Rina Tamir");
  q = QuoteStarting(a, "It will not hold");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Paul Brown");
}

TEST(QuoteSubjects, ADescriptionBeforeTheNameAfterTheCue) {
  auto a = AnalyseRules(
      "\"He should be treated as armed and dangerous,\" said the sheriff's spokesman Steve "
      "Walton.\n\n"
      "\"She was always kind to everyone,\" said the wife of Tom Reed.\n");
  const Quote* q = QuoteStarting(a, "He should be treated");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Steve Walton");
  // a preposition between: the person named is not the speaker
  q = QuoteStarting(a, "She was always kind");
  EXPECT_TRUE(q == nullptr || q->speaker != "Tom Reed");
}

}  // namespace
}  // namespace newsgraph
