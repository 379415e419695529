// Surnames that are title words or demonyms ("Carol King", "Mark Cuban"): people_surname_titles.cc;
// names with two particles ("von der Leyen"): people.cc.
// Sentences written for these tests; the rule needs the built-in named-entity model.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

Analysis AnalyseWithModel(std::string_view text) { return test::AnalyseWith(text, true); }
using test::PersonNamed;

TEST(SurnameTitles, ATitleWordEndingANameIsItsSurname) {
  auto a = AnalyseWithModel(
      "Nadia Bishop said the bridge would reopen in May. \"We are nearly done,\" Bishop "
      "said.\n\nHelen Judge, a nurse in Leeds, said the ward was full.\n");
  const Person* bishop = PersonNamed(a, "Nadia Bishop");
  ASSERT_NE(bishop, nullptr);
  EXPECT_EQ(bishop->office, "");
  const Person* judge = PersonNamed(a, "Helen Judge");
  ASSERT_NE(judge, nullptr);
  EXPECT_EQ(judge->office.rfind("nurse", 0), 0u) << judge->office;
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Nadia Bishop");
}

TEST(SurnameTitles, ARankOrADemonymEndingAName) {
  auto a = AnalyseWithModel(
      "Mark Cuban said the team would be sold. John Major said the vote was close.\n");
  EXPECT_NE(PersonNamed(a, "Mark Cuban"), nullptr);
  EXPECT_NE(PersonNamed(a, "John Major"), nullptr);
}

TEST(SurnameTitles, TwoParticlesInsideAName) {
  // people.cc: FindRuns
  auto a = AnalyseWithModel(
      "Ursula von der Leyen met Penelope de la Cruz in Brussels on Monday.\n");
  EXPECT_NE(PersonNamed(a, "Ursula von der Leyen"), nullptr);
  EXPECT_NE(PersonNamed(a, "Penelope de la Cruz"), nullptr);
  EXPECT_EQ(PersonNamed(a, "Leyen"), nullptr);
}

TEST(SurnameTitles, AGenerationalSuffixAfterTheSurname) {
  auto a = AnalyseWithModel("Marcus Pope Jr. spoke to the crowd in Atlanta on Monday.\n");
  EXPECT_NE(PersonNamed(a, "Marcus Pope Jr."), nullptr);
}

TEST(SurnameTitles, TitlesBeforeANameOrAfterADemonymStayTitles) {
  auto a = AnalyseWithModel(
      "King Harald met Prime Minister Erna Solberg in Oslo. The Saudi King spoke later. "
      "Archbishop Justin Welby said he was glad.\n");
  const Person* harald = PersonNamed(a, "Harald");
  ASSERT_NE(harald, nullptr);
  EXPECT_EQ(harald->office, "King");
  EXPECT_EQ(PersonNamed(a, "Saudi King"), nullptr);
  const Person* welby = PersonNamed(a, "Justin Welby");
  ASSERT_NE(welby, nullptr);
  EXPECT_EQ(welby->office, "Archbishop");
}

TEST(SurnameTitles, TheRulesAloneKeepTheTitleReading) {
  // without the tagger there is no sign that "Bishop" is a surname
  auto a = test::AnalyseWith("Nadia Bishop said the bridge would reopen in May.\n", false);
  EXPECT_EQ(PersonNamed(a, "Nadia Bishop"), nullptr);
}

TEST(SurnameTitles, AGenerationalNumeralAfterAGivenName) {
  // people.cc: "III" is no acronym and says the name is a person's, whatever the tagger reads;
  // "World War II" starts with no given name
  auto a = AnalyseWithModel(
      "His son, Lloyd Austin III, said the veterans of World War II were honoured.\n");
  EXPECT_NE(PersonNamed(a, "Lloyd Austin III"), nullptr);
  EXPECT_EQ(PersonNamed(a, "World War II"), nullptr);
}

}  // namespace
}  // namespace newsgraph
