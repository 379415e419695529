// Communications written with two objects ("sent Y a letter"), testimony before a legislative
// body, negotiations, questioning by the police, contacts, and parties described as "one
// mother", "members of the city council" or "chief of staff". Sentences are written for these
// tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text, "2022-03-10"); }
const Communication* Find(const Analysis& a, std::vector<std::string> who) {
  return test::CommunicationOf(a, std::move(who));
}
std::string Dump(const Analysis& a) { return test::DumpCommunications(a); }

TEST(CommunicationObjects, SentThePersonALetter) {
  auto a = Analyse("Mayor Ann Cole sent Governor Tom Reed a two-page letter on Tuesday.");
  const auto* c = Find(a, {"Ann Cole", "Tom Reed"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "letter");
  EXPECT_EQ(c->date, "2022-03-08");
}

TEST(CommunicationObjects, GaveHimACall) {
  auto a = Analyse("Coach Lena Ortiz heard the news and gave Sam Price a call the same night.");
  const auto* c = Find(a, {"Lena Ortiz", "Sam Price"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
}

TEST(CommunicationObjects, ASignalIsNoLetter) {
  auto a = Analyse("The vote sent President Ivan Petrov a message, said analyst Mia Holm.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationObjects, TestifiedBeforeACommittee) {
  auto a = Analyse("Energy Secretary Paul Grant testified before the Senate Energy Committee "
                   "on Tuesday.");
  const auto* c = Find(a, {"Paul Grant", "the Senate Energy Committee"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
}

TEST(CommunicationObjects, SummonedToTestifyIsNoTestimony) {
  auto a = Analyse("In 1961, Rosa Vance was subpoenaed to appear before a House committee, "
                   "but she was never called.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationObjects, TwoPeopleNegotiating) {
  auto a = Analyse("Union leader Joe Marsh and chief executive Karen Diaz have been negotiating "
                   "for weeks.");
  const auto* c = Find(a, {"Joe Marsh", "Karen Diaz"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");
}

TEST(CommunicationObjects, NegotiationsBetween) {
  auto a = Analyse("Negotiations between Joe Marsh and Karen Diaz broke down on Friday.");
  EXPECT_NE(Find(a, {"Joe Marsh", "Karen Diaz"}), nullptr) << Dump(a);
}

TEST(CommunicationObjects, DetectivesQuestionedSomeone) {
  auto a = Analyse("Detectives questioned Mark Jensen for six hours on Friday.");
  const auto* c = Find(a, {"Mark Jensen", "Detectives"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");
}

TEST(CommunicationObjects, PoliceArrestedAndQuestioned) {
  auto a = Analyse("Police arrested and questioned Mark Jensen after the fire.");
  const auto* c = Find(a, {"Mark Jensen", "Police"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");
}

TEST(CommunicationObjects, QuestionedWhetherAsksNoOne) {
  auto a = Analyse("Police questioned whether Mark Jensen had been at the house.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationObjects, CriticsQuestioningIsNoEncounter) {
  auto a = Analyse("Critics questioned Mark Jensen's account of the night.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationObjects, ContactsWith) {
  auto a = Analyse("Records show that Senator Ann Cole's aides had contacts with the lobbyist "
                   "last year.");
  EXPECT_NE(Find(a, {"Senator Ann Cole's aides", "the lobbyist"}), nullptr) << Dump(a);
}

TEST(CommunicationObjects, DeniedContactsAreNone) {
  auto a = Analyse("Senator Ann Cole denied that her aides had contacts with the lobbyist.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationObjects, OneMother) {
  auto a = Analyse("Governor Tom Reed spoke to one mother whose son had been hurt.");
  EXPECT_NE(Find(a, {"Tom Reed", "one mother"}), nullptr) << Dump(a);
}

TEST(CommunicationObjects, MembersOfALowerCaseBody) {
  auto a = Analyse("Mayor Ann Cole met with members of the city council on Tuesday.");
  EXPECT_NE(Find(a, {"Ann Cole", "members of the city council"}), nullptr) << Dump(a);
}

TEST(CommunicationObjects, PluralInIes) {
  auto a = Analyse("Two sheriff's deputies talked to witnesses outside the bank on Monday.");
  EXPECT_NE(Find(a, {"Two sheriff's deputies", "witnesses"}), nullptr) << Dump(a);
}

TEST(CommunicationObjects, ChiefOfStaff) {
  auto a = Analyse("Mayor Ann Cole spoke with Governor Tom Reed's chief of staff on Tuesday.");
  EXPECT_NE(Find(a, {"Ann Cole", "Governor Tom Reed's chief of staff"}), nullptr) << Dump(a);
}

}  // namespace
}  // namespace newsgraph
