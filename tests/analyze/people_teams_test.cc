// Clubs named by a plural nickname after "the" and shown acting are organisations
// (people_teams.cc); sentences written for these tests.
#include <gtest/gtest.h>

#include "analysis_test_helpers.h"

namespace newsgraph {
namespace {

using test::AnalyseRules;

bool HasOrganization(const Analysis& a, const std::string& name) {
  for (const auto& o : a.organizations)
    if (o.name == name) return true;
  return false;
}

size_t OrganizationMentions(const Analysis& a, const std::string& name) {
  for (const auto& o : a.organizations)
    if (o.name == name) return o.mentions.size();
  return 0;
}

bool HasPerson(const Analysis& a, const std::string& name) {
  for (const auto& p : a.people)
    if (p.name == name) return true;
  return false;
}

TEST(TeamNames, APluralNicknameThatActsIsAClub) {
  auto a = AnalyseRules(
      "The Harbor Comets have offered the pitcher a five-year deal. Scouts say the Corvettes "
      "signed two players on Monday, and the Comets' offer tops theirs.\n");
  EXPECT_TRUE(HasOrganization(a, "Harbor Comets"));
  EXPECT_TRUE(HasOrganization(a, "Corvettes"));
  EXPECT_FALSE(HasPerson(a, "Corvettes"));
}

TEST(TeamNames, ACityBeforeTheNicknameMayBeLeftOut) {
  // a nickname not written as a plural acts with a plural verb; later the city is left out,
  // and every mention counts, also where the club does nothing
  auto a = AnalyseRules(
      "Sources say the Boston Red Fox have made the first baseman an offer. The Red Fox offer "
      "is worth $200 million, and the Red Fox expect an answer soon.\n");
  EXPECT_TRUE(HasOrganization(a, "Red Fox"));
  EXPECT_EQ(OrganizationMentions(a, "Red Fox"), 3u);
}

TEST(TeamNames, PeoplesFamiliesEventsAndPlacesAreNoClubs) {
  auto a = AnalyseRules(
      "Mara Tillings and her husband moved in 2010; the Tillings have two children. The "
      "Americans were angry. Officials said the Olympics will open in July, and the "
      "Philippines have asked for aid.\n");
  EXPECT_FALSE(HasOrganization(a, "Tillings"));
  EXPECT_FALSE(HasOrganization(a, "Americans"));
  EXPECT_FALSE(HasOrganization(a, "Olympics"));
  EXPECT_FALSE(HasOrganization(a, "Philippines"));
}

TEST(TeamNames, ANameWithoutAnArticleOrAVerbIsNoSign) {
  // a plural name after "the" that does nothing, and a verb after a name with no article
  auto a = AnalyseRules(
      "He met the Corvins in Rome. Dalton Greaves signed the letter on Friday.\n");
  EXPECT_FALSE(HasOrganization(a, "Corvins"));
  EXPECT_FALSE(HasOrganization(a, "Dalton Greaves"));
}

}  // namespace
}  // namespace newsgraph
