// Definite descriptions that refer back to a named person ("the commissioner said" after
// "Police Commissioner Jane Roe"), on sentences written for these tests.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;
using test::QuoteStarting;
using test::CommunicationOf;

TEST(DescribedPeople, TheRoleSaidIsThePersonHoldingIt) {
  auto a = AnalyseRules(
      "Police Commissioner Jane Roe spoke after the fire.\n\n"
      "\"Nobody was left inside,\" the commissioner said.\n");
  const Quote* q = QuoteStarting(a, "Nobody");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Jane Roe");
  bool statement = false;
  for (const auto& s : a.statements) statement |= s.speaker == "Jane Roe" && s.kind == "said";
  EXPECT_TRUE(statement);
}

TEST(DescribedPeople, AnOfficeFromAnAppositiveCounts) {
  auto a = AnalyseRules(
      "Walter Brisk, a political counselor at the embassy, testified on Friday.\n\n"
      "The political counselor was having lunch with Oskar Lind in Vienna.\n");
  EXPECT_NE(CommunicationOf(a, {"Walter Brisk", "Oskar Lind"}), nullptr)
      << test::DumpCommunications(a);
}

TEST(DescribedPeople, IndefiniteOrAmbiguousDescriptionsStayAsWritten) {
  // "a judge" points at no one named
  auto a = AnalyseRules(
      "Judge Carla Ventress heard the case on Monday.\n\n"
      "\"The evidence was thin,\" a judge said later.\n");
  const Quote* q = QuoteStarting(a, "The evidence");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker, "Carla Ventress");

  // two people hold the role: neither is chosen
  auto b = AnalyseRules(
      "Senator Alma Reyes and Senator Boris Tull spoke on Monday.\n\n"
      "\"We will vote,\" the senator said.\n");
  const Quote* r = QuoteStarting(b, "We will");
  ASSERT_NE(r, nullptr);
  EXPECT_NE(r->speaker, "Alma Reyes");
  EXPECT_NE(r->speaker, "Boris Tull");
}

TEST(DescribedPeople, ADemonymMustBeThePersonsCountry) {
  // the Brazilian president is not the French one named before
  auto a = AnalyseRules(
      "French President Paul Marchand arrived on Monday.\n\n"
      "\"The talks were useful,\" the Brazilian president said.\n");
  const Quote* q = QuoteStarting(a, "The talks");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker, "Paul Marchand");

  auto b = AnalyseRules(
      "French President Paul Marchand arrived on Monday.\n\n"
      "\"The talks were useful,\" the French president said.\n");
  const Quote* r = QuoteStarting(b, "The talks");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker, "Paul Marchand");
}

TEST(DescribedPeople, OnlyPeopleNamedBefore) {
  // the role is given to someone only after the quote: no reference back
  auto a = AnalyseRules(
      "\"Prices will fall,\" the minister said on Monday.\n\n"
      "Later, Finance Minister Ruth Aldane met the bankers.\n");
  const Quote* q = QuoteStarting(a, "Prices");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker, "Ruth Aldane");
}

}  // namespace
}  // namespace newsgraph
