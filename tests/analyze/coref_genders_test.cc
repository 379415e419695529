// Pronouns: genders read from given names when the text says nothing else (coref.cc,
// InferGenders; models/given-names.txt) and the subject of an opening subordinate clause;
// sentences written for these tests.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::CommunicationOf;
using test::DumpCommunications;

TEST(GivenNameGenders, HeIsNotTheWomanNamedFirst) {
  auto a = AnalyseRules("Anna Berg met Tom Reed on Monday. He said he had called Bill Cole.\n");
  EXPECT_NE(CommunicationOf(a, {"Tom Reed", "Bill Cole"}), nullptr) << DumpCommunications(a);
  EXPECT_EQ(CommunicationOf(a, {"Anna Berg", "Bill Cole"}), nullptr) << DumpCommunications(a);
}

TEST(GivenNameGenders, SheIsTheWomanNamedSecond) {
  auto a = AnalyseRules(
      "Tom Reed thanked Mary Lund on Monday. \"We will build it,\" she said.\n");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Mary Lund");
}

TEST(GivenNameGenders, WhatTheTextSaysComesFirst) {
  // a title says it ("Mr."), whatever the given name suggests
  auto a = AnalyseRules(
      "Anna Berg met Mr. Mary Lund on Monday. \"It went well,\" he said.\n");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Mary Lund");
}

TEST(PronounSubjects, TheSubjectOfAnOpeningClauseIsNotTheSentences) {
  auto a = AnalyseRules(
      "Asked if Ron Hale could have lived, Sheriff Len Ward said nobody knew. \"It was "
      "quick,\" he said.\n");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Len Ward");
}

TEST(PronounSubjects, AClauseAfterAPlaceIsNoAppositive) {
  // people_office.cc: ", she met police officer X" describes no "Coney Island" (with the
  // tagger, which reads it as a place)
  auto a = test::AnalyseWith(
      "Rita Vale moved to New York in 1947. While walking on Coney Island, she met police "
      "officer Jon Tibb.\n",
      /*ner=*/true);
  for (const auto& p : a.people) EXPECT_NE(p.name, "Coney Island");
  EXPECT_NE(CommunicationOf(a, {"Rita Vale", "Jon Tibb"}), nullptr) << DumpCommunications(a);
}

TEST(PronounSubjects, QuotedSentencesDoNotCountAmongTheThreeBack) {
  // the speaker's own sentences stand between the name and the pronoun
  auto a = AnalyseRules(
      "Senator Paul Weir spoke on Monday.\n\n"
      "\"The bill is dead,\" Weir said. \"We have no votes. There is nothing left to do. The "
      "party knows it.\"\n\n"
      "The bill had passed the House in May.\n\n"
      "He added that he would try again. \"We will be back with a better bill,\" he said.\n");
  const Quote* q = test::QuoteStarting(a, "We will be back");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Paul Weir");
}

}  // namespace
}  // namespace newsgraph
