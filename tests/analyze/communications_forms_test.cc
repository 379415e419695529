// Communications in the common wordings beyond "X met Y": passives, letters and emails sent to
// someone, coordinated possessives ("X and Y's call"), a hearing held with a group, "is expected
// to talk with", "told Y during the call", the medium written late in the clause, and dates of
// planned encounters resolved forwards. Sentences are written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyze/analysis_test_helpers.h"

namespace newsgraph {
namespace {

Analysis Analyse(std::string_view text) { return test::AnalyseRules(text); }  // on a Thursday
const Communication* Find(const Analysis& a, std::vector<std::string> who) {
  return test::CommunicationOf(a, std::move(who));
}
std::string Dump(const Analysis& a) { return test::DumpCommunications(a); }

TEST(CommunicationForms, PassiveWithBy) {
  auto a = Analyse("Minister Rosa Lind and Ambassador Omar Haddad arrived on Monday. Lind was "
                   "called by Haddad on Tuesday.");
  const auto* c = Find(a, {"Rosa Lind", "Omar Haddad"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
  EXPECT_EQ(c->date, "2022-03-08");
  auto b = Analyse("Senator Jo Park said she had been contacted by Governor Ben Ruiz twice.");
  EXPECT_NE(Find(b, {"Jo Park", "Ben Ruiz"}), nullptr) << Dump(b);
}

TEST(CommunicationForms, PassiveWithoutAnAgentIsNoEncounter) {
  auto a = Analyse("Mayor Ann Cole was called a liar by critics. Coach Ted Rim was visited.");
  EXPECT_TRUE(a.communications.empty()) << Dump(a);
}

TEST(CommunicationForms, LetterSentTo) {
  auto a = Analyse("Senator Lucia Ferro sent a letter to Secretary Paul Nagy on Monday urging "
                   "him to act.");
  const auto* c = Find(a, {"Lucia Ferro", "Paul Nagy"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "letter");
  EXPECT_EQ(c->date, "2022-03-07");
  auto b = Analyse("Governor Ray Dunn wrote to President Ella Moor last week.");
  const auto* d = Find(b, {"Ray Dunn", "Ella Moor"});
  ASSERT_NE(d, nullptr) << Dump(b);
  EXPECT_EQ(d->kind, "letter");
}

TEST(CommunicationForms, LetterToAGroupFromADescribedSender) {
  auto a = Analyse("A coalition of nurses sent an email to hospital managers on Friday.");
  const auto* c = Find(a, {"A coalition of nurses", "hospital managers"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "letter");
}

TEST(CommunicationForms, CoordinatedPossessive) {
  auto a = Analyse("President Ana Silva and Chancellor Jorge Mena spoke again. Silva and Mena's "
                   "phone call on Sunday lasted two hours.");
  const auto* c = Find(a, {"Ana Silva", "Jorge Mena"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
}

TEST(CommunicationForms, HearingWithAGroup) {
  auto a = Analyse("The state utilities commission holds a public hearing on Wednesday with "
                   "executives from the largest phone companies.");
  const auto* c = Find(a, {"The state utilities commission",
                           "executives from the largest phone companies"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "meeting");
  auto b = Analyse("Judge Mia Holt set a hearing for next month.");
  EXPECT_TRUE(b.communications.empty()) << Dump(b);
}

TEST(CommunicationForms, ExpectedToTalk) {
  auto a = Analyse("President Ana Silva is expected to talk with Chancellor Jorge Mena later "
                   "this week.");
  const auto* c = Find(a, {"Ana Silva", "Jorge Mena"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->status, "planned");
}

TEST(CommunicationForms, ToldDuringTheCall) {
  auto a = Analyse("President Ana Silva told Chancellor Jorge Mena during the call that talks "
                   "would continue.");
  const auto* c = Find(a, {"Ana Silva", "Jorge Mena"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
}

TEST(CommunicationForms, MediumLateInTheClause) {
  auto a = Analyse("President Ana Silva and Chancellor Jorge Mena discussed the situation on "
                   "the eastern border by phone.");
  const auto* c = Find(a, {"Ana Silva", "Jorge Mena"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "phone call");
}

TEST(CommunicationForms, PlannedWeekdayResolvesForward) {
  // published on a Thursday: a call that "will" happen "on Tuesday" is the coming Tuesday, even
  // when "the ministry said" stands closer to the date than "will"
  auto a = Analyse("Minister Rosa Lind will speak with Ambassador Omar Haddad on Tuesday, the "
                   "ministry said.");
  const auto* c = Find(a, {"Rosa Lind", "Omar Haddad"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->status, "planned");
  EXPECT_EQ(c->date, "2022-03-15");
  // and one that happened "on Tuesday" is the last one
  auto b = Analyse("Minister Rosa Lind spoke with Ambassador Omar Haddad on Tuesday, the "
                   "ministry said.");
  const auto* d = Find(b, {"Rosa Lind", "Omar Haddad"});
  ASSERT_NE(d, nullptr) << Dump(b);
  EXPECT_EQ(d->status, "happened");
  EXPECT_EQ(d->date, "2022-03-08");
}

TEST(CommunicationForms, PlannedForNextWeek) {
  auto a = Analyse("A meeting between Minister Rosa Lind and Ambassador Omar Haddad is planned "
                   "for next week.");
  const auto* c = Find(a, {"Rosa Lind", "Omar Haddad"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->status, "planned");
}

TEST(CommunicationForms, DescribedGroupOpeningTheSentence) {
  auto a = Analyse("Prosecutors said the inquiry was dropped after interviews with seven "
                   "witnesses.");
  const auto* c = Find(a, {"Prosecutors", "seven witnesses"});
  ASSERT_NE(c, nullptr) << Dump(a);
  EXPECT_EQ(c->kind, "talk");  // an interview is a journalist's (ANNOTATION.md)
}

TEST(CommunicationForms, KinAndDescriptionsAsSubjects) {
  auto a = Analyse("Senator Tom Sam was charged. Allegedly, Sam's sister pleaded with him to stop.");
  EXPECT_NE(Find(a, {"Tom Sam", "Sam's sister"}), nullptr) << Dump(a);
  // the person completing a description is not its subject
  auto b = Analyse("Senator Tom Sam was charged. The son of Tom Sam met with lawyers.");
  EXPECT_NE(Find(b, {"The son of Tom Sam", "lawyers"}), nullptr) << Dump(b);
  EXPECT_EQ(Find(b, {"Tom Sam", "lawyers"}), nullptr) << Dump(b);
}

TEST(CommunicationForms, GroupsListedAndSubjectsOfAnEarlierVerb) {
  auto a = Analyse("Local reporters attended the opening and spoke to donors, exhibit organizers "
                   "and patrons.");
  EXPECT_NE(Find(a, {"Local reporters", "donors, exhibit organizers and patrons"}), nullptr)
      << Dump(a);
  // a comma ends the list: "residents, and they talked" lists residents only
  auto b = Analyse("Mayor Ann Cole met with residents, and they talked for an hour.");
  EXPECT_NE(Find(b, {"Ann Cole", "residents"}), nullptr) << Dump(b);
}

}  // namespace
}  // namespace newsgraph
